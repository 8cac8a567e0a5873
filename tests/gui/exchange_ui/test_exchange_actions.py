"""Exchange actions in a small stand-in main window: package, merge, summary, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from exchange_helpers import build_base, copy
from matrix_app.domain import models as m
from matrix_app.services.exchange import list_conflicts
from matrix_app.services.project import Project
from matrix_app.ui import dialogs
from matrix_app.ui.actions import FEATURE_ACTION_MODULES, exchange_conflicts, exchange_dialogs
from matrix_app.ui.actions import exchange as ui
from matrix_app.ui.document import Document

SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


class FakeWindow(QMainWindow):
    """The contract of ``ui.actions``: menus, document, document_changed, run_task."""

    document_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.file_menu = self.menuBar().addMenu("&File")
        self.tools_menu = self.menuBar().addMenu("&Tools")
        self.document: Document | None = None
        self.tasks: list[str] = []

    def set_document(self, doc: Document | None) -> None:
        self.document = doc
        self.document_changed.emit(doc)

    def run_task(self, title, fn, on_done=None, **options):
        self.tasks.append(title)
        progress: list[tuple[int, int]] = []
        result = fn(lambda done, total: progress.append((done, total)), lambda: False)
        self.progress = progress
        if on_done is not None:
            on_done(result)


@pytest.fixture
def answers(monkeypatch):
    """Scripted answers to every question the actions ask; a real exec() fails the test."""

    def refuse(self, *args):
        raise AssertionError(f"a test reached a real modal exec() of {type(self).__name__}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    state = {"dialogs": [], "info": [], "errors": [], "save": None, "other": None, "fill": {}}

    def run_dialog(dialog):
        state["dialogs"].append(dialog)
        fill = state["fill"].get(type(dialog).__name__)
        return fill(dialog) if fill else True

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    monkeypatch.setattr(dialogs, "show_info", lambda *a: state["info"].append(a))
    monkeypatch.setattr(dialogs, "show_error", lambda *a: state["errors"].append(a))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: state["save"])
    monkeypatch.setattr(ui, "ask_other_file", lambda *a: state["other"])
    return state


@pytest.fixture
def window(qtbot, tmp_path):
    ids = build_base(tmp_path / "base.nap")
    w = FakeWindow()
    qtbot.addWidget(w)
    ui.install(w)
    project = Project.open(copy(tmp_path / "base.nap", tmp_path / "ours.nap"), author="Ana")
    doc = Document(project)
    w.set_document(doc)
    w.ids = ids
    yield w
    w.set_document(None)
    doc.close()


def _menu_texts(menu):
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_registered_and_installed_into_both_menus(qtbot):
    assert "exchange" in FEATURE_ACTION_MODULES
    w = FakeWindow()
    qtbot.addWidget(w)
    actions = ui.install(w)
    assert _menu_texts(w.file_menu) == ["&Package for institution…", "&Merge changes from file…"]
    assert _menu_texts(w.tools_menu) == ["Merge &conflicts…"]
    assert not actions.package_action.isEnabled() and not actions.merge_action.isEnabled()


def test_package_asks_institution_and_file_then_writes_it(window, answers, tmp_path):
    out = tmp_path / "segpres.nap"
    answers["save"] = out

    def pick(dialog):
        assert dialog.combo.count() == 2  # only institutions with commitments
        dialog.combo.setCurrentIndex(dialog.combo.findData("Ministerio Secretaría General"))
        return True

    answers["fill"]["PackageDialog"] = pick
    window.exchange_actions.package_action.trigger()
    assert window.tasks == ["Packaging…"] and window.progress
    with Project.open(out, read_only=True) as p:
        assert [c.code for c in p.rows(m.Commitment)] == ["2"]
    assert "segpres.nap" in answers["info"][0][2] and "(2)" in answers["info"][0][2]


def test_package_cancelled_at_either_question_writes_nothing(window, answers, tmp_path):
    answers["fill"]["PackageDialog"] = lambda d: False
    window.exchange_actions.package_action.trigger()
    answers["fill"].clear()
    answers["save"] = None
    window.exchange_actions.package_action.trigger()
    assert window.tasks == [] and not list(tmp_path.glob("ours-*.nap"))


def _conflicting_copy(window, tmp_path) -> Path:
    ids = window.ids
    theirs = copy(tmp_path / "base.nap", tmp_path / "theirs.nap")
    with Project.open(theirs, author="Luis") as p:
        p.update(m.Commitment, ids["c1"], title="Luis's title")
        p.update(m.Indicator, ids["indicator2"], name="Only Luis")
    window.document.update(m.Commitment, ids["c1"], "edit", title="Ana's title")
    return theirs


def test_merge_shows_summary_then_conflicts_and_applies_choices(window, answers, tmp_path, qtbot):
    ids = window.ids
    answers["other"] = _conflicting_copy(window, tmp_path)
    doc = window.document
    assert doc.undo_stack.count() == 1
    changed = []
    doc.changed.connect(lambda table, rows: changed.append(table))

    def keep_ours(dialog):
        assert dialog.model.rowCount() == 1
        c = dialog.model.conflicts[0]
        assert (c.ours_value, c.theirs_value) == ("Ana's title", "Luis's title")
        index = dialog.model.index(0, exchange_conflicts.ConflictTableModel.OURS_BY)
        assert dialog.model.data(index).startswith("Ana · ")
        dialog.table.selectRow(0)
        dialog.ours_button.click()
        assert "Luis's title" in dialog.detail.toPlainText()
        return True

    answers["fill"]["ConflictsDialog"] = keep_ours
    answers["fill"]["SummaryDialog"] = lambda d: d.conflicts_button.click() or True
    window.exchange_actions.merge_action.trigger()
    summary_dialog, conflicts_dialog = answers["dialogs"]
    assert isinstance(summary_dialog, exchange_dialogs.SummaryDialog)
    assert isinstance(conflicts_dialog, exchange_conflicts.ConflictsDialog)
    assert summary_dialog.table.rowCount() == 2  # commitment, indicator
    assert doc.project.get(m.Commitment, ids["c1"]).title == "Ana's title"
    assert doc.project.get(m.Indicator, ids["indicator2"]).name == "Only Luis"
    # The merge is undoable (issue 12): Ana's edit stays below it, the choice is part of it.
    assert "*" in changed and doc.undo_stack.count() == 2
    assert isinstance(doc.undo_stack.command(1), ui.MergeCommand)
    assert doc.undo_stack.undoText() == "merge of theirs.nap"
    assert not window.exchange_actions.conflicts_action.isEnabled()


def test_conflicts_can_wait_and_be_settled_later(window, answers, tmp_path):
    answers["other"] = _conflicting_copy(window, tmp_path)
    answers["fill"]["SummaryDialog"] = lambda d: False  # Close
    window.exchange_actions.merge_action.trigger()
    action = window.exchange_actions.conflicts_action
    assert action.isEnabled()
    answers["fill"]["ConflictsDialog"] = lambda d: False  # Decide later
    action.trigger()
    assert action.isEnabled()
    answers["fill"]["ConflictsDialog"] = lambda d: d.all_theirs_button.click() or True
    action.trigger()
    assert window.document.project.get(m.Commitment, window.ids["c1"]).title == "Luis's title"
    assert not action.isEnabled()


def test_summary_of_a_merge_that_only_conflicts_does_not_say_nothing_changed(
    window, answers, tmp_path
):
    """Seen in the screenshot pass: "The change in package.nap was already in this project;
    nothing changed." over a table with one conflict."""
    ids = window.ids
    theirs = copy(tmp_path / "base.nap", tmp_path / "theirs.nap")
    with Project.open(theirs, author="Luis") as p:
        p.update(m.Commitment, ids["c1"], title="Luis's title")
    window.document.update(m.Commitment, ids["c1"], "edit", title="Ana's title")
    answers["other"] = theirs
    answers["fill"]["SummaryDialog"] = lambda d: False
    window.exchange_actions.merge_action.trigger()
    summary = answers["dialogs"][0]
    assert summary.rows_changed == 0 and summary.conflicts_button is not None
    text = summary.headline.text()
    assert "nothing changed" not in text and "already" not in text
    assert (
        text == "The change in theirs.nap differs from this project's own; nothing was overwritten."
    )


def test_read_only_document_cannot_merge(qtbot, tmp_path):
    build_base(tmp_path / "base.nap")
    w = FakeWindow()
    qtbot.addWidget(w)
    actions = ui.install(w)
    doc = Document(Project.open(tmp_path / "base.nap", read_only=True))
    w.set_document(doc)
    assert actions.package_action.isEnabled() and not actions.merge_action.isEnabled()
    w.set_document(None)
    doc.close()


def test_conflict_model_passes_qt_model_checks(qtmodeltester, window, answers, tmp_path):
    answers["other"] = _conflicting_copy(window, tmp_path)
    answers["fill"]["SummaryDialog"] = lambda d: False
    window.exchange_actions.merge_action.trigger()
    model = exchange_conflicts.ConflictTableModel(list_conflicts(window.document.project))
    qtmodeltester.check(model)
    model.choose([0], "theirs")
    assert model.data(model.index(0, model.KEEP)) == "Theirs"
    qtmodeltester.check(model)


def test_screenshots_of_the_dialogs(window, answers, tmp_path, qtbot):
    """Renders the dialogs (saved under docs/screenshots when MATRIX_SHOTS is set)."""
    import os

    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from matrix_app.paths import resources_dir

    lang = os.environ.get("MATRIX_LANG", "en")
    translator = QTranslator()
    if lang == "es":
        assert translator.load(str(resources_dir() / "i18n" / "matrix_exchange_es.qm"))
        QApplication.instance().installTranslator(translator)
    answers["other"] = _conflicting_copy(window, tmp_path)
    answers["fill"]["SummaryDialog"] = lambda d: False
    window.exchange_actions.merge_action.trigger()
    summary = answers["dialogs"][0]
    conflicts = exchange_conflicts.ConflictsDialog(list_conflicts(window.document.project))
    qtbot.addWidget(conflicts)
    for dialog, name in ((summary, "merge-summary"), (conflicts, "merge-conflicts")):
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.grab()
        assert image.width() > 200 and image.height() > 100
        if os.environ.get("MATRIX_SHOTS"):
            SHOTS.mkdir(parents=True, exist_ok=True)
            image.save(str(SHOTS / f"{name}-{lang}.png"))
        dialog.close()
    QApplication.instance().removeTranslator(translator)


def test_conflicts_dialog_acts_on_the_row_clicked(window, answers, tmp_path, qtbot):
    """Real mouse clicks: the detail and "Keep theirs" follow the row clicked (issue 12)."""
    from PySide6.QtCore import Qt

    ids = window.ids
    theirs = copy(tmp_path / "base.nap", tmp_path / "theirs.nap")
    with Project.open(theirs, author="Luis") as p:
        p.update(m.Commitment, ids["c1"], title="Luis's title")
        p.update(m.Indicator, ids["indicator2"], name="Luis's indicator")
    window.document.update(m.Commitment, ids["c1"], "edit", title="Ana's title")
    window.document.update(m.Indicator, ids["indicator2"], "edit", name="Ana's indicator")
    answers["other"] = theirs

    picked = []

    def pick_second(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.model.rowCount() == 2
        second = dialog.model.conflicts[1]
        index = dialog.model.index(1, exchange_conflicts.ConflictTableModel.WHAT)
        pos = dialog.table.visualRect(index).center()
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert str(second.theirs_value) in dialog.detail.toPlainText()
        qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
        choices = dialog.choices()
        assert choices.get(second.id) == "theirs"
        assert choices.get(dialog.model.conflicts[0].id) != "theirs"
        picked.append(second.entity)
        dialog.hide()
        return True

    answers["fill"]["ConflictsDialog"] = pick_second
    answers["fill"]["SummaryDialog"] = lambda d: d.conflicts_button.click() or True
    window.exchange_actions.merge_action.trigger()
    path = window.document.project.path
    with Project.open(path, read_only=True) as again:
        values = {
            again.get(m.Commitment, ids["c1"]).title,
            again.get(m.Indicator, ids["indicator2"]).name,
        }
    # the second row took "theirs", the first kept "ours"
    expected = (
        {"Ana's title", "Luis's indicator"}
        if picked == ["indicator"]
        else {"Luis's title", "Ana's indicator"}
    )
    assert values == expected


@pytest.mark.parametrize("lang", ["en", "es"])
def test_conflicts_dialog_headers_are_whole(window, answers, tmp_path, qtbot, lang):
    """The screenshot pass: the last header ("Conservar") was cut at 1280 px; every title
    must fit its section, in both languages, at the dialog's own size."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from matrix_app.paths import resources_dir
    from matrix_app.ui.headers import fits

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "i18n" / f"matrix_exchange_{lang}.qm"))
    QApplication.instance().installTranslator(translator)
    try:
        answers["other"] = _conflicting_copy(window, tmp_path)
        answers["fill"]["SummaryDialog"] = lambda d: False
        window.exchange_actions.merge_action.trigger()
        dialog = exchange_conflicts.ConflictsDialog(list_conflicts(window.document.project))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        header = dialog.table.horizontalHeader()
        cut = [
            dialog.model.headerData(i, header.orientation())
            for i in range(header.count())
            if not fits(header, i)
        ]
        assert not cut
        used = sum(header.sectionSize(i) for i in range(header.count()))
        assert used <= dialog.table.viewport().width()  # no column off the right edge
    finally:
        QApplication.instance().removeTranslator(translator)

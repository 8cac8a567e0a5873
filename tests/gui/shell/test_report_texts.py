"""The plan's report texts (development, participation, lessons...): opened from the tree's
context menu, the Tools menu and the report dialog, typed into, undone with Ctrl+Z, checked
in the file and in the report built afterwards."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from v4_helpers import CTRL, activate, click, on_disk, type_into

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.ui.plan import report_texts
from matrix_app.ui.plan.report_texts import ReportTextsDialog
from matrix_app.ui.plan_windows import PlanWindows


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "plan.nap"
    with Project.new(path, title="Test") as p:
        plan = p.create(m.ActionPlan, title="NAP 2014-2016")
        c = p.create(m.Commitment, plan_id=plan.id, code="1", title="Portal")
        # a commitment's narrative of the same period and section name is not a plan text
        p.create(m.Narrative, commitment_id=c.id, period="mid_term", section="progress", text="x")
    return path


@pytest.fixture
def opened(window, project_file, monkeypatch):
    window.open_path(project_file)
    window.settle()
    menus = []

    def exec_menu(self, menu, at):  # a popup menu blocks: show it without blocking
        menu.popup(at)
        menus.append(menu)

    monkeypatch.setattr(PlanWindows, "exec_menu", exec_menu)
    return window, menus


def plan_texts(path):
    return {
        (n.period, n.section): n.text
        for n in on_disk(path, m.Narrative)
        if n.plan_id and n.commitment_id is None
    }


def click_action(qtbot, menu, action):
    """Click a menu item where it is drawn, as a user does."""
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    rect = menu.actionGeometry(action)
    assert rect.isValid() and action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())


def report_text(path, tmp_path, **options):
    from matrix_app.services.report import ReportOptions, write_report

    out = tmp_path / f"report-{options.get('lang', 'en')}.pdf"
    with Project.open(path, read_only=True) as project:
        write_report(project, out, ReportOptions(**options))
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)


def test_texts_from_the_tree_menu_saved_undone_and_in_the_report(
    opened, qtbot, project_file, tmp_path
):
    window, menus = opened
    tree = window.tree
    plan = tree.model.plans[0]
    rect = tree.view.visualRect(tree.model.find(plan.id))
    qtbot.mouseClick(tree.view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    at = rect.center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, tree.view.viewport().mapToGlobal(at)
    )
    QApplication.sendEvent(tree.view.viewport(), event)  # what a right press sends
    menu = menus[-1]
    assert tree.report_texts_action in menu.actions()
    click_action(qtbot, menu, tree.report_texts_action)
    dialog = tree.plan_windows[("texts", plan.id)]
    assert isinstance(dialog, ReportTextsDialog) and dialog.isVisible()
    assert dialog.period.currentData() == "mid_term"
    assert dialog.headings[("mid_term", "process")].text() == "Co-creation and public consultation"
    edit = dialog.edits[("mid_term", "process")]
    type_into(qtbot, edit, "The forum met with civil society")
    window.settle()
    assert plan_texts(project_file) == {("mid_term", "process"): "The forum met with civil society"}
    [row] = [n for n in on_disk(project_file, m.Narrative) if n.plan_id]
    assert row.commitment_id is None and row.plan_id == plan.id
    type_into(qtbot, edit, "Eight open meetings")
    window.settle()
    assert plan_texts(project_file) == {("mid_term", "process"): "Eight open meetings"}
    assert len([n for n in on_disk(project_file, m.Narrative) if n.plan_id]) == 1  # updated

    activate(qtbot, dialog)
    qtbot.keyClick(dialog.edits[("mid_term", "meetings")], Qt.Key.Key_Z, CTRL)
    window.settle()
    assert plan_texts(project_file) == {("mid_term", "process"): "The forum met with civil society"}
    qtbot.waitUntil(lambda: edit.toPlainText() == "The forum met with civil society")
    type_into(qtbot, dialog.edits[("mid_term", "next_steps")], "Publish the matrices")
    window.settle()
    text = report_text(project_file, tmp_path, lang="es", kind="mid_term")  # the file's language
    assert "Co-creación y consulta pública The forum met with civil society" in text
    assert "Próximos pasos Publish the matrices" in text
    assert "Eight open meetings" not in text
    dialog.close()


def test_texts_from_the_tools_menu_end_of_term_with_translation(
    opened, qtbot, project_file, tmp_path
):
    window, _menus = opened
    tools = window.tools_menu
    action = window.plan_actions.report_texts
    assert action in tools.actions()
    tools.popup(window.mapToGlobal(window.rect().center()))
    click_action(qtbot, tools, action)
    plan = window.tree.model.plans[0]
    dialog = window.tree.plan_windows[("texts", plan.id)]
    # the end-of-term report, chosen with the keyboard
    activate(qtbot, dialog)
    dialog.period.setFocus()
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)
    assert dialog.period.currentData() == "end_of_term"
    edit = dialog.edits[("end_of_term", "lessons")]
    assert edit.isVisible() and not dialog.edits[("mid_term", "lessons")].isVisible()
    type_into(qtbot, edit, "Lecciones de la mesa")
    window.settle()
    assert plan_texts(project_file) == {("end_of_term", "lessons"): "Lecciones de la mesa"}
    twin = dialog.twins[("end_of_term", "lessons")].twin("text")
    assert not twin.isVisible()
    click(qtbot, dialog.translations_box)
    assert twin.isVisible() and not twin.edit.isReadOnly()
    type_into(qtbot, twin.edit, "Lessons of the forum")
    window.settle()
    [t] = on_disk(project_file, m.Translation)
    [row] = [n for n in on_disk(project_file, m.Narrative) if n.plan_id]
    assert (t.entity, t.row_id, t.field, t.lang, t.text) == (
        "narrative",
        row.id,
        "text",
        "en",
        "Lessons of the forum",
    )
    english = report_text(project_file, tmp_path, lang="en", kind="end_of_term")
    assert "Lessons learned Lessons of the forum" in english
    spanish = report_text(project_file, tmp_path, lang="es", kind="end_of_term")
    assert "Lecciones aprendidas Lecciones de la mesa" in spanish
    dialog.close()


def test_texts_from_the_report_dialog_open_at_its_kind(opened, qtbot, asked, project_file):
    window, _menus = opened
    report = window.report_action.make_dialog()
    qtbot.addWidget(report)
    seen = []

    def fill(dialog):
        assert isinstance(dialog, ReportTextsDialog)
        dialog.show()  # as exec() shows it
        seen.append(dialog.period.currentData())
        type_into(qtbot, dialog.edits[("end_of_term", "meetings")], "Twelve meetings")
        dialog.close()

    asked.fill_dialog = fill
    report.show()
    report.kind.setCurrentIndex(report.kind.findData("end_of_term"))
    assert report.texts_button.text() == "Report te&xts…"
    click(qtbot, report.texts_button)
    assert seen == ["end_of_term"]
    window.settle()
    assert plan_texts(project_file) == {("end_of_term", "meetings"): "Twelve meetings"}
    report.close()


def test_a_read_only_file_shows_the_texts_but_does_not_edit(project_file, qtbot):
    from matrix_app.ui.document import Document

    with Project.open(project_file) as p:
        plan = p.rows(m.ActionPlan)[0]
        p.create(m.Narrative, plan_id=plan.id, period="mid_term", section="lessons", text="Old")
    doc = Document(Project.open(project_file, read_only=True))
    try:
        dialog = ReportTextsDialog(doc, plan.id)
        qtbot.addWidget(dialog)
        dialog.show()
        edit = dialog.edits[("mid_term", "lessons")]
        assert edit.toPlainText() == "Old" and edit.isReadOnly()
        assert dialog.edits[("mid_term", "process")].toPlainText() == ""  # not the commitment's
        assert all(e.isReadOnly() for e in dialog.edits.values())
        assert not dialog.commit("mid_term", "lessons")
        dialog.close()
    finally:
        doc.close()
    assert plan_texts(project_file) == {("mid_term", "lessons"): "Old"}


def test_the_window_follows_the_reports_outline_and_headings(qapp):
    """The GUI keeps its own copy of the outline and headings (it does not load the report
    service): both must say what the report prints, in English and Spanish."""
    from matrix_app.services.report import labels, outline
    from matrix_app.ui.i18n import LanguageSetup

    for kind, parts in report_texts.PARTS.items():
        printed = [(p.key, p.texts) for p in outline.parts(kind, frozenset(outline.all_keys()))]
        assert list(parts) == [(key, texts) for key, texts in printed if texts]
    for lang in ("en", "es"):
        setup = LanguageSetup(QCoreApplication.instance(), lang).install()
        try:
            for kind, parts in report_texts.PARTS.items():
                for _part, sections in parts:
                    for section in sections:
                        expected = labels.text(f"sub.{kind}.{section}", lang)
                        assert report_texts.heading(kind, section) == expected
        finally:
            setup.remove()

"""The main flows of the shell: open, tree edits with undo/redo, read-only, refusals, copies."""

from __future__ import annotations

import os
import sqlite3
import stat

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.storage import migrations
from matrix_app.ui.actions import FEATURE_ACTION_MODULES


def open_and_wait(win, path) -> None:
    """Open ``path`` and wait until its tree, dashboard and quality panel are filled."""
    win.open_path(path)
    win.settle()


def titles(win) -> list[str]:
    return [p.title for p in win.tree.model.plans]


def test_start_screen_then_open_sample(window, sample_copy):
    assert window.pages.currentWidget() is window.start
    assert window.document is None
    open_and_wait(window, sample_copy)
    assert window.document is not None
    assert window.windowTitle().startswith("chile.nap")
    assert "[read-only]" not in window.windowTitle()
    assert window.pages.currentWidget() is window.workspace
    assert not window.banner.isVisible()
    # the latest plan is selected and its dashboard filled from the worker's data
    assert window.content.currentWidget() is window.dashboard
    assert window.dashboard.model.rowCount() == 5
    assert "2014-2016" in window.dashboard.heading.text()
    assert window.settings.recent_files == [str(sample_copy)]


def test_feature_contract(window, sample_copy):
    """What ui/actions modules rely on (see ui/actions/__init__.py)."""
    seen = []
    window.document_changed.connect(seen.append)
    assert window.file_menu.title() and window.tools_menu.title()
    assert window.document is None
    open_and_wait(window, sample_copy)
    assert seen == [window.document]
    results = []
    window.run_task("Work", lambda progress, cancelled: (progress(1, 2), 42)[1], results.append)
    window.settle()
    assert results == [42]
    window.close_project()
    assert seen[-1] is None
    # the exchange feature puts its conflicts action in Tools, so the menu shows
    assert window.exchange_actions.conflicts_action in window.tools_menu.actions()
    assert window.tools_menu.menuAction().isVisible()


def test_the_real_window_carries_every_feature_s_actions(window, sample_copy):
    assert FEATURE_ACTION_MODULES == ("excel", "report", "publish", "exchange", "plan")
    excel = window.excel_actions
    file_actions = window.file_menu.actions()
    for action in (excel.import_action, excel.export_action, excel.template_action):
        assert action in file_actions
    assert window.report_action.action in file_actions
    plan = window.plan_actions
    tools = window.tools_menu.actions()
    assert plan.report_settings in tools
    assert not excel.export_action.isEnabled()
    open_and_wait(window, sample_copy)
    assert excel.export_action.isEnabled() and excel.import_action.isEnabled()


def test_close_and_quit_stay_last_in_file_menu(window):
    actions = [a for a in window.file_menu.actions() if not a.isSeparator()]
    assert actions[-2:] == [window.close_action, window.quit_action]


def test_create_plan_and_commitment_from_tree_with_undo_redo(window, tmp_path):
    path = tmp_path / "new.nap"
    Project.new(path, title="New").close()
    open_and_wait(window, path)
    tree = window.tree
    assert tree.model.plans == [] and tree.empty_hint.isVisibleTo(tree)
    plan_id = tree.add_plan()
    assert plan_id and titles(window) == ["New plan"]
    assert window.undo_action.text() == "Undo Add plan"
    assert tree.current_id() == plan_id
    com_id = tree.add_commitment()
    assert com_id and tree.current_id() == com_id
    assert [(c.code, c.title) for c in tree.model.plans[0].commitments] == [("1", "New commitment")]
    second = tree.add_commitment()
    assert [c.code for c in tree.model.plans[0].commitments] == ["1", "2"]
    assert window.undo_action.text() == "Undo Add commitment"

    window.undo_action.trigger()
    assert [c.id for c in tree.model.plans[0].commitments] == [com_id]
    assert window.redo_action.text() == "Redo Add commitment"
    window.redo_action.trigger()
    assert [c.id for c in tree.model.plans[0].commitments] == [com_id, second]

    # rename in place goes through the document too
    index = tree.model.find(com_id)
    assert tree.model.setData(index, "Municipal transparency")
    assert window.undo_action.text() == "Undo Rename commitment"
    window.settle()
    assert window.dashboard.model.rows[0].title == "Municipal transparency"

    # it was saved at once: reopen the file elsewhere and find it
    with Project.open(path, read_only=True) as again:
        assert {c.title for c in again.rows(m.Commitment)} == {
            "Municipal transparency",
            "New commitment",
        }
        assert {e.author for e in again.history()} == {"Test Author"}


def test_delete_asks_first_and_undo_brings_back(window, sample_copy, asked):
    open_and_wait(window, sample_copy)
    tree = window.tree
    plan = tree.model.plans[1]
    victim = plan.commitments[0]
    tree.select(victim.id)

    asked.confirm_answer = False
    assert not tree.delete_selected()
    assert len(asked.of("confirm")) == 1
    assert "Delete commitment 1" in asked.of("confirm")[0][2]
    assert victim.id in [c.id for c in tree.model.plans[1].commitments]

    asked.confirm_answer = True
    assert tree.delete_selected()
    assert victim.id not in [c.id for c in tree.model.plans[1].commitments]
    window.settle()
    # The deleted commitment was selected: nothing is, so the hint shows, and the plan's
    # dashboard, refreshed from the file, counts the four left.
    assert window.content.currentWidget() is window.hint
    assert window.dashboard.model.rowCount() == 4
    window.undo_action.trigger()
    assert victim.id in [c.id for c in tree.model.plans[1].commitments]


def test_reorder_commitments_and_undo(window, sample_copy):
    open_and_wait(window, sample_copy)
    tree = window.tree
    codes = [c.code for c in tree.model.plans[1].commitments]
    assert codes == ["1", "2", "3", "4", "5"]
    tree.select(tree.model.plans[1].commitments[1].id)
    assert tree.move_selected(-1)
    assert [c.code for c in tree.model.plans[1].commitments] == ["2", "1", "3", "4", "5"]
    assert tree.current_id() == tree.model.plans[1].commitments[0].id
    assert not tree.up_action.isEnabled()  # already first
    tree.select(tree.model.plans[1].commitments[3].id)
    assert tree.move_selected(1)
    assert [c.code for c in tree.model.plans[1].commitments] == ["2", "1", "3", "5", "4"]
    assert not tree.move_selected(1)  # already last
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [c.code for c in tree.model.plans[1].commitments] == ["1", "2", "3", "4", "5"]
    # plans reorder too
    tree.select(tree.model.plans[1].id)
    assert tree.move_selected(-1)
    assert "2014-2016" in titles(window)[0]


def test_read_only_file_shows_banner_and_disables_editing(window, sample_copy, monkeypatch):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root may write anything: make access() answer from the mode bits as for a user
        from matrix_app.storage import projectfile

        def access(path, mode):
            if mode & os.W_OK:
                return bool(os.stat(path).st_mode & stat.S_IWUSR)
            return os.path.exists(path)

        monkeypatch.setattr(projectfile.os, "access", access)
    _read_only_checks(window, sample_copy)


def test_read_only_when_open_elsewhere(window, sample_copy):
    """Root ignores chmod, so the lock (another program editing) is the portable case."""
    with Project.open(sample_copy):
        open_and_wait(window, sample_copy)
        assert window.document.read_only
        assert "another window or program" in window.banner.label.text()
        _assert_no_editing(window)


def _read_only_checks(window, path):
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        open_and_wait(window, path)
        assert window.banner.isVisible()
        assert "the file is read-only" in window.banner.label.text()
        _assert_no_editing(window)
    finally:
        window.close_project()
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def _assert_no_editing(window):
    assert window.banner.isVisible()
    assert "[read-only]" in window.windowTitle()
    tree = window.tree
    assert not tree.add_plan_action.isEnabled()
    assert not tree.delete_action.isEnabled()
    index = tree.model.index(0, 0)
    assert not tree.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert window.save_copy_action.isEnabled()  # a copy is how to get an editable file


def _bad_files(tmp_path):
    good = tmp_path / "good.nap"
    Project.new(good, title="x").close()
    data = good.read_bytes()
    folder = tmp_path / "folder.nap"
    folder.mkdir()
    empty = tmp_path / "empty.nap"
    empty.write_bytes(b"")
    text = tmp_path / "text.nap"
    text.write_text("plan;commitment\nNAP;1\n")
    foreign = tmp_path / "foreign.nap"
    con = sqlite3.connect(foreign)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    truncated = tmp_path / "truncated.nap"
    truncated.write_bytes(data[: len(data) // 2])
    newer = tmp_path / "newer.nap"
    newer.write_bytes(data)
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION + 1}")
    con.close()
    return {
        "missing": (tmp_path / "missing.nap", "no such file"),
        "directory": (folder, "is a folder"),
        "empty": (empty, "is empty"),
        "text": (text, "not a Monitoring Matrix project file"),
        "foreign": (foreign, "another application"),
        "truncated": (truncated, "damaged"),
        "newer": (newer, "newer version"),
    }


def test_bad_files_are_refused_with_a_dialog_and_left_untouched(window, tmp_path, asked):
    for kind, (path, words) in _bad_files(tmp_path).items():
        before = path.read_bytes() if path.is_file() else None
        if kind == "missing":  # a recent file that vanished since: the list forgets it
            window.settings.add_recent(path)
            assert str(path) in window.settings.recent_files
        asked.calls.clear()
        open_and_wait(window, path)
        assert asked.names() == ["show_error"], kind
        _title, text = asked.of("show_error")[0][1:]
        assert words in text, (kind, text)
        assert path.name in text
        assert window.document is None
        assert window.pages.currentWidget() is window.start, kind
        if before is not None:
            assert path.read_bytes() == before, kind
        assert str(path) not in window.settings.recent_files, kind  # refused: never listed


def test_drop_a_project_file_opens_it(window, sample_copy, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_copy))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document is not None or bool(window.runner.active))
    window.settle()
    assert window.document is not None
    assert window.document.project.path == sample_copy


def test_save_a_copy_runs_in_a_task(window, sample_copy, tmp_path, asked):
    open_and_wait(window, sample_copy)
    asked.save_path = sample_copy  # the open file itself is refused
    assert window.save_copy() is None
    assert asked.names()[-1] == "show_error"
    asked.save_path = tmp_path / "copy.nap"
    window.save_copy()
    window.settle()
    with Project.open(asked.save_path, read_only=True) as copy:
        assert len(copy.rows(m.Commitment)) == 7
    assert "copy.nap" in window.statusBar().currentMessage()


def test_open_dialog_new_project_and_recent(window, tmp_path, asked, sample_copy):
    asked.open_path = sample_copy
    window.open_action.trigger()
    window.settle()
    assert window.document.project.path == sample_copy
    asked.save_path = tmp_path / "fresh.nap"
    window.new_action.trigger()
    window.settle()
    assert window.document.project.path == asked.save_path
    assert window.settings.recent_files[:2] == [str(asked.save_path), str(sample_copy)]
    window.close_project()
    assert window.start.recent.count() == 2
    item = window.start.recent.item(1)
    window.start.recent.itemActivated.emit(item)
    window.settle()
    assert window.document.project.path == sample_copy
    # creating over an existing file is refused with the reason
    asked.save_path = sample_copy
    window.new_action.trigger()
    assert "already exists" in asked.of("show_error")[-1][2]


def test_open_sample_opens_a_private_copy(window, asked):
    window.sample_action.trigger()
    window.settle()
    doc = window.document
    assert doc is not None and not doc.read_only
    assert doc.project.path == window.sample_copy_path()
    assert doc.project.path != window.sample_copy_path().parents[1]


def test_sample_named_on_the_command_line_opens_the_private_copy(window, asked, capsys):
    """``matrix-app sample_projects/chile-nap-2014-2016.nap`` (README command 1) must not edit
    the shipped, tracked file: it opens the same private copy as the start screen, and says
    where that copy is."""
    from matrix_app.paths import sample_project
    from matrix_app.ui.app import open_given

    shipped = sample_project().read_bytes()
    open_given(window, sample_project(), "en")
    window.settle()
    copy = window.sample_copy_path()
    assert window.document.project.path == copy and not window.document.read_only
    assert f"your own copy, {copy}" in capsys.readouterr().out
    assert str(copy) in window.statusBar().currentMessage()
    tree = window.tree
    tree.select(tree.model.plans[1].commitments[0].id)
    assert tree.delete_selected()  # an edit, saved at once to the copy
    window.close_project()
    assert sample_project().read_bytes() == shipped
    assert copy.read_bytes() != shipped


def test_edit_error_is_shown(window, sample_copy, asked):
    open_and_wait(window, sample_copy)
    window.document.error.emit("The disk is full")
    assert asked.of("show_error")[-1][2] == "The disk is full"


def test_preferences_set_author_used_in_journal(window, tmp_path, asked):
    path = tmp_path / "p.nap"
    Project.new(path).close()
    open_and_wait(window, path)

    def fill(dialog):
        dialog.author.setText("María Pérez")
        dialog.language.setCurrentIndex(dialog.language.findData("es"))

    asked.fill_dialog = fill
    window.preferences_action.trigger()
    assert window.settings.author == "María Pérez"
    assert window.settings.language == "es"
    assert asked.names()[-1] == "show_info"  # restart to change language
    window.tree.add_plan()
    assert window.document.project.history(limit=1)[0].author == "María Pérez"


def test_about(window, asked):
    window.about_action.trigger()
    assert "Monitoring Matrix" in asked.of("about")[0][2]


def test_dashboard_double_click_opens_the_commitment_editor(window, sample_copy):
    open_and_wait(window, sample_copy)
    dash = window.dashboard
    row = dash.model.rows[3]
    dash.table.doubleClicked.emit(dash.model.index(3, 1))
    assert window.tree.current_id() == row.id
    assert window.content.currentWidget() is window.editor
    assert window.editor.commitment_id == row.id
    # back to the plan: the dashboard again
    window.tree.select(window.tree.model.plans[1].id)
    assert window.content.currentWidget() is window.dashboard


def test_quality_finding_opens_the_item(window, sample_copy, monkeypatch):
    from matrix_app.ui.commitment.editor import CommitmentEditor

    shown = []
    original = CommitmentEditor.show_item

    def spy(self, entity, row_id):
        shown.append((entity, row_id))
        return original(self, entity, row_id)

    monkeypatch.setattr(CommitmentEditor, "show_item", spy)
    open_and_wait(window, sample_copy)
    window.quality_action.trigger()
    assert window.quality_dock.isVisible()
    panel = window.quality
    assert panel.model.rowCount() >= 1
    finding = panel.model.findings[0]
    panel.table.clicked.emit(panel.model.index(0, 2))
    assert window.tree.current_id() == finding.commitment_id
    assert window.content.currentWidget() is window.editor
    assert shown == [(finding.entity, finding.row_id)]


def test_read_only_reaches_the_editor(window, sample_copy):
    with Project.open(sample_copy):
        open_and_wait(window, sample_copy)
        plan = window.tree.model.plans[1]
        window.tree.select(plan.commitments[0].id)
        assert window.editor.read_only


def test_a_refused_open_keeps_the_open_project(window, sample_copy, tmp_path, asked, qtbot):
    """File › Open on a text file renamed .nap, then on a file with a trigger in it, through
    the menu with the keyboard: each is refused with a dialog, and the project that was open
    stays open and editable (before, it was closed first)."""
    open_and_wait(window, sample_copy)
    fake = tmp_path / "notes.nap"
    fake.write_text("not a project")
    hostile = tmp_path / "hostile.nap"
    hostile.write_bytes(sample_copy.read_bytes())
    con = sqlite3.connect(hostile)
    con.execute("CREATE TRIGGER t AFTER UPDATE ON target BEGIN DELETE FROM measurement; END")
    con.commit()
    con.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for bad, words in ((fake, "not a database"), (hostile, "trigger 't'")):
        before = bad.read_bytes()
        asked.open_path = bad
        qtbot.keyClick(window.tree.view, Qt.Key_O, Qt.ControlModifier)  # the menu's shortcut
        window.settle()
        assert words in asked.of("show_error")[-1][2]
        if bad is fake:  # the way on is a menu the user has, not only a command line
            assert "File › Import from Excel" in asked.of("show_error")[-1][2]
        assert bad.read_bytes() == before
        assert window.document is not None and window.document.project.path == sample_copy
        assert window.pages.currentWidget() is window.workspace


def test_sample_copy_in_a_non_ascii_user_folder(window, asked, tmp_path, monkeypatch):
    """Users' folders are often not ASCII (C:\\Users\\José Núñez): the copy lands there."""
    data = tmp_path / "José Núñez" / "データ"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    window.sample_action.trigger()
    window.settle()
    copy = window.sample_copy_path()
    assert copy.is_relative_to(data) and copy.is_file()
    assert window.document.project.path == copy and not window.document.read_only


def test_recent_list_shows_home_folders_with_a_tilde(window, tmp_path, monkeypatch):
    """Issue 12: a project under the home folder reads "~/Documentos/OGP" in the list, the
    tooltip keeps the full path; a folder elsewhere is shown whole."""
    home = tmp_path / "ana"
    project = home / "Documentos" / "OGP" / "plan.nap"
    project.parent.mkdir(parents=True)
    project.write_bytes(b"")
    elsewhere = tmp_path / "shared" / "otro.nap"
    monkeypatch.setenv("HOME", str(home))
    window.start.set_recent([str(project), str(elsewhere)])
    first, second = window.start.recent.item(0), window.start.recent.item(1)
    assert first.text() == "plan.nap\n~/Documentos/OGP"
    assert first.toolTip() == str(project)
    assert str(elsewhere.parent) in second.text()  # missing, and not under the home folder

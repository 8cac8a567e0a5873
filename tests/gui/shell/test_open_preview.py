"""Issue 16: while the Document is on its way the window shows the project read-only; a
commitment chosen meanwhile opens when it arrives; closing meanwhile gives the file up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from file_edits import torn_copy
from matrix_app.services.project import Project


def _preview(window, path) -> None:
    window.open_path(path)
    window.runner.wait()  # the checked, model-free read delivered: the preview is shown
    assert window.preview is not None and window.document is None


def test_a_commitment_clicked_before_the_document_arrives_opens_then(window, sample_copy, qtbot):
    _preview(window, sample_copy)
    tree = window.tree
    assert not tree.add_plan_action.isEnabled()  # read-only until attached
    plan = tree.model.index(len(tree.model.plans) - 1, 0)
    first = tree.model.index(0, 0, plan)
    rect = tree.view.visualRect(first)
    qtbot.mouseClick(tree.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    clicked = tree.current_id()
    assert clicked == tree.model.plans[-1].commitments[0].id
    assert window.editor is None
    window.settle()
    assert window.document is not None and window.preview is None
    assert tree.add_plan_action.isEnabled()
    assert window.editor is not None and window.editor.commitment_id == clicked
    assert window.content.currentWidget() is window.editor


def test_closing_before_the_document_arrives_gives_the_file_up(window, sample_copy):
    _preview(window, sample_copy)
    window.close_project()
    window.settle()
    assert window.document is None and window.preview is None and window.tree is None
    assert window.pages.currentWidget() is window.start
    with Project.open(sample_copy) as again:
        assert again.read_only_why is None  # no edit lock left behind


def test_opening_from_the_start_page_shows_the_empty_workspace_at_once(window, sample_copy):
    """Its first layout happens while the worker opens the file, not with the tree."""
    assert window.pages.currentWidget() is window.start
    window.open_path(sample_copy)
    assert window.pages.currentWidget() is window.workspace  # the page now, the dashboard
    assert window.content.currentWidget() is window.hint  # at the next turn
    window._show_dashboard_loading()
    assert window.content.currentWidget() is window.dashboard
    assert window.dashboard.heading.text() == "Loading…"
    # Nothing is known yet: no "0 commitments", no "This plan has no commitments yet".
    assert window.dashboard.counts_label.text() == ""
    assert not window.dashboard.empty_label.isVisible()
    assert window.tree is None  # nothing of the file shown before it is checked
    window.settle()
    assert window.document is not None


def test_the_preview_fills_one_view_each_turn(window, sample_copy):
    """Issue 16: at once, the plan, the three views and the worker's start blocked the GUI
    thread over 50 ms on 2,000 commitments; each is its own turn of the event loop."""
    loaded = []
    window.data_loaded.connect(loaded.append)
    window.open_path(sample_copy)
    window.runner.pool.waitForDone()
    QCoreApplication.sendPostedEvents(None, 0)  # the preview delivered, no timer run yet
    assert window.preview is not None and window.preview_timer.isActive()
    window.preview_timer.stop()
    assert window._preview_step == 0
    data, tree = window.preview.data, window.tree
    assert window.dashboard.model.rowCount() == 0 and window.quality.model.rowCount() == 0
    window._fill_preview()  # the latest plan (each step starts the timer for the next)
    assert tree.current_id() == tree.model.plans[-1].id
    assert window.dashboard.model.rowCount() == 0
    window._fill_preview()  # the dashboard
    assert window.dashboard.model.rowCount() > 0
    assert window.quality.model.rowCount() == 0 and not loaded
    window._fill_preview()  # the quality panel
    assert window.quality.model.rowCount() > 0 and not loaded
    assert tree.model.data_info is None
    window._fill_preview()  # the tree's marks: all shown
    assert tree.model.data_info is data and loaded == [data]
    assert not window.runner.active  # the Document's worker starts at the next turn
    window.preview_timer.stop()
    window._fill_preview()
    assert len(window.runner.active) == 1
    window._fill_preview()  # once its worker runs, a late turn does nothing
    assert len(window.runner.active) == 1
    window.settle()
    assert window.document is not None and window.preview is None and loaded == [data]


def test_a_commitment_row_never_has_children(window, sample_copy):
    """So the tree's layout does not ask ``hasChildren`` of each of a big plan's rows."""
    _preview(window, sample_copy)
    window.settle()
    model = window.tree.model
    plan = model.index(len(model.plans) - 1, 0)
    leaf = Qt.ItemFlag.ItemNeverHasChildren
    assert not model.flags(plan) & leaf
    assert model.flags(model.index(0, 0, plan)) & leaf
    assert model.flags(model.index(0, 0, plan)) & Qt.ItemFlag.ItemIsEditable


def test_a_file_refused_after_its_preview_gives_back_the_project_that_was_open(
    window, sample_copy, tmp_path, asked, qtbot
):
    """A received file is shown once what the window shows has passed its checks; the
    integrity check runs while it is still read-only. Refused there (File › Open with the
    keyboard): the dialog says so, the file is not listed, and the project open before
    comes back, editable; neither file changed."""
    window.open_path(sample_copy)
    window.settle()
    mine = sample_copy.read_bytes()
    torn = torn_copy(sample_copy, tmp_path / "from-agency.nap")
    before = torn.read_bytes()
    shown = []
    window.data_loaded.connect(lambda data: shown.append(window.shown_path()))
    asked.open_path = torn
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tree.view, Qt.Key_O, Qt.ControlModifier)
    qtbot.waitUntil(lambda: torn in shown, timeout=10000)  # shown first, read-only
    window.settle()
    assert asked.names() == ["ask_open_path", "show_error"]
    assert "damaged" in asked.of("show_error")[0][2] and torn.name in asked.of("show_error")[0][2]
    assert str(torn) not in window.settings.recent_files
    assert window.document is not None and window.document.project.path == sample_copy
    assert not window.document.read_only and window.tree.add_plan_action.isEnabled()
    assert torn.read_bytes() == before and sample_copy.read_bytes() == mine

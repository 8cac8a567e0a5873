"""Issue 16: while the Document is on its way the window shows the project read-only; a
commitment chosen meanwhile opens when it arrives; closing meanwhile gives the file up."""

from __future__ import annotations

from PySide6.QtCore import Qt

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

"""Real clicks in the main window (issue 12): tree, dashboard, quality panel, and every button.

The walk at the end clicks every visible button and triggers every action of the window, the
commitment editor's tabs and the dialogs they open, with each modal step answered by a patch;
an exception in any slot (a ``clicked(bool)`` landing in a parameter, say) fails the test.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QHeaderView,
    QWidget,
)

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.ui.actions import excel as excel_actions
from matrix_app.ui.actions import exchange as exchange_actions
from matrix_app.ui.actions.publish import PublishAction, PublishDialog
from matrix_app.ui.actions.report import ReportAction, ReportDialog
from matrix_app.ui.actions.report_options import ReportProfileBox
from matrix_app.ui.commitment.evidence import EvidenceTab
from matrix_app.ui.commitment.indicators import IndicatorsTab
from matrix_app.ui.commitment.overview import OverviewTab
from matrix_app.ui.dashboard_model import ID_ROLE
from matrix_app.ui.excel_import_wizard import ExcelImportWizard
from matrix_app.ui.plan.report_profile import ReportProfileDialog


def open_and_wait(win, path) -> None:
    win.open_path(path)
    win.settle()


def click_index(qtbot, view, index, double=False):
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def commitment_index(tree, commitment_id):
    return tree.model.find(commitment_id)


def test_tree_click_opens_and_delete_names_the_commitment_clicked(
    window, sample_copy, asked, qtbot
):
    open_and_wait(window, sample_copy)
    tree = window.tree
    plan = tree.model.plans[1]
    for victim in (plan.commitments[2], plan.commitments[0], plan.commitments[3]):
        click_index(qtbot, tree.view, commitment_index(tree, victim.id))
        window.settle()
        assert window.content.currentWidget() is window.editor
        assert window.editor.commitment_id == victim.id
    asked.confirm_answer = False
    delete_button = tree.buttons[2]
    assert delete_button.defaultAction() is tree.delete_action
    qtbot.mouseClick(delete_button, Qt.MouseButton.LeftButton)
    [question] = asked.of("confirm")
    assert f"Delete commitment {victim.code}" in question[2]
    asked.confirm_answer = True
    qtbot.mouseClick(delete_button, Qt.MouseButton.LeftButton)
    window.settle()
    with Project.open(sample_copy, read_only=True) as again:
        assert victim.id not in {c.id for c in again.rows(m.Commitment)}
        assert {c.id for c in plan.commitments} - {victim.id} <= {
            c.id for c in again.rows(m.Commitment)
        }


def test_dashboard_double_click_opens_the_row_clicked(window, sample_copy, qtbot):
    open_and_wait(window, sample_copy)
    tree = window.tree
    plan = tree.model.plans[1]
    click_index(qtbot, tree.view, tree.model.find(plan.id))
    window.settle()
    assert window.content.currentWidget() is window.dashboard
    table = window.dashboard.table
    titles = {c.id: c.title for c in plan.commitments}
    for row in (3, 1):
        index = table.model().index(row, 1)
        wanted = table.model().data(index, ID_ROLE)
        assert wanted in titles
        click_index(qtbot, table, index, double=True)
        window.settle()
        assert window.content.currentWidget() is window.editor
        assert window.editor.commitment_id == wanted
        assert titles[wanted] == index.data()
        click_index(qtbot, tree.view, tree.model.find(plan.id))
        window.settle()


def test_quality_click_goes_to_the_finding_clicked(window, sample_copy, qtbot):
    with Project.open(sample_copy) as p:  # findings in three commitments
        for c in sorted(p.rows(m.Commitment), key=lambda c: c.code)[:3]:
            out = p.create(m.Result, commitment_id=c.id, level="output", narrative="Bare")
            p.create(m.Indicator, result_id=out.id, name="No baseline, no target")
    open_and_wait(window, sample_copy)
    window.quality_dock.show()
    panel = window.quality
    table = panel.table
    assert panel.model.rowCount() >= 2
    seen = set()
    for row in range(min(panel.model.rowCount(), 6)):
        finding = panel.model.findings[row]
        click_index(qtbot, table, panel.model.index(row, 2))
        window.settle()
        assert window.editor is not None
        assert window.editor.commitment_id == finding.commitment_id
        seen.add(finding.commitment_id)
    assert len(seen) >= 2


# -- every button and action ---------------------------------------------------------------
def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and not isinstance(b.parent(), QDialogButtonBox)
    ]


def press_all(qtbot, root: QWidget, pressed: list[str]) -> None:
    shown_here = not root.isVisible()
    if shown_here:  # a dialog the patched exec() never showed
        root.show()
    for view in root.findChildren(QAbstractItemView):  # a selected row enables Remove, Move...
        model = view.model()
        if isinstance(view, QHeaderView) or not view.isVisible() or model is None:
            continue
        if model.rowCount() > 0:
            click_index(qtbot, view, model.index(0, 0))
    for b in visible_buttons(root):
        if not (b.isVisible() and b.isEnabled()):  # an earlier click may have changed it
            continue
        pressed.append(f"{type(root).__name__}: {b.text() or b.accessibleName()}")
        qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    if shown_here:
        root.hide()


def test_every_button_and_action_runs_without_error(
    window, sample_copy, asked, qtbot, monkeypatch, tmp_path
):
    pressed: list[str] = []
    asked.confirm_answer = False  # nothing is deleted: each click only has to run
    asked.accept_dialog = False

    def fill(dialog):
        press_all(qtbot, dialog, pressed)

    asked.fill_dialog = fill
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: [])
    monkeypatch.setattr(EvidenceTab, "ask_link", lambda self: None)
    monkeypatch.setattr(EvidenceTab, "choose_save_path", lambda self, suggested: "")
    monkeypatch.setattr(EvidenceTab, "open_url", lambda self, url: True)
    monkeypatch.setattr(IndicatorsTab, "ask_revision", lambda self, target: None)
    monkeypatch.setattr(OverviewTab, "ask_new_institution", lambda self: None)
    monkeypatch.setattr(ReportDialog, "choose_file", lambda self, start: "")
    monkeypatch.setattr(ExcelImportWizard, "choose_file", lambda self: "")
    monkeypatch.setattr(ReportProfileDialog, "choose_file", lambda self: "")
    monkeypatch.setattr(ReportProfileBox, "choose_logo", lambda self: "")
    monkeypatch.setattr(ReportAction, "inform", lambda self, text: None)
    monkeypatch.setattr(ReportAction, "ask_open", lambda self, text: False)

    def report_dialog(self, dialog):
        press_all(qtbot, dialog, pressed)
        return False

    monkeypatch.setattr(ReportAction, "exec_dialog", report_dialog)
    monkeypatch.setattr(PublishDialog, "choose_folder", lambda self, start: "")
    monkeypatch.setattr(PublishAction, "inform", lambda self, text: None)
    monkeypatch.setattr(PublishAction, "exec_dialog", report_dialog)
    monkeypatch.setattr(excel_actions, "ask_save_path", lambda *a: "")
    monkeypatch.setattr(excel_actions, "inform", lambda *a: None)

    def wizard(w):
        press_all(qtbot, w, pressed)
        w.close()

    monkeypatch.setattr(excel_actions, "show_wizard", wizard)
    monkeypatch.setattr(exchange_actions, "ask_other_file", lambda parent: None)

    attached = tmp_path / "acta.pdf"
    attached.write_bytes(b"%PDF-1.4 acta")
    with Project.open(sample_copy) as p:  # a file, so that Open and Save as show
        first = sorted(p.rows(m.Commitment), key=lambda c: (c.plan_id, c.code))
        with p.write() as w:
            for c in first:
                w.add_file(c.id, "acta.pdf", attached.read_bytes())
    open_and_wait(window, sample_copy)
    tree = window.tree
    plan = tree.model.plans[1]
    click_index(qtbot, tree.view, tree.model.find(plan.commitments[0].id))
    window.settle()
    editor = window.editor
    for i in range(editor.tab_widget.count()):
        editor.tab_widget.setCurrentIndex(i)
        window.settle()
        press_all(qtbot, editor.tab_widget.currentWidget(), pressed)
        window.settle()
    ev_tab = editor.tabs["evidence"]
    editor.tab_widget.setCurrentWidget(ev_tab)
    file_row = next(r for r, e in enumerate(ev_tab.model.rows()) if e.kind == "file")
    click_index(qtbot, ev_tab.view, ev_tab.model.index(file_row, 1))
    for b in (ev_tab.open_button, ev_tab.save_button):
        pressed.append(f"EvidenceTab: {b.text()}")
        qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    click_index(qtbot, tree.view, tree.model.find(plan.id))
    window.settle()
    press_all(qtbot, window.dashboard, pressed)
    press_all(qtbot, tree, pressed)
    window.settle()

    skip = {window.quit_action, window.close_action}
    for action in window.findChildren(QAction):
        if action in skip or action.isSeparator() or action.menu() is not None:
            continue
        if not action.isEnabled() or not action.text():
            continue
        pressed.append(f"action: {action.text()}")
        action.trigger()
        window.settle()
        while QApplication.activePopupWidget() is not None:  # a date field's calendar
            QApplication.activePopupWidget().close()
    assert len(pressed) > 40, pressed
    assert any("Add &file" in p for p in pressed)

"""A focal point's day, only through real input, in English and in Spanish (issue 12).

Open the file from the start screen, add an activity with its dates, an indicator with a
baseline and a dated target, two measurements, attach a file with the button and cite it,
revise the target, undo and redo, look at the quality panel; then open the file again and
check that its rows and its journal hold what the user did.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.ui.commitment.evidence import EvidenceTab
from matrix_app.ui.commitment.indicators_revise import ReviseTargetDialog

CTRL = Qt.KeyboardModifier.ControlModifier
TEXTS = {
    "en": {
        "activity": "Train the municipal clerks",
        "indicator": "Clerks trained",
        "reason": "The budget was cut by a third",
    },
    "es": {
        "activity": "Capacitar a los funcionarios municipales",
        "indicator": "Funcionarios capacitados",
        "reason": "El presupuesto se redujo en un tercio según la Dirección",
    },
}


def bring_forward(qtbot, widget):
    """A real click on a window that is not the active one makes it active (the window
    manager does); QTest's synthetic click does not, so do what the manager would."""
    top = widget.window()
    if not top.isActiveWindow():
        top.activateWindow()
        qtbot.waitUntil(top.isActiveWindow, timeout=5000)


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    bring_forward(qtbot, button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_index(qtbot, view, index, double=False):
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), "row not on screen"
    bring_forward(qtbot, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_tab(qtbot, editor, key):
    bar = editor.tab_widget.tabBar()
    i = editor.tab_widget.indexOf(editor.tabs[key])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
    assert editor.tab_widget.currentWidget() is editor.tabs[key]
    return editor.tabs[key]


def focused():
    """The widget with the keyboard focus (the window's, should it not be the active one)."""
    widget = QApplication.focusWidget()
    if widget is None:
        widget = next(w for w in QApplication.topLevelWidgets() if w.isVisible()).focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot, widget, text):
    """Key presses for ``text``; QTest aborts on non-ASCII (ú, ñ), so those go as key
    events carrying their text, as a keyboard layout with those keys sends them."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def type_into(qtbot, widget, text, finish=Qt.Key.Key_Tab):
    """Click into a field, select what is there, type, and leave it with ``finish``."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(qtbot, widget, text)
    qtbot.keyClick(widget, finish)


def edit_cell(qtbot, view, index, text):
    """Click a cell, F2 to edit it, type over its value, Enter.

    (F2, not a double-click: two clicks at one spot within the double-click interval, one
    step's and the next's, are a double-click to Qt already.)"""
    click_index(qtbot, view, index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    # The editor takes focus a turn of the event loop later on a loaded machine.
    qtbot.waitUntil(
        lambda: view.state() == QAbstractItemView.State.EditingState and focused() is not view,
        timeout=5000,
    )
    editor = focused()
    assert editor is not view, "no cell editor opened"
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def on_disk(path, cls, **where):
    with Project.open(path, read_only=True) as p:
        return p.rows(cls, **where)


def test_a_focal_points_day(window, asked, sample_copy, lang, qtbot, tmp_path, monkeypatch):
    words = TEXTS[lang]
    with Project.open(sample_copy, read_only=True) as p:
        commitment = next(c for c in p.rows(m.Commitment) if c.code == "5")
        before_results = {r.id for r in p.rows(m.Result, commitment_id=commitment.id)}
        output = next(
            r for r in p.rows(m.Result, commitment_id=commitment.id) if r.level == "output"
        )
        assert not p.rows(m.Evidence, commitment_id=commitment.id)

    # -- open the file from the start screen -------------------------------------------
    asked.open_path = sample_copy
    click(qtbot, window.start.open_button)
    window.settle()
    assert window.document is not None and window.document.project.path == sample_copy
    tree = window.tree
    click_index(qtbot, tree.view, tree.model.find(commitment.id))
    window.settle()
    editor = window.editor
    assert editor.commitment_id == commitment.id

    # -- an activity with dates under an output ----------------------------------------
    lf = click_tab(qtbot, editor, "logframe")
    click_index(qtbot, lf.view, lf.model.index_of(output.id, 1))
    click(qtbot, lf.add_activity)
    window.settle()
    cell_editor = focused()  # the new row's narrative opened for typing
    qtbot.keyClicks(cell_editor, words["activity"])
    new_id = lf.selected_id()
    assert new_id not in before_results
    start = lf.model.index_of(new_id, lf.model.column_of("start_date"))
    click_index(qtbot, lf.view, start)  # leaving the cell saves the narrative
    window.settle()
    edit_cell(
        qtbot, lf.view, lf.model.index_of(new_id, lf.model.column_of("start_date")), "2015-03-02"
    )
    window.settle()
    edit_cell(
        qtbot, lf.view, lf.model.index_of(new_id, lf.model.column_of("end_date")), "2015-09-30"
    )
    window.settle()
    [activity] = on_disk(sample_copy, m.Result, id=new_id)
    assert (activity.level, activity.parent_id) == ("activity", output.id)
    assert activity.narrative == words["activity"]
    assert (activity.start_date, activity.end_date) == (dt.date(2015, 3, 2), dt.date(2015, 9, 30))

    # -- an indicator with a baseline and a dated target -------------------------------
    ind_tab = click_tab(qtbot, editor, "indicators")
    click(qtbot, ind_tab.add_button)
    window.settle()
    name = ind_tab.sheet["name"]
    qtbot.keyClicks(name, words["indicator"])  # Add selected the placeholder name
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    window.settle()
    type_into(qtbot, ind_tab.sheet["baseline_value"], "12")
    window.settle()
    type_into(qtbot, ind_tab.sheet["baseline_date"], "2014-07-01")
    window.settle()
    indicator_id = ind_tab.current.id
    click(qtbot, ind_tab.add_target_button)
    window.settle()
    qtbot.keyClicks(focused(), "80")  # Add target opened its value for typing
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    window.settle()
    tm = ind_tab.target_model
    edit_cell(qtbot, ind_tab.target_view, tm.index(0, tm.column_of("due_date")), "2016-03-31")
    window.settle()
    [ind] = on_disk(sample_copy, m.Indicator, id=indicator_id)
    assert (ind.name, ind.baseline_value, ind.baseline_date) == (
        words["indicator"],
        12,
        dt.date(2014, 7, 1),
    )
    [target] = on_disk(sample_copy, m.Target, indicator_id=indicator_id)
    assert (target.value, target.due_date) == (80, dt.date(2016, 3, 31))

    # -- two measurements --------------------------------------------------------------
    mm = ind_tab.measure_model
    for day, value in (("2015-01-31", "30"), ("2015-12-31", "55")):
        click(qtbot, ind_tab.add_measure_button)
        window.settle()
        qtbot.keyClicks(focused(), value)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        window.settle()
        row = ind_tab.current_row(ind_tab.measure_view)
        edit_cell(qtbot, ind_tab.measure_view, mm.index(row, mm.column_of("measured_on")), day)
        window.settle()
    measures = on_disk(sample_copy, m.Measurement, indicator_id=indicator_id)
    assert sorted((x.measured_on, x.value) for x in measures) == [
        (dt.date(2015, 1, 31), 30),
        (dt.date(2015, 12, 31), 55),
    ]

    # -- attach a file with the button, cite it from the last measurement ---------------
    acta = tmp_path / "acta-capacitacion.pdf"
    acta.write_bytes(b"%PDF-1.4 acta de capacitacion")
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: [str(acta)])
    ev_tab = click_tab(qtbot, editor, "evidence")
    click(qtbot, ev_tab.add_file_button)
    window.settle()
    [evidence] = on_disk(sample_copy, m.Evidence, commitment_id=commitment.id)
    assert (evidence.kind, evidence.file_name, evidence.size) == ("file", acta.name, 29)
    ind_tab = click_tab(qtbot, editor, "indicators")
    click_index(
        qtbot,
        ind_tab.list_view,
        ind_tab.list_model.index(ind_tab.list_model.row_of(indicator_id), 1),
    )
    last = next(r for r in range(mm.rowCount()) if mm.row_at(r).value == 55)
    click_index(qtbot, ind_tab.measure_view, mm.index(last, mm.column_of("evidence_id")))
    qtbot.keyClick(ind_tab.measure_view, Qt.Key.Key_F2)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # (none) -> the file: saved at once
    window.settle()
    cited = {
        x.value: x.evidence_id
        for x in on_disk(sample_copy, m.Measurement, indicator_id=indicator_id)
    }
    assert cited == {30: None, 55: evidence.id}

    # -- revise the target: the dialog typed into and its OK clicked ---------------------
    def answer(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        type_into(qtbot, dialog.value, "60")
        type_into(qtbot, dialog.date, "2016-06-30")
        qtbot.mouseClick(dialog.reason, Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.reason, words["reason"])
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ReviseTargetDialog, "exec", answer)
    click_index(qtbot, ind_tab.target_view, tm.index(0, tm.column_of("note")))
    click(qtbot, ind_tab.revise_button)
    window.settle()
    [target] = on_disk(sample_copy, m.Target, indicator_id=indicator_id)
    assert (target.value, target.due_date) == (60, dt.date(2016, 6, 30))
    [revision] = on_disk(sample_copy, m.TargetRevision, target_id=target.id)
    assert (revision.old_value, revision.new_value) == (80, 60)
    assert revision.reason == words["reason"]

    # -- undo and redo from the keyboard -----------------------------------------------
    window.activateWindow()  # the window manager's part once the dialog has closed
    qtbot.waitUntil(window.isActiveWindow)
    click_index(qtbot, ind_tab.target_view, tm.index(0, tm.column_of("note")))
    stack = window.document.undo_stack
    qtbot.keyClick(ind_tab.target_view, Qt.Key.Key_Z, CTRL)
    window.settle()
    [target] = on_disk(sample_copy, m.Target, indicator_id=indicator_id)
    assert (target.value, target.due_date) == (80, dt.date(2016, 3, 31))
    assert not on_disk(sample_copy, m.TargetRevision, target_id=target.id)
    assert stack.canRedo()
    qtbot.keyClick(ind_tab.target_view, Qt.Key.Key_Y, CTRL)  # was an ambiguous shortcut
    window.settle()
    [target] = on_disk(sample_copy, m.Target, indicator_id=indicator_id)
    assert (target.value, target.due_date) == (60, dt.date(2016, 6, 30))
    assert len(on_disk(sample_copy, m.TargetRevision, target_id=target.id)) == 1

    # -- the quality panel (F8) and a click on one of its findings ----------------------
    qtbot.keyClick(ind_tab.target_view, Qt.Key.Key_F8)
    window.settle()
    assert window.quality_dock.isVisible()
    panel = window.quality
    assert panel.model.rowCount() > 0
    finding = panel.model.findings[0]
    click_index(qtbot, panel.table, panel.model.index(0, 2))
    window.settle()
    assert window.editor.commitment_id == finding.commitment_id

    # -- the file, opened again, holds the day's work and its journal --------------------
    with Project.open(sample_copy, read_only=True) as p:
        assert p.get(m.Result, new_id).narrative == words["activity"]
        ind = p.get(m.Indicator, indicator_id)
        assert p.get(m.Result, ind.result_id).commitment_id == commitment.id
        assert ind.baseline_value == 12
        [target] = p.rows(m.Target, indicator_id=indicator_id)
        assert (target.value, target.due_date) == (60, dt.date(2016, 6, 30))
        assert p.get(m.Evidence, evidence.id).file_name == acta.name
        assert p.blob(evidence.sha256) == acta.read_bytes()
        journal = p.history(commitment.id)
        done = {(e.entity, e.action, e.field) for e in journal}
        for wanted in (
            ("result", "create", None),
            ("result", "update", "narrative"),
            ("result", "update", "start_date"),
            ("result", "update", "end_date"),
            ("indicator", "create", None),
            ("indicator", "update", "baseline_value"),
            ("target", "create", None),
            ("measurement", "create", None),
            ("measurement", "update", "evidence_id"),
            ("evidence", "create", None),
        ):
            assert wanted in done, wanted
        # the revision, its undo and its redo, oldest first
        revisions = [e.action for e in reversed(journal) if e.entity == "target_revision"]
        assert revisions == ["create", "delete", "restore"], revisions
        authors = {e.author for e in journal if e.entity == "indicator"}
        assert authors and "" not in authors

# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Issue 12, keyboard: Tab walks the logframe cell by cell, Ctrl+PgDn / Ctrl+PgUp change
tabs, a new measurement of a plan that has ended is dated within the plan."""

from __future__ import annotations

import datetime as dt

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from matrix_app.domain import models as m
from matrix_app.domain.rules import default_measurement_date
from matrix_app.services.project import Project


def on_disk(env, cls, **where):
    project = Project.open(env.path, read_only=True)
    try:
        return project.rows(cls, **where)
    finally:
        project.close()


def logframe(env):
    purpose = env.project.create(
        m.Result, commitment_id=env.cid, level="purpose", narrative="Purpose"
    )
    output = env.project.create(
        m.Result, commitment_id=env.cid, level="output", narrative="Portal", parent_id=purpose.id
    )
    env.editor.refresh()
    env.settle()
    return tab(env, "logframe"), purpose.id, output.id


def test_tab_moves_to_the_next_cell_and_typing_lands_there(env, qtbot):
    t, purpose, output = logframe(env)
    view, model = t.view, t.model
    narrative = model.column_of("narrative")
    assumptions = model.column_of("assumptions")
    index = model.index_of(purpose, narrative)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view.setFocus()
    assert view.currentIndex().column() == narrative
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus(), "Tab left the table"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, assumptions)
    # typing starts the editor in that cell; Tab saves it and goes on to the next row
    qtbot.keyClick(view, "F")
    editor = QApplication.focusWidget()
    assert editor is not view
    qtbot.keyClicks(editor, "unding holds")  # where the keys go once the editor has focus
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    env.settle()
    assert env.project.get(m.Result, purpose).assumptions == "Funding holds"
    [row] = [r for r in on_disk(env, m.Result) if r.id == purpose]
    assert row.assumptions == "Funding holds"
    current = view.currentIndex()
    assert model.node(current).result.id == output and current.column() == narrative
    # the editor Tab opened: Escape leaves it; Shift+Tab goes back to the cell before
    editor = QApplication.focusWidget()
    if editor is not view:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.currentIndex().column() == assumptions
    assert model.node(view.currentIndex()).result.id == purpose
    # past the last editable cell, Tab moves on to the next widget (the table does not trap it)
    view.setCurrentIndex(model.index_of(output, assumptions))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()


def test_ctrl_page_down_changes_tabs_from_inside_a_table(env, qtbot):
    t, _purpose, _output = logframe(env)
    tabs = env.editor.tab_widget
    t.view.setFocus()
    start = tabs.currentIndex()
    qtbot.keyClick(t.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == start + 1
    focus = QApplication.focusWidget() or tabs
    qtbot.keyClick(focus, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == start
    tabs.setCurrentIndex(tabs.count() - 1)
    qtbot.keyClick(tabs.currentWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0  # wraps around, as browsers do


def test_new_measurement_of_an_ended_plan_is_dated_in_the_plan(env, qtbot):
    out = env.project.create(m.Result, commitment_id=env.cid, level="output", narrative="P")
    ind = env.project.create(m.Indicator, result_id=out.id, name="Agencies connected")
    env.editor.refresh()
    env.settle()
    t = tab(env, "indicators")
    t.select("indicator", ind.id)
    qtbot.mouseClick(t.add_measure_button, Qt.MouseButton.LeftButton)
    env.settle()
    [row] = on_disk(env, m.Measurement)
    assert row.measured_on == dt.date(2016, 6, 30)  # the commitment's end, not today


def test_default_measurement_date_rule():
    start, end = dt.date(2014, 7, 1), dt.date(2016, 6, 30)
    today = dt.date(2025, 3, 1)
    assert default_measurement_date(today, start, end) == end
    assert default_measurement_date(today, start, end, dt.date(2017, 2, 1)) == dt.date(2017, 2, 1)
    assert default_measurement_date(today, start, end, dt.date(2015, 2, 1)) == end
    assert default_measurement_date(dt.date(2015, 1, 1), start, end) == dt.date(2015, 1, 1)
    assert default_measurement_date(dt.date(2014, 1, 1), start, end) == start
    assert default_measurement_date(today, None, None) == today


def test_history_folds_undo_and_redo_and_names_the_row(env, qtbot):
    out = env.project.create(m.Result, commitment_id=env.cid, level="output", narrative="P")
    ind = env.project.create(m.Indicator, result_id=out.id, name="Agencies connected")
    env.editor.refresh()
    env.settle()
    t = tab(env, "indicators")
    t.select("indicator", ind.id)
    unit = t.sheet["unit"]
    qtbot.mouseClick(unit, Qt.MouseButton.LeftButton)
    unit.setFocus()
    qtbot.keyClicks(unit, "agencies")
    qtbot.keyClick(unit, Qt.Key.Key_Return)
    env.settle()
    assert env.project.get(m.Indicator, ind.id).unit == "agencies"
    for _ in range(3):  # Ctrl+Z, Ctrl+Shift+Z, Ctrl+Z ... as someone hesitating does
        env.undo()
        env.redo()
    env.undo()
    qtbot.mouseClick(t.add_target_button, Qt.MouseButton.LeftButton)
    env.settle()
    [row] = on_disk(env, m.Indicator)
    assert row.unit == ""
    h = tab(env, "history")
    rows = h.model.rows()
    units = [c for c in rows if c.what == "Indicator “Agencies connected” › unit"]
    assert len(units) == 1, [c.what for c in rows]
    assert units[0].action == "Changed, then undone"
    assert (units[0].old, units[0].new) == ("—", "agencies")
    assert "Target 30 Jun 2016 of “Agencies connected”" in [c.what for c in rows]
    assert "7 undo or redo step" in h.count.text()  # "steps" with the plural catalogue
    env.redo()  # Ctrl+Shift+Z after the target: the stack's redo is gone, nothing changes
    env.undo()  # the target goes: "Added, then undone"
    env.redo()  # and comes back
    h.load(env.editor.data)
    added = [c for c in h.model.rows() if c.what.startswith("Target 30 Jun 2016")]
    assert [c.action for c in added] == ["Added (undone and redone)"]

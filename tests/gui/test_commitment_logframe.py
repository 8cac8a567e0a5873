# ruff: noqa: F811, RUF059  (pytest fixtures imported from commitment_helpers)
"""Logframe matrix tab: fill goal, purpose, output, activity; edit in place; move; undo/redo."""

from __future__ import annotations

import datetime as dt

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import Qt

from matrix_app.domain import models as m
from matrix_app.domain.vocabulary import Level


def cell(t, result_id, key):
    return t.model.index_of(result_id, t.model.column_of(key))


def set_cell(t, result_id, key, value):
    return t.model.setData(cell(t, result_id, key), value, Qt.ItemDataRole.EditRole)


def text(t, result_id, key):
    return t.model.data(cell(t, result_id, key), Qt.ItemDataRole.DisplayRole)


def fill(env):
    t = tab(env, "logframe")
    goal = t.add_row(Level.GOAL)
    assert set_cell(t, goal, "narrative", "Access to public information")
    purpose = t.add_row(Level.PURPOSE)
    set_cell(t, purpose, "narrative", "Agencies use the portal")
    set_cell(t, purpose, "assumptions", "The platform stays up")
    t.select("result", purpose)
    output = t.add_row(Level.OUTPUT)
    set_cell(t, output, "narrative", "Central agencies connected")
    activity = t.add_row(Level.ACTIVITY)  # the new output is selected: the activity goes under it
    set_cell(t, activity, "narrative", "Pilot with 17 agencies")
    set_cell(t, activity, "start_date", "2015-03-01")
    set_cell(t, activity, "end_date", "2015-05-31")
    set_cell(t, activity, "progress", "100")
    env.settle()
    return t, goal, purpose, output, activity


def test_fill_logframe_numbering_and_reopen(env, qtmodeltester):
    t, goal, purpose, output, activity = fill(env)
    qtmodeltester.check(t.model)
    results = {r.id: r for r in env.project.rows(m.Result)}
    assert results[output].parent_id == purpose
    assert results[activity].parent_id == output
    assert results[activity].start_date == dt.date(2015, 3, 1)
    assert results[activity].progress == 100
    assert text(t, output, "level") == "Output 1"
    assert text(t, activity, "level") == "Activity 1.1"
    assert text(t, purpose, "assumptions") == "The platform stays up"
    assert text(t, activity, "start_date") == "1 Mar 2015"
    # dates and progress belong to activities only
    assert not t.model.flags(cell(t, output, "start_date")) & Qt.ItemFlag.ItemIsEditable
    # a second output is numbered 2
    t.select("result", purpose)
    second = t.add_row(Level.OUTPUT)
    env.settle()
    assert text(t, second, "level") == "Output 2"
    # the indicators column names the row's indicators and their means of verification
    env.doc.create(
        m.Indicator,
        "Add indicator",
        result_id=output,
        name="Agencies connected",
        means_of_verification="CPLT register",
    )
    env.settle()
    assert "Agencies connected" in text(t, output, "indicators")
    assert "CPLT register" in text(t, output, "means")
    qtmodeltester.check(t.model)

    env.reopen()
    t = tab(env, "logframe")
    assert text(t, activity, "narrative") == "Pilot with 17 agencies"
    assert text(t, output, "level") == "Output 1"
    assert len(env.project.rows(m.Result)) == 5


def test_undo_redo_each_logframe_edit(env):
    t, goal, purpose, output, activity = fill(env)
    stack = env.doc.undo_stack
    assert stack.undoText() == "Edit logframe row progress"
    env.undo()
    assert env.project.get(m.Result, activity).progress is None
    env.redo()
    assert env.project.get(m.Result, activity).progress == 100
    # undo everything back to an empty matrix, then redo it all
    while stack.canUndo():
        env.undo()
    assert env.project.rows(m.Result) == []
    assert t.model.rowCount() == 0
    while stack.canRedo():
        env.redo()
    assert env.project.get(m.Result, activity).narrative == "Pilot with 17 agencies"
    assert text(t, activity, "level") == "Activity 1.1"


def test_add_output_needs_purpose_and_activity_needs_output(env):
    t = tab(env, "logframe")
    assert t.add_row(Level.OUTPUT) is None
    assert "purpose" in env.editor.message_bar.text()
    assert t.add_row(Level.ACTIVITY) is None
    assert "output" in env.editor.message_bar.text()
    assert env.project.rows(m.Result) == []


def test_bad_input_is_refused_with_a_message(env):
    t, goal, purpose, output, activity = fill(env)
    before = env.project.get(m.Result, activity)
    assert not set_cell(t, activity, "progress", "lots")
    assert "not a number" in env.editor.message_bar.text()
    assert not set_cell(t, activity, "progress", "150")
    assert "between 0 and 100" in env.editor.message_bar.text()
    assert not set_cell(t, activity, "end_date", "2015-01-01")
    assert "before the start date" in env.editor.message_bar.text()
    assert not set_cell(t, activity, "start_date", "31/02/2015x")
    assert "not a date" in env.editor.message_bar.text()
    after = env.project.get(m.Result, activity)
    assert (after.progress, after.end_date, after.start_date) == (
        before.progress,
        before.end_date,
        before.start_date,
    )


def test_move_and_remove_rows(env):
    t, goal, purpose, output, activity = fill(env)
    t.select("result", purpose)
    second = t.add_row(Level.OUTPUT)
    set_cell(t, second, "narrative", "Municipalities connected")
    env.settle()
    t.select("result", second)
    t.move_row(-1)
    env.settle()
    assert text(t, second, "level") == "Output 1"
    assert text(t, output, "level") == "Output 2"
    assert text(t, activity, "level") == "Activity 2.1"
    assert env.doc.undo_stack.undoText() == "Move output"
    env.undo()
    assert text(t, output, "level") == "Output 1"
    t.select("result", output)
    t.remove_row()
    env.settle()
    assert env.project.get(m.Result, activity) is None  # went with its output
    assert "Undo brings them back" in env.editor.message_bar.text()
    env.undo()
    assert env.project.get(m.Result, activity) is not None
    assert t.model.index_of(activity).isValid()


def test_keyboard_shortcuts(env, qtbot):
    t, goal, purpose, output, activity = fill(env)
    t.select("result", activity)
    t.view.setFocus()
    qtbot.keyClick(t.view, Qt.Key.Key_Insert)
    env.settle()
    activities = [r for r in env.project.rows(m.Result) if r.level == "activity"]
    assert len(activities) == 2
    new = next(r.id for r in activities if r.id != activity)
    t.select("result", new)
    t.view.setFocus()
    qtbot.keyClick(t.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    env.settle()
    assert text(t, new, "level") == "Activity 1.1"
    t.select("result", new)
    t.view.setFocus()
    qtbot.keyClick(t.view, Qt.Key.Key_Delete)
    env.settle()
    assert env.project.get(m.Result, new) is None


def test_read_only_disables_editing(env):
    t, goal, purpose, output, activity = fill(env)
    env.editor.set_read_only(True)
    assert not t.model.flags(cell(t, goal, "narrative")) & Qt.ItemFlag.ItemIsEditable
    assert not t.add_goal.isEnabled()
    assert t.add_row(Level.GOAL) is None
    env.editor.set_read_only(False)
    assert t.model.flags(cell(t, goal, "narrative")) & Qt.ItemFlag.ItemIsEditable

# ruff: noqa: F811, RUF059  (pytest fixtures imported from commitment_helpers)
"""Indicators tab: sheet, targets, revision with reason, measurements, progress, chart."""

from __future__ import annotations

import datetime as dt

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import Qt

from matrix_app.domain import models as m
from matrix_app.messages import set_language
from matrix_app.ui.commitment.indicators_revise import ReviseTargetDialog


def type_into(widget, text):
    widget.setText(text)
    widget.editingFinished.emit()


def setup_indicator(env):
    purpose = env.doc.create(m.Result, "Add purpose", commitment_id=env.cid, level="purpose")
    env.settle()
    t = tab(env, "indicators")
    ind = t.add_indicator()
    env.settle()
    type_into(t.sheet["name"], "Agencies connected to the portal")
    type_into(t.sheet["unit"], "agencies")
    type_into(t.sheet["baseline_value"], "17")
    type_into(t.sheet["baseline_date"], "2015-05-01")
    type_into(t.sheet["means_of_verification"], "CPLT register")
    env.settle()
    target = t.add_target()
    env.settle()
    vcol = t.target_model.column_of("value")
    assert t.target_model.setData(t.target_model.index(t.target_model.row_of(target), vcol), "198")
    measurement = t.add_measurement()
    env.settle()
    mrow = t.measure_model.row_of(measurement)
    t.measure_model.setData(t.measure_model.index(mrow, t.measure_model.column_of("value")), "52")
    t.measure_model.setData(
        t.measure_model.index(mrow, t.measure_model.column_of("measured_on")), "2015-07-31"
    )
    env.settle()
    return t, purpose, ind, target, measurement


def test_indicator_targets_measurements_progress_and_reopen(env, qtmodeltester):
    t, purpose, ind, target, measurement = setup_indicator(env)
    row = env.project.get(m.Indicator, ind)
    assert (row.name, row.unit, row.baseline_value, row.result_id) == (
        "Agencies connected to the portal",
        "agencies",
        17.0,
        purpose,
    )
    assert row.baseline_date == dt.date(2015, 5, 1)
    assert env.project.get(m.Target, target).due_date == dt.date(2016, 6, 30)  # commitment end
    assert env.project.get(m.Measurement, measurement).value == 52
    # progress = (52 - 17) / (198 - 17)
    assert "19.3%" in t.summary.text()
    assert t.list_model.data(t.list_model.index(0, 2)) == "19.3%"
    assert t.chart.describe() == (
        "Target path: 1 May 2015 17, 30 Jun 2016 198. Actual values: 31 Jul 2015 52."
    )
    assert t.chart.path()[0].value == 17 and t.chart.path()[-1].value == 198
    for model in (t.list_model, t.target_model, t.measure_model, t.revision_model):
        qtmodeltester.check(model)
    env.reopen()
    t = tab(env, "indicators")
    assert t.current is not None and t.current.id == ind
    assert t.sheet["name"].text() == "Agencies connected to the portal"
    assert t.target_model.rowCount() == 1 and t.measure_model.rowCount() == 1


def test_revise_target_keeps_history_visible(env, qtbot, monkeypatch):
    t, purpose, ind, target, measurement = setup_indicator(env)
    t.select("target", target)
    monkeypatch.setattr(
        t, "ask_revision", lambda tg: (225.0, dt.date(2016, 6, 30), "PISEE platform attack")
    )
    assert t.revise_target()
    env.settle()
    assert env.project.get(m.Target, target).value == 225
    assert t.revision_model.rowCount() == 1
    rev = t.revision_model.row_at(0)
    assert (rev.old_value, rev.new_value, rev.reason) == (198, 225, "PISEE platform attack")
    reason_col = t.revision_model.column_of("reason")
    assert t.revision_model.data(t.revision_model.index(0, reason_col)) == "PISEE platform attack"
    assert env.doc.undo_stack.undoText() == "Revise target"
    env.undo()
    assert env.project.get(m.Target, target).value == 198
    assert t.revision_model.rowCount() == 0
    env.redo()
    assert env.project.get(m.Target, target).value == 225
    assert t.revision_model.rowCount() == 1
    # the history tab shows the revision too
    h = tab(env, "history")
    whats = [c.what for c in h.model.rows()]
    assert "Target 30 Jun 2016 of “Agencies connected to the portal” › value" in whats
    assert "Target revision" in whats
    env.reopen()
    t = tab(env, "indicators")
    assert t.revision_model.rowCount() == 1


def test_revision_dialog_requires_a_reason(env, qtbot):
    t, purpose, ind, target, measurement = setup_indicator(env)
    dialog = ReviseTargetDialog(env.project.get(m.Target, target))
    qtbot.addWidget(dialog)
    dialog.value.setText("225")
    assert dialog.values() is None
    assert "reason is required" in dialog.problem.text()
    dialog.reason.setPlainText("Platform attack")
    dialog.value.setText("abc")
    assert dialog.values() is None
    assert "not a number" in dialog.problem.text()
    dialog.value.setText("225")
    assert dialog.values() == (225.0, dt.date(2016, 6, 30), "Platform attack")


def test_undo_redo_indicator_edits(env):
    t, purpose, ind, target, measurement = setup_indicator(env)
    stack = env.doc.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert "Edit indicator baseline" in texts
    assert "Add target" in texts and "Add measurement" in texts
    while stack.canUndo():
        env.undo()
    assert env.project.rows(m.Indicator) == []
    assert t.list_model.rowCount() == 0
    while stack.canRedo():
        env.redo()
    assert env.project.get(m.Measurement, measurement).value == 52
    assert env.project.get(m.Indicator, ind).baseline_value == 17


def test_bad_numbers_and_names_refused(env):
    t, purpose, ind, target, measurement = setup_indicator(env)
    type_into(t.sheet["baseline_value"], "seventeen")
    assert "not a number" in env.editor.message_bar.text()
    assert t.sheet["baseline_value"].text() == "17"  # shows what is stored again
    type_into(t.sheet["baseline_date"], "2015-13-45")
    assert "not a date" in env.editor.message_bar.text()
    type_into(t.sheet["name"], "")
    assert "needs a name" in env.editor.message_bar.text()
    vcol = t.target_model.column_of("value")
    assert not t.target_model.setData(t.target_model.index(0, vcol), "many")
    row = env.project.get(m.Indicator, ind)
    assert (row.baseline_value, row.name) == (17, "Agencies connected to the portal")
    assert env.project.get(m.Target, target).value == 198


def test_spanish_numbers_and_dates(env):
    t, purpose, ind, target, measurement = setup_indicator(env)
    set_language("es")
    try:
        env.editor.refresh()
        assert "19,3\u00a0%" in t.summary.text()
        dcol = t.measure_model.column_of("measured_on")
        assert t.measure_model.data(t.measure_model.index(0, dcol)) == "31 jul 2015"
        type_into(t.sheet["baseline_value"], "17,5")
        env.settle()
        assert env.project.get(m.Indicator, ind).baseline_value == 17.5
        type_into(t.sheet["baseline_date"], "02-05-2015")
        env.settle()
        assert env.project.get(m.Indicator, ind).baseline_date == dt.date(2015, 5, 2)
    finally:
        set_language(None)


def test_remove_and_move_indicators(env, qtbot):
    t, purpose, ind, target, measurement = setup_indicator(env)
    second = t.add_indicator()
    env.settle()
    assert [i.id for i in t.list_model.rows()] == [ind, second]
    t.move_indicator(-1)
    env.settle()
    assert [i.id for i in t.list_model.rows()] == [second, ind]
    t.select("indicator", ind)
    t.list_view.setFocus()
    qtbot.keyClick(t.list_view, Qt.Key.Key_Delete)
    env.settle()
    assert env.project.get(m.Indicator, ind) is None
    assert env.project.get(m.Target, target) is None
    env.undo()
    assert env.project.get(m.Target, target) is not None

# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Overview, narratives, history, show_item, read-only and the none guard."""

from __future__ import annotations

import datetime as dt

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import Qt

from matrix_app.domain import models as m
from matrix_app.ui.commitment import fmt


def type_into(widget, text):
    widget.setText(text)
    widget.editingFinished.emit()


def test_overview_fields_and_computed(env, qtmodeltester):
    t = tab(env, "overview")
    type_into(t.fields["title"], "Transparency Portal for all")
    t.fields["ogp_access_to_information"].setChecked(True)
    type_into(t.fields["themes"], "e-government ;  capacity building;")
    box = t.fields["irm_specificity"]
    box.setCurrentIndex(box.findData("high"))
    box.activated.emit(box.currentIndex())
    box = t.fields["irm_potential_impact"]
    box.setCurrentIndex(box.findData("transformative"))
    box.activated.emit(box.currentIndex())
    box = t.fields["completion"]
    box.setCurrentIndex(box.findData("substantial"))
    box.activated.emit(box.currentIndex())
    env.settle()
    c = env.project.get(m.Commitment, env.cid)
    assert c.title == "Transparency Portal for all"
    assert c.ogp_access_to_information is True
    assert c.themes == "e-government; capacity building"
    assert c.irm_specificity == "high"
    assert "<b>Yes</b>" in t.starred_rule.text()
    assert env.editor.heading.text() == "4 Transparency Portal for all"
    assert env.doc.undo_stack.undoText() == "Edit commitment self-assessed completion"
    env.undo()
    assert "<b>No</b>" in t.starred_rule.text()
    # It ran 2014-07-01 to 2016-06-30: all its time has elapsed, none of its work is done.
    assert (c.start_date, c.end_date) == (dt.date(2014, 7, 1), dt.date(2016, 6, 30))
    assert t.schedule.text() == "<b>Overdue</b> (time elapsed 100%, work done 0%)"
    qtmodeltester.check(t.inst_model)


def test_overview_bad_input(env):
    t = tab(env, "overview")
    type_into(t.fields["end_date"], "2013-01-01")
    assert "before the start date" in env.editor.message_bar.text()
    assert t.fields["end_date"].text() == "30 Jun 2016"
    type_into(t.fields["focal_point_email"], "not-an-email")
    assert "not an e-mail" in env.editor.message_bar.text()
    type_into(t.fields["start_date"], "")
    env.settle()
    c = env.project.get(m.Commitment, env.cid)
    assert (c.end_date, c.start_date, c.focal_point_email) == (dt.date(2016, 6, 30), None, "")


def test_institutions(env, monkeypatch):
    t = tab(env, "overview")
    env.doc.create(m.Institution, "Add institution", name="SEGPRES", kind="ministry")
    env.settle()
    t.inst_pick.setCurrentIndex(t.inst_pick.findText("SEGPRES"))
    t.inst_role.setCurrentIndex(t.inst_role.findData("support"))
    t.add_existing_institution()
    monkeypatch.setattr(
        t,
        "ask_new_institution",
        lambda: {
            "name": "Consejo para la Transparencia",
            "acronym": "CPLT",
            "kind": "autonomous",
            "role": "lead",
        },
    )
    t.add_new_institution()
    env.settle()
    names = [r.name for r in t.inst_model.rows()]
    assert names == ["SEGPRES", "Consejo para la Transparencia"]
    assert env.doc.undo_stack.undoText() == "Add new institution Consejo para la Transparencia"
    # change a role in place
    role_col = t.inst_model.column_of("role")
    assert t.inst_model.setData(t.inst_model.index(0, role_col), "lead")
    env.settle()
    assert [r.role for r in t.inst_model.rows()] == ["lead", "lead"]
    t.select_row(t.inst_view, 1)
    t.move_institution(-1)
    env.settle()
    assert t.inst_model.rows()[0].name == "Consejo para la Transparencia"
    t.select_row(t.inst_view, 0)
    t.remove_institution()
    env.settle()
    assert [r.name for r in t.inst_model.rows()] == ["SEGPRES"]
    env.undo()
    assert len(t.inst_model.rows()) == 2
    env.undo()
    env.undo()
    env.undo()  # the new-institution macro goes as one step
    assert [r.name for r in t.inst_model.rows()] == ["SEGPRES"]
    env.reopen()
    t = tab(env, "overview")
    assert [r.name for r in t.inst_model.rows()] == ["SEGPRES"]


def test_narratives_create_then_update_undo_and_reopen(env):
    t = tab(env, "narratives")
    edit = t.edits[("mid_term", "progress")]
    edit.setPlainText("339 institutions connected")
    edit.document().setModified(True)
    edit.editingFinished.emit()
    env.settle()
    [row] = env.project.rows(m.Narrative)
    assert (row.period, row.section, row.text) == (
        "mid_term",
        "progress",
        "339 institutions connected",
    )
    edit.setPlainText("339 institutions connected by July 2015")
    edit.editingFinished.emit()
    env.settle()
    [row] = env.project.rows(m.Narrative)
    assert row.text.endswith("July 2015")
    assert env.doc.undo_stack.undoText() == "Edit narrative: progress summary (mid-term)"
    env.undo()
    assert t.edits[("mid_term", "progress")].toPlainText() == "339 institutions connected"
    env.undo()
    assert env.project.rows(m.Narrative) == []
    env.redo()
    env.redo()
    env.reopen()
    t = tab(env, "narratives")
    assert t.edits[("mid_term", "progress")].toPlainText().endswith("July 2015")
    assert t.edits[("end_of_term", "challenges")].toPlainText() == ""


def test_history_and_show_item(env, qtmodeltester):
    t = tab(env, "overview")
    type_into(t.fields["end_date"], "2016-07-31")
    env.settle()
    h = tab(env, "history")
    first = h.model.rows()[0]
    assert first.what == "Commitment › end date"
    assert (first.old, first.new, first.who) == ("30 Jun 2016", "31 Jul 2016", "Test Author")
    assert first.action == "Changed"
    qtmodeltester.check(h.model)
    # show_item switches tab and selects
    result = env.doc.create(m.Result, "Add purpose", commitment_id=env.cid, level="purpose")
    ind = env.doc.create(m.Indicator, "Add indicator", result_id=result, name="Requests")
    target = env.doc.create(m.Target, "Add target", indicator_id=ind, value=5)
    assert env.editor.show_item("result", result)
    assert env.editor.current_tab() == "logframe"
    assert env.editor.show_item("target", target)
    assert env.editor.current_tab() == "indicators"
    ti = env.editor.tabs["indicators"]
    assert ti.target_model.row_at(ti.current_row(ti.target_view)).id == target
    assert env.editor.show_item("commitment", env.cid)
    assert env.editor.current_tab() == "overview"


def test_read_only_everywhere(env):
    env.editor.set_read_only(True)
    t = env.editor.tabs["overview"]
    assert t.fields["title"].isReadOnly()
    assert not t.fields["completion"].isEnabled()
    assert not env.editor.tabs["evidence"].add_file_button.isEnabled()
    assert env.editor.tabs["narratives"].edits[("mid_term", "progress")].isReadOnly()
    assert not env.editor.tabs["indicators"].add_button.isEnabled()
    type_into(t.fields["title"], "changed")
    env.settle()
    assert env.project.get(m.Commitment, env.cid).title == "Transparency Portal"


def test_deleted_commitment_turns_read_only(env):
    env.doc.delete(m.Commitment, env.cid, "Delete commitment")
    env.settle()
    assert env.editor.read_only
    assert "deleted" in env.editor.heading.text()
    env.undo()
    assert not env.editor.read_only
    assert env.editor.heading.text() == "4 Transparency Portal"


def test_format_follows_language():
    from matrix_app.messages import set_language

    set_language("es")
    try:
        assert fmt.percent_text(0.867) == "86,7\u00a0%"
        assert fmt.number_text(1233) == "1.233"
        assert fmt.parse_number("86,7") == 86.7
        assert fmt.date_text(dt.date(2015, 5, 31)) == "31 may 2015"
        assert fmt.parse_date("31-05-2015") == dt.date(2015, 5, 31)
        assert fmt.parse_date("2015-05-31") == dt.date(2015, 5, 31)
    finally:
        set_language(None)
    assert fmt.percent_text(0.867) == "86.7%"
    assert fmt.parse_date("") is None


def test_message_bar_escape(env, qtbot):
    env.editor.show_message("Something")
    assert env.editor.message_bar.text() == "Something"
    qtbot.keyClick(env.editor, Qt.Key.Key_Escape)
    assert env.editor.message_bar.text() == ""

# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Translations mode of the commitment editor: typed with the keyboard, saved as journaled
translation rows, undone with the stack, shown again when the file is opened again."""

from __future__ import annotations

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import Qt
from v4_helpers import CTRL, click, click_index, edit_cell, on_disk, type_into

from matrix_app.domain import models as m
from matrix_app.ui.commitment.editor import CommitmentEditor


def translations(env, **where):
    return on_disk(env.path, m.Translation, **where)


def turn_on(qtbot, env):
    button = env.editor.translate_button
    click(qtbot, button)
    assert button.isChecked()


def test_mode_is_off_by_default_and_toggles_with_the_button_and_the_key(env, qtbot):
    t = tab(env, "overview")
    twin = t.twins.twin("title")
    assert not twin.isVisible()
    turn_on(qtbot, env)
    assert twin.isVisible() and twin.tag.text() == "EN"
    t.fields["code"].setFocus()
    qtbot.keyClick(t.fields["code"], Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not twin.isVisible() and not env.editor.translate_button.isChecked()
    CommitmentEditor.translations_shown = False


def test_title_translation_is_saved_undone_and_emptied(env, qtbot):
    t = tab(env, "overview")
    turn_on(qtbot, env)
    edit = t.twins.twin("title").edit
    type_into(qtbot, edit, "State Transparency Portal")
    env.settle()
    [row] = translations(env)
    assert (row.entity, row.row_id, row.field, row.lang) == ("commitment", env.cid, "title", "en")
    assert row.text == "State Transparency Portal" and row.commitment_id == env.cid
    assert "English" in env.doc.undo_stack.undoText()
    type_into(qtbot, edit, "Transparency Portal")
    env.settle()
    assert [r.text for r in translations(env)] == ["Transparency Portal"]
    env.undo()
    assert edit.text() == "State Transparency Portal"
    type_into(qtbot, edit, "")
    env.settle()
    assert translations(env) == []  # emptied: the field has no translation again
    assert on_disk(env.path, m.Commitment)[0].title == "Transparency Portal"  # untouched
    env.undo()
    assert [r.text for r in translations(env)] == ["State Transparency Portal"]
    env.reopen()
    tab(env, "overview")
    assert env.editor.translate_button.isChecked()  # the next editor opens the same way
    assert env.editor.tabs["overview"].twins.twin("title").edit.text() == (
        "State Transparency Portal"
    )
    CommitmentEditor.translations_shown = False


def test_relevance_and_new_fields_with_their_translations(env, qtbot):
    t = tab(env, "overview")
    turn_on(qtbot, env)
    click(qtbot, t.fields["ogp_civic_participation"])
    type_into(qtbot, t.fields["relevance_civic_participation"], "Mesas de trabajo abiertas")
    type_into(qtbot, t.twins.twin("relevance_civic_participation").edit, "Open working groups")
    type_into(qtbot, t.fields["budget"], "CLP 450 millones")
    type_into(qtbot, t.fields["sdgs"], "16.6 ;16.10;")
    type_into(qtbot, t.fields["partners"], "Fundación Ciudadanía Inteligente (contacto@fci.cl)")
    type_into(qtbot, t.twins.twin("partners").edit, "Ciudadanía Inteligente Foundation")
    env.settle()
    [c] = on_disk(env.path, m.Commitment)
    assert c.ogp_civic_participation and c.relevance_civic_participation == (
        "Mesas de trabajo abiertas"
    )
    assert (c.budget, c.sdgs) == ("CLP 450 millones", "16.6; 16.10")
    assert c.partners == "Fundación Ciudadanía Inteligente (contacto@fci.cl)"
    got = {r.field: r.text for r in translations(env)}
    assert got == {
        "relevance_civic_participation": "Open working groups",
        "partners": "Ciudadanía Inteligente Foundation",
    }
    CommitmentEditor.translations_shown = False


def test_logframe_translation_columns_are_edited_in_place(env, qtbot, qtmodeltester):
    r = env.project.create(m.Result, commitment_id=env.cid, level="goal", narrative="Mejorar")
    env.editor.refresh()
    t = tab(env, "logframe")
    col = t.model.column_of("narrative_translation")
    assert t.view.isColumnHidden(col)
    turn_on(qtbot, env)
    assert not t.view.isColumnHidden(col)
    edit_cell(qtbot, t.view, t.model.index_of(r.id, col), "Improve access", None)
    click_index(qtbot, t.view, t.model.index_of(r.id, 0))  # leaving the cell saves it
    env.settle()
    [row] = translations(env)
    assert (row.entity, row.row_id, row.field, row.text) == (
        "result",
        r.id,
        "narrative",
        "Improve access",
    )
    assert on_disk(env.path, m.Result)[0].narrative == "Mejorar"
    assert t.model.data(t.model.index_of(r.id, col)) == "Improve access"
    qtmodeltester.check(t.model)
    CommitmentEditor.translations_shown = False


def test_indicator_sheet_revision_reason_and_institution_name(env, qtbot, qtmodeltester):
    res = env.project.create(m.Result, commitment_id=env.cid, level="output")
    ind = env.project.create(m.Indicator, result_id=res.id, commitment_id=env.cid, name="Ag")
    target = env.project.create(m.Target, indicator_id=ind.id, commitment_id=env.cid, value=3)
    rev = env.project.revise_target(target.id, 2, None, "Ataque")
    inst = env.project.create(m.Institution, name="Consejo")
    env.project.create(
        m.CommitmentInstitution, commitment_id=env.cid, institution_id=inst.id, role="lead"
    )
    env.editor.refresh()
    t = tab(env, "indicators")
    turn_on(qtbot, env)
    type_into(qtbot, t.twins.twin("unit").edit, "agencies")
    col = t.revision_model.column_of("reason_translation")
    edit_cell(qtbot, t.revision_view, t.revision_model.index(0, col), "Platform attack", None)
    click_index(qtbot, t.revision_view, t.revision_model.index(0, 0))
    o = tab(env, "overview")
    name_col = o.inst_model.column_of("name_translation")
    edit_cell(qtbot, o.inst_view, o.inst_model.index(0, name_col), "Council", Qt.Key.Key_Return)
    env.settle()
    got = {(r.entity, r.row_id, r.field): (r.text, r.commitment_id) for r in translations(env)}
    assert got == {
        ("indicator", ind.id, "unit"): ("agencies", env.cid),
        ("target_revision", rev.id, "reason"): ("Platform attack", env.cid),
        ("institution", inst.id, "name"): ("Council", None),  # shared by every commitment
    }
    assert on_disk(env.path, m.TargetRevision)[0].reason == "Ataque"
    qtmodeltester.check(t.revision_model)
    qtmodeltester.check(o.inst_model)
    CommitmentEditor.translations_shown = False


def test_narrative_translation_waits_for_the_text(env, qtbot):
    t = tab(env, "narratives")
    turn_on(qtbot, env)
    twin = t.twins[("mid_term", "progress")].twin("text")
    assert twin.edit.isReadOnly()
    type_into(qtbot, t.edits[("mid_term", "progress")], "Avanzó")
    env.settle()
    assert not twin.edit.isReadOnly()
    type_into(qtbot, twin.edit, "It moved on")
    env.settle()
    [narrative] = on_disk(env.path, m.Narrative)
    [row] = translations(env)
    assert (row.entity, row.row_id, row.text) == ("narrative", narrative.id, "It moved on")
    CommitmentEditor.translations_shown = False


def test_read_only_file_has_read_only_twins(env, qtbot):
    env.editor.set_read_only(True)
    t = tab(env, "overview")
    turn_on(qtbot, env)
    assert t.twins.twin("title").edit.isReadOnly()
    CommitmentEditor.translations_shown = False

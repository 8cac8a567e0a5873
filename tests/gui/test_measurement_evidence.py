# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""A measurement cites its means of verification: the Evidence column of the measurements table."""

from __future__ import annotations

from commitment_helpers import Env, env, tab  # noqa: F401
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox
from test_commitment_indicators import setup_indicator

from matrix_app.domain import models as m
from matrix_app.messages import set_language
from matrix_app.services.snapshot import evidence_name
from matrix_app.ui.commitment import install_translator


def add_evidence(env, **fields) -> str:
    ev = env.project.create(m.Evidence, commitment_id=env.cid, **fields)
    env.doc.notify(m.Evidence, {ev.id})
    env.settle()
    return ev.id


def evidence_cell(t, measurement):
    model = t.measure_model
    return model.index(model.row_of(measurement), model.column_of("evidence_id"))


def open_combo(t, measurement) -> QComboBox:
    """Open the cell's editor as a user would (the view's delegate) and return the combo."""
    index = evidence_cell(t, measurement)
    view, model = t.measure_view, t.measure_model
    for column in range(model.columnCount()):  # e.g. the value editor "Add" opened
        open_editor = view.indexWidget(model.index(index.row(), column))
        if open_editor is not None:
            view.closeEditor(open_editor, QAbstractItemDelegate.EndEditHint.NoHint)
    view.setCurrentIndex(index)
    t.measure_view.edit(index)
    box = t.measure_view.indexWidget(index)
    assert isinstance(box, QComboBox)
    return box


def pick(box: QComboBox, text: str) -> None:
    i = box.findText(text)
    assert i >= 0, [box.itemText(k) for k in range(box.count())]
    box.setCurrentIndex(i)
    box.activated.emit(i)


def test_cite_evidence_through_the_delegate_undo_and_redo(env, qtmodeltester):
    t, _purpose, _ind, _target, measurement = setup_indicator(env)
    portal = add_evidence(
        env, kind="link", title="Portal", url="https://www.portaltransparencia.cl"
    )
    add_evidence(env, kind="note", title="", note="Acta de la mesa\nsegunda línea")
    cell = evidence_cell(t, measurement)
    assert t.measure_model.headerData(cell.column(), Qt.Orientation.Horizontal) == "Evidence"
    assert cell.data() == ""
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable

    box = open_combo(t, measurement)
    items = [box.itemText(i) for i in range(box.count())]
    assert items == ["(none)", "Portal", "Acta de la mesa"]
    assert box.currentIndex() == 0
    pick(box, "Portal")
    env.settle()
    assert env.project.get(m.Measurement, measurement).evidence_id == portal
    assert evidence_cell(t, measurement).data() == "Portal"
    assert t.measure_view.indexWidget(evidence_cell(t, measurement)) is None  # editor closed
    assert env.doc.undo_stack.undoText() == "Edit measurement evidence"
    qtmodeltester.check(t.measure_model)

    env.undo()
    assert env.project.get(m.Measurement, measurement).evidence_id is None
    assert evidence_cell(t, measurement).data() == ""
    env.redo()
    assert env.project.get(m.Measurement, measurement).evidence_id == portal
    assert evidence_cell(t, measurement).data() == "Portal"

    # choosing "(none)" takes the citation away (one more undoable edit)
    box = open_combo(t, measurement)
    assert box.currentText() == "Portal"
    pick(box, "(none)")
    env.settle()
    assert env.project.get(m.Measurement, measurement).evidence_id is None
    env.undo()
    assert env.project.get(m.Measurement, measurement).evidence_id == portal


def test_deleted_evidence_shows_nothing_and_undo_brings_the_citation_back(env, qtmodeltester):
    t, _purpose, _ind, _target, measurement = setup_indicator(env)
    portal = add_evidence(
        env, kind="link", title="Portal", url="https://www.portaltransparencia.cl"
    )
    assert t.measure_model.setData(evidence_cell(t, measurement), portal)
    env.settle()
    ev_tab = tab(env, "evidence")
    ev_tab.select("evidence", portal)
    ev_tab.remove()
    env.settle()
    # the measurement keeps the id (a tombstone), but nothing dangles on screen
    assert env.project.get(m.Measurement, measurement).evidence_id == portal
    t = tab(env, "indicators")
    assert evidence_cell(t, measurement).data() == ""
    assert evidence_cell(t, measurement).data(Qt.ItemDataRole.EditRole) is None
    qtmodeltester.check(t.measure_model)
    # opening and leaving the editor on "(none)" does not clear the kept citation
    box = open_combo(t, measurement)
    assert [box.itemText(i) for i in range(box.count())] == ["(none)"]
    pick(box, "(none)")
    env.settle()
    assert env.project.get(m.Measurement, measurement).evidence_id == portal
    env.undo()  # undo the deletion of the evidence
    assert evidence_cell(t, measurement).data() == "Portal"


def test_no_evidence_offers_only_none_and_a_stale_choice_is_refused(env):
    t, _purpose, _ind, _target, measurement = setup_indicator(env)
    box = open_combo(t, measurement)
    assert [box.itemText(i) for i in range(box.count())] == ["(none)"]
    box.activated.emit(0)  # "(none)" on a measurement citing nothing: no edit at all
    env.settle()
    assert not env.doc.undo_stack.undoText().endswith("evidence")
    errors = []
    t.measure_model.inputError.connect(errors.append)
    assert not t.measure_model.setData(evidence_cell(t, measurement), "no-such-evidence")
    assert errors == ["That item is no longer available; choose another."]
    assert env.project.get(m.Measurement, measurement).evidence_id is None


def test_read_only_cell_is_not_editable(env):
    t, _purpose, _ind, _target, measurement = setup_indicator(env)
    env.editor.set_read_only(True)
    assert not evidence_cell(t, measurement).flags() & Qt.ItemFlag.ItemIsEditable


def test_evidence_names():
    assert evidence_name(" Informe ", "acta.pdf") == "Informe"
    assert evidence_name("", "acta.pdf", "https://x.cl") == "acta.pdf"
    assert evidence_name("", "", "https://x.cl") == "https://x.cl"
    assert evidence_name("", "", "", "\n a\nb") == "a"
    long = evidence_name("x" * 100)
    assert len(long) == 80 and long.endswith("…")
    assert evidence_name("") == "…"


def test_spanish_header_none_and_undo_text(qtbot, tmp_path):
    translator = install_translator("es")
    assert translator is not None
    set_language("es")
    try:
        e = Env(qtbot, tmp_path / "es.nap")
        try:
            t, _purpose, _ind, _target, measurement = setup_indicator(e)
            add_evidence(e, kind="link", title="Portal", url="https://www.portaltransparencia.cl")
            cell = evidence_cell(t, measurement)
            header = t.measure_model.headerData(cell.column(), Qt.Orientation.Horizontal)
            assert header == "Medio de verificación"
            box = open_combo(t, measurement)
            assert [box.itemText(i) for i in range(box.count())] == ["(ninguno)", "Portal"]
            pick(box, "Portal")
            e.settle()
            assert e.doc.undo_stack.undoText() == "Editar medición: medio de verificación"
        finally:
            e.close()
    finally:
        set_language(None)
        QCoreApplication.removeTranslator(translator)

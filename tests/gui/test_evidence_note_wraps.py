# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Issue 12: a long note in the evidence list wraps in its row (up to NOTE_LINES lines);
its tooltip and the "Note" field of the selected evidence show all of it."""

from __future__ import annotations

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from matrix_app.domain import models as m
from matrix_app.ui.commitment.evidence import NOTE_LINES

NOTE = (
    "A comienzos de 2015 un ataque a la plataforma PISEE obligó a desconectar 145 "
    "organismos; la mesa de trabajo acordó redefinir la meta en 225 organismos y "
    "reprogramar la conexión de los restantes para el segundo semestre."
)
LONG = " ".join([NOTE] * 6)


def _wrapped_height(view, index):
    width = view.columnWidth(index.column()) - 8
    rect = view.fontMetrics().boundingRect(
        QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), index.data()
    )
    return rect.height()


def _note_index(t, note_id):
    return t.model.index(t.model.row_of(note_id), 4)


def test_a_long_note_wraps_in_its_row(env, qtbot):
    t = tab(env, "evidence")
    short = env.doc.create(
        m.Evidence, "Add note", commitment_id=env.cid, kind="note", title="PISEE", note=NOTE
    )
    env.settle()
    QApplication.processEvents()
    index = _note_index(t, short)
    needed = _wrapped_height(t.view, index)
    assert needed > t.view.fontMetrics().lineSpacing() * 2  # more than two lines here
    assert needed <= t.view.fontMetrics().lineSpacing() * NOTE_LINES
    assert t.view.rowHeight(index.row()) >= needed, "the whole note shows in its row"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == NOTE


def test_a_very_long_note_is_whole_in_tooltip_and_details(env, qtbot):
    t = tab(env, "evidence")
    note_id = env.doc.create(
        m.Evidence, "Add note", commitment_id=env.cid, kind="note", title="PISEE", note=LONG
    )
    env.settle()
    QApplication.processEvents()
    index = _note_index(t, note_id)
    height = t.view.rowHeight(index.row())
    assert height <= t.view.fontMetrics().lineSpacing() * NOTE_LINES + 8  # the row is capped
    assert index.data(Qt.ItemDataRole.ToolTipRole) == LONG
    # click the row: the "Note" field below holds all of it
    pos = t.view.visualRect(index).center()
    qtbot.mouseClick(t.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert t.fields["note"].toPlainText() == LONG

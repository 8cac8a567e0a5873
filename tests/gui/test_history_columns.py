# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Issue 12: the History tab shares a wide window sensibly - "What" takes the room left,
the old and new values get what they show (capped), and every cell's tooltip has it all."""

from __future__ import annotations

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from matrix_app.domain import models as m
from matrix_app.ui.commitment.history import VALUE_SHARE, VALUES, WHAT

LONG = "Citizens can follow every public procurement contract of the ministry online"


def _history(env, width):
    result = env.doc.create(m.Result, "Add purpose", commitment_id=env.cid, level="purpose")
    env.doc.update(m.Result, result, "Rename", narrative=LONG)
    ind = env.doc.create(m.Indicator, "Add indicator", result_id=result, name=LONG)
    env.doc.update(m.Indicator, ind, "Unit", unit="contracts")
    env.settle()
    h = tab(env, "history")
    QApplication.processEvents()
    env.editor.tab_widget.setCurrentIndex(0)  # resized while another tab shows
    env.editor.resize(width, 900)
    QApplication.processEvents()
    h = tab(env, "history")
    QApplication.processEvents()
    return h


def _needs(view, row, col):
    text = view.model().index(row, col).data()
    return view.fontMetrics().horizontalAdvance(text) + 2 * view.style().pixelMetric(
        view.style().PixelMetric.PM_FocusFrameHMargin
    )


def test_what_takes_the_room_at_1920(env):
    h = _history(env, 1920)
    header = h.view.horizontalHeader()
    whats = [row.what for row in h.model.rows()]
    assert any(LONG[:20] in what for what in whats)
    for row in range(h.model.rowCount()):
        assert _needs(h.view, row, WHAT) <= header.sectionSize(WHAT), whats[row]
    # the values are short here: their columns are no wider than the header or text needs
    cap = round(h.view.viewport().width() * VALUE_SHARE)
    for col in VALUES:
        assert header.sectionSize(col) <= cap
        assert header.sectionSize(col) < header.sectionSize(WHAT)
        longest = max(_needs(h.view, row, col) for row in range(h.model.rowCount()))
        assert header.sectionSize(col) >= min(longest, cap), "sized to what it shows"


def test_a_long_value_is_capped_and_its_tooltip_has_it_all(env):
    h = _history(env, 1280)
    header = h.view.horizontalHeader()
    cap = round(h.view.viewport().width() * VALUE_SHARE)
    row = next(i for i, r in enumerate(h.model.rows()) if r.new == LONG)
    new = VALUES[1]
    assert header.sectionSize(new) <= cap < _needs(h.view, row, new)
    for col in VALUES:  # in a narrow window too, "What" keeps at least the room of a value
        assert header.sectionSize(WHAT) >= header.sectionSize(col)
    index = h.model.index(row, new)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == LONG
    # the user can still click the row to select it
    rect = h.view.visualRect(index)
    env.qtbot.mouseClick(h.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert h.view.currentIndex().row() == row

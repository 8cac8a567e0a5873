"""Real-input helpers for the schema-4 screens: clicks on buttons and cells, typing, and
reading what landed in the file with a fresh reader."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from matrix_app.services.project import Project

CTRL = Qt.KeyboardModifier.ControlModifier


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def activate(qtbot, widget):
    """Make the window of ``widget`` the active one (keys go to the active window)."""
    window = widget.window()
    if not window.isActiveWindow():
        window.raise_()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def click_index(qtbot, view, index):
    activate(qtbot, view)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), "cell not on screen"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def focused():
    widget = QApplication.focusWidget()
    if widget is None:
        widget = next(w for w in QApplication.topLevelWidgets() if w.isVisible()).focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot, widget, text):
    """Key presses for ``text`` (non-ASCII letters as key events carrying their text)."""
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
    activate(qtbot, widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    type_text(qtbot, widget, text)
    qtbot.keyClick(widget, finish)


def edit_cell(qtbot, view, index, text, finish=Qt.Key.Key_Tab):
    """Click a cell, F2, type over its value, leave with ``finish`` (None: the caller
    leaves it, e.g. by clicking another cell, as a multi-line cell is left)."""
    click_index(qtbot, view, index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(
        lambda: view.state() == QAbstractItemView.State.EditingState and focused() is not view,
        timeout=5000,
    )
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(qtbot, editor, text)
    if finish is not None:
        qtbot.keyClick(editor, finish)


def on_disk(path, cls, **where):
    """Rows of ``cls`` as a fresh reader of the file sees them."""
    with Project.open(path, read_only=True) as p:
        return p.rows(cls, **where)

"""Small input widgets that the editor's forms share.

Dates may be empty (a QDateEdit always holds a date), numbers are typed in the language's
form, long texts commit when focus leaves them. ``bind`` connects any of them to a commit
function that receives the parsed value, or shows the parse error and restores the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QToolButton,
    QWidget,
)

from . import fmt


class DateEdit(QLineEdit):
    """A date that may be empty: typed (ISO or the language's form) or picked (Alt+Down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(fmt.date_placeholder())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 40)
        self.setMaximumWidth(160)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self._pick = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self._pick.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self._pick.triggered.connect(self.show_calendar)
        self._calendar: QCalendarWidget | None = None

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def value(self) -> dt.date | None:
        return fmt.parse_date(self.text())

    def set_value(self, value: dt.date | None) -> None:
        self.setText(fmt.date_edit_text(value))

    def show_calendar(self) -> None:
        if self.isReadOnly():
            return
        cal = QCalendarWidget(self)
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cal.setLocale(fmt.locale())
        try:
            current = self.value()
        except fmt.InputError:
            current = None
        if current:
            cal.setSelectedDate(QDate(current.year, current.month, current.day))
        cal.clicked.connect(lambda q: self._picked(cal, q))
        cal.activated.connect(lambda q: self._picked(cal, q))
        cal.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar = cal
        cal.show()
        cal.setFocus()

    def _picked(self, cal: QCalendarWidget, q: QDate) -> None:
        self.setText(fmt.date_edit_text(dt.date(q.year(), q.month(), q.day())))
        cal.close()
        self._calendar = None
        self.setFocus()
        self.editingFinished.emit()


class NumberEdit(QLineEdit):
    """A number that may be empty, in the language's form (86,7 or 86.7)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumWidth(150)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def value(self) -> float | None:
        return fmt.parse_number(self.text())

    def set_value(self, value: float | None) -> None:
        self.setText(fmt.number_text(value))


class TextEdit(QPlainTextEdit):
    """Multi-line text that reports ``editingFinished`` when focus leaves it; Tab moves on."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(int(height * 1.5))

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editingFinished.emit()

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        if self.toPlainText() != (value or ""):
            self.setPlainText(value or "")
        self.document().setModified(False)


def vocab_combo(enum: type[StrEnum], blank: str | None = None) -> QComboBox:
    """A combo box of vocabulary labels holding the stored values; ``blank`` adds "not set"."""
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, None)
    for member in enum:
        box.addItem(fmt.vocab(member.value), member.value)
    return box


def combo_select(box: QComboBox, value: Any) -> None:
    i = box.findData(value)
    box.setCurrentIndex(i if i >= 0 else (box.findData(None) if value is None else -1))


def set_value(widget: QWidget, value: Any) -> None:
    """Show a stored value without firing the widget's commit signal."""
    blocked = widget.blockSignals(True)
    try:
        if isinstance(widget, DateEdit | NumberEdit | TextEdit):
            widget.set_value(value)
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            combo_select(widget, value)
        else:
            raise TypeError(type(widget).__name__)
    finally:
        widget.blockSignals(blocked)


def read_value(widget: QWidget) -> Any:
    """The typed value, parsed (raises fmt.InputError for bad input)."""
    if isinstance(widget, DateEdit | NumberEdit | TextEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    raise TypeError(type(widget).__name__)


def bind(
    widget: QWidget,
    commit: Callable[[Any], None],
    error: Callable[[str], None],
    restore: Callable[[], None],
) -> None:
    """Call ``commit(value)`` when the user finishes editing ``widget``.

    Bad input calls ``error(message)`` and ``restore()`` (which shows the saved value again),
    so nothing wrong is saved and the field never lies about what is stored.
    """

    def finished(*_args: object) -> None:
        try:
            value = read_value(widget)
        except fmt.InputError as exc:
            error(str(exc))
            restore()
            return
        commit(value)

    if isinstance(widget, QLineEdit | TextEdit):
        widget.editingFinished.connect(finished)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(finished)
    elif isinstance(widget, QComboBox):
        widget.activated.connect(finished)
    else:
        raise TypeError(type(widget).__name__)


def set_editable(widget: QWidget, editable: bool) -> None:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(not editable)
    else:
        widget.setEnabled(editable)


def shortcut(
    view: QWidget, keys: str | QKeySequence.StandardKey, slot: Callable[[], None]
) -> QShortcut:
    """A key that works while ``view`` itself has focus (not inside its cell editors)."""
    seq = QKeySequence(keys)
    sc = QShortcut(seq, view)
    sc.setContext(Qt.ShortcutContext.WidgetShortcut)
    sc.activated.connect(slot)
    return sc


class MessageBar(QWidget):
    """A dismissible line above the tabs for input errors and notices (never a modal box).

    A message may name its ``source`` (the tab and field that raised it): ``clear(source)``
    then takes it away only if it is still that message, so correcting one field does not
    hide a message about another.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("Messages"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Dismiss (Esc)"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(lambda: self.clear())
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.source: object = None
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def show_message(self, text: str, error: bool = True, source: object = None) -> None:
        self.source = source
        color = "#fde8e8" if error else "#e8f1fd"
        border = "#d9534f" if error else "#4a7fc1"
        self.setStyleSheet(
            f"#messageBar {{ background: {color}; border: 1px solid {border}; border-radius: 3px; }}"
        )
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.show()

    def clear(self, source: object = None) -> None:
        """Hide the message (only if it came from ``source``, when one is given)."""
        if source is not None and source != self.source:
            return
        self.source = None
        self.label.clear()
        self.hide()

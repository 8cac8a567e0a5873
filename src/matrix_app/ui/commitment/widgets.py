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

from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QToolButton,
    QWidget,
)

from . import fmt


class DateEdit(QLineEdit):
    """A date that may be empty: typed (ISO or the language's form) or picked (Alt+Down).
    It shows the date as every table, the dashboard and the report dialog do (1 jul 2014),
    not in a numeric form of its own (issue 12)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(fmt.date_placeholder())
        widest = fmt.date_text(dt.date(2000, 9, 30))  # the longest month name shown
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest + "0") + 40)
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
        self.setText(fmt.date_text(value))

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
        self.setText(fmt.date_text(dt.date(q.year(), q.month(), q.day())))
        cal.close()
        self._calendar = None
        self.setFocus()
        self.editingFinished.emit()


class FitWidthScroll(QScrollArea):
    """A vertically scrolling pane that a splitter never makes narrower than its content
    (at 1280 px the indicator sheet and the chart were cut under the scroll bar).

    ``content_width`` gives the narrowest the content can be laid out (a pane that
    rearranges itself when wide would otherwise claim its wide minimum)."""

    def __init__(
        self, content_width: Callable[[], int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.content_width = content_width
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        inner = self.content_width() if self.content_width else content.minimumSizeHint().width()
        width = inner + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())


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


def _typed_since_shown(widget: QWidget) -> bool:
    """Whether the user typed into ``widget`` since it last showed a value (then reset).

    Showing a value (``setText``, ``setPlainText``) resets the flag, so leaving a field that
    was just put back to the saved value is not mistaken for a correction.
    """
    if isinstance(widget, QLineEdit):
        typed = widget.isModified()
        widget.setModified(False)
        return typed
    # a TextEdit reports editingFinished only after the user typed; a box ticked or a
    # choice picked is always the user's
    return True


def bind(
    widget: QWidget,
    commit: Callable[[Any], None],
    error: Callable[[str], None],
    restore: Callable[[], None],
    corrected: Callable[[], None] | None = None,
) -> None:
    """Call ``commit(value)`` when the user finishes editing ``widget``.

    Bad input calls ``error(message)`` and ``restore()`` (which shows the saved value again),
    so nothing wrong is saved and the field never lies about what is stored. Valid input the
    user typed calls ``corrected()`` first, even when it equals the saved value: the field
    shows a valid value again, so a message about it is stale.
    """

    def finished(*_args: object) -> None:
        typed = _typed_since_shown(widget)
        try:
            value = read_value(widget)
        except fmt.InputError as exc:
            error(str(exc))
            restore()
            return
        if typed and corrected is not None:
            corrected()
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
    then takes it away only if it is still that message; ``clear_sourced()`` takes away any
    message a field or tab raised, leaving notices that have no source.
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

    def clear_sourced(self) -> None:
        """Hide a message that a field or tab raised (the user has moved on successfully)."""
        if self.source is not None:
            self.clear()

    def clear(self, source: object = None) -> None:
        """Hide the message (only if it came from ``source``, when one is given)."""
        if source is not None and source != self.source:
            return
        self.source = None
        self.label.clear()
        self.hide()


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the row is too narrow, so a
    button is never squeezed below its size hint (Qt's "Flow Layout" example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._spacing * max(0, len(self._items) - 1) + m.left() + m.right()
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize()).expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _lay_out(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()

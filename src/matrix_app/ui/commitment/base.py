"""What every tab of the commitment editor shares: its editor, the data, edits and messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QAbstractItemView, QWidget

from ...domain import models as m
from ...services.snapshot import CommitmentData
from .. import dialogs
from . import labels

if TYPE_CHECKING:
    from ..document import Document
    from .editor import CommitmentEditor


class EditorTab(QWidget):
    """A page of the editor. Subclasses fill ``load``, ``set_read_only`` and ``select``."""

    def __init__(self, editor: CommitmentEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.read_only = False
        self.data: CommitmentData | None = None

    @property
    def document(self) -> Document:
        return self.editor.document

    @property
    def commitment_id(self) -> str:
        return self.editor.commitment_id

    def load(self, data: CommitmentData) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def show_translations(self, visible: bool) -> None:
        """Show (or hide) the other-language twins of this tab's texts; none by default."""

    def select(self, entity: str, row_id: str) -> bool:
        """Show the row ``row_id`` of ``entity``; False if this tab does not hold it."""
        return False

    # -- helpers -------------------------------------------------------------------------
    def confirm(self, title: str, question: str) -> bool:
        """A yes/no question, "No" by default (through ``ui.dialogs`` so tests can answer)."""
        return dialogs.confirm(self, title, question)

    def error(self, text: str, field: str | None = None) -> None:
        """An error message above the tabs, belonging to this tab (and ``field``, if given)."""
        self.editor.show_message(text, error=True, source=(self, field))

    def field_error(self, field: str) -> Callable[[str], None]:
        """The ``error`` callback for the input of ``field`` (for ``widgets.bind``)."""
        return lambda text: self.error(text, field)

    def field_corrected(self, field: str) -> Callable[[], None]:
        """The ``corrected`` callback of ``field`` (for ``widgets.bind``): valid input typed
        there takes away the message about it, even if it equals the saved value."""
        return lambda: self.editor.clear_message(self, field)

    def update_field(self, cls: type[m.Row], row_id: str, field: str, value: Any) -> bool:
        """One undoable, journaled field edit: "Edit indicator baseline".

        Once it is saved, a message about a refused value goes away, whichever field it was
        about: that field was put back to its saved value and the user has moved on. Leaving
        the field with the saved value shown again is no correction, and leaves the message.
        """
        row = self.document.project.get(cls, row_id)
        if row is not None and getattr(row, field) == value and value is not None:
            return False
        if row is not None and getattr(row, field) is None and value is None:
            return False
        saved = self.document.update(
            cls, row_id, labels.edit_text(cls.__tablename__, field), **{field: value}
        )
        if saved:
            self.editor.edit_saved()
        return saved

    @staticmethod
    def select_row(view: QAbstractItemView, row: int) -> None:
        model = view.model()
        if row < 0 or row >= model.rowCount():
            view.clearSelection()
            return
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        view.scrollTo(index)

    @staticmethod
    def current_row(view: QAbstractItemView) -> int:
        """The selected row (-1 if none): what a details pane shows and "Remove" acts on.

        The selection decides, not the current index: on a mouse press Qt moves the current
        index first and updates the selection afterwards, so in between the two disagree.
        """
        selection = view.selectionModel()
        rows = sorted({i.row() for i in selection.selectedIndexes() if not i.parent().isValid()})
        if not rows:
            return -1
        current = view.currentIndex()
        if current.isValid() and current.row() in rows:
            return current.row()
        return rows[0]

    @staticmethod
    def follow_selection(view: QAbstractItemView, slot: Callable[[], object]) -> None:
        """Call ``slot`` once the selection of ``view`` has changed (mouse, keyboard or code).

        ``selectionChanged`` comes after the selection is updated; ``currentRowChanged`` comes
        before it on a mouse click, which showed the row clicked before.
        """
        view.selectionModel().selectionChanged.connect(lambda *_: slot())

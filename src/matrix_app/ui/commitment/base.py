"""What every tab of the commitment editor shares: its editor, the data, edits and messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QAbstractItemView, QWidget

from ...domain import models as m
from ...services.snapshot import CommitmentData
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

    def select(self, entity: str, row_id: str) -> bool:
        """Show the row ``row_id`` of ``entity``; False if this tab does not hold it."""
        return False

    # -- helpers -------------------------------------------------------------------------
    def error(self, text: str) -> None:
        self.editor.show_message(text, error=True)

    def update_field(self, cls: type[m.Row], row_id: str, field: str, value: Any) -> bool:
        """One undoable, journaled field edit: "Edit indicator baseline"."""
        row = self.document.project.get(cls, row_id)
        if row is not None and getattr(row, field) == value and value is not None:
            return False
        if row is not None and getattr(row, field) is None and value is None:
            return False
        return self.document.update(
            cls, row_id, labels.edit_text(cls.__tablename__, field), **{field: value}
        )

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
        index = view.currentIndex()
        if index.isValid() and view.selectionModel().isRowSelected(index.row(), index.parent()):
            return index.row()
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

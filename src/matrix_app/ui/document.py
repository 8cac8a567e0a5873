"""The open project as the GUI sees it: the Project, its undo stack and change signals.

Every edit made in a window goes through ``Document`` as a QUndoCommand that calls the
service layer (Orange canvas style), so undo/redo is available for every edit, the edit is
saved at once (each service call is its own transaction), and every view hears about it
through ``changed`` and refreshes only what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..messages import MatrixError

if TYPE_CHECKING:  # SQLModel loads off the GUI thread when a project opens
    from ..domain import models as m
    from ..services.outline import PlanLine
    from ..services.project import Project


class Document(QObject):
    #: (table name, ids touched or None for "anything") after any change, undo or redo.
    changed = Signal(str, object)
    #: A user-facing message when an edit, undo or redo failed (nothing was saved).
    error = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._outline: list[PlanLine] | None = None
        self._institutions: list[m.Institution] | None = None
        # connected before any view: a view refreshing on a change reads the new outline
        self.changed.connect(self._forget_outline)

    def outline(self) -> list[PlanLine]:
        """Plans and their commitments (``services.outline``), read once per change for
        every view that lists them (the tree, the editor's "continues" choice). Read-only:
        a view that keeps lines and changes them keeps its own copy."""
        if self._outline is None:
            from ..services.outline import project_outline

            self._outline = project_outline(self.project)
        return self._outline

    def institutions(self) -> list[m.Institution]:
        """Every live institution by name (the editor's "add institution" choice), read once
        per change of the institution table: each edit refreshes the editor, and reading
        them all again cost a fifth of an edit in a big project (bench/gui_edit.py)."""
        if self._institutions is None:
            from ..domain import models as m

            self._institutions = sorted(self.project.rows(m.Institution), key=lambda i: i.name)
        return self._institutions

    def _forget_outline(self, table: str, _ids: object) -> None:
        self._outline = None
        if table in ("institution", "*"):
            self._institutions = None

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()

    # -- edits ---------------------------------------------------------------------------
    def push(self, command: EditCommand) -> bool:
        """Do the edit now; put it on the undo stack only if it was saved."""
        try:
            command.first_run()
        except MatrixError as exc:
            self.error.emit(exc.message())
            return False
        self.undo_stack.push(command)
        return True

    # ``text`` (the undo text) is positional-only so that a field named "text"
    # (Narrative.text) can be passed in ``fields``.
    def create(self, cls: type[m.Row], text: str, /, **fields: Any) -> str | None:
        """Add a row; returns its id, or None if it could not be saved (error emitted)."""
        cmd = CreateCommand(self, cls, fields, text)
        return cmd.row_id if self.push(cmd) else None

    def update(self, cls: type[m.Row], row_id: str, text: str, /, **fields: Any) -> bool:
        return self.push(UpdateCommand(self, cls, row_id, fields, text))

    def delete(self, cls: type[m.Row], row_id: str, text: str) -> bool:
        return self.push(DeleteCommand(self, cls, row_id, text))

    def move(self, cls: type[m.Row], row_id: str, index: int, text: str) -> bool:
        return self.push(MoveCommand(self, cls, row_id, index, text))

    def revise_target(
        self, target_id: str, value: float | None, due_date: Any, reason: str, text: str
    ) -> bool:
        return self.push(ReviseTargetCommand(self, target_id, value, due_date, reason, text))

    def added(self, cls: type[m.Row], row_ids: list[str], text: str) -> None:
        """Rows a worker has just saved in one transaction (files attached off the GUI
        thread): one undo step for all of them, and the views told."""
        self.undo_stack.push(AddedCommand(self, cls, row_ids, text))
        self.notify(cls, set(row_ids))

    def notify(self, cls: type[m.Row] | str, ids: object = None) -> None:
        table = cls if isinstance(cls, str) else cls.__tablename__
        self.changed.emit(table, ids)


class EditCommand(QUndoCommand):
    """An undoable edit. ``first_run`` does it (and may raise); undo/redo swallow errors
    into ``Document.error`` because Qt calls them from the stack, not from our code."""

    def __init__(self, doc: Document, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self._skip_redo = False

    def first_run(self) -> None:
        self.do()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:  # QUndoStack.push calls redo(); the edit is already done
            self._skip_redo = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_edit)

    def _guard(self, fn) -> None:
        try:
            fn()
        except MatrixError as exc:
            self.setObsolete(True)
            self.doc.error.emit(exc.message())

    def do(self) -> None:
        raise NotImplementedError

    def undo_edit(self) -> None:
        raise NotImplementedError


class CreateCommand(EditCommand):
    def __init__(self, doc: Document, cls: type[m.Row], fields: dict, text: str) -> None:
        super().__init__(doc, text)
        self.cls, self.fields = cls, dict(fields)
        self.row_id: str | None = None
        self.batch: str | None = None

    def do(self) -> None:
        if self.row_id is None:
            self.row_id = self.doc.project.create(self.cls, **self.fields).id
        else:  # redo after undo: bring the same row (same id) back
            self.doc.project.restore(self.batch or "")
        self.doc.notify(self.cls, {self.row_id})

    def undo_edit(self) -> None:
        self.batch = self.doc.project.delete(self.cls, self.row_id or "")
        self.doc.notify(self.cls, {self.row_id})


class UpdateCommand(EditCommand):
    def __init__(
        self, doc: Document, cls: type[m.Row], row_id: str, fields: dict, text: str
    ) -> None:
        super().__init__(doc, text)
        self.cls, self.row_id, self.fields = cls, row_id, dict(fields)
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        old = self.doc.project.update(self.cls, self.row_id, **self.fields)
        if not self.old:
            self.old = old
            self.fields = {k: self.fields[k] for k in old}  # only what really changed
        self.doc.notify(self.cls, {self.row_id})

    def first_run(self) -> None:
        super().first_run()
        if not self.old:
            self.setObsolete(True)  # nothing changed: nothing to undo

    def undo_edit(self) -> None:
        self.doc.project.update(self.cls, self.row_id, **self.old)
        self.doc.notify(self.cls, {self.row_id})


class DeleteCommand(EditCommand):
    def __init__(self, doc: Document, cls: type[m.Row], row_id: str, text: str) -> None:
        super().__init__(doc, text)
        self.cls, self.row_id = cls, row_id
        self.batch = ""

    def do(self) -> None:
        self.batch = self.doc.project.delete(self.cls, self.row_id)
        self.doc.notify(self.cls, {self.row_id})
        self.doc.notify("*")

    def undo_edit(self) -> None:
        self.doc.project.restore(self.batch)
        self.doc.notify(self.cls, {self.row_id})
        self.doc.notify("*")


class MoveCommand(EditCommand):
    def __init__(self, doc: Document, cls: type[m.Row], row_id: str, index: int, text: str) -> None:
        super().__init__(doc, text)
        self.cls, self.row_id, self.index = cls, row_id, index
        self.old: float | None = None
        self.new: float | None = None

    def do(self) -> None:
        if self.new is None:
            self.old = self.doc.project.move(self.cls, self.row_id, self.index)
            row = self.doc.project.get(self.cls, self.row_id)
            self.new = row.position if row is not None else None  # type: ignore[attr-defined]
        else:
            self.doc.project.update(self.cls, self.row_id, position=self.new)
        self.doc.notify(self.cls, {self.row_id})

    def undo_edit(self) -> None:
        self.doc.project.update(self.cls, self.row_id, position=self.old)
        self.doc.notify(self.cls, {self.row_id})


class ReviseTargetCommand(EditCommand):
    def __init__(
        self,
        doc: Document,
        target_id: str,
        value: float | None,
        due_date: Any,
        reason: str,
        text: str,
    ) -> None:
        super().__init__(doc, text)
        self.target_id, self.value, self.due_date, self.reason = target_id, value, due_date, reason
        self.revision_id: str | None = None
        self.old: dict[str, Any] = {}
        self.batch = ""

    def do(self) -> None:
        from ..domain import models as m

        project = self.doc.project
        if self.revision_id is None:
            target = project.get(m.Target, self.target_id)
            if target is not None:
                self.old = {"value": target.value, "due_date": target.due_date}
            rev = project.revise_target(self.target_id, self.value, self.due_date, self.reason)
            self.revision_id = rev.id
        else:
            with project.write() as w:
                w.restore(self.batch)
                w.update(m.Target, self.target_id, value=self.value, due_date=self.due_date)
        self.doc.notify(m.Target, {self.target_id})
        self.doc.notify(m.TargetRevision, {self.revision_id})

    def undo_edit(self) -> None:
        from ..domain import models as m

        with self.doc.project.write() as w:
            self.batch = w.delete(m.TargetRevision, self.revision_id or "")
            w.update(m.Target, self.target_id, **self.old)
        self.doc.notify(m.Target, {self.target_id})
        self.doc.notify(m.TargetRevision, {self.revision_id})


class AddedCommand(EditCommand):
    """Rows added by a worker's transaction; undo tombstones them all in one transaction and
    redo brings the same rows back (their files stay stored either way)."""

    def __init__(self, doc: Document, cls: type[m.Row], row_ids: list[str], text: str) -> None:
        super().__init__(doc, text)
        self.cls, self.row_ids = cls, list(row_ids)
        self.batch = ""
        self._skip_redo = True  # already saved: QUndoStack.push's redo() does nothing

    def do(self) -> None:
        self.doc.project.restore(self.batch)
        self.doc.notify(self.cls, set(self.row_ids))

    def undo_edit(self) -> None:
        with self.doc.project.write() as w:
            for row_id in self.row_ids:
                self.batch = w.delete(self.cls, row_id)
        self.doc.notify(self.cls, set(self.row_ids))

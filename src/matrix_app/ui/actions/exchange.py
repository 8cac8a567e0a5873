"""File > Package for institution…, File > Merge changes from file…, Tools > Merge conflicts….

The work runs in ``services.exchange`` off the GUI thread (``window.run_task``); this module
asks what to do, shows what happened (a summary per entity) and lets the user settle each
conflict with both values side by side, who changed them and when.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QUndoCommand

from ...domain.file_names import derived_name, fit_path
from ...messages import MatrixError
from .. import dialogs
from .exchange_conflicts import ConflictsDialog
from .exchange_dialogs import PackageDialog, SummaryDialog, ask_other_file, package_choices
from .exchange_text import _tr, _trn

if TYPE_CHECKING:  # SQLModel and the exchange services load off the GUI thread
    from ...services.exchange import MergeSummary, RestorePoint


class MergeCommand(QUndoCommand):
    """A merge on the undo stack: its undo puts the restore point back (the project copied
    just before the merge), so the edits made before it stay undoable below it instead of
    being cleared. There is no redo (the command goes away when undone): merge again."""

    def __init__(self, actions: ExchangeActions, point: RestorePoint, source: str) -> None:
        super().__init__(_tr("merge of {file}").format(file=source))
        self.actions = actions
        self.point = point
        self.source = source
        self.confirmed = False  # the Undo merge action asked already
        self._skip_redo = True  # QUndoStack.push calls redo(); the merge is done

    def redo(self) -> None:
        # Only ever called by push (skipped) or to step back over an undo that was
        # declined or failed (the file still holds the merge).
        self._skip_redo = False

    def undo(self) -> None:
        if self.actions.restore_merge(self):
            self.setObsolete(True)  # removed from the stack: its file state is gone
            return
        # Declined or failed: the project still holds the merge, so step the stack back.
        stack = self.actions.document.undo_stack if self.actions.document else None
        if stack is not None:
            self._skip_redo = True
            QTimer.singleShot(0, stack.redo)


class ExchangeActions(QObject):
    """The three actions and their flows, bound to one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.package_action = QAction(_tr("&Package for institution…"), window)
        self.package_action.setStatusTip(
            _tr("Write a project file with one institution's commitments, to send it")
        )
        self.merge_action = QAction(_tr("&Merge changes from file…"), window)
        self.merge_action.setStatusTip(
            _tr("Bring in the changes made in a copy or package of this project")
        )
        self.conflicts_action = QAction(_tr("Merge &conflicts…"), window)
        self.conflicts_action.setStatusTip(_tr("Choose which value to keep for each conflict"))
        self.undo_merge_action = QAction(_tr("Undo &merge…"), window)
        self.undo_merge_action.setVisible(False)
        self.undo_merge_action.setStatusTip(
            _tr("Put the project back as it was just before the last merge")
        )
        self.package_action.triggered.connect(self.package)
        self.merge_action.triggered.connect(self.merge)
        self.conflicts_action.triggered.connect(self.resolve)
        self.undo_merge_action.triggered.connect(self.undo_merge)
        window.file_menu.addSeparator()
        window.file_menu.addAction(self.package_action)
        window.file_menu.addAction(self.merge_action)
        window.tools_menu.addAction(self.conflicts_action)
        edit_menu = getattr(window, "edit_menu", None)
        if edit_menu is not None:  # after Undo/Redo, before the separator
            actions = edit_menu.actions()
            before = next((a for a in actions if a.isSeparator()), None)
            edit_menu.insertAction(before, self.undo_merge_action)
        self._stack = None
        window.document_changed.connect(self._watch_stack)
        window.document_changed.connect(self.update_actions)
        self._watch_stack(window.document)
        self.update_actions()

    @property
    def document(self):
        return self.window.document

    def _watch_stack(self, doc: object = None) -> None:
        stack = doc.undo_stack if doc is not None else None  # type: ignore[attr-defined]
        if stack is self._stack:
            return
        if self._stack is not None:
            try:
                self._stack.indexChanged.disconnect(self.update_actions)
            except (RuntimeError, TypeError):
                pass
        self._stack = stack
        if stack is not None:
            stack.indexChanged.connect(self.update_actions)

    def update_actions(self, *args: object) -> None:
        doc = self.document
        self.package_action.setEnabled(doc is not None)
        writable = doc is not None and not doc.read_only
        self.merge_action.setEnabled(writable)
        if writable:  # the exchange services (and SQLModel) load only once a project is open
            from ...services.exchange import list_conflicts

            self.conflicts_action.setEnabled(bool(list_conflicts(doc.project)))
        else:
            self.conflicts_action.setEnabled(False)
        # Right after a merge, Edit › Undo itself reads "Undo merge of FILE"; once edits
        # follow it, this item offers to go back past them to before the merge.
        found = self.last_merge()
        later = doc.undo_stack.index() - found[0] - 1 if doc is not None and found else 0
        self.undo_merge_action.setVisible(found is not None and later > 0)
        self.undo_merge_action.setEnabled(writable and found is not None and later > 0)
        if found is not None and later > 0:
            self.undo_merge_action.setText(
                _trn("Undo &merge of {file} and the %n edit(s) after it…", later).format(
                    file=found[1].source
                )
            )

    def last_merge(self) -> tuple[int, MergeCommand] | None:
        """The newest merge that can still be undone: (its index on the stack, command)."""
        doc = self.document
        if doc is None:
            return None
        stack = doc.undo_stack
        for i in range(stack.index() - 1, -1, -1):
            cmd = stack.command(i)
            if isinstance(cmd, MergeCommand):
                return i, cmd
        return None

    # -- undo a merge --------------------------------------------------------------------
    def undo_merge(self) -> None:
        """Edit › Undo merge…: ask, then undo down to and including the last merge."""
        found = self.last_merge()
        doc = self.document
        if found is None or doc is None:
            return
        index, cmd = found
        later = doc.undo_stack.index() - index - 1
        if not self._confirm_undo(cmd, later):
            return
        cmd.confirmed = True
        stack = doc.undo_stack
        stack.setIndex(index)
        if stack.index() == index and stack.count() > index:
            # Restored: the edits undone on the way were made on the merged file, so they
            # cannot be redone on this one. Pushing an obsolete command drops them.
            cut = QUndoCommand()
            cut.setObsolete(True)
            stack.push(cut)

    def _confirm_undo(self, cmd: MergeCommand, later: int) -> bool:
        text = _tr(
            "Put {project} back as it was just before merging {file}? Everything the merge "
            "brought in, and any conflict choices made since, will be gone. The copy from "
            "before the merge is {copy}."
        ).format(project=cmd.point.project.name, file=cmd.source, copy=cmd.point.path.name)
        if later:
            text += " " + _trn("The %n edit(s) made after the merge are undone too.", later)
        return dialogs.confirm(self.window, _tr("Undo merge"), text)

    def restore_merge(self, cmd: MergeCommand) -> bool:
        """Replace the project file with the restore point and reopen it in place (the same
        Document, so the undo history below the merge stays). False if declined or failed;
        the project then still holds the merge."""
        from ...services.exchange import restore
        from ...services.project import Project

        doc = self.document
        if doc is None:
            return False
        if not cmd.confirmed and not self._confirm_undo(cmd, 0):
            return False
        cmd.confirmed = False
        runner = getattr(self.window, "runner", None)
        if runner is not None:  # nothing may read the file while it is replaced
            runner.cancel_all()
            runner.wait()
        old = doc.project
        path, author = old.path, old.author
        old.close()
        error: MatrixError | None = None
        try:
            restore(cmd.point)
        except MatrixError as exc:
            error = exc
        try:
            doc.project = Project.open(path, author=author)
        except MatrixError as exc:
            dialogs.show_error(self.window, _tr("Undo merge"), exc.message())
            close = getattr(self.window, "close_project", None)
            if close is not None:
                close()
            return False
        doc.notify("*")
        self.update_actions()
        if error is not None:
            dialogs.show_error(self.window, _tr("Undo merge"), error.message())
            return False
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(
                _tr("The merge of {file} was undone.").format(file=cmd.source), 5000
            )
        return True

    # -- package -------------------------------------------------------------------------
    def package(self) -> None:
        doc = self.document
        if doc is None:
            return
        choices = package_choices(doc.project)
        if not choices:
            dialogs.show_error(
                self.window,
                _tr("Package for institution"),
                _tr("No institution is lead or support of a commitment yet."),
            )
            return
        dialog = PackageDialog(choices, self.window)
        if not dialogs.run_dialog(dialog):
            return
        name = dialog.institution()
        acronym = next((a for n, a, _ in choices if n == name), "") or name
        stem = doc.project.path.stem
        file_name = derived_name(stem, f"-{_slug(acronym)}.nap")
        suggested = str(fit_path(doc.project.path.parent, file_name))
        out = dialogs.ask_save_path(self.window, _tr("Save package as"), suggested)
        if out is None:
            return
        project = doc.project

        def work(progress, cancelled):
            from ...services.exchange import package

            return package(project, out, name, progress=progress, cancel=cancelled)

        def done(summary) -> None:
            dialogs.show_info(
                self.window,
                _tr("Package for institution"),
                _trn(
                    "{file} was written for {name}: %n commitment(s) ({codes}).",
                    len(summary.commitments),
                ).format(
                    file=Path(summary.path).name,
                    name=summary.institution,
                    codes=", ".join(summary.commitments),
                ),
            )

        self.window.run_task(_tr("Packaging…"), work, done)

    # -- merge ---------------------------------------------------------------------------
    def merge(self) -> None:
        doc = self.document
        if doc is None or doc.read_only:
            return
        path = ask_other_file(self.window)
        if path is None:
            return
        project = doc.project

        def work(progress, cancelled):
            from ...services.exchange import merge_with_restore_point

            return merge_with_restore_point(
                project, path, None, progress=progress, cancel=cancelled
            )

        self.window.run_task(_tr("Merging…"), work, self._merged)

    def _merged(self, result: tuple[MergeSummary, RestorePoint | None]) -> None:
        summary, point = result
        doc = self.document
        if doc is not None and point is not None:
            # Undoable: the stack keeps the edits made before, below the merge.
            doc.undo_stack.push(MergeCommand(self, point, Path(summary.source).name))
            doc.notify("*")
        self.update_actions()
        dialog = SummaryDialog(summary, self.window)
        dialogs.run_dialog(dialog)
        if dialog.show_conflicts:
            self.resolve()

    def resolve(self) -> None:
        from ...services.exchange import list_conflicts, settle

        doc = self.document
        if doc is None:
            return
        conflicts = list_conflicts(doc.project)
        if not conflicts:
            self.update_actions()
            return
        dialog = ConflictsDialog(conflicts, self.window)
        if not dialogs.run_dialog(dialog):
            return
        try:
            settle(doc.project, dialog.choices())
        except MatrixError as exc:
            dialogs.show_error(self.window, _tr("Merge conflicts"), exc.message())
            return
        stack = doc.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() else None
        if not isinstance(top, MergeCommand):
            stack.clear()  # the settlement is not undoable edit by edit
        # Right after a merge, undoing the merge also undoes these choices (its text says so).
        doc.notify("*")
        self.update_actions()


def _slug(text: str) -> str:
    keep = "".join(ch if ch.isalnum() else "-" for ch in text.strip())
    slug = "-".join(part for part in keep.split("-") if part).lower()[:40].strip("-")
    return slug or "package"


def install(window) -> ExchangeActions:
    """Add the exchange actions to ``window`` (see ``ui.actions`` for the contract)."""
    actions = ExchangeActions(window)
    window.exchange_actions = actions
    return actions

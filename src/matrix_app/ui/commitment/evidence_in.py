"""How evidence comes in: files chosen or dropped (each checked against the size limit before
anything is read, one question for all on publishing, then read and stored off the GUI thread
by ``services.evidence_attach``), links and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from ...domain import models as m
from ...domain import vocabulary as v
from ...messages import current_language
from ...services import evidence_attach
from ...services.values import InvalidValue
from ..tasks import Task, TaskRunner
from . import evidence_public, labels
from .evidence_link import LinkDialog, valid_url


class EvidenceIn:
    """Adding evidence, part of EvidenceTab."""

    # The attaching of files under way (one at a time), and the runner of an editor that is
    # not in a main window.
    attaching: Task | None = None
    _own_runner: TaskRunner | None = None

    def choose_files(self) -> list[str]:
        """Ask which files to attach (tests patch this to avoid a modal dialog)."""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        return names

    def ask_public(self, names: list[str]) -> bool | None:
        """May these files be published? (tests patch this to avoid a modal dialog)"""
        return evidence_public.ask(self, names)

    def add_files(self, paths: list[str] | None = None) -> Task | None:
        """Attach files (chosen in a dialog when ``paths`` is None) off the GUI thread.

        Sizes are checked before anything is read, then one question for all the files: may
        they be published? Reading, hashing and storing them (about 0.1 s per 20 MB file)
        runs as a task, progress after a moment and Cancel; the files that could be read
        land together, one undo step, and the others are named in a message. Returns the
        task, or None when there is nothing to attach (or an attach is still running).
        """
        if self.read_only or self.attaching is not None:
            return None
        paths = self.choose_files() if paths is None else paths
        files, problems = evidence_attach.check_sizes(paths)
        if not files:
            self._tell(problems)
            return None
        public = self.ask_public([path.name for path, _ in files])
        project, commitment_id, doc = self.document.project, self.commitment_id, self.document
        fields = {"date": dt.date.today(), "public": public}
        landed = []

        def work(progress, cancelled) -> evidence_attach.Attached:
            return evidence_attach.attach_files(
                project, commitment_id, files, progress, cancelled, **fields
            )

        def done(result: evidence_attach.Attached, too_late: bool = False) -> None:
            landed.append(result)
            if result.ids:  # saved: on the undo stack even if this tab has gone meanwhile
                doc.added(m.Evidence, result.ids, self._undo_text(result.names))
            if shiboken6.isValid(self):
                self._attached(result, problems, too_late)

        def cancelled() -> None:
            if not landed and shiboken6.isValid(self):
                self._tell(problems, self.tr("Attaching cancelled: nothing was added."))

        task = self._run_task(
            self.tr("Attaching files…"),
            work,
            done,
            discard=lambda result: done(result, too_late=True),  # Cancel after the commit
            on_cancel=cancelled,
        )
        self.attaching = task
        task.finished.connect(self._attach_finished)
        return task

    def _run_task(self, title: str, fn: Callable, on_done: Callable, **options: Any) -> Task:
        """The window's ``run_task`` (it locks editing while the work runs); an editor shown
        on its own (tests, tools) uses a runner of its own."""
        run = getattr(self.window(), "run_task", None)
        if run is None:
            if self._own_runner is None:
                self._own_runner = TaskRunner(self)
            run = self._own_runner.run
        return run(title, fn, on_done, **options)

    def _attach_finished(self) -> None:
        self.attaching = None

    @staticmethod
    def _undo_text(names: list[str]) -> str:
        """ "Add file acta.pdf", "Add 3 files" (the tab may be gone when the files land; and
        from the tab, PySide's ``tr`` would look the plural up as EvidenceTab's)."""
        if len(names) == 1:
            file = QCoreApplication.translate("EvidenceIn", "file %1").replace("%1", names[0])
            return labels.action_text("add", file)
        files = QCoreApplication.translate("EvidenceIn", "%n file(s)", "", len(names))
        return labels.action_text("add", files)

    def _attached(
        self, result: evidence_attach.Attached, problems: list[InvalidValue], too_late: bool
    ) -> None:
        notice = ""
        if too_late and result.ids:
            notice = self.tr(
                "Cancel came too late: the files had been saved. Edit > Undo removes them."
            )
        self._tell([*problems, *result.problems], notice)
        if result.ids:
            self.editor.refresh()
            self.select("evidence", result.ids[-1])

    def _tell(self, problems: list[InvalidValue], notice: str = "") -> None:
        """One message for every file left out (and ``notice``), in the user's language."""
        lang = current_language()
        text = " ".join([*(p.message(lang) for p in problems), notice]).strip()
        if problems:
            self.error(text)
        elif text:
            self.editor.show_message(text, error=False, source=(self, None))

    def ask_link(self) -> tuple[str, str] | None:
        """Ask for a link's title and address (tests patch this to avoid a modal dialog)."""
        dialog = LinkDialog(self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.values()
            return None
        finally:
            dialog.deleteLater()

    def add_link(self) -> str | None:
        if self.read_only:
            return None
        answer = self.ask_link()
        if answer is None:
            return None
        title, url = answer
        if not valid_url(url):
            self.error(
                self.tr(
                    "“%1” is not a web address; it must start with http:// or https://."
                ).replace("%1", url)
            )
            return None
        new_id = self.document.create(
            m.Evidence,
            labels.action_text("add", self.tr("link")),
            commitment_id=self.commitment_id,
            kind=v.EvidenceKind.LINK.value,
            title=title or url,
            url=url,
            date=dt.date.today(),
            public=True,
        )
        if new_id:
            self.editor.refresh()
            self.select("evidence", new_id)
        return new_id

    def add_note(self) -> str | None:
        if self.read_only:
            return None
        new_id = self.document.create(
            m.Evidence,
            labels.action_text("add", self.tr("note")),
            commitment_id=self.commitment_id,
            kind=v.EvidenceKind.NOTE.value,
            title=self.tr("Note"),
            date=dt.date.today(),
        )
        if new_id:
            self.editor.refresh()
            self.select("evidence", new_id)
            self.fields["note"].setFocus()
        return new_id

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if (
            not self.read_only
            and event.mimeData().hasUrls()
            and any(u.isLocalFile() for u in event.mimeData().urls())
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if Path(p).is_file()]
        if self.read_only or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

"""How evidence comes in: files chosen or dropped (each checked against the size limit before
anything is read, one question for all on publishing), links and notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from ...domain import models as m
from ...domain import vocabulary as v
from ...messages import current_language
from ...services.project import MAX_EVIDENCE_BYTES
from ...services.values import InvalidValue
from . import evidence_public, fmt, labels
from .evidence_link import LinkDialog, valid_url


class EvidenceIn:
    """Adding evidence, part of EvidenceTab."""

    def choose_files(self) -> list[str]:
        """Ask which files to attach (tests patch this to avoid a modal dialog)."""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        return names

    def ask_public(self, names: list[str]) -> bool | None:
        """May these files be published? (tests patch this to avoid a modal dialog)"""
        return evidence_public.ask(self, names)

    def add_files(self, paths: list[str] | None = None) -> list[str]:
        """Attach files (chosen in a dialog when ``paths`` is None); returns the new ids.

        Before the first file goes in, one question for all of them: may they be published?
        """
        if self.read_only:
            return []
        paths = self.choose_files() if paths is None else paths
        too_big, added = [], []
        public: bool | None = None
        asked = False
        for name in paths:
            path = Path(name)
            try:
                size = path.stat().st_size
            except OSError as exc:
                self.error(
                    InvalidValue("unreadable", name=path.name, detail=exc.strerror).message(
                        current_language()
                    )
                )
                continue
            if size > MAX_EVIDENCE_BYTES:
                too_big.append(
                    InvalidValue(
                        "too_large",
                        name=path.name,
                        size=fmt.number_text(round(size / 1048576, 1)),
                        limit=MAX_EVIDENCE_BYTES // 1048576,
                    ).message(current_language())
                )
                continue
            if not asked:
                asked, public = True, self.ask_public([Path(p).name for p in paths])
            new_id = self.document.add_file(
                self.commitment_id,
                str(path),
                labels.action_text("add", self.tr("file %1").replace("%1", path.name)),
                date=dt.date.today(),
                public=public,
            )
            if new_id:
                added.append(new_id)
        if too_big:
            self.error(" ".join(too_big))
        if added:
            self.editor.refresh()
            self.select("evidence", added[-1])
        return added

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

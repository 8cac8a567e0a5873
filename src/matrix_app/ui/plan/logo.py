"""A plan's report logo: reading the image a user chose, and storing it with the setting.

The bytes must be a PNG or JPEG that Qt can decode, at most ``MAX_LOGO_BYTES``: the logo
travels in the project file and every report. Storing the blob and pointing the profile at
it is one transaction, so an undo never leaves a profile naming bytes the file lacks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from ...domain import models as m
from ..document import Document, EditCommand

MAX_LOGO_BYTES = 2 * 1024 * 1024
SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


class LogoError(ValueError):
    """An image that cannot be a logo; the message says why, in the user's language."""


def read_logo(path: Path) -> bytes:
    """The bytes of the image at ``path``, checked; raises LogoError."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise LogoError(
                QCoreApplication.translate("Logo", "“%1” is %2 MB; a logo may have at most %3 MB.")
                .replace("%1", path.name)
                .replace("%2", f"{size / 1048576:.1f}")
                .replace("%3", str(MAX_LOGO_BYTES // 1048576))
            )
        data = path.read_bytes()
    except OSError as exc:
        raise LogoError(
            QCoreApplication.translate("Logo", "“%1” could not be read: %2.")
            .replace("%1", path.name)
            .replace("%2", exc.strerror or "")
        ) from exc
    if not data.startswith(SIGNATURES) or QImage.fromData(data).isNull():
        raise LogoError(
            QCoreApplication.translate("Logo", "“%1” is not a PNG or JPEG image.").replace(
                "%1", path.name
            )
        )
    return data


class SetLogoCommand(EditCommand):
    """Put the image into the file and make it the plan's logo (creating the profile)."""

    def __init__(self, doc: Document, plan_id: str, data: bytes, text: str) -> None:
        super().__init__(doc, text)
        self.plan_id, self.data = plan_id, data
        self.profile_id: str | None = None
        self.created = False
        self.old: str | None = None
        self.new: str | None = None
        self.batch = ""

    def do(self) -> None:
        with self.doc.project.write() as w:
            if self.new is None:
                self.new = w.put_blob(self.data)
                found = self._profile(w)
                if found is None:
                    self.profile_id = w.create(m.ReportProfile, plan_id=self.plan_id).id
                    self.created = True
                else:
                    self.profile_id, self.old = found.id, found.logo_sha256
            elif self.created and self.batch:
                w.restore(self.batch)
            w.update(m.ReportProfile, self.profile_id or "", logo_sha256=self.new)
        self.doc.notify(m.ReportProfile, {self.profile_id})

    def undo_edit(self) -> None:
        with self.doc.project.write() as w:
            w.update(m.ReportProfile, self.profile_id or "", logo_sha256=self.old)
            if self.created:
                self.batch = w.delete(m.ReportProfile, self.profile_id or "")
        self.doc.notify(m.ReportProfile, {self.profile_id})

    def _profile(self, w: Any) -> m.ReportProfile | None:
        from ...services.project import list_rows

        rows = list_rows(w.s, m.ReportProfile, plan_id=self.plan_id)
        return rows[0] if rows else None

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
    """Make ``data`` (None: no logo) the plan's logo; undo puts back the one it replaced."""

    def __init__(self, doc: Document, plan_id: str, data: bytes | None, text: str) -> None:
        super().__init__(doc, text)
        self.plan_id, self.data = plan_id, data
        self.before: str | None = None

    def do(self) -> None:
        from ...services import report_profile

        with self.doc.project.write() as w:
            self.before = report_profile.set_logo_in(w, self.plan_id, self.data, "logo")
        self.doc.notify(m.ReportProfile)

    def undo_edit(self) -> None:
        from ...services import report_profile

        report_profile.restore_logo(self.doc.project, self.plan_id, self.before)
        self.doc.notify(m.ReportProfile)


class ProfileCommand(EditCommand):
    """Change fields of the plan's report settings (the profile is made by the first)."""

    def __init__(self, doc: Document, plan_id: str, fields: dict[str, Any], text: str) -> None:
        super().__init__(doc, text)
        self.plan_id, self.fields = plan_id, dict(fields)
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        from ...services import report_profile

        old = report_profile.set_profile(self.doc.project, self.plan_id, **self.fields)
        if not self.old:
            self.old = old
        self.doc.notify(m.ReportProfile)

    def first_run(self) -> None:
        super().first_run()
        if not self.old:
            self.setObsolete(True)  # nothing changed: nothing to undo

    def undo_edit(self) -> None:
        from ...services import report_profile

        if self.old:
            report_profile.set_profile(self.doc.project, self.plan_id, **self.old)
        self.doc.notify(m.ReportProfile)

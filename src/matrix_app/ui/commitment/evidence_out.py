"""Evidence files leaving the project: Open (a checked temp copy) and Save as.

The stored name and bytes are untrusted (a package from another agency may carry any name),
so both ways out go through ``services.evidence_files``: only a safe base name is written,
the bytes must match their SHA-256 before and after writing, and a type the desktop would
run (a program, a script, a launcher) is opened only after the user says so.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from ...domain import models as m
from ...domain import vocabulary as v
from ...messages import MatrixError, current_language
from ...services.evidence_files import (
    check_bytes,
    extension,
    is_executable,
    safe_file_name,
    visible_name,
)
from ...services.values import InvalidValue
from .evidence_link import valid_url

#: The folder of the last evidence file saved in this session (None: the user's documents).
_last_folder: Path | None = None


def _why(exc: Exception) -> str:
    if isinstance(exc, MatrixError):
        return exc.message(current_language())
    return getattr(exc, "strerror", None) or str(exc)


def documents_folder() -> Path | None:
    """The user's documents folder, else the home folder; None if neither exists."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (Path(location) if location else None, Path.home()):
        if folder is not None and folder.is_dir():
            return folder
    return None


class EvidenceFilesOut:
    """Open and Save as for the evidence tab (mixed into ``EvidenceTab``, which provides
    ``document``, ``editor``, ``error`` and ``confirm``)."""

    current: m.Evidence | None
    _temp: tempfile.TemporaryDirectory | None = None

    # -- hooks a test patches -----------------------------------------------------------------
    def open_url(self, url: QUrl) -> bool:
        """Hand a file or web address to the desktop (tests patch this)."""
        return QDesktopServices.openUrl(url)

    def choose_save_path(self, suggested: str) -> str:
        """Ask where to save a file (tests patch this to avoid a modal dialog)."""
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("EvidenceTab", "Save evidence file as"), suggested
        )
        return name

    def save_folder(self) -> Path:
        """Where Save as starts: the folder used last in this session, else the documents,
        else the project's folder; never the working directory (a file dialog given a folder
        that does not exist falls back to it)."""
        if _last_folder is not None and _last_folder.is_dir():
            return _last_folder
        return documents_folder() or self.document.project.path.resolve().parent

    # -- the bytes ------------------------------------------------------------------------------
    def stored_bytes(self, ev: m.Evidence) -> bytes:
        """The file's bytes, refused (EvidenceFileError) unless they match SHA-256 and size."""
        data = self.document.project.blob(ev.sha256 or "")
        return check_bytes(data, ev.sha256, ev.size, ev.file_name)

    def temp_dir(self) -> Path:
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="matrix-evidence-")
        return Path(self._temp.name)

    def write_temp_copy(self, ev: m.Evidence, data: bytes | None = None) -> Path:
        """A checked copy under its safe name, in a private temp folder (mode 0700)."""
        data = self.stored_bytes(ev) if data is None else data
        folder = self.temp_dir() / (ev.sha256 or "file")[:12]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / safe_file_name(ev.file_name)
        target.write_bytes(data)
        check_bytes(target.read_bytes(), ev.sha256, ev.size, ev.file_name)
        return target

    def cleanup(self) -> None:
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None

    # -- Open ---------------------------------------------------------------------------------
    def confirm_run(self, ev: m.Evidence, name: str) -> bool:
        """Ask before handing the desktop a file it would execute; "No" is the default."""
        kind = extension(name) or QCoreApplication.translate("EvidenceTab", "no extension")
        question = (
            QCoreApplication.translate(
                "EvidenceTab",
                "“%1” is a program, script or launcher (%2). Opening it lets it run on this "
                "computer with your permissions. Open it only if you trust whoever made it. "
                "Open it anyway?",
            )
            .replace("%1", name)
            .replace("%2", kind)
        )
        return self.confirm(QCoreApplication.translate("EvidenceTab", "Open a program?"), question)

    def open_current(self) -> bool:
        """Open the selected link, or a checked temp copy of the selected file."""
        ev = self.current
        if ev is None:
            return False
        if ev.kind == v.EvidenceKind.LINK:
            if valid_url(ev.url):
                return self.open_url(QUrl(ev.url))
            self.error(
                QCoreApplication.translate(
                    "EvidenceTab", "This link has no valid web address to open."
                )
            )
            return False
        if ev.kind != v.EvidenceKind.FILE:
            return False
        name = safe_file_name(ev.file_name)
        shown = visible_name(ev.file_name) or name
        try:
            data = self.stored_bytes(ev)
            if is_executable(ev.file_name, data) and not self.confirm_run(ev, name):
                return False
            path = self.write_temp_copy(ev, data)
        except (OSError, ValueError, MatrixError) as exc:
            self.error(
                QCoreApplication.translate("EvidenceTab", "Cannot open “%1”: %2")
                .replace("%1", shown)
                .replace("%2", _why(exc))
            )
            return False
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.error(
                QCoreApplication.translate(
                    "EvidenceTab", "No program is set up to open “%1”. A copy is at %2."
                )
                .replace("%1", shown)
                .replace("%2", str(path))
            )
            return False
        return True

    # -- Save as ------------------------------------------------------------------------------
    def save_current(self) -> Path | None:
        """Write the selected file where the user says, under its safe name by default."""
        global _last_folder
        ev = self.current
        if ev is None or ev.kind != v.EvidenceKind.FILE:
            return None
        shown = visible_name(ev.file_name) or safe_file_name(ev.file_name)
        try:
            data = self.stored_bytes(ev)
        except (ValueError, MatrixError) as exc:
            self.error(
                QCoreApplication.translate("EvidenceTab", "Cannot save “%1”: %2")
                .replace("%1", shown)
                .replace("%2", _why(exc))
            )
            return None
        suggested = self.save_folder() / safe_file_name(ev.file_name)
        name = self.choose_save_path(str(suggested))
        if not name:
            return None
        target = Path(name)
        try:
            target.write_bytes(data)
            try:
                check_bytes(target.read_bytes(), ev.sha256, ev.size, ev.file_name)
            except MatrixError:
                target.unlink(missing_ok=True)  # never leave wrong bytes behind
                raise
        except (OSError, ValueError, MatrixError, InvalidValue) as exc:
            self.error(
                QCoreApplication.translate("EvidenceTab", "Cannot save “%1”: %2")
                .replace("%1", name)
                .replace("%2", _why(exc))
            )
            return None
        _last_folder = target.parent
        self.editor.show_message(
            QCoreApplication.translate("EvidenceTab", "Saved %1.").replace("%1", name), error=False
        )
        return target

"""What a failed SQLite write means for the user: disk full, read-only, busy or plain failure."""

from __future__ import annotations

import os
from pathlib import Path

from ..storage.errors import ProjectFileError


def _translate_db_error(path: Path, exc: Exception) -> ProjectFileError:
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if "full" in text:
        return ProjectFileError("disk_full", path=path)
    if "readonly" in text or "read-only" in text:
        return ProjectFileError("read_only", path=path, why_code="file")
    if "locked" in text or "busy" in text:
        return ProjectFileError("busy", path=path)
    if "unable to open" in text or "disk i/o" in text:
        # The rollback journal could not be created beside the file: the folder (or the
        # disk) turned read-only after the project was opened.
        why = _not_writable(Path(path))
        if why is not None:
            return ProjectFileError("read_only", path=path, why_code=why)
    return ProjectFileError("write_failed", path=path, detail=str(orig))


def _not_writable(path: Path) -> str | None:
    if not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        return "folder"
    if path.exists() and not os.access(path, os.W_OK):
        return "file"
    return None

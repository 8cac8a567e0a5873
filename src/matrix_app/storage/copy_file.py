"""Consistent copies of a live project file ("Save a copy", packages, backups)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from .connect import connect, journal_path
from .errors import ProjectFileError
from .filemode import default_file_mode

Progress = Callable[[int, int], None]


def copy_database(
    src: Path, dest: Path, progress: Progress | None = None, compact: bool = False
) -> Path:
    """Copy a live database to ``dest`` via a temporary file and an atomic rename.

    The backup API copies a consistent snapshot even while another connection writes;
    the rename means ``dest`` is either the old file or the complete new one, never half.
    """
    dest = Path(dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".matrix-copy-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ProjectFileError("cannot_write", path=dest, detail=exc.strerror) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, default_file_mode())
    try:
        source = connect(src, read_only=True)
        try:
            if compact:
                tmp.unlink()
                source.execute("VACUUM INTO ?", (str(tmp),))
                if progress:
                    progress(1, 1)
            else:
                target = sqlite3.connect(tmp)
                try:

                    def _step(status: int, remaining: int, total: int) -> None:
                        if progress:
                            progress(total - remaining, total)

                    source.backup(target, pages=256, progress=_step)
                    target.execute("PRAGMA journal_mode=DELETE")
                finally:
                    target.close()
        finally:
            source.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except sqlite3.OperationalError as exc:
        remove_temporary(tmp)
        if "full" in str(exc).lower():
            raise ProjectFileError("disk_full_copy", path=dest) from exc
        raise ProjectFileError("cannot_write", path=dest, detail=str(exc)) from exc
    except OSError as exc:
        remove_temporary(tmp)
        raise ProjectFileError("cannot_write", path=dest, detail=exc.strerror) from exc
    return dest


def remove_temporary(tmp: Path) -> None:
    """A temporary database and the rollback journal a failed write left beside it."""
    for leftover in (tmp, journal_path(tmp)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)

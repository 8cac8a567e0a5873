"""Opening the file to merge from: refused exactly as opening a project refuses it.

All of opening's checks run except the two that read the whole file: the page-by-page
integrity check and the check of every value (seconds for 2,000 commitments). The merge
reads only the journal entries and rows that changed, checks those values with the same
rules (``content_check`` restricted to them), and reports SQLite's "malformed" error while
reading them as a damaged file. The schema is checked in full, before anything is read.
The other file is only read. One in an older format is upgraded in a temporary copy, so
that neither the file the user received nor the project changes because of its age.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc as sa_exc

from ...storage.errors import ProjectFileError
from ...storage.projectfile import open_project_file, upgraded_copy


@dataclass(frozen=True)
class OtherFile:
    path: Path  # the file to read (a migrated temporary copy for an older format)
    given: Path  # the file the user named
    project_id: str
    instance_id: str
    title: str


@contextlib.contextmanager
def readable_other(path: Path) -> Iterator[OtherFile]:
    """Check ``path`` as opening does (ProjectFileError if refused) and yield what to read."""
    path = Path(path)
    try:
        with _opened(path) as other:
            yield other
    except (sqlite3.DatabaseError, sa_exc.DatabaseError) as exc:
        raise as_corrupt(exc, path) from exc
    except UnicodeDecodeError as exc:  # text that is not UTF-8: a damaged page
        raise ProjectFileError("corrupt", path=path, detail="text that is not UTF-8") from exc


def as_corrupt(exc: Exception, path: Path) -> Exception:
    """SQLite's "malformed" errors while reading ``path`` as a damaged file; others as they are."""
    text = str(getattr(exc, "orig", exc))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return ProjectFileError("corrupt", path=path, detail=text[:120])
    return exc


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[OtherFile]:
    with contextlib.ExitStack() as stack:
        readable = path
        try:
            pf = open_project_file(path, read_only=True, integrity_check=False, check_values=False)
        except ProjectFileError as exc:
            if exc.code != "old_read_only":
                raise
            readable = stack.enter_context(upgraded_copy(path, prefix="matrix-merge-"))
            pf = open_project_file(
                readable, read_only=True, integrity_check=False, check_values=False
            )
        try:
            meta = dict(pf.meta)
        finally:
            pf.close()
        yield OtherFile(
            path=readable,
            given=path,
            project_id=meta.get("project_id", ""),
            instance_id=meta.get("instance_id", ""),
            title=meta.get("title", ""),
        )

"""Create and open project files: the ``ProjectFile`` and its SQLAlchemy engine.

Follows SQLite's "application file format" advice: the header's application_id marks the
file as ours and user_version is the schema version; journal_mode=DELETE keeps a project in
one file (no -wal side files to forget when e-mailing it); synchronous=FULL so a committed
edit survives a power cut. The checks (file_check.py), upgrades (upgrade.py), copies
(copy_file.py) and connections (connect.py) live beside it; their public names are
re-exported here.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import checked_files, migrations
from .connect import BUSY_TIMEOUT_MS, SQLITE_MAGIC, Header, journal_path, read_header
from .connect import connect as _connect
from .copy_file import Progress, copy_database
from .errors import ProjectFileError
from .file_check import CheckedFile, check_content, check_project_file
from .filemode import default_file_mode
from .lock import EditLock
from .upgrade import backup_path_for, upgraded_copy

if TYPE_CHECKING:  # SQLAlchemy loads when a file is opened for the ORM (``open_checked``)
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

__all__ = [
    "BUSY_TIMEOUT_MS",
    "SQLITE_MAGIC",
    "CheckedFile",
    "Header",
    "ProjectFile",
    "backup_path_for",
    "check_content",
    "check_project_file",
    "copy_database",
    "create_project_file",
    "journal_path",
    "models_ddl",
    "open_checked",
    "open_project_file",
    "read_header",
    "schema_ddl",
    "upgraded_copy",
]


def _engine(path: Path, read_only: bool) -> Engine:
    from sqlalchemy import event
    from sqlalchemy.pool import QueuePool
    from sqlmodel import create_engine

    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, read_only),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # A write takes the write lock up front: two writers never deadlock upgrading a
        # read lock. A read does not: a transaction begun IMMEDIATE cannot even COMMIT
        # while another program holds a read lock, so reads would fail whenever another
        # window or ``info`` was reading the file.
        writing = not read_only and conn.get_execution_options().get("matrix_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


class ProjectFile:
    """An open project file. ``session()`` gives a SQLModel session in one transaction."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        read_only_why: str | None,
        lock: EditLock | None,
    ) -> None:
        self.path = Path(path)
        self.engine = engine
        self.read_only_why = read_only_why
        self._lock = lock
        # the driver's SQL: a select of the model compiled on first use costs 30 ms of CPU
        with engine.connect() as conn:
            meta = dict(conn.exec_driver_sql("SELECT key, value FROM meta").all())
        self.project_id = meta.get("project_id", "")
        self.instance_id = meta.get("instance_id", "")
        self.meta = meta

    @property
    def read_only(self) -> bool:
        return self.read_only_why is not None

    @contextlib.contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """A session whose work is committed when the block ends, or rolled back on error.

        ``write``: take the write lock at the start (every transaction that changes rows).
        """
        from sqlmodel import Session

        bind = self.engine.execution_options(matrix_write=True) if write else self.engine
        with Session(bind, expire_on_commit=False) as s:
            with s.begin():
                yield s

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            # Edited by us alone (we held the edit lock): as checked as when it opened.
            checked_files.remember(self.path)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_copy(
        self,
        dest: Path,
        progress: Progress | None = None,
        compact: bool = False,
    ) -> Path:
        """Write a consistent copy (backup API, or VACUUM INTO when ``compact``) atomically."""
        return copy_database(self.path, Path(dest), progress=progress, compact=compact)


def create_project_file(path: Path, title: str | None = None) -> ProjectFile:
    """Create a new, empty project file; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise ProjectFileError("exists", path=path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectFileError("cannot_write", path=path, detail="no such folder")
    # Build it under a temporary name, then rename: a crash never leaves a half-made project.
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".matrix-new-", suffix=".nap", dir=folder)
    except OSError as exc:
        raise ProjectFileError("cannot_write", path=path, detail=exc.strerror) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, default_file_mode())
    try:
        conn = _connect(tmp, read_only=False)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in schema_ddl():
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id={migrations.APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION}")
            project_id = uuid.uuid4().hex
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [
                    ("format", "matrix-app project"),
                    ("project_id", project_id),
                    ("instance_id", uuid.uuid4().hex),
                    ("title", title or ""),
                ],
            )
            conn.execute("COMMIT")
        finally:
            conn.close()
        os.replace(tmp, path)
    except sqlite3.OperationalError as exc:
        tmp.unlink(missing_ok=True)
        if "full" in str(exc).lower():
            raise ProjectFileError("disk_full", path=path) from exc
        raise ProjectFileError("cannot_write", path=path, detail=str(exc)) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ProjectFileError("cannot_write", path=path, detail=exc.strerror) from exc
    return open_project_file(path)


def schema_ddl() -> list[str]:
    """CREATE statements for the current schema, run inside our own transaction: the stored
    text (``schema_stored.DDL``, equal to ``models_ddl()``: a test checks it), so neither
    creating nor checking a file compiles the models."""
    from .schema_stored import DDL

    return list(DDL)


def models_ddl() -> list[str]:
    """The CREATE statements the models compile to (tools/schema_text.py stores them)."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.schema import CreateIndex, CreateTable
    from sqlmodel import SQLModel

    from ..domain import models  # noqa: F401 - defines the tables in SQLModel.metadata

    dialect = sqlite_dialect.dialect()
    out: list[str] = []
    for table in SQLModel.metadata.sorted_tables:
        out.append(str(CreateTable(table).compile(dialect=dialect)))
        # by name: ``table.indexes`` is a set, in another order in each process
        indexes = sorted(table.indexes, key=lambda ix: ix.name or "")
        out.extend(str(CreateIndex(ix).compile(dialect=dialect)) for ix in indexes)
    return out


def open_project_file(
    path: Path,
    read_only: bool = False,
    integrity_check: bool = True,
    trust_checked: bool = True,
    check_values: bool = True,
) -> ProjectFile:
    """Open a project, refusing (with a reason) anything that is not a healthy project of ours.

    Falls back to read-only when the file or its folder is read-only, or another window has
    it open for editing. An older schema is backed up beside the file, then upgraded.
    ``integrity_check=False`` skips the page-by-page ``integrity_check`` (it reads the whole
    file) for a caller that only reads a few rows and treats SQLite's "malformed" error as
    a corrupt file (the merge reading another copy); every other check still runs.
    ``trust_checked``: skip the integrity and content checks for a file exactly as this
    installation last checked or wrote it (checked_files.py). ``check_values=False`` leaves the content check
    to a caller that reads only some rows and checks those (the merge); the schema is
    always checked.
    """
    return open_checked(
        check_project_file(path, read_only, integrity_check, trust_checked, check_values)
    )


def open_checked(checked: CheckedFile) -> ProjectFile:
    """The ``ProjectFile`` (SQLAlchemy engine) of a file ``check_project_file`` passed; the
    checks a file shown first left (``CheckedFile.later``) run here, before anything could
    write to it."""
    try:
        checked.check_rest()
        engine = _engine(checked.path, read_only=checked.read_only_why is not None)
        return ProjectFile(checked.path, engine, checked.read_only_why, checked.lock)
    except BaseException:
        if checked.lock is not None:
            checked.lock.release()
            checked.lock = None
        raise

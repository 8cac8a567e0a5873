"""Create, open, check, upgrade and copy project files.

Follows SQLite's "application file format" advice: the header's application_id marks the
file as ours and user_version is the schema version; journal_mode=DELETE keeps a project in
one file (no -wal side files to forget when e-mailing it); synchronous=FULL so a committed
edit survives a power cut. Every check that can refuse a file runs before anything could
write to it, so a refused file keeps its bytes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import checked_files, migrations
from .errors import ProjectFileError
from .filemode import default_file_mode
from .lock import EditLock
from .schema_check import check_schema

if TYPE_CHECKING:  # SQLAlchemy loads when a file is opened for the ORM (``open_checked``)
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    page_size: int
    page_count: int


def read_header(path: Path) -> Header:
    """Read the 100-byte SQLite header without opening the database (so nothing is written)."""
    path = Path(path)
    if not path.exists():
        raise ProjectFileError("missing", path=path)
    if path.is_dir():
        raise ProjectFileError("directory", path=path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise ProjectFileError("cannot_write", path=path, detail=exc.strerror) from exc
    if not head:
        raise ProjectFileError("empty", path=path)
    if not head.startswith(SQLITE_MAGIC):
        raise ProjectFileError("not_sqlite", path=path)
    if len(head) < 100:
        raise ProjectFileError("corrupt", path=path, detail="header cut short")
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", head[28:32])[0]
    user_version = struct.unpack(">i", head[60:64])[0]
    application_id = struct.unpack(">i", head[68:72])[0]
    return Header(application_id, user_version, page_size, page_count)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None  # we issue BEGIN ourselves (see _engine)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    # A file's schema is never trusted to call functions (docs/security.md); defensive mode
    # also forbids writing the schema table or corrupting pages on purpose, where offered.
    conn.execute("PRAGMA trusted_schema=OFF")
    if hasattr(conn, "setconfig"):  # Python 3.12+
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    if not read_only:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
    return conn


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


def _health_check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged file before anything reads or writes it.

    ``integrity_check`` rather than ``quick_check``: a file copied byte for byte while another
    program was committing can be torn, and in our tests (docs/reliability.md)
    quick_check passed 43 of 44 such copies - some missing committed edits - while
    integrity_check, which also matches every index against its table, refused all of them.
    It costs about 0.25 s on a 27 MB file of 300 commitments.
    """
    try:
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError("corrupt", path=path, detail=str(exc)) from exc
    if rows != [("ok",)]:
        raise ProjectFileError("corrupt", path=path, detail=str(rows[0][0])[:120])


def _size_error(path: Path) -> ProjectFileError | None:
    header = read_header(path)
    expected = header.page_size * header.page_count
    size = path.stat().st_size
    if header.page_count and size < expected:
        return ProjectFileError("corrupt", path=path, detail=f"{size} of {expected} bytes")
    return None


def _check_size(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file cut short (a partial copy or download) before SQLite reads past its end.

    The header is read without a lock first; a mismatch is confirmed under a shared lock,
    because another process may be in the middle of committing (header written, file not
    yet grown) and that must not make us call a healthy file damaged.
    """
    if _size_error(path) is None:
        return
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        error = _size_error(path)
    except sqlite3.DatabaseError:
        error = _size_error(path)
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
    if error is not None:
        raise error


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _recover(path: Path) -> None:
    """Undo what a crashed writer left half-done, before anything else reads the file.

    A program killed mid-transaction leaves a "hot" rollback journal beside the file; SQLite
    restores the last committed state from it on the next read, but only through a
    connection that may write, so a read-only open (and ``info``) would call the file
    damaged. A journal that belongs to a live writer is not hot and SQLite leaves it alone.
    """
    journal = journal_path(path)
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    if _writable(path) is not None:
        raise ProjectFileError("recovery_needed", path=path, journal=journal.name)
    try:
        conn = _connect(path, read_only=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise ProjectFileError("busy", path=path) from exc
        raise ProjectFileError("corrupt", path=path, detail=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError("corrupt", path=path, detail=str(exc)) from exc


def _writable(path: Path) -> str | None:
    """Why the file cannot be edited in place, or None if it can."""
    if not os.access(path, os.W_OK):
        return "file"
    if not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        return "folder"  # the rollback journal is created beside the file
    return None


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
        source = _connect(src, read_only=True)
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
        _remove_temporary(tmp)
        if "full" in str(exc).lower():
            raise ProjectFileError("disk_full_copy", path=dest) from exc
        raise ProjectFileError("cannot_write", path=dest, detail=str(exc)) from exc
    except OSError as exc:
        _remove_temporary(tmp)
        raise ProjectFileError("cannot_write", path=dest, detail=exc.strerror) from exc
    return dest


def _remove_temporary(tmp: Path) -> None:
    """A temporary database and the rollback journal a failed write left beside it."""
    for leftover in (tmp, journal_path(tmp)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


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


def check_content(conn: sqlite3.Connection, path: Path, tables: set[str]) -> None:
    """``content_check.check_content``, imported when a file needs it (a file this
    installation checked never does). It knows the models from their stored copy
    (``content_stored.py``): checking imports neither SQLAlchemy nor the models."""
    from .content_check import check_content as check

    check(conn, path, tables)


@dataclass
class CheckedFile:
    """A project file every check has passed (and upgraded, when older), its edit lock held
    when it may be edited: what ``open_checked`` makes a ``ProjectFile`` of. Until then
    it can be read with plain sqlite3 (``connect_read``), without SQLAlchemy."""

    path: Path
    read_only_why: str | None
    lock: EditLock | None

    def connect_read(self) -> sqlite3.Connection:
        """A read-only sqlite3 connection, set up as every connection to a project is."""
        return _connect(self.path, read_only=True)

    def release(self) -> None:
        """Give the file up without opening it (the edit lock, as ``ProjectFile.close``)."""
        if self.lock is not None:
            checked_files.remember(self.path)
            self.lock.release()
            self.lock = None


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
    """The ``ProjectFile`` (SQLAlchemy engine) of a file ``check_project_file`` passed."""
    try:
        engine = _engine(checked.path, read_only=checked.read_only_why is not None)
        return ProjectFile(checked.path, engine, checked.read_only_why, checked.lock)
    except BaseException:
        if checked.lock is not None:
            checked.lock.release()
            checked.lock = None
        raise


def check_project_file(
    path: Path,
    read_only: bool = False,
    integrity_check: bool = True,
    trust_checked: bool = True,
    check_values: bool = True,
) -> CheckedFile:
    """Every check and refusal of ``open_project_file`` (same arguments), with sqlite3 only:
    nothing of a file is read for showing before this has passed."""
    path = Path(path)
    header = read_header(path)
    if header.application_id != migrations.APPLICATION_ID or header.user_version < 1:
        raise ProjectFileError("foreign", path=path)  # we never write schema version 0
    if header.user_version > migrations.SCHEMA_VERSION:
        raise ProjectFileError(
            "newer",
            path=path,
            found=header.user_version,
            supported=migrations.SCHEMA_VERSION,
        )
    if header.user_version < migrations.OLDEST_SUPPORTED:
        raise ProjectFileError(
            "too_old", path=path, found=header.user_version, supported=migrations.OLDEST_SUPPORTED
        )
    why = "requested" if read_only else _writable(path)
    lock: EditLock | None = None
    if why is None:
        lock = EditLock(path)
        if not lock.acquire():
            lock, why = None, "locked"

    try:
        _recover(path)
        conn = _connect(path, read_only=True)
        try:
            _check_size(conn, path)
            try:
                tables = {
                    r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # text not UTF-8: damaged
                raise ProjectFileError("corrupt", path=path, detail=str(exc)) from exc
            if "meta" not in tables:
                raise ProjectFileError("foreign", path=path)
            # The schema first: the integrity check evaluates index expressions.
            check_schema(conn, path, header.user_version)
            # A file exactly as this installation last checked or wrote it is the file we
            # left (checked_files.py): neither a torn copy nor another program's rows, so
            # neither check is run again (together 3-4 s on 2,000 commitments).
            trusted = trust_checked and checked_files.unchanged_since_checked(path)
            if integrity_check and not trusted:
                _health_check(conn, path)
            if check_values and not trusted:
                check_content(conn, path, tables)
                if integrity_check:  # remembered only when both checks ran
                    checked_files.remember(path)
        finally:
            conn.close()
        if header.user_version < migrations.SCHEMA_VERSION:
            if why is not None:
                raise ProjectFileError("old_read_only", path=path)
            _migrate(path, header.user_version)
        return CheckedFile(path, why, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def backup_path_for(path: Path, version: int) -> Path:
    base = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
    n = 1
    candidate = base
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.v{version}-backup-{n}{path.suffix}")
    return candidate


@contextlib.contextmanager
def upgraded_copy(path: Path, prefix: str = "matrix-read-") -> Iterator[Path]:
    """A temporary copy of an older-format ``path``, upgraded, for reading it as it would read
    after an upgrade without changing the file itself (removed on exit)."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        copy = Path(tmp) / Path(path).name
        try:
            shutil.copy2(path, copy)
        except OSError as exc:
            raise ProjectFileError("cannot_write", path=copy, detail=exc.strerror) from exc
        open_project_file(copy).close()  # upgrades the copy
        yield copy


def _migrate(path: Path, found: int) -> None:
    """Back the file up beside itself, then run every step to the current version at once."""
    backup = backup_path_for(path, found)
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        backup.unlink(missing_ok=True)  # a partial backup would pass for a good one later
        raise ProjectFileError("cannot_write", path=backup, detail=exc.strerror) from exc
    conn = _connect(path, read_only=False)
    try:
        conn.execute("BEGIN EXCLUSIVE")
        for version in range(found, migrations.SCHEMA_VERSION):
            step = migrations.MIGRATIONS[version]
            step(conn)
        conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except Exception as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise ProjectFileError(
            "migration_failed", path=path, detail=str(exc) or type(exc).__name__, backup=backup
        ) from exc
    finally:
        conn.close()

"""Every check and refusal a project file passes before anything reads it for showing.

Each runs with plain sqlite3 before SQLAlchemy or the models load, and before anything could
write to the file, so a refused file keeps its bytes.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from . import checked_files, migrations
from .connect import connect, journal_path, read_header, writable
from .errors import ProjectFileError
from .lock import EditLock
from .schema_check import check_schema
from .upgrade import migrate


def health_check(conn: sqlite3.Connection, path: Path) -> None:
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


def check_size(conn: sqlite3.Connection, path: Path) -> None:
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


def recover(path: Path) -> None:
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
    if writable(path) is not None:
        raise ProjectFileError("recovery_needed", path=path, journal=journal.name)
    try:
        conn = connect(path, read_only=False)
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


def check_content(
    conn: sqlite3.Connection, path: Path, tables: set[str], structure: bool = True
) -> None:
    """``content_check.check_content``, imported when a file needs it (a file this
    installation checked never does). It knows the models from their stored copy
    (``content_stored.py``): checking imports neither SQLAlchemy nor the models."""
    from .content_check import check_content as check

    check(conn, path, tables, structure)


def both_checks(
    conn: sqlite3.Connection, path: Path, tables: set[str], structure: bool = True
) -> None:
    """The integrity check (on a connection of its own, in a thread) beside the content
    check: SQLite lets the GIL go while it works, so on two cores a file's first open waits
    for the longer of the two, not for both (2,000 commitments: 3.2 -> 2.2 s). A damaged
    file is refused as damaged, whatever the content check found in it."""
    found: list[BaseException] = []

    def integrity() -> None:
        try:
            other = connect(path, read_only=True)
        except BaseException as exc:  # handed to the opening thread
            found.append(exc)
            return
        try:
            health_check(other, path)
        except BaseException as exc:  # handed to the opening thread
            found.append(exc)
        finally:
            other.close()

    worker = threading.Thread(target=integrity, name="integrity-check", daemon=True)
    worker.start()
    content: BaseException | None = None
    try:
        check_content(conn, path, tables, structure)
    except BaseException as exc:  # raised below, once the integrity check has ended
        content = exc
    finally:
        worker.join()
    if found:
        raise found[0]
    if content is not None:
        raise content


#: Tables no view reads to show a project (its history, merge marks and conflicts). A window
#: shows a file never checked here once the other tables pass the content check; these, and
#: SQLite's integrity check of the whole file, are checked before it can be edited or
#: exchanged (``CheckedFile.check_rest``, run by ``open_checked``). What is shown has then
#: passed every value rule; a torn copy can show a wrong row until the integrity check
#: refuses it (its indexes lie, its values are still ours).
LATER_TABLES = frozenset({"journal", "journal_mark", "conflict"})


@dataclass
class LaterChecks:
    """The checks of a file shown before all its checks ran (``check_project_file`` with
    ``show_first``): the file's tables, and whether the content check of those a window
    shows has passed."""

    tables: set[str]
    shown_passed: bool = False


@dataclass
class CheckedFile:
    """A project file every check has passed (and upgraded, when older), its edit lock held
    when it may be edited: what ``open_checked`` makes a ``ProjectFile`` of. Until then
    it can be read with plain sqlite3 (``connect_read``), without SQLAlchemy.

    With ``later`` set, only the header, size and schema checks have passed: its rows may
    be read only beside ``check_shown`` and shown only once it passed; ``check_rest`` runs
    the others (``open_checked`` does, before anything could write to the file)."""

    path: Path
    read_only_why: str | None
    lock: EditLock | None
    later: LaterChecks | None = None

    def connect_read(self) -> sqlite3.Connection:
        """A read-only sqlite3 connection, set up as every connection to a project is."""
        return connect(self.path, read_only=True)

    def check_shown(self) -> None:
        """The content check of the tables a window shows, and the rules across rows."""
        later = self.later
        if later is None or later.shown_passed:
            return
        conn = self.connect_read()
        try:
            check_content(conn, self.path, later.tables - LATER_TABLES)
        finally:
            conn.close()
        later.shown_passed = True

    def check_rest(self) -> None:
        """Every check ``check_shown`` left: SQLite's integrity check of the whole file
        beside the content check of ``LATER_TABLES``; then the file is remembered as
        checked (checked_files.py)."""
        later = self.later
        if later is None:
            return
        self.check_shown()
        conn = self.connect_read()
        try:
            both_checks(conn, self.path, later.tables & LATER_TABLES, structure=False)
        finally:
            conn.close()
        self.later = None
        checked_files.remember(self.path)

    def release(self) -> None:
        """Give the file up without opening it (the edit lock, as ``ProjectFile.close``);
        remembered as checked only when every check ran."""
        if self.lock is not None:
            if self.later is None:
                checked_files.remember(self.path)
            self.lock.release()
            self.lock = None


def check_project_file(
    path: Path,
    read_only: bool = False,
    integrity_check: bool = True,
    trust_checked: bool = True,
    check_values: bool = True,
    show_first: bool = False,
) -> CheckedFile:
    """Every check and refusal of ``open_project_file`` (same arguments), with sqlite3 only:
    nothing of a file is read for showing before this has passed (with ``show_first``, before
    ``CheckedFile.check_shown`` has).

    ``show_first`` (the window's open): for a file whose integrity and content checks must
    run (not as this installation left it) and that needs no upgrade, only the header,
    size and schema checks run here, and the rest is left to the ``CheckedFile``
    (``later``). The integrity check and the history's content check are most of the
    cost of a first open (2,000 commitments: 1.4 of 2.0 s of CPU) and no view reads what
    they guard; the values shown are still checked before they are shown."""
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
    why = "requested" if read_only else writable(path)
    lock: EditLock | None = None
    if why is None:
        lock = EditLock(path)
        if not lock.acquire():
            lock, why = None, "locked"

    try:
        recover(path)
        conn = connect(path, read_only=True)
        try:
            check_size(conn, path)
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
            later = None
            current = header.user_version == migrations.SCHEMA_VERSION
            if show_first and current and integrity_check and check_values and not trusted:
                later = LaterChecks(tables)
            elif integrity_check and not trusted and check_values:
                both_checks(conn, path, tables)
                checked_files.remember(path)  # remembered only when both checks ran
            elif integrity_check and not trusted:
                health_check(conn, path)
            elif check_values and not trusted:
                check_content(conn, path, tables)
        finally:
            conn.close()
        if header.user_version < migrations.SCHEMA_VERSION:
            if why is not None:
                raise ProjectFileError("old_read_only", path=path)
            migrate(path, header.user_version)
        return CheckedFile(path, why, lock, later)
    except BaseException:
        if lock is not None:
            lock.release()
        raise

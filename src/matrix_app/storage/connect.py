"""Reading a project file's header and connecting to it, as every part of storage does.

One place sets a connection up (foreign keys, defensive mode, untrusted schema, rollback
journal, full sync), so no path into a project skips a safeguard.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from .errors import ProjectFileError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


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


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
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


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def writable(path: Path) -> str | None:
    """Why the file cannot be edited in place, or None if it can."""
    if not os.access(path, os.W_OK):
        return "file"
    if not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        return "folder"  # the rollback journal is created beside the file
    return None

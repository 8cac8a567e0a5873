"""Upgrading an older project file: a backup beside it, then every step in one transaction."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from . import migrations
from .connect import connect
from .errors import ProjectFileError


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
        from .projectfile import open_project_file

        open_project_file(copy).close()  # upgrades the copy
        yield copy


def migrate(path: Path, found: int) -> None:
    """Back the file up beside itself, then run every step to the current version at once."""
    backup = backup_path_for(path, found)
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        backup.unlink(missing_ok=True)  # a partial backup would pass for a good one later
        raise ProjectFileError("cannot_write", path=backup, detail=exc.strerror) from exc
    conn = connect(path, read_only=False)
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

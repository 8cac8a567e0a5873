"""The editing API: every change is one transaction that also writes the change journal.

The GUI's undo commands, the importer and the merger all go through ``Project.write()``, so
there is exactly one place where rows change and exactly one journal of who changed what.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlmodel import Session, col, select

from ..domain import models as m
from ..storage import write_check
from ..storage.errors import ProjectFileError
from ..storage.projectfile import ProjectFile, create_project_file, open_project_file
from .author import resolve_author

# The writer's pieces live in their own modules; callers and tests import them from here.
from .bulk_writes import _JSON, JOURNAL_COLUMNS, _encode_object  # noqa: F401
from .evidence_attach import attach_files, check_sizes
from .row_links import CHILDREN, DERIVE_COMMITMENT, PARENTS, R, list_rows  # noqa: F401
from .values import InvalidValue, to_json  # noqa: F401
from .write_errors import _not_writable, _translate_db_error  # noqa: F401
from .writer import MAX_EVIDENCE_BYTES, Writer  # noqa: F401


class Project:
    """An open project: reads, and writes that are journaled and atomic."""

    def __init__(self, file: ProjectFile, author: str | None = None) -> None:
        self.file = file
        self.author = resolve_author(author)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str,
        read_only: bool = False,
        author: str | None = None,
        verify: bool = False,
    ) -> Project:
        """``verify``: check every value even in a file as this installation left it."""
        return cls(
            open_project_file(Path(path), read_only=read_only, trust_checked=not verify), author
        )

    @classmethod
    def new(cls, path: Path | str, title: str = "", author: str | None = None) -> Project:
        return cls(create_project_file(Path(path), title=title), author)

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @property
    def read_only_why(self) -> str | None:
        return self.file.read_only_why

    @property
    def project_id(self) -> str:
        return self.file.project_id

    # -- reading -------------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self.file.session() as s:
            yield s

    def get(self, cls: type[R], row_id: str, include_deleted: bool = False) -> R | None:
        with self.read() as s:
            row = s.get(cls, row_id)
            if row is None or (row.deleted_at and not include_deleted):
                return None
            return row

    def rows(self, cls: type[R], include_deleted: bool = False, **where: Any) -> list[R]:
        """Rows of ``cls`` matching ``where`` (field=value), in sibling order where there is one."""
        with self.read() as s:
            return list_rows(s, cls, include_deleted=include_deleted, **where)

    def blob(self, sha256: str) -> bytes:
        with self.read() as s:
            row = s.get(m.Blob, sha256)
            if row is None:
                raise InvalidValue("missing_row", entity="blob", id=sha256)
            return row.data

    def history(
        self, commitment_id: str | None = None, limit: int | None = None
    ) -> list[m.JournalEntry]:
        """Journal entries, newest first; for one commitment when ``commitment_id`` is given."""
        with self.read() as s:
            q = select(m.JournalEntry)
            if commitment_id is not None:
                q = q.where(m.JournalEntry.commitment_id == commitment_id)
            q = q.order_by(col(m.JournalEntry.at).desc(), col(m.JournalEntry.seq).desc())
            if limit:
                q = q.limit(limit)
            return list(s.exec(q))

    def meta(self, key: str, default: str = "") -> str:
        with self.read() as s:
            row = s.get(m.Meta, key)
            return row.value if row else default

    # -- writing -------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction: everything done with the writer is saved together, or not at all."""
        if self.read_only:
            raise ProjectFileError("read_only", path=self.path, why_code=self.read_only_why or "")
        before: write_check.FileState | None = None
        try:
            with self.file.session(write=True) as s:
                w = Writer(s, self.author, self.file.instance_id)
                before = write_check.state_in(s.connection().exec_driver_sql, self.path)
                yield w
                w.seal()
        except (sa_exc.OperationalError, sqlite3.OperationalError) as exc:
            raise self.after_failed_write(_translate_db_error(self.path, exc), before) from exc
        except sa_exc.IntegrityError as exc:
            raise ProjectFileError("write_failed", path=self.path, detail=str(exc.orig)) from exc

    def write_state(self) -> write_check.FileState:
        """The file's committed state now (see ``after_failed_write``)."""
        with self.read() as s:
            return write_check.state_in(s.connection().exec_driver_sql, self.path)

    def after_failed_write(
        self, error: ProjectFileError, before: write_check.FileState | None
    ) -> ProjectFileError:
        """A write failed with ``error``: finish SQLite's rollback while this process can still
        write the file, verify the file, and return the error that says truthfully what state
        it is in (``error`` itself when it is exactly as before). ``busy``: nothing was
        written (the write lock was never had), so there is nothing to check."""
        if error.code == "busy":
            return error
        aftermath = write_check.settle_failed_write(self.path, before, self.file.engine)
        return write_check.truthful_error(error, aftermath)

    def create(self, cls: type[R], **fields: Any) -> R:
        with self.write() as w:
            return w.create(cls, **fields)

    def update(self, cls: type[m.Row], row_id: str, **fields: Any) -> dict[str, Any]:
        with self.write() as w:
            return w.update(cls, row_id, **fields)

    def delete(self, cls: type[m.Row], row_id: str) -> str:
        with self.write() as w:
            return w.delete(cls, row_id)

    def restore(self, batch: str) -> None:
        with self.write() as w:
            w.restore(batch)

    def move(self, cls: type[m.Row], row_id: str, index: int) -> float:
        with self.write() as w:
            return w.move(cls, row_id, index)

    def revise_target(
        self,
        target_id: str,
        value: float | None,
        due_date: Any,
        reason: str,
        revised_on: Any = None,
    ) -> m.TargetRevision:
        with self.write() as w:
            return w.revise_target(target_id, value, due_date, reason, revised_on)

    def add_file_evidence(self, commitment_id: str, file: Path | str, **fields: Any) -> m.Evidence:
        """One file as evidence; raises the problem that kept it out (too large, unreadable).
        A batch, with progress and Cancel, is ``evidence_attach.attach_files``."""
        ok, problems = check_sizes([file])
        done = attach_files(self, commitment_id, ok, **fields) if ok else None
        if done is not None and done.problems:
            problems = done.problems
        if problems or done is None:
            raise problems[0]
        evidence = self.get(m.Evidence, done.ids[0])
        assert evidence is not None
        return evidence

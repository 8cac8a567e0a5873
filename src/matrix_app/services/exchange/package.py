"""Package: the part of a project that one institution works on, as a normal project file.

The package is a copy of the project (same project id and row ids, so it merges back)
holding the plan(s) and only the commitments where the institution is lead or support,
with everything under them (translations of their texts too), the plan's own rows (its
narratives, consultation comments, report settings and logo), every institution, the
evidence files they cite and the journal entries of the rows it holds - the shared
history that lets the merge tell their later edits from ours. It gets its own instance id and records where it came from in
``meta`` (``package.*`` keys).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from ...domain import models as m
from ...domain.models import utc_now
from ...storage import journal_marks
from ...storage.errors import ProjectFileError
from ...storage.projectfile import copy_database, journal_path
from ..project import Project
from .errors import Cancelled, ExchangeError

Progress = Callable[[int, int], None]


@dataclass
class PackageSummary:
    path: str
    institution: str
    commitments: list[str]  # codes
    rows: dict[str, int]
    blobs: int

    def to_json(self) -> dict[str, Any]:
        return vars(self)


def find_institution(project: Project, name: str) -> m.Institution:
    """The live institution whose name or acronym is ``name`` (case and spacing ignored)."""
    wanted = " ".join(name.split()).casefold()
    institutions = project.rows(m.Institution)
    for inst in institutions:
        if wanted and wanted in (
            " ".join(inst.name.split()).casefold(),
            " ".join(inst.acronym.split()).casefold(),
        ):
            return inst
    known = "; ".join(
        f"{i.name} ({i.acronym})" if i.acronym else i.name
        for i in sorted(institutions, key=lambda i: i.name.casefold())
    )
    raise ExchangeError("unknown_institution", name=name, path=project.path, known=known or "-")


def package(
    project: Project,
    out_path: Path | str,
    institution_name: str,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PackageSummary:
    """Write the package for ``institution_name`` to ``out_path`` (which must not exist)."""
    out = Path(out_path)
    inst = find_institution(project, institution_name)
    if out.exists():
        raise ProjectFileError("exists", path=out)
    with project.read() as s:
        links = s.exec(
            select(m.CommitmentInstitution).where(
                m.CommitmentInstitution.institution_id == inst.id,
                col(m.CommitmentInstitution.deleted_at).is_(None),
            )
        ).all()
        commitments = [
            c
            for c in (s.get(m.Commitment, link.commitment_id) for link in links)
            if c is not None and c.deleted_at is None
        ]
    if not commitments:
        raise ExchangeError("no_commitments", name=inst.name, path=project.path)
    steps = 4

    def step(n: int) -> None:
        if cancel is not None and cancel():
            raise Cancelled()
        if progress:
            progress(n, steps)

    step(0)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".matrix-package-", suffix=".nap", dir=folder)
    except OSError as exc:
        raise ProjectFileError("cannot_write", path=out, detail=exc.strerror) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        copy_database(project.path, tmp)
        step(1)
        instance = uuid.uuid4().hex
        rows = _cut(tmp, project, inst, [c.id for c in commitments], instance)
        step(2)
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("VACUUM")
            blobs = conn.execute("SELECT count(*) FROM blob").fetchone()[0]
        finally:
            conn.close()
        step(3)
        if out.exists():
            raise ProjectFileError("exists", path=out)
        os.replace(tmp, out)
    except sqlite3.OperationalError as exc:
        if "full" in str(exc).lower():
            raise ProjectFileError("disk_full_copy", path=out) from exc
        raise ProjectFileError("cannot_write", path=out, detail=str(exc)) from exc
    except ProjectFileError as exc:
        if exc.params.get("path") != tmp:
            raise
        # The temporary copy failed: name the package the user asked for, not our temp file.
        raise ProjectFileError(exc.code, **{**exc.params, "path": out}) from exc
    finally:
        for leftover in (tmp, journal_path(tmp)):  # and a rollback journal a failure left
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    step(4)
    return PackageSummary(
        path=str(out),
        institution=inst.name,
        commitments=[c.code for c in sorted(commitments, key=lambda c: c.position)],
        rows=rows,
        blobs=blobs,
    )


def _cut(
    path: Path, project: Project, inst: m.Institution, keep: list[str], instance: str
) -> dict[str, int]:
    """Remove from the copy at ``path`` everything outside the kept commitments."""
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TEMP TABLE keep_c (id TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO keep_c VALUES (?)", [(c,) for c in keep])
        conn.execute(
            "CREATE TEMP TABLE keep_p AS SELECT DISTINCT plan_id AS id FROM commitment "
            "WHERE id IN (SELECT id FROM keep_c)"
        )
        # Children first, so that no foreign key ever points to a removed row.
        conn.execute(
            "UPDATE measurement SET evidence_id = NULL WHERE evidence_id IN "
            "(SELECT id FROM evidence WHERE commitment_id NOT IN (SELECT id FROM keep_c))"
        )
        for table in reversed(list(m.ENTITIES)):
            cls = m.ENTITIES[table]
            if table == "narrative":
                conn.execute(
                    "DELETE FROM narrative WHERE (commitment_id IS NOT NULL AND commitment_id "
                    "NOT IN (SELECT id FROM keep_c)) OR (commitment_id IS NULL AND "
                    "(plan_id IS NULL OR plan_id NOT IN (SELECT id FROM keep_p)))"
                )
            elif table == "commitment":
                conn.execute(
                    "UPDATE commitment SET continues_id = NULL WHERE continues_id IS NOT NULL "
                    "AND continues_id NOT IN (SELECT id FROM keep_c)"
                )
                conn.execute("DELETE FROM commitment WHERE id NOT IN (SELECT id FROM keep_c)")
            elif table == "action_plan":
                conn.execute("DELETE FROM action_plan WHERE id NOT IN (SELECT id FROM keep_p)")
            elif table in ("consultation_comment", "report_profile"):  # the plan's, like
                conn.execute(  # its narratives
                    f"DELETE FROM {table} WHERE plan_id NOT IN (SELECT id FROM keep_p)"
                )
            elif cls.commitment_field == "commitment_id":
                conn.execute(
                    f"DELETE FROM {table} WHERE commitment_id NOT IN (SELECT id FROM keep_c)"
                )
        # A translation goes with the row it translates (plan-level rows have no commitment).
        for table in m.TRANSLATABLE_TABLES:
            conn.execute(
                "DELETE FROM translation WHERE entity = ? AND row_id NOT IN "
                f"(SELECT id FROM {table})",
                (table,),
            )
        conn.execute(
            "DELETE FROM blob WHERE sha256 NOT IN (SELECT sha256 FROM evidence "
            "WHERE sha256 IS NOT NULL) AND sha256 NOT IN (SELECT logo_sha256 FROM "
            "report_profile WHERE logo_sha256 IS NOT NULL)"
        )
        for table in m.ENTITIES:
            conn.execute(
                f"DELETE FROM journal WHERE entity = ? AND row_id NOT IN (SELECT id FROM {table})",
                (table,),
            )
        journal_marks.reseal(conn.execute)  # the journal lost entries: chain it afresh
        conn.execute("DELETE FROM conflict")
        conn.execute("DELETE FROM meta WHERE key LIKE 'package.%'")
        facts = {
            "instance_id": instance,
            "package.source_project_id": project.project_id,
            "package.source_instance_id": project.file.instance_id,
            "package.source_name": project.path.name,
            "package.date": utc_now(),
            "package.author": project.author,
            "package.institution_id": inst.id,
            "package.institution_name": inst.name,
        }
        conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(facts.items()),
        )
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise ProjectFileError("write_failed", path=path, detail=f"foreign keys {problems[:3]}")
        counts = {
            table: conn.execute(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
            ).fetchone()[0]
            for table in m.ENTITIES
        }
        conn.execute("COMMIT")
        return counts
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()

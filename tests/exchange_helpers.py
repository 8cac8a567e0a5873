"""Builders shared by the exchange tests: a base project, copies, digests and snapshots."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from matrix_app.domain import models as m
from matrix_app.services.digest import content_digest
from matrix_app.services.project import Project
from matrix_app.storage.schema_check import COLUMN_SINCE


def build_base(path: Path) -> dict[str, str]:
    """A plan, three institutions, two commitments (one per lead) with logframes; returns ids."""
    with Project.new(path, title="Base", author="Coordinator") as p, p.write() as w:
        plan = w.create(m.ActionPlan, title="NAP 2014-2016", period_start="2014-07-01")
        cplt = w.create(m.Institution, name="Consejo para la Transparencia", acronym="CPLT")
        segpres = w.create(m.Institution, name="Ministerio Secretaría General", acronym="SEGPRES")
        w.create(m.Institution, name="Contraloría", acronym="CGR")
        ids = {"plan": plan.id, "cplt": cplt.id, "segpres": segpres.id}
        for n, lead in ((1, cplt), (2, segpres)):
            c = w.create(m.Commitment, plan_id=plan.id, code=str(n), title=f"Commitment {n}")
            w.create(m.CommitmentInstitution, commitment_id=c.id, institution_id=lead.id)
            purpose = w.create(m.Result, commitment_id=c.id, level="purpose", narrative="P")
            out = w.create(
                m.Result, commitment_id=c.id, level="output", parent_id=purpose.id, narrative="O"
            )
            act = w.create(
                m.Result, commitment_id=c.id, level="activity", parent_id=out.id, narrative="A"
            )
            ind = w.create(m.Indicator, result_id=out.id, name=f"Indicator {n}", unit="%")
            t = w.create(m.Target, indicator_id=ind.id, due_date="2016-06-30", value=90)
            x = w.create(m.Measurement, indicator_id=ind.id, measured_on="2015-06-30", value=40)
            ev = w.add_file(c.id, f"report{n}.pdf", f"evidence {n}".encode())
            w.create(m.Narrative, commitment_id=c.id, section="progress", text=f"Progress {n}")
            ids.update(
                {
                    f"c{n}": c.id,
                    f"purpose{n}": purpose.id,
                    f"output{n}": out.id,
                    f"activity{n}": act.id,
                    f"indicator{n}": ind.id,
                    f"target{n}": t.id,
                    f"measurement{n}": x.id,
                    f"evidence{n}": ev.id,
                }
            )
        w.create(m.Narrative, plan_id=plan.id, section="process", text="Process")
        w.update(m.Commitment, ids["c2"], continues_id=ids["c1"])
    return ids


def copy(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest


def digest(path: Path) -> str:
    with Project.open(path, read_only=True) as p, p.read() as s:
        return content_digest(s)


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def snapshot(path: Path) -> dict[tuple[str, str], dict | None]:
    """Every row (live or not) of every entity: (table, id) -> content fields, or None if dead."""
    out: dict[tuple[str, str], dict | None] = {}
    with Project.open(path, read_only=True) as p:
        for table, cls in m.ENTITIES.items():
            for row in p.rows(cls, include_deleted=True):
                fields = {f: getattr(row, f) for f in m.content_fields(cls)}
                out[(table, row.id)] = None if row.deleted_at else fields
    return out


#: Tables each schema version added (what to drop to make a file of an older version).
ADDED_IN = {
    2: ["conflict"],
    3: ["journal_mark"],
    4: ["consultation_comment", "report_profile", "translation"],
}


def make_old(path: Path, version: int) -> Path:
    """Turn a current file into one of schema ``version``, as an older app left it."""
    conn = sqlite3.connect(path)
    try:
        for added, tables in ADDED_IN.items():
            if added > version:
                for table in tables:
                    conn.execute(f"DROP TABLE {table}")
        for (table, column), added in COLUMN_SINCE.items():
            if added > version:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute(f"PRAGMA user_version={version}")
        conn.commit()
    finally:
        conn.close()
    return path

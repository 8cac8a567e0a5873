"""What ``info`` and ``check`` report: counts, plan summaries, digest, integrity, findings."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from ..domain import models as m
from ..domain.vocabulary import Completion
from .digest import content_digest
from .project import Project
from .snapshot_read import load_snapshot


def project_info(project: Project) -> dict[str, Any]:
    with project.read() as s:
        counts = {
            table: int(
                s.scalar(select(func.count()).select_from(cls).where(col(cls.deleted_at).is_(None)))
            )
            for table, cls in m.ENTITIES.items()
        }
        counts["blob"] = int(s.scalar(select(func.count()).select_from(m.Blob)))
        counts["journal"] = int(s.scalar(select(func.count()).select_from(m.JournalEntry)))
        plans = []
        for plan in load_snapshot(s).plans:
            completion = Counter(c.commitment.completion for c in plan.commitments)
            plans.append(
                {
                    "id": plan.plan.id,
                    "title": plan.plan.title,
                    "government": plan.plan.government,
                    "period_start": plan.plan.period_start,
                    "period_end": plan.plan.period_end,
                    "commitments": [
                        {
                            "id": c.id,
                            "code": c.commitment.code,
                            "title": c.commitment.title,
                            "completion": c.commitment.completion,
                        }
                        for c in plan.commitments
                    ],
                    "completion_counts": {k.value: completion.get(k.value, 0) for k in Completion},
                }
            )
        digest = content_digest(s)
    from ..storage.migrations import SCHEMA_VERSION

    return {
        "path": str(project.path),
        "project_id": project.project_id,
        "schema_version": SCHEMA_VERSION,
        "read_only": project.read_only,
        "counts": counts,
        "plans": plans,
        "content_digest": digest,
    }


def project_check(project: Project, lang: str = "en") -> dict[str, Any]:
    """Integrity (SQLite's own check and foreign keys) plus matrix quality findings."""
    with project.read() as s:
        conn = s.connection()
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        integrity = "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:5])
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if fk:
            integrity = f"{len(fk)} broken references" if integrity == "ok" else integrity
        findings = load_snapshot(s).findings(translations=True)
    items = [f.as_dict(lang) for f in findings]
    by_severity = Counter(f.severity for f in findings)
    return {
        "path": str(project.path),
        "integrity": integrity,
        "findings": items,
        "counts": {k: by_severity.get(k, 0) for k in ("error", "warning", "info")},
        "problems": by_severity.get("error", 0) + by_severity.get("warning", 0),
    }

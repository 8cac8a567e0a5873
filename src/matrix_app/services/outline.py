"""The project's outline - plans and their commitments - read with two light queries.

The project tree needs only ids, codes, titles and completion; reading those columns (no
ORM objects) keeps a 2,000-commitment tree well under the 100 ms a GUI thread can spare.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the line classes are imported by the GUI's first window: no SQLAlchemy
    from .project import Project


@dataclass
class CommitmentLine:
    id: str
    code: str
    title: str
    completion: str


@dataclass
class PlanLine:
    id: str
    title: str
    commitments: list[CommitmentLine] = field(default_factory=list)


def project_outline(project: Project) -> list[PlanLine]:
    """Live plans in sibling order, each with its live commitments in sibling order."""
    from sqlalchemy import select

    from ..domain import models as m

    plan_t = m.ActionPlan.__table__  # type: ignore[attr-defined]
    com_t = m.Commitment.__table__  # type: ignore[attr-defined]
    with project.read() as s:
        conn = s.connection()
        plans = conn.execute(
            select(plan_t.c.id, plan_t.c.title)
            .where(plan_t.c.deleted_at.is_(None))
            .order_by(plan_t.c.position, plan_t.c.created_at)
        ).all()
        commitments = conn.execute(
            select(com_t.c.id, com_t.c.plan_id, com_t.c.code, com_t.c.title, com_t.c.completion)
            .where(com_t.c.deleted_at.is_(None))
            .order_by(com_t.c.position, com_t.c.created_at)
        ).all()
    lines = [PlanLine(pid, title or "") for pid, title in plans]
    by_id = {p.id: p for p in lines}
    for cid, plan_id, code, title, completion in commitments:
        plan = by_id.get(plan_id)
        if plan is not None:
            plan.commitments.append(CommitmentLine(cid, code or "", title or "", completion or ""))
    return lines

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
    position: float = 0.0  # among the plan's commitments (a change means it moved)


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
            select(*_line_columns(com_t))
            .where(com_t.c.deleted_at.is_(None))
            .order_by(com_t.c.position, com_t.c.created_at)
        ).all()
    lines = [PlanLine(pid, title or "") for pid, title in plans]
    by_id = {p.id: p for p in lines}
    for cid, plan_id, code, title, completion, position in commitments:
        plan = by_id.get(plan_id)
        if plan is not None:
            plan.commitments.append(_line(cid, code, title, completion, position))
    return lines


def commitment_lines(project: Project, ids: set[str]) -> dict[str, tuple[str, CommitmentLine]]:
    """(plan id, line) of each live commitment of ``ids`` (a deleted one is left out): what
    an edit of a few commitments changed, without reading the 2,000 others."""
    from sqlalchemy import select

    from ..domain import models as m

    com_t = m.Commitment.__table__  # type: ignore[attr-defined]
    with project.read() as s:
        found = (
            s.connection()
            .execute(
                select(*_line_columns(com_t)).where(
                    com_t.c.id.in_(sorted(ids)), com_t.c.deleted_at.is_(None)
                )
            )
            .all()
        )
    return {
        cid: (plan_id, _line(cid, code, title, completion, position))
        for cid, plan_id, code, title, completion, position in found
    }


def _line_columns(com_t) -> tuple:
    c = com_t.c
    return (c.id, c.plan_id, c.code, c.title, c.completion, c.position)


def _line(cid: str, code, title, completion, position) -> CommitmentLine:
    return CommitmentLine(cid, code or "", title or "", completion or "", position or 0.0)

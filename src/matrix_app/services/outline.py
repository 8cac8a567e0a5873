"""The project's outline - plans and their commitments - read with two light queries.

The project tree needs only ids, codes, titles and completion; reading those columns (no
ORM objects) keeps a 2,000-commitment tree well under the 100 ms a GUI thread can spare.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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


#: The columns of a tree line, in ``_line``'s order.
_LINE = "id, plan_id, code, title, completion, position"


def project_outline(project: Project) -> list[PlanLine]:
    """Live plans in sibling order, each with its live commitments in sibling order.
    The driver's SQL: nothing to compile or configure on the way to the first tree."""
    with project.read() as s:
        return read_outline(s.connection().exec_driver_sql)


def read_outline(execute: Callable[[str], Any]) -> list[PlanLine]:
    """``project_outline`` through ``execute(sql)``: SQLAlchemy's driver-level execute, or
    a sqlite3 connection's before SQLAlchemy is imported (``services/first_read.py``)."""
    plans = execute(
        "SELECT id, title FROM action_plan WHERE deleted_at IS NULL "
        "ORDER BY position, created_at, rowid"
    ).fetchall()
    commitments = execute(
        f"SELECT {_LINE} FROM commitment WHERE deleted_at IS NULL "
        "ORDER BY position, created_at, rowid"
    ).fetchall()
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
    with project.read() as s:
        found = (
            s.connection()
            .exec_driver_sql(
                f"SELECT {_LINE} FROM commitment WHERE deleted_at IS NULL "
                f"AND id IN ({', '.join('?' * len(ids)) or 'NULL'})",  # the id index
                tuple(sorted(ids)),
            )
            .all()
        )
    return {
        cid: (plan_id, _line(cid, code, title, completion, position))
        for cid, plan_id, code, title, completion, position in found
    }


def _line(cid: str, code, title, completion, position) -> CommitmentLine:
    return CommitmentLine(cid, code or "", title or "", completion or "", position or 0.0)

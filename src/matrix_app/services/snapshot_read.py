"""Reading a ``Snapshot``: each table's live rows read once, then grouped by plan and commitment.

Kept apart from the snapshot's classes so the grouping serves both the ORM's read
(``load_snapshot``) and the model-free first read (``first_read.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .snapshot import CommitmentData, PlanData, Snapshot
from .translation_findings import TEXT_FIELDS as _TEXT_FIELDS
from .translation_findings import load_state
from .view_columns import view_columns

if TYPE_CHECKING:
    from sqlmodel import Session


def load_snapshot(
    s: Session,
    plan_id: str | None = None,
    commitment_ids: set[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    plain: bool = False,
    narrow: bool = False,
) -> Snapshot:
    """Load every live row (of one plan, when given) grouped by plan and commitment.
    ``commitment_ids``: only these commitments (each table read through its commitment
    index: a few milliseconds in a file of thousands). ``plain``: read-only light rows
    (see ``plain_class``) loaded with plain selects. ``narrow`` (with ``plain``): only the
    columns the dashboard, tree marks and quality panel read (``view_columns``)."""
    from ..domain import models as m
    from .live_rows import live_rows

    state = load_state(s)
    columns = view_columns(_TEXT_FIELDS if state.wanted else None) if narrow else {}
    few = sorted(commitment_ids) if commitment_ids is not None else None

    def rows(table: str, order: str):
        cls = m.ENTITIES[table]
        return live_rows(s, cls, order, plain=plain, few=few, columns=columns.get(table))

    return group_rows(rows, state, progress, plan_id, commitment_ids)


def group_rows(
    rows: Callable[[str, str], Iterable[Any]],
    state: Any,
    progress: Callable[[int, int], None] | None = None,
    plan_id: str | None = None,
    commitment_ids: set[str] | None = None,
) -> Snapshot:
    """Group each table's live rows, read by ``rows(table, order)``, by plan and
    commitment: one grouping for the ORM's read and the model-free first read."""
    steps = 10
    tick = (lambda i: progress(i, steps)) if progress else (lambda i: None)
    plans = rows("action_plan", "position, created_at")
    if plan_id is not None:
        plans = [p for p in plans if p.id == plan_id]
    plan_ids = {p.id for p in plans}
    institutions = {i.id: i for i in rows("institution", "")}
    tick(1)
    commitments = [
        c
        for c in rows("commitment", "position, created_at")
        if c.plan_id in plan_ids and (commitment_ids is None or c.id in commitment_ids)
    ]
    data = {c.id: CommitmentData(c) for c in commitments}
    tick(2)

    def mine(found):
        return (r for r in found if r.commitment_id in data)

    for ci in mine(rows("commitment_institution", "position, created_at")):
        inst = institutions.get(ci.institution_id)
        if inst is not None:
            data[ci.commitment_id].institutions.append((ci, inst))
    tick(3)
    for r in mine(rows("result", "position, created_at")):
        data[r.commitment_id].results.append(r)
    tick(4)
    for i in mine(rows("indicator", "position, created_at")):
        data[i.commitment_id].indicators.append(i)
    tick(5)
    for t in mine(rows("target", "due_date IS NULL, due_date, created_at")):  # no date last
        data[t.commitment_id].targets[t.indicator_id].append(t)
    for rv in mine(rows("target_revision", "revised_on, created_at")):  # no date first
        data[rv.commitment_id].revisions[rv.target_id].append(rv)
    tick(6)
    for x in mine(rows("measurement", "measured_on, created_at")):
        data[x.commitment_id].measurements[x.indicator_id].append(x)
    tick(7)
    for e in mine(rows("evidence", '"date", created_at')):
        data[e.commitment_id].evidence.append(e)
    tick(8)
    plan_data = {p.id: PlanData(p) for p in plans}
    for n in rows("narrative", "created_at"):
        if n.commitment_id in data:
            data[n.commitment_id].narratives.append(n)
        elif n.plan_id in plan_data and n.commitment_id is None:
            plan_data[n.plan_id].narratives.append(n)
    tick(9)
    for c in commitments:
        plan_data[c.plan_id].commitments.append(data[c.id])
    tick(10)
    return Snapshot(
        list(plan_data.values()),
        sorted(institutions.values(), key=lambda i: i.name),
        state,
    )

"""How rows hang together: what a delete takes along, where ``commitment_id`` comes from,
and the sibling order rows are listed in (the writer and the merger share these rules)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import Session, col, select

from ..domain import models as m

R = TypeVar("R", bound=m.Row)

#: Rows that go with a row when it is deleted: table -> [(child table, foreign key)].
CHILDREN: dict[str, list[tuple[str, str]]] = {
    "action_plan": [
        ("commitment", "plan_id"),
        ("narrative", "plan_id"),
        ("consultation_comment", "plan_id"),
        ("report_profile", "plan_id"),
    ],
    "institution": [("commitment_institution", "institution_id")],
    "commitment": [
        ("commitment_institution", "commitment_id"),
        ("result", "commitment_id"),
        ("indicator", "commitment_id"),
        ("target", "commitment_id"),
        ("target_revision", "commitment_id"),
        ("measurement", "commitment_id"),
        ("evidence", "commitment_id"),
        ("narrative", "commitment_id"),
        ("translation", "commitment_id"),
    ],
    "result": [("result", "parent_id"), ("indicator", "result_id"), ("evidence", "result_id")],
    "indicator": [
        ("target", "indicator_id"),
        ("measurement", "indicator_id"),
        ("evidence", "indicator_id"),
    ],
    "target": [("target_revision", "target_id")],
}

#: child table -> [(foreign key, parent table)]: the same edges, read upwards.
PARENTS: dict[str, list[tuple[str, str]]] = {}
for _parent, _edges in CHILDREN.items():
    for _child, _fk in _edges:
        PARENTS.setdefault(_child, []).append((_fk, _parent))

#: Child -> (parent table, foreign key) from which ``commitment_id`` is derived on create.
DERIVE_COMMITMENT: dict[str, tuple[str, str]] = {
    "indicator": ("result", "result_id"),
    "target": ("indicator", "indicator_id"),
    "target_revision": ("target", "target_id"),
    "measurement": ("indicator", "indicator_id"),
}


def list_rows(s: Session, cls: type[R], include_deleted: bool = False, **where: Any) -> list[R]:
    q = select(cls)
    for key, value in where.items():
        column = getattr(cls, key)
        q = q.where(column.is_(None) if value is None else column == value)
    if not include_deleted:
        q = q.where(col(cls.deleted_at).is_(None))
    if "position" in cls.model_fields:
        q = q.order_by(cls.position, cls.created_at)  # type: ignore[attr-defined]
    elif cls is m.Target:
        q = q.order_by(m.Target.due_date, m.Target.created_at)
    elif cls is m.Measurement:
        q = q.order_by(m.Measurement.measured_on, m.Measurement.created_at)
    else:
        q = q.order_by(cls.created_at)
    return list(s.exec(q))

"""The conflicts a merge kept: list them with both sides, and settle them (ours/theirs).

Settling is an ordinary journaled edit (an update of the field, or a delete/restore of the
rows), so the next exchange carries the decision to the other copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from ...domain import models as m
from ..project import PARENTS, Project, Writer
from ..values import coerce
from .errors import ExchangeError

CHOICES = ("ours", "theirs")


@dataclass(frozen=True)
class ConflictView:
    """One conflict as the GUI shows it: what, both values, who and when."""

    id: str
    kind: str
    entity: str
    row_id: str
    field: str | None
    label: str  # which row, in words (commitment code and title, narrative...)
    ours_value: Any
    ours_author: str
    ours_at: str
    theirs_value: Any
    theirs_author: str
    theirs_at: str
    deleted_by: str | None
    applied: str
    resolution: str | None
    source_name: str
    source_instance: str


def list_conflicts(project: Project, include_settled: bool = False) -> list[ConflictView]:
    """Stored conflicts, oldest merge first; only open ones unless ``include_settled``."""
    with project.read() as s:
        q = select(m.MergeConflict)
        if not include_settled:
            q = q.where(col(m.MergeConflict.resolution).is_(None))
        q = q.order_by(m.MergeConflict.merged_at, m.MergeConflict.entity, m.MergeConflict.id)
        out = []
        for c in s.exec(q):
            out.append(
                ConflictView(
                    id=c.id,
                    kind=c.kind,
                    entity=c.entity,
                    row_id=c.row_id,
                    field=c.field,
                    label=_label(s, c.entity, c.row_id),
                    ours_value=_load(c.ours_value),
                    ours_author=c.ours_author,
                    ours_at=c.ours_at,
                    theirs_value=_load(c.theirs_value),
                    theirs_author=c.theirs_author,
                    theirs_at=c.theirs_at,
                    deleted_by=c.deleted_by,
                    applied=c.applied,
                    resolution=c.resolution,
                    source_name=c.source_name,
                    source_instance=c.source_instance,
                )
            )
        return out


def settle(project: Project, choices: dict[str, str]) -> int:
    """Settle conflicts by id with "ours" or "theirs", all in one transaction."""
    for choice in choices.values():
        if choice not in CHOICES:
            raise ExchangeError("bad_choice", choice=choice)
    with project.write() as w:
        for conflict_id, choice in choices.items():
            c = w.s.get(m.MergeConflict, conflict_id)
            if c is None:
                raise ExchangeError("unknown_conflict", id=conflict_id)
            settle_one(w, c, choice)
    return len(choices)


def settle_open_from(w: Writer, source_instance: str, choice: str) -> None:
    """Settle every open conflict that merges of one file (by instance id) left."""
    q = select(m.MergeConflict).where(
        col(m.MergeConflict.resolution).is_(None),
        m.MergeConflict.source_instance == source_instance,
    )
    for c in list(w.s.exec(q)):
        settle_one(w, c, choice)
    w.s.flush()


def settle_one(w: Writer, c: m.MergeConflict, choice: str) -> None:
    cls = m.ENTITIES[c.entity]
    if c.kind == "field" and c.field:
        value = _load(c.ours_value if choice == "ours" else c.theirs_value)
        row = w.s.get(cls, c.row_id)
        if row is not None and row.deleted_at is None:
            w.update(cls, c.row_id, **{c.field: value})
        elif row is not None:  # deleted since: keep the value for a later restore
            setattr(row, c.field, coerce(cls, c.field, value))
            w.s.add(row)
    elif c.kind == "delete":
        rows = [(m.ENTITIES[t], r) for t, r in json.loads(c.batch_rows or "[]")]
        if choice == c.deleted_by:
            for row_cls, row_id in rows:
                row = w.s.get(row_cls, row_id)
                if row is not None and row.deleted_at is None:
                    w.delete(row_cls, row_id)
        else:
            for row_cls, row_id in rows:
                _restore_with_ancestors(w, row_cls, row_id)
    c.resolution = choice
    c.applied = choice
    c.settled_by = w.author
    c.settled_at = w.now
    w.s.add(c)
    w.s.flush()


def _restore_with_ancestors(w: Writer, cls: type[m.Row], row_id: str) -> None:
    """Bring a row back, and any deleted row above it: keeping a row keeps what holds it, so
    settling conflicts in any order never leaves a live row under a deleted one."""
    row = w.s.get(cls, row_id)
    if row is None:
        return
    for fk, parent_table in PARENTS.get(cls.__tablename__, []):
        parent_id = getattr(row, fk)
        if parent_id:
            _restore_with_ancestors(w, m.ENTITIES[parent_table], parent_id)
    w.revive(row)


def _load(text: str | None) -> Any:
    return json.loads(text) if text is not None else None


def _label(s, entity: str, row_id: str) -> str:
    """A few words that tell the user which row a conflict is about."""
    try:
        cls = m.ENTITIES[entity]
    except KeyError:
        return row_id
    row = s.get(cls, row_id)
    if row is None:
        return row_id
    commitment = None
    cid = getattr(row, "commitment_id", None) if entity != "commitment" else row.id
    if cid:
        commitment = s.get(m.Commitment, cid)
    own = ""
    for name in ("title", "name", "narrative", "text", "comment", "note", "reason"):
        value = getattr(row, name, None)
        if isinstance(value, str) and value.strip():
            own = value.strip()
            break
    if not own:
        for name in ("measured_on", "due_date", "revised_on"):
            value = getattr(row, name, None)
            if value:
                own = str(value)
                break
    if commitment is not None and entity != "commitment":
        head = f"{commitment.code} {commitment.title}".strip()
        return f"{head} › {own[:60]}" if own else head
    if commitment is not None:
        return f"{commitment.code} {commitment.title}".strip()
    return own[:80] or row_id

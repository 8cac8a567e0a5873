"""Which commitments a change of some rows concerns, so that views refresh only those.

A change notice names a table and row ids (``ui.document.Document.changed``); summaries
(dashboard rows, quality findings) are per commitment, so re-reading the commitments the
rows belong to is enough - milliseconds - where re-reading the project takes seconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..domain import models as m

if TYPE_CHECKING:
    from .project import Project


def commitments_touched(project: Project, table: str, ids: Iterable[str] | None) -> set[str] | None:
    """The ids of the commitments whose own rows ``ids`` of ``table`` are (deleted rows
    included), or None when the change may concern more than commitments' own rows: plans,
    institutions (shared by commitments), plan narratives, "*" (anything) or no ids."""
    cls = m.ENTITIES.get(table)
    field = getattr(cls, "commitment_field", None) if cls is not None else None
    if field is None or ids is None:
        return None
    ids = [i for i in ids if i]
    if not ids:
        return None
    if field == "id":
        return set(ids)
    out: set[str] = set()
    for row_id in ids:
        row = project.get(cls, row_id, include_deleted=True)
        owner = getattr(row, field, None) if row is not None else None
        if owner is None:
            return None
        out.add(owner)
    return out

"""What a merge did, per entity, as the CLI prints it and the GUI shows it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ...domain import models as m


@dataclass
@dataclass
class EntityCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    conflicts: int = 0

    def total(self) -> int:
        return self.added + self.updated + self.deleted + self.restored + self.conflicts


@dataclass
class MergeSummary:
    """What a merge did, per entity, and the conflicts it found (JSON-able via ``to_json``)."""

    source: str
    source_instance: str = ""
    incoming: int = 0
    entities: dict[str, EntityCounts] = field(default_factory=dict)
    blobs_added: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    open_conflicts: int = 0

    def count(self, entity: str) -> EntityCounts:
        return self.entities.setdefault(entity, EntityCounts())

    @property
    def unresolved(self) -> bool:
        return self.open_conflicts > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "incoming_changes": self.incoming,
            "entities": {k: vars(v) for k, v in sorted(self.entities.items()) if v.total()},
            "blobs_added": self.blobs_added,
            "conflicts": self.conflicts,
            "open_conflicts": self.open_conflicts,
        }


def conflict_json(c: m.MergeConflict) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "entity": c.entity,
        "row_id": c.row_id,
        "commitment_id": c.commitment_id,
        "field": c.field,
        "ours": {
            "value": json.loads(c.ours_value) if c.ours_value is not None else None,
            "author": c.ours_author,
            "at": c.ours_at,
        },
        "theirs": {
            "value": json.loads(c.theirs_value) if c.theirs_value is not None else None,
            "author": c.theirs_author,
            "at": c.theirs_at,
        },
        "deleted_by": c.deleted_by,
        "applied": c.applied,
        "resolution": c.resolution,
    }

"""content_digest: one hash of what users see, so equal content gives equal digests.

Covers every live row's id and content fields (not timestamps, tombstoned rows or the
journal) and the SHA-256 of each evidence file. Two files built by different routes - a
rebuild, an export then import, both sides of a merge - compare equal when their content is.
A measurement citing a deleted evidence counts as citing none: the id stays only so that
restoring the evidence restores the citation; nobody sees it and an export leaves it out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import select as sa_select
from sqlmodel import Session

from ..domain import models as m


def _norm(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def content_digest(s: Session) -> str:
    h = hashlib.sha256()
    live_evidence: set[str] = set()  # filled before measurements (ENTITIES order)
    for table, cls in m.ENTITIES.items():
        fields = m.content_fields(cls)
        names = ["id", *fields]
        cited = names.index("evidence_id") if table == "measurement" else -1
        columns = [cls.__table__.c[name] for name in names]  # type: ignore[attr-defined]
        q = (
            sa_select(*columns)
            .where(cls.__table__.c.deleted_at.is_(None))  # type: ignore[attr-defined]
            .order_by(cls.__table__.c.id)  # type: ignore[attr-defined]
        )
        h.update(f"#{table}\n".encode())
        for row in s.connection().execute(q):
            values = [_norm(v) for v in row]
            if table == "evidence":
                live_evidence.add(row[0])
            elif cited >= 0 and values[cited] not in live_evidence:
                values[cited] = None
            h.update(json.dumps(values, ensure_ascii=False, default=str).encode())
            h.update(b"\n")
    return h.hexdigest()

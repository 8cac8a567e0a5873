"""When each page's content last changed, from the project's change journal: every page
says so in its footer (with the author's name only when the user publishes authors)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..report.formatting import fmt_date
from .labels import text
from .privacy import Privacy


@dataclass
class Changed:
    """When (and, if published, by whom) something last changed, from the journal."""

    at: str = ""
    author: str = ""

    def later(self, other: Changed | None) -> Changed:
        if other is None or other.at <= self.at:
            return self
        return other


def changed_text(changed: Changed | None, lang: str, privacy: Privacy) -> str:
    if changed is None or not changed.at:
        return text("changed.unknown", lang)
    day = fmt_date(dt.datetime.fromisoformat(changed.at).date(), lang)
    if privacy.authors and changed.author.strip():
        return text("changed.by", lang, date=day, author=changed.author.strip())
    return text("changed", lang, date=day)


def last_changes(project) -> tuple[dict[str, Changed], dict[str, Changed]]:
    """Latest journal entry per commitment, and per plan/institution row."""
    per_commitment: dict[str, Changed] = {}
    per_row: dict[str, Changed] = {}
    with project.read() as s:
        conn = s.connection()
        for cid, at, author in conn.exec_driver_sql(
            "SELECT commitment_id, max(at), author FROM journal "
            "WHERE commitment_id IS NOT NULL GROUP BY commitment_id"
        ):
            per_commitment[cid] = Changed(at or "", author or "")
        # a scan of the table in storage order, the latest kept in Python (the first of equal
        # times, as SQLite's max() does): grouping by row_id walked the whole journal through
        # its row_id index, a random read per entry (0.4 s of 166,000 entries)
        for row_id, at, author in conn.exec_driver_sql(
            "SELECT row_id, at, author FROM journal NOT INDEXED "
            "WHERE entity IN ('action_plan', 'institution') ORDER BY rowid"
        ):
            got = per_row.get(row_id)
            if got is None or (at or "") > got.at:
                per_row[row_id] = Changed(at or "", author or "")
    return per_commitment, per_row

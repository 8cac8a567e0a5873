"""Applying a merge: the journal, stored files, new rows, field values and the conflicts kept."""

from __future__ import annotations

import json
from typing import Any

from ...domain import models as m
from ...domain.models import utc_now
from ...storage.content_check import Problem
from ..project import JOURNAL_COLUMNS
from .errors import ExchangeError
from .merge_rows import (
    DeleteConflict,
    Entry,
    Side,
    blob_sound,
    chunks,
    our_columns,
    same_value,
    stored_blob,
)
from .merge_summary import conflict_json


class ApplyChanges:
    """The part of the merger that writes what arrived into this project."""

    def _copy_journal(self, incoming: list[Entry]) -> None:
        """Copy the incoming entries (same ids) after ours, in their order, with our seq."""
        conn = self.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_entries (id TEXT, n INTEGER)")
        conn.execute("DELETE FROM temp.merge_entries")
        conn.executemany(
            "INSERT INTO temp.merge_entries VALUES (?, ?)",
            [(e.id, i) for i, e in enumerate(incoming, start=1)],
        )
        bad = []
        for entry_id, old, new in conn.execute(
            "SELECT o.id, o.old_value, o.new_value FROM temp.merge_entries t "
            "JOIN other.journal o ON o.id = t.id"
        ):
            try:
                for text in (old, new):
                    if text is not None:
                        json.loads(text)
            except ValueError:
                bad.append(Problem("journal", entry_id, "new_value", "json"))
        if bad:
            raise ExchangeError("bad_rows", other=self.other.given, problems=bad)
        base = self.w.adopt_entries([e.id for e in incoming])
        cols = ", ".join(c for c in JOURNAL_COLUMNS if c != "seq")
        conn.execute(
            f"INSERT INTO main.journal (seq, {cols}) SELECT ? + t.n, "
            + ", ".join(f"o.{c}" for c in JOURNAL_COLUMNS if c != "seq")
            + " FROM temp.merge_entries t JOIN other.journal o ON o.id = t.id ORDER BY o.id",
            (base,),
        )
        conn.execute("DELETE FROM temp.merge_entries")

    def _copy_blobs(self) -> None:
        """Copy the evidence files (and report logos) the incoming rows cite, each checked
        against its SHA-256.

        A damaged or forged file refuses the merge: stored, it would stand for the real one
        (stored once per SHA-256) and the real bytes, arriving later, would be dropped. One
        of ours that fails its own check is replaced by theirs when theirs is sound.
        """
        evidence = self.theirs_rows.get("evidence", {})
        names = {r["sha256"]: r["file_name"] or r["title"] for r in evidence.values()}
        for r in self.theirs_rows.get("report_profile", {}).values():  # report logos
            if r["logo_sha256"]:
                names.setdefault(r["logo_sha256"], "logo")
        for sha in sorted(s for s in names if s):
            theirs = stored_blob(self.conn, "other", sha)
            if theirs is None:
                continue  # not in that file: the foreign key check names the row
            if not blob_sound(sha, theirs):
                raise ExchangeError(
                    "bad_blob", other=self.other.given, name=names[sha], sha=sha[:12]
                )
            ours = stored_blob(self.conn, "main", sha)
            if ours is None:
                self.conn.execute(
                    "INSERT INTO main.blob (sha256, size, data) VALUES (?, ?, ?)",
                    (sha, len(theirs), theirs),
                )
                self.summary.blobs_added += 1
            elif not blob_sound(sha, ours):
                self.conn.execute(
                    "UPDATE main.blob SET size = ?, data = ? WHERE sha256 = ?",
                    (len(theirs), theirs, sha),
                )
                self.summary.blobs_added += 1

    def _insert_new(self, by_table: dict[str, list[str]]) -> None:
        for table in m.ENTITIES:  # parents before children
            new = [r for r in by_table.get(table, []) if r not in self.ours_rows[table]]
            new = [r for r in new if r in self.theirs_rows[table]]
            if not new:
                continue
            cols = ", ".join(our_columns(table))
            for chunk in chunks(new):
                marks = ",".join("?" * len(chunk))
                self.conn.execute(
                    f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM other.{table} "
                    f"WHERE id IN ({marks})",
                    chunk,
                )
            counts = self.summary.count(table)
            counts.added += sum(1 for r in new if self.theirs_rows[table][r]["deleted_at"] is None)
            self.ours_rows[table].update({r: None for r in new})  # type: ignore[misc]

    def _apply_fields(
        self, theirs: Side, ours: Side, conflicts: dict[tuple[str, str], dict]
    ) -> None:
        """Take their value of every field they changed, unless a conflict keeps ours."""
        changes: dict[tuple[str, str], dict[str, Any]] = {}
        for (row_id, name), e in theirs.fields.items():
            o_row = self.ours_rows.get(e.entity, {}).get(row_id)
            t_row = self.theirs_rows.get(e.entity, {}).get(row_id)
            if o_row is None or t_row is None:  # new row (copied whole) or gone there
                continue
            c = conflicts.get((row_id, name))
            if c is not None and c["applied"] == "ours":
                continue
            if not same_value(o_row[name], t_row[name]):
                changes.setdefault((e.entity, row_id), {})[name] = t_row[name]
        for row_id, e in theirs.created.items():  # a row both files had without its create
            o_row = self.ours_rows.get(e.entity, {}).get(row_id)
            t_row = self.theirs_rows.get(e.entity, {}).get(row_id)
            if o_row is None or t_row is None:
                continue
            for name in m.content_fields(m.ENTITIES[e.entity]):
                key = (row_id, name)
                c = conflicts.get(key)
                if key in theirs.fields or (c is not None and c["applied"] == "ours"):
                    continue
                if c is None and key in ours.fields:  # changed here since: ours stands
                    continue
                if not same_value(o_row[name], t_row[name]):
                    changes.setdefault((e.entity, row_id), {})[name] = t_row[name]
        grouped: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
        for (table, row_id), values in changes.items():
            t_row = self.theirs_rows[table][row_id]
            stamp = max(t_row["updated_at"], self.ours_rows[table][row_id]["updated_at"])
            grouped.setdefault((table, tuple(values)), []).append((*values.values(), stamp, row_id))
            self.summary.count(table).updated += 1
        for (table, names), params in grouped.items():
            sets = ", ".join(f"{k} = ?" for k in names)
            self.conn.executemany(
                f"UPDATE main.{table} SET {sets}, updated_at = ? WHERE id = ?", params
            )

    def _store_conflicts(
        self, fields: dict[tuple[str, str], dict], deletes: list[DeleteConflict]
    ) -> None:
        now = utc_now()
        settled = self.prefer is not None
        common = {
            "merge_batch": self.w.batch,
            "merged_at": now,
            "source_instance": self.other.instance_id,
            "source_name": self.other.given.name,
            "resolution": self.prefer,
            "settled_by": self.w.author if settled else "",
            "settled_at": now if settled else "",
        }
        records: list[m.MergeConflict] = []
        for c in fields.values():
            (o_value, o_entry), (t_value, t_entry) = c["ours"], c["theirs"]
            records.append(
                m.MergeConflict(
                    kind="field",
                    entity=c["entity"],
                    row_id=c["row_id"],
                    commitment_id=c["commitment_id"],
                    field=c["field"],
                    ours_value=json.dumps(o_value, ensure_ascii=False),
                    ours_author=o_entry.author,
                    ours_at=o_entry.at,
                    theirs_value=json.dumps(t_value, ensure_ascii=False),
                    theirs_author=t_entry.author,
                    theirs_at=t_entry.at,
                    applied=c["applied"],
                    **common,
                )
            )
        for d in deletes:
            keeper_side = "ours" if d.deleted_by == "theirs" else "theirs"
            edited = json.dumps(
                {
                    "edited": d.keeper.entity,
                    "field": d.keeper.field,
                    "action": d.keeper.action,
                    "below": d.keeper.row_id not in d.rows,  # on a row under the batch
                }
            )
            values = {d.deleted_by: None, keeper_side: edited}
            stamps = {d.deleted_by: d.root, keeper_side: d.keeper}
            records.append(
                m.MergeConflict(
                    kind="delete",
                    entity=d.root.entity,
                    row_id=d.root.row_id,
                    commitment_id=d.root.commitment_id,
                    field=None,
                    ours_value=values["ours"],
                    ours_author=stamps["ours"].author,
                    ours_at=stamps["ours"].at,
                    theirs_value=values["theirs"],
                    theirs_author=stamps["theirs"].author,
                    theirs_at=stamps["theirs"].at,
                    deleted_by=d.deleted_by,
                    batch_rows=json.dumps(
                        [[self._entity_of(r, d), r] for r in d.rows], ensure_ascii=False
                    ),
                    applied=d.deleted_by if d.decision == "delete" else keeper_side,
                    **common,
                )
            )
        for rec in records:
            self.w.s.add(rec)
            self.summary.count(rec.entity).conflicts += 1
            self.summary.conflicts.append(conflict_json(rec))
        self.w.s.flush()

    def _entity_of(self, row_id: str, d: DeleteConflict) -> str:
        for table, rows in self.ours_rows.items():
            if row_id in rows:
                return table
        found = self.conn.execute(
            "SELECT entity FROM main.journal WHERE row_id = ? LIMIT 1", (row_id,)
        ).fetchone()
        return found[0] if found else d.root.entity

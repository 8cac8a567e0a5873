"""Finding conflicts: fields both sides changed, and deletions the other side still needs
(the rules are in merge.py's docstring)."""

from __future__ import annotations

from collections.abc import Iterator

from ...domain import models as m
from ..project import CHILDREN, PARENTS
from .merge_rows import DeleteConflict, Entry, Side, chunks, same_value


class FindConflicts:
    """The part of the merger that decides what clashes; it changes nothing."""

    def _field_conflicts(self, theirs: Side, ours: Side) -> dict[tuple[str, str], dict]:
        found: dict[tuple[str, str], dict] = {}
        for key, t_entry in theirs.fields.items():
            o_entry = ours.fields.get(key)
            if o_entry is None:
                continue
            row_id, name = key
            table = t_entry.entity
            o_row = self.ours_rows.get(table, {}).get(row_id)
            t_row = self.theirs_rows.get(table, {}).get(row_id)
            if o_row is None or t_row is None or same_value(o_row[name], t_row[name]):
                continue
            if self.prefer:
                applied = self.prefer
            else:
                applied = "theirs" if t_entry.stamp > o_entry.stamp else "ours"
            found[key] = {
                "kind": "field",
                "entity": table,
                "row_id": row_id,
                "commitment_id": t_entry.commitment_id,
                "field": name,
                "ours": (o_row[name], o_entry),
                "theirs": (t_row[name], t_entry),
                "applied": applied,
            }
        self._create_conflicts(theirs, ours, found)
        return found

    def _create_conflicts(
        self, theirs: Side, ours: Side, found: dict[tuple[str, str], dict]
    ) -> None:
        """Rows both sides made - their id is derived from what they are (a translation of
        one text, a plan's report profile) - with a field the two creates set differently
        and neither side changed since: a conflict between the two creates. A field one
        side changed after creating takes that change (``_apply_fields``)."""
        for row_id, t_create in theirs.created.items():
            o_create = ours.created.get(row_id)
            table = t_create.entity
            o_row = self.ours_rows.get(table, {}).get(row_id)
            t_row = self.theirs_rows.get(table, {}).get(row_id)
            if o_create is None or o_row is None or t_row is None:
                continue
            for name in m.content_fields(m.ENTITIES[table]):
                key = (row_id, name)
                if key in found or key in theirs.fields or key in ours.fields:
                    continue
                if same_value(o_row[name], t_row[name]):
                    continue
                later = "theirs" if t_create.stamp > o_create.stamp else "ours"
                found[key] = {
                    "kind": "field",
                    "entity": table,
                    "row_id": row_id,
                    "commitment_id": t_create.commitment_id,
                    "field": name,
                    "ours": (o_row[name], o_create),
                    "theirs": (t_row[name], t_create),
                    "applied": self.prefer or later,
                }

    def _delete_conflicts(self, theirs: Side, ours: Side) -> list[DeleteConflict]:
        out: list[DeleteConflict] = []
        for deleter, keeper, keeper_db in (("theirs", ours, "main"), ("ours", theirs, "other")):
            side = theirs if deleter == "theirs" else ours
            out.extend(self._batch_conflicts(deleter, side, keeper, keeper_db))
        return out

    def _batch_conflicts(
        self, deleter: str, side: Side, keeper: Side, keeper_db: str
    ) -> list[DeleteConflict]:
        """The deleting side's batches that clash with what the keeper did.

        A batch clashes when the keeper edited or restored one of its rows, or has live rows
        under it that it did not cover. Keeping a batch keeps its rows, so a batch of the same
        side that deleted one of their parents clashes too (else the kept rows would follow
        their deleted parent and the keeper's edit would be lost): found to a fixed point.
        """
        batches = side.deleted_batches()
        found: dict[str, DeleteConflict] = {}
        held: dict[str, list[tuple[str, str]]] = {}  # batch -> kept rows of other batches
        because: dict[str, Entry] = {}  # batch -> the keeper's change behind those rows
        pending = sorted(batches)
        while pending:
            batch = pending.pop(0)
            if batch in found:
                continue
            rows = batches[batch]
            clash = [keeper.touched[r] for r in rows if r in keeper.touched]
            live = self._live_children(keeper_db, side, rows, set(rows)) + held.get(batch, [])
            if not clash and not live:
                continue
            if not clash:
                clash = [because.get(batch) or self._creation_of(keeper, keeper_db, live)]
            also_deleted = {
                r for r in rows if r in keeper.intent and keeper.intent[r].action == "delete"
            }
            conflict = DeleteConflict(
                deleter,
                batch,
                rows=[r for r in rows if r not in also_deleted],
                root=min((side.intent[r] for r in rows), key=lambda e: e.seq),
                keeper=max(clash, key=lambda e: e.stamp),
                live_children=live,
            )
            if self.prefer:
                conflict.decision = "delete" if self.prefer == deleter else "keep"
            found[batch] = conflict
            for parent_batch, child in self._parent_batches(
                deleter, side, keeper, conflict, batches
            ):
                if parent_batch not in found:
                    held.setdefault(parent_batch, []).append(child)
                    because.setdefault(parent_batch, conflict.keeper)
                    pending.append(parent_batch)
        return list(found.values())

    def _parent_batches(
        self,
        deleter: str,
        side: Side,
        keeper: Side,
        conflict: DeleteConflict,
        batches: dict[str, list[str]],
    ) -> Iterator[tuple[str, tuple[str, str]]]:
        """(batch, kept child) for each other batch of ``side`` that deleted a parent of a
        row the conflict keeps, unless the keeper deleted that parent as well."""
        db = "other" if deleter == "theirs" else "main"
        by_table: dict[str, list[str]] = {}
        for r in conflict.rows:
            by_table.setdefault(side.entity[r], []).append(r)
        parents: list[tuple[str, tuple[str, str]]] = []
        for table, ids in by_table.items():
            for row_id, rec in self.rows(db, table, ids).items():
                for fk, _ptable in PARENTS.get(table, []):
                    if rec.get(fk):
                        parents.append((rec[fk], (table, row_id)))
        if db == "main":
            for e in self._learn_intents(side, [pid for pid, _c in parents]):
                if e.action == "delete" and e.batch and e.batch not in batches:
                    self._load_batch(side, e.batch, batches)
        for pid, child in parents:
            e = side.intent.get(pid)
            gone_too = pid in keeper.intent and keeper.intent[pid].action == "delete"
            if e is not None and e.action == "delete" and not gone_too:
                batch = e.batch or e.id
                if batch != conflict.batch and batch in batches:
                    yield batch, child

    def _load_batch(self, side: Side, batch: str, batches: dict[str, list[str]]) -> None:
        """Our deletion entries of ``batch`` whose rows we left deleted, into ``side``."""
        entries = self.entries(
            "SELECT {cols} FROM main.journal j WHERE j.batch = ? AND j.action = 'delete' "
            "ORDER BY j.seq",
            (batch,),
        )
        later = self._local_intents([e.row_id for e in entries if e.row_id not in side.intent])
        rows: list[str] = []
        for e in entries:
            if e.row_id not in side.intent:
                side.intent[e.row_id] = later.get(e.row_id, e)
                side.entity[e.row_id] = e.entity
            last = side.intent[e.row_id]
            if last.action == "delete" and (last.batch or last.id) == batch:
                rows.append(e.row_id)
        if rows:
            batches[batch] = rows

    def _live_children(
        self, db: str, side: Side, rows: list[str], batch: set[str]
    ) -> list[tuple[str, str]]:
        """Live rows in ``db`` directly under the batch's rows that the batch did not cover.

        A child the deleting side deleted too, in another batch, is not one: the keeper left
        it as it was. Our side holds only the watched rows' entries, so for our batches the
        children's own entries are looked up (else one direction would see a conflict the
        other does not).
        """
        candidates: list[tuple[str, str]] = []
        by_table: dict[str, list[str]] = {}
        for r in rows:
            by_table.setdefault(side.entity[r], []).append(r)
        for table, ids in by_table.items():
            for child, fk in CHILDREN.get(table, []):
                for chunk in chunks(ids):
                    marks = ",".join("?" * len(chunk))
                    for (cid,) in self.conn.execute(
                        f"SELECT id FROM {db}.{child} WHERE {fk} IN ({marks}) "
                        "AND deleted_at IS NULL AND typeof(id) = 'text' AND length(id) <= 64",
                        chunk,
                    ):
                        if cid not in batch:
                            candidates.append((child, cid))
        if db == "other":  # the deleting side is ours
            self._learn_intents(side, [cid for _t, cid in candidates])
        return [
            (child, cid)
            for child, cid in candidates
            if not (cid in side.intent and side.intent[cid].action == "delete")
        ]

    def _learn_intents(self, ours: Side, row_ids: list[str]) -> list[Entry]:
        """Add to our side the last unexchanged delete/restore of rows it has not loaded (it
        holds the watched rows' entries only); returns what it learnt."""
        learnt = self._local_intents([r for r in row_ids if r not in ours.intent])
        for row_id, e in learnt.items():
            ours.intent[row_id] = e
            ours.entity[row_id] = e.entity
        return list(learnt.values())

    def _local_intents(self, row_ids: list[str]) -> dict[str, Entry]:
        """Our last unexchanged delete/restore of each row, if any."""
        out: dict[str, Entry] = {}
        for chunk in chunks(row_ids):
            marks = ",".join("?" * len(chunk))
            for e in self.entries(
                "SELECT {cols} FROM main.journal j WHERE j.row_id IN (" + marks + ") "
                "AND j.action IN ('delete', 'restore') "
                "AND NOT EXISTS (SELECT 1 FROM other.journal o WHERE o.id = j.id) ORDER BY j.seq",
                tuple(chunk),
            ):
                out[e.row_id] = e
        return out

    def _creation_of(self, keeper: Side, db: str, live: list[tuple[str, str]]) -> Entry:
        """The keeper's journal entry that best explains a live row under a deleted one."""
        for _table, row_id in live:
            if row_id in keeper.touched:
                return keeper.touched[row_id]
        table, row_id = live[0]
        found = self.entries(
            "SELECT {cols} FROM " + db + ".journal WHERE row_id = ? ORDER BY seq DESC LIMIT 1",
            (row_id,),
        )
        e = found[0] if found else None
        if e is not None and all(isinstance(v, str) for v in (e.id, e.at, e.author, e.entity)):
            return e  # (an entry of the other file that no check covered: types checked here)
        return Entry("", 0, "", "", table, row_id, None, "create", None, None)

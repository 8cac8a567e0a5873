"""Applying deletions and restorations, and settling delete conflicts (keep or accept)."""

from __future__ import annotations

from collections.abc import Callable

from ...domain import models as m
from ..project import CHILDREN, PARENTS
from .merge_rows import DeleteConflict, Side


class ApplyLiveness:
    """The part of the merger that decides which rows stay live after both sides' deletes."""

    def _apply_liveness(self, theirs: Side, ours: Side, deletes: list[DeleteConflict]) -> None:
        decided = {r for d in deletes for r in d.rows}  # the conflict decides these
        self._take_liveness(theirs, lambda r: r not in decided)
        self._prune_kept(theirs, ours, deletes)
        pruned = decided - {r for d in deletes for r in d.rows}
        if pruned:  # they follow their deleted parent: take a deletion, never a restore
            self._take_liveness(theirs, lambda r: r in pruned, only_deletions=True)
        # Keeps first, then accepted deletions (whose cascade takes what is under them): the
        # same order from either direction, so no kept row is restored under a deleted one.
        for d in sorted(deletes, key=lambda d: d.decision != "keep"):
            side = theirs if d.deleted_by == "theirs" else ours
            if d.decision == "keep":
                self._keep(d, side)
            else:
                self._accept_delete(d, side)
        for table, n in self.conn.execute(
            "SELECT entity, count(*) FROM main.journal WHERE batch = ? AND action = 'delete' "
            "GROUP BY entity",
            (self.w.batch,),
        ):
            self.summary.count(table).deleted += n

    def _take_liveness(
        self, theirs: Side, which: Callable[[str], bool], only_deletions: bool = False
    ) -> None:
        """Take their deletions and restores of the rows ``which`` selects."""
        for row_id, e in theirs.intent.items():
            if not which(row_id) or (only_deletions and e.action != "delete"):
                continue
            o_row = self.ours_rows.get(e.entity, {}).get(row_id)
            t_row = self.theirs_rows.get(e.entity, {}).get(row_id)
            if o_row is None or t_row is None:
                continue
            if (o_row["deleted_at"] is None) == (t_row["deleted_at"] is None):
                continue
            self.conn.execute(
                f"UPDATE main.{e.entity} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                (t_row["deleted_at"], max(t_row["updated_at"], o_row["updated_at"]), row_id),
            )
            counts = self.summary.count(e.entity)
            if t_row["deleted_at"] is None:
                counts.restored += 1
            else:
                counts.deleted += 1

    def _prune_kept(self, theirs: Side, ours: Side, deletes: list[DeleteConflict]) -> None:
        """Leave out of a kept batch the rows whose parent stays deleted after the merge.

        Such a row was deleted by its own side (in the batch) and its parent by the other
        side as well, or by a deletion the merge accepts: it follows its parent, so no live
        row ends under a deleted one. The answer depends only on both sides' changes, so it
        is the same from either direction. A conflict left with no row is dropped.
        """
        keep = {r for d in deletes if d.decision == "keep" for r in d.rows}
        if not keep:
            return
        drop = {r for d in deletes if d.decision == "delete" for r in d.rows}
        entity = {**ours.entity, **theirs.entity}
        by_table: dict[str, list[str]] = {}
        for r in keep:
            by_table.setdefault(entity[r], []).append(r)
        parents: dict[str, list[tuple[str, str]]] = {}  # row -> [(parent table, parent id)]
        for table, ids in by_table.items():
            for row_id, rec in self.rows("main", table, ids).items():
                parents[row_id] = [
                    (ptable, rec[fk]) for fk, ptable in PARENTS.get(table, []) if rec.get(fk)
                ]
        by_parent: dict[str, list[str]] = {}
        for refs in parents.values():
            for ptable, pid in refs:
                by_parent.setdefault(ptable, []).append(pid)
        live_now: set[str] = set()
        for ptable, pids in by_parent.items():
            live_now.update(
                pid
                for pid, rec in self.rows("main", ptable, pids).items()
                if rec["deleted_at"] is None
            )

        def alive(pid: str) -> bool:
            return pid in keep or (pid not in drop and pid in live_now)

        changed = True
        while changed:
            changed = False
            for row_id in sorted(keep):
                if not all(alive(pid) for _t, pid in parents.get(row_id, [])):
                    keep.discard(row_id)
                    changed = True
        for d in deletes:
            if d.decision == "keep":
                d.rows = [r for r in d.rows if r in keep]
        deletes[:] = [d for d in deletes if d.rows]

    def _keep(self, d: DeleteConflict, side: Side) -> None:
        """Keep the batch's rows live and journal that, so the deleting side learns it."""
        w = self.w
        for row_id in d.rows:
            cls = m.ENTITIES[side.entity[row_id]]
            row = w.s.get(cls, row_id)
            if row is None:
                continue
            if w.revive(row):
                self.summary.count(cls.__tablename__).restored += 1
            else:  # live here already: journal it anyway, so the deleting side learns
                w.log(row, "restore")
        w.s.flush()

    def _accept_delete(self, d: DeleteConflict, side: Side) -> None:
        """Delete the batch's rows and whatever was added under them since."""
        w = self.w
        for row_id in d.rows:
            cls = m.ENTITIES[side.entity[row_id]]
            row = w.s.get(cls, row_id)
            if row is None:
                continue
            if row.deleted_at is None:
                w.delete(cls, row_id)  # with everything under it
            else:
                for child_table, fk in CHILDREN.get(cls.__tablename__, []):
                    child_cls = m.ENTITIES[child_table]
                    for (cid,) in self.conn.execute(
                        f"SELECT id FROM main.{child_table} WHERE {fk} = ? AND deleted_at IS NULL",
                        (row_id,),
                    ).fetchall():
                        if cid not in d.rows:
                            w.delete(child_cls, cid)

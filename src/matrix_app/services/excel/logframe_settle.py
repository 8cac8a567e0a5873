"""Pairing a staged sheet with what the project already has, so that importing an edited
matrix again updates the rows it edits (same ids; indicators, targets, measurements and
evidence stay attached) instead of adding them again; rows the sheet no longer has are kept
and listed (``missing_notes``). Pairs by text, code, then position (``logframe_match``); a
new row the sheet puts between paired siblings goes there in the project too."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...domain.rules import position_between
from ...domain.vocabulary import Level
from .logframe_match import Item, match_items
from .notes import RowNote
from .staging import Staged

if TYPE_CHECKING:
    from .logframe import _Context


@dataclass
class _Seen:
    """One commitment of the project the workbook covers: what it had, what was paired."""

    sheet: str
    code: str
    results: list[Any]
    indicators: list[Any]
    codes: dict[str, str]
    with_indicators: bool = False


class Settler:
    """The pairing half of ``logframe.LogframeStager`` (it holds ``_seen``, ``_taken``,
    ``notes``)."""

    def _finish(self, ctx: _Context) -> None:
        """Measurements and evidence point at their (settled) indicator and row; one the
        project already has (same indicator and date / same row and link or title) keeps
        its id, so a second import updates it instead of adding it again."""
        existing = ctx.existing.get("measurement", [])
        taken = self._taken.setdefault(ctx.commitment_id, set())
        for st, ind in ctx.measurements:
            st.values["indicator_id"] = ind.id
            for x in existing:
                if (x.indicator_id, x.measured_on) == (ind.id, st.values["measured_on"]) and (
                    x.id not in taken
                ):
                    st.values["id"] = x.id
                    taken.add(x.id)
                    break
        for st, result in ctx.evidence:
            st.values["result_id"] = result.id
            for x in ctx.existing.get("evidence", []):
                same_text = (x.url or x.title) == (st.values.get("url") or st.values["title"])
                if x.result_id == result.id and same_text and x.id not in taken:
                    st.values["id"] = x.id
                    taken.add(x.id)
                    break

    def _settle(self, ctx: _Context, with_indicators: bool) -> None:
        """Pair the context's sheet rows with the project's and give paired rows their ids."""
        seen = self._seen.get(ctx.commitment_id)
        if seen is None:
            return  # a new commitment: every row is new
        seen.with_indicators = seen.with_indicators or with_indicators
        taken = self._taken.setdefault(ctx.commitment_id, set())
        rename: dict[str, str] = {}
        how: dict[str, str] = {}
        for level in Level:
            sheet_items = [
                Item(r.staged.id, _group(r.parent, rename), r.staged.values["narrative"], r.code)
                for r in ctx.rows
                if r.level == level
            ]
            project_items = [
                Item(x.id, x.parent_id, x.narrative, seen.codes.get(x.id, ""))
                for x in seen.results
                if x.level == level.value
            ]
            for key, pairing in match_items(sheet_items, project_items, taken).items():
                rename[key] = pairing.project_key
                how[key] = pairing.how
        old_results = {x.id: x for x in seen.results}
        for r in ctx.rows:
            values = r.staged.values
            provisional = values["id"]
            if values.get("parent_id") in rename:
                values["parent_id"] = rename[values["parent_id"]]
            if provisional not in rename:
                continue
            old = old_results[rename[provisional]]
            values["id"] = old.id
            del values["position"]
            if r.parent is None:
                del values["parent_id"]  # the sheet does not say: it stays where it is
            if old.narrative != values["narrative"]:
                self.notes.append(
                    RowNote(
                        "updated", "result", old.id, r.staged.sheet, r.staged.row, old.level,
                        seen.codes.get(old.id, ""), old.narrative, values["narrative"],
                        seen.code, how[provisional],
                    )
                )  # fmt: skip
        _place_new(
            [
                (r.staged, (r.level.value, r.staged.values.get("parent_id", r.parent)))
                for r in ctx.rows
            ],
            [(x.id, (x.level, x.parent_id), x.position) for x in seen.results],
        )
        self._settle_indicators(ctx, seen, rename, taken)

    def _settle_indicators(self, ctx, seen: _Seen, rename: dict[str, str], taken) -> None:
        for st in ctx.indicators:
            st.values["result_id"] = rename.get(st.values["result_id"], st.values["result_id"])
        order = {x.id: i for i, x in enumerate(seen.results)}
        existing = sorted(
            ctx.existing["indicator"],
            key=lambda x: (order.get(x.result_id, len(order)), x.position),
        )
        got = match_items(
            [Item(st.id, st.values["result_id"], st.values["name"]) for st in ctx.indicators],
            [Item(x.id, x.result_id, x.name) for x in existing],
            taken,
            across_groups=False,
        )
        old_indicators = {x.id: x for x in existing}
        results = {x.id: x for x in seen.results}
        for st in ctx.indicators:
            pairing = got.get(st.id)
            if pairing is None:
                continue
            rename[st.id] = pairing.project_key
            old = old_indicators[pairing.project_key]
            st.values["id"] = old.id
            del st.values["position"]
            if old.name != st.values["name"]:
                of = results.get(old.result_id)
                self.notes.append(
                    RowNote(
                        "updated", "indicator", old.id, st.sheet, st.row,
                        of.level if of else "", seen.codes.get(old.result_id, ""),
                        old.name, st.values["name"], seen.code, pairing.how,
                    )
                )  # fmt: skip
        _place_new(
            [(st, st.values["result_id"]) for st in ctx.indicators],
            [(x.id, x.result_id, x.position) for x in existing],
        )
        for st, due_date in ctx.targets:
            indicator_id = rename.get(st.values["indicator_id"], st.values["indicator_id"])
            st.values["indicator_id"] = indicator_id
            found = next(
                (
                    t
                    for t in ctx.existing["target"]
                    if t.indicator_id == indicator_id and t.due_date == due_date
                    and t.id not in taken
                ),
                None,
            )  # fmt: skip
            if found is not None:
                st.values["id"] = found.id
                taken.add(found.id)

    def missing_notes(self) -> list[RowNote]:
        """Rows of the commitments the workbook covers that no sheet row stands for: kept,
        and listed so the user knows (an indicator only when the sheet has indicators)."""
        out: list[RowNote] = []
        for cid, seen in self._seen.items():
            taken = self._taken.get(cid, set())
            for r in seen.results:
                if r.id not in taken:
                    out.append(
                        RowNote(
                            "not_in_sheet", "result", r.id, seen.sheet, None, r.level,
                            seen.codes.get(r.id, ""), r.narrative, commitment=seen.code,
                        )
                    )  # fmt: skip
            if not seen.with_indicators:
                continue
            results = {r.id: r for r in seen.results}
            for x in seen.indicators:
                of = results.get(x.result_id)
                if x.id not in taken and x.result_id in taken and of is not None:
                    out.append(
                        RowNote(
                            "not_in_sheet", "indicator", x.id, seen.sheet, None, of.level,
                            seen.codes.get(of.id, ""), x.name, commitment=seen.code,
                        )
                    )  # fmt: skip
        return out


def _place_new(rows: list[tuple[Staged, Any]], project: list[tuple[str, Any, float]]) -> None:
    """A new row the sheet puts before a paired sibling goes there in the project too (an
    activity inserted in the middle stays in the middle); the others go last, in sheet order.

    ``rows``: staged rows with their sibling group, in sheet order; ``project``: (id, group,
    position) of the project's live rows."""
    positions = {row_id: pos for row_id, _g, pos in project}
    taken_by: dict[Any, list[float]] = {}
    for _id, group, pos in project:
        taken_by.setdefault(group, []).append(pos)
    groups: dict[Any, list[Staged]] = {}
    for st, group in rows:
        groups.setdefault(group, []).append(st)
    for group, siblings in groups.items():
        before: float | None = None
        for i, st in enumerate(siblings):
            if st.id in positions:
                before = positions[st.id]
                continue
            after = next((positions[x.id] for x in siblings[i + 1 :] if x.id in positions), None)
            if after is None or (before is not None and after <= before):
                break  # the rest go after every sibling, in sheet order
            # not onto a sibling the sheet leaves out: just before the next paired one
            between = [p for p in taken_by.get(group, []) if p < after]
            if before is not None:
                between = [p for p in between if p > before]
            low = max(between) if between else before
            st.values["position"] = before = position_between(low, after)


def _group(parent: str | None, rename: dict[str, str]) -> str | None:
    """The project id a sheet row's parent stands for (a new parent: its provisional id)."""
    if parent is None:
        return None
    return rename.get(parent, parent)


def _reading_order(results: list[Any]) -> list[Any]:
    """Goals, purposes, outputs (by purpose), activities (by output), each by position."""
    index: dict[str, int] = {}
    out: list[Any] = []
    for level in Level:
        rows = [r for r in results if r.level == level.value]
        rows.sort(key=lambda r: (index.get(r.parent_id or "", len(results)), r.position))
        for r in rows:
            index[r.id] = len(out)
            out.append(r)
    return out

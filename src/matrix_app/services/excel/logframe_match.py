"""Which row of a re-imported logframe sheet is which row of the project.

A focal point re-imports the matrix after fixing a typo, rewording an output, inserting an
activity or moving a row. Each sheet row should find the project row it stands for, so that
an edit becomes an update of that row (same id: its indicators, evidence and measurements
stay attached) and only a truly new row is added. ``match_items`` pairs the rows of one
level (or the indicators of a commitment) in rounds, each only among what is still unpaired:

1. the same normalized text under the same parent, then under any parent (a moved row);
2. the same text once a leading number ("1.2 ", "R1 ") is set aside (renumbered rows);
3. the same code ("Componente 2", "Actividad 1.3") as the project numbers it - only when the
   sheet's codes can be trusted: every row already paired by text carries its project code
   (a renumbered sheet is not), and the code names a single unpaired row on each side;
4. by position: rows paired so far are anchors; the unpaired sheet rows and project rows
   between the same two anchors under the same parent pair in order. When the counts in such
   a gap differ (a row inserted next to an edited one), the pairs are the ones whose texts
   are most alike, so an insertion never shifts the rows after it into "updated". Rows in
   different gaps pair only when their texts are very much alike (moved and edited).

Whatever stays unpaired is new (sheet) or "not in the sheet" (project): importing is additive.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from .parse import normalize

#: How alike two texts must be to pair rows that are not in the same gap.
SIMILAR = 0.7
#: Above this many candidate pairs, positional matching skips the text similarity (cost).
MAX_SIMILARITY_PAIRS = 20_000

_LEADING_CODE = re.compile(
    r"^\s*(?:[-–•*·▪◦●]\s*)?(?:[A-Z]{1,2}\s?)?(\d+(?:\.\d+)*)(?:[.):\-–]\s*|\s+)(?=\S)"
)
_ANY_CODE = re.compile(r"(\d+(?:\.\d+)*)")


@dataclass(frozen=True)
class Item:
    """A row to pair: ``key`` is its id (project) or provisional id (sheet); ``group`` the
    project id of its parent (a sheet row's parent as paired, or None)."""

    key: str
    group: str | None
    text: str
    code: str = ""


@dataclass(frozen=True)
class Pairing:
    project_key: str
    how: str  # text | code | position


def leading_code(text: str) -> str:
    """The number a narrative starts with ("1.2 Capacitar" -> "1.2"), or ""."""
    found = _LEADING_CODE.match(text or "")
    return found.group(1) if found else ""


def code_in(text: str) -> str:
    """The first number in a level cell ("Actividad 1.2" -> "1.2"), or ""."""
    found = _ANY_CODE.search(text or "")
    return found.group(1) if found else ""


def without_code(text: str) -> str:
    """Normalized text without its leading number, to pair renumbered rows."""
    return normalize(_LEADING_CODE.sub("", text or "", count=1))


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, normalize(a), normalize(b), autojunk=False).ratio()


def match_items(
    sheet: list[Item],
    project: list[Item],
    taken: set[str] | None = None,
    across_groups: bool = True,
) -> dict[str, Pairing]:
    """Pair ``sheet`` items (sheet order) with ``project`` items (reading order).

    ``taken`` holds project keys already claimed elsewhere (they are left alone and the new
    pairs are added to it). ``across_groups`` allows pairing rows under different parents
    (a row moved to another output); indicators stay with their result. Returns sheet key ->
    Pairing."""
    taken = taken if taken is not None else set()
    pairs: dict[str, Pairing] = {}
    free = [p for p in project if p.key not in taken]

    def claim(s: Item, p: Item, how: str) -> None:
        pairs[s.key] = Pairing(p.key, how)
        taken.add(p.key)

    for keyfn in (lambda t: normalize(t), without_code):
        for same_group in (True, False) if across_groups else (True,):
            index: dict[tuple, list[Item]] = defaultdict(list)
            for p in free:
                if p.key not in taken:
                    index[(p.group if same_group else None, keyfn(p.text))].append(p)
            for s in sheet:
                if s.key in pairs:
                    continue
                text = keyfn(s.text)
                if not text:
                    continue
                bucket = index.get((s.group if same_group else None, text), [])
                while bucket and bucket[0].key in taken:
                    bucket.pop(0)
                if bucket:
                    claim(s, bucket.pop(0), "text")
    _match_codes(sheet, free, pairs, taken, claim)
    _match_positions(sheet, free, pairs, taken, claim, across_groups)
    return pairs


def _match_codes(sheet, free, pairs, taken, claim) -> None:
    by_key = {p.key: p for p in free}
    for s in sheet:
        pairing = pairs.get(s.key)
        if pairing is None or not s.code:
            continue
        p = by_key.get(pairing.project_key)
        if p is not None and p.code and p.code != s.code:
            return  # the sheet was renumbered: its codes no longer name project rows
    open_sheet: dict[str, list[Item]] = defaultdict(list)
    for s in sheet:
        if s.key not in pairs and s.code:
            open_sheet[s.code].append(s)
    open_project: dict[str, list[Item]] = defaultdict(list)
    for p in free:
        if p.key not in taken and p.code:
            open_project[p.code].append(p)
    for code, rows in open_sheet.items():
        candidates = open_project.get(code, [])
        if len(rows) == 1 and len(candidates) == 1:
            claim(rows[0], candidates[0], "code")


def _gap_keys(items: list[Item], anchor_of) -> dict[str, tuple]:
    """Each unpaired item's gap: its parent and the last paired row before it there."""
    last: dict[str | None, str | None] = {}
    out: dict[str, tuple] = {}
    for it in items:
        anchor = anchor_of(it)
        if anchor is not None:
            last[it.group] = anchor
        else:
            out[it.key] = (it.group, last.get(it.group))
    return out


def _match_positions(sheet, free, pairs, taken, claim, across_groups) -> None:
    project_paired = {pr.project_key for pr in pairs.values()}
    s_open = [s for s in sheet if s.key not in pairs]
    p_open = [p for p in free if p.key not in taken]
    if not s_open or not p_open:
        return
    s_gap = _gap_keys(sheet, lambda s: pairs[s.key].project_key if s.key in pairs else None)
    p_gap = _gap_keys(
        [p for p in free if p.key not in taken or p.key in project_paired],
        lambda p: p.key if p.key in project_paired else None,
    )
    use_text = len(s_open) * len(p_open) <= MAX_SIMILARITY_PAIRS
    n, m = len(s_open), len(p_open)
    score: list[list[float | None]] = [[None] * m for _ in range(n)]
    for i, s in enumerate(s_open):
        for j, p in enumerate(p_open):
            if not across_groups and s.group != p.group:
                continue
            sim = similarity(s.text, p.text) if use_text else 0.0
            if s_gap[s.key] == p_gap[p.key]:
                score[i][j] = 1.0 + sim
            elif sim >= SIMILAR:
                score[i][j] = sim
    # Order-preserving pairing with the greatest total score (an alignment, as diff does).
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            value = max(best[i - 1][j], best[i][j - 1])
            sc = score[i - 1][j - 1]
            if sc is not None:
                value = max(value, best[i - 1][j - 1] + sc)
            best[i][j] = value
    i, j = n, m
    chosen: list[tuple[int, int]] = []
    while i > 0 and j > 0:
        sc = score[i - 1][j - 1]
        if sc is not None and best[i][j] == best[i - 1][j - 1] + sc:
            chosen.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    for a, b in reversed(chosen):
        claim(s_open[a], p_open[b], "position")

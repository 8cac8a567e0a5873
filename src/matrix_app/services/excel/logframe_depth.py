"""Levels given only by outline codes: a column left of the results holding "1", "1.1",
"1.1.1" and nothing else (Excel keeps "1" and "1.1" as numbers). The depth of a code is its
level: when several codes stand at the top they are outcomes (purposes), their children
outputs, theirs activities; a single top code is the goal, over purposes, outputs and
activities. ``place_coded_results`` then puts each row under the code it extends."""

from __future__ import annotations

import re
from typing import Any

from ...domain.vocabulary import Level
from .parse import normalize

_CODE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")
_FROM_GOAL = (Level.GOAL, Level.PURPOSE, Level.OUTPUT, Level.ACTIVITY)


def _code(value: Any) -> str | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # 1.1 as a number; 1.10 is lost to Excel either way
        return str(int(value)) if value.is_integer() else repr(value)
    text = str(value).strip()
    return text.rstrip(".") if _CODE.match(text) else None


def depth_levels(rows: list[list[Any]], column: int) -> dict[str, str]:
    """Normalized cell text -> Level value for a column of outline codes only (at least
    three rows, two depths, every filled cell a code), else {}."""
    codes: dict[str, str] = {}
    for row in rows:
        value = row[column] if column < len(row) else None
        if value in (None, ""):
            continue
        code = _code(value)
        if code is None:
            return {}
        codes[normalize(value)] = code
    depths = {k: c.count(".") for k, c in codes.items()}
    if len(codes) < 3 or len(set(depths.values())) < 2:
        return {}
    tops = sum(1 for d in depths.values() if d == 0)
    levels = _FROM_GOAL if tops == 1 else _FROM_GOAL[1:]
    if max(depths.values()) >= len(levels):
        return {}  # deeper than the levels there are: not read as levels
    return {k: levels[d].value for k, d in depths.items()}


def outline_column(
    rows: list[list[Any]], narrative: int, roles: dict[str, int]
) -> tuple[int, dict[str, str]] | None:
    """The column left of the results whose codes alone give the levels, and those levels."""
    for c in range(narrative):
        if c not in roles.values() and (levels := depth_levels(rows[:200], c)):
            return c, levels
    return None

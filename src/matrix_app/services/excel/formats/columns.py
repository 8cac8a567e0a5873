"""What the column-matrix families (EU, ILPES, hand-made) share: the classic engine's header
detection, and the header's words to tell the families apart."""

from __future__ import annotations

from typing import Any

from ..logframe_read import detect_mapping
from ..parse import normalize
from .base import Match


def column_match(
    name: str, grid: list[list[Any]], sheet: str, words: tuple[str, ...], hit: float, base: float
) -> Match | None:
    mapping = detect_mapping(grid, sheet)
    if mapping is None:
        return None
    header = " | ".join(normalize(v) for v in grid[mapping.header_row - 1] if v not in (None, ""))
    score = hit if any(w in header for w in words) else base
    return Match(name, score, sheet, {"mapping": mapping})


def read(grid: list[list[Any]], match: Match, cells: Any) -> Any:
    return match.data["mapping"]

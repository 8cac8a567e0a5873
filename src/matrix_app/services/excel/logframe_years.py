"""Columns headed by a year ("Meta 2016", "Mid-Term (2022)", "Achieved 2020", "Réalisé 2021",
"Year 1 (2020)" under "Targets"): the figures of that year, targets or measurements, dated
at the year's end (``SheetMapping.series``)."""

from __future__ import annotations

import re
from typing import Any

from .parse import normalize

#: A column headed by a year: a figure of that year ("2013", "Efectivo 2014", "Achieved 2020",
#: "Réalisé 2021", "Apurado 2020") or its target ("Meta 2016", "Meta prevista 2023",
#: "Mid-Term (2022)", "End Target (2025)", "2021 Target", "Year 1 (2020)" under "Targets");
#: the year means its last day, as everywhere.
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_TARGET_WORDS = re.compile(
    r"\b(?:meta|metas|target|targets|cible|cibles|objetivo|mid[ -]?term|midterm|mi parcours|"
    r"medio termino|final|end|milestone|milestones|hito|hitos|jalon|jalons|marco|prevista|"
    r"previsto|prevue|prevu|planned|plan|programado|programada|projected|esperado|alvo|"
    r"план|цель|целевое|sasaran)\b"
)
_MEASURE_WORDS = re.compile(
    r"\b(?:efectivo|real|reel|actual|actuals|achieved|reached|realise|realisee|realises|"
    r"atteint|atteinte|apurado|apurada|realizado|realizada|alcanzado|alcancado|logrado|"
    r"obtenido|ejecutado|executado|measured|valor|valeur|value|estimacion|result|resultado|"
    r"факт|фактически|realisasi|capaian)\b"
)
_PLAIN_YEAR = re.compile(r"(?:19|20)\d{2}")


def year_head(text: Any, group: str = "") -> tuple[str, str] | None:
    """("target" | "measurement", ISO date) for a header naming one year, or None. A target
    word says target, an achieved word measurement, a year alone a measurement; under a
    targets group header ("TARGETS" over "Year 1 (2020)"), a target. A header of more than
    six words is a sentence, not a yearly column."""
    t = str(int(text)) if isinstance(text, int | float) else normalize(text)
    years = set(_YEAR.findall(t))
    if len(years) != 1 or len(t.split()) > 6:
        return None
    iso = f"{years.pop()}-12-31"
    if _TARGET_WORDS.search(t):
        return "target", iso
    if _MEASURE_WORDS.search(t) or _PLAIN_YEAR.fullmatch(t.strip()):
        return "measurement", iso
    if _TARGET_WORDS.search(normalize(group)):
        return "target", iso
    return None


def _year_columns(head: list[list[Any]], roles: dict[str, int]) -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    taken = {c for k, c in roles.items() if k not in ("target", "baseline", "current")}
    for c in range(max(len(row) for row in head)):
        texts = [row[c] for row in head if c < len(row) and row[c] not in (None, "")]
        if not texts or c in taken:
            continue
        last = texts[-1]
        if c == roles.get("baseline"):  # "Línea base 2014": the baseline is of that year
            if isinstance(last, str) and (year := _YEAR.search(normalize(last))):
                out[c] = ("baseline", f"{year[1]}-12-31")
            continue
        group = next(
            (row[k] for k in range(min(c, len(row) - 1), -1, -1) if row[k] not in (None, "")),
            "",
        ) if len(head) > 1 and (row := head[0]) else ""  # fmt: skip
        group = str(group) if len(texts) == 1 else str(texts[0])
        found = None if c == roles.get("current") else year_head(last, group)
        if found := found or _under_year(last, group):
            out[c] = found
    return out


def _under_year(last: Any, group: str) -> tuple[str, str] | None:
    """A "Target" or "Actual" sub-column under a year merged over both ("2019" over "Target |
    Actual", Kenya's CIDP matrices): that year's target or measurement."""
    if not isinstance(last, str) or _YEAR.search(normalize(last)):
        return None
    if not _PLAIN_YEAR.fullmatch(normalize(group).strip(" :")):
        return None
    return year_head(f"{last} {normalize(group).strip(' :')}")


def year_series(head: list[list[Any]], roles: dict[str, int]) -> dict[int, tuple[str, str]]:
    """The columns headed by a year (``_year_columns``); a "current value" column that is one
    year's figure ("Actual" under "2019") is that year's measurement, so it leaves ``roles``."""
    out = _year_columns(head, roles)
    if out.get(roles.get("current", -1), ("",))[0] == "measurement":
        del roles["current"]
    return out

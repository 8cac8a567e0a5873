"""Progress reports exported from a form (Google Forms, Microsoft Forms, KoboToolbox, ODK):
one row per report, so one milestone may be reported several times.

What the form adds is metadata, not part of the plan: when and by whom a report was sent
("Marca temporal", "Timestamp", "Horodateur", "Carimbo de data/hora", e-mail address,
KoboToolbox's "start" / "end" / "today" session times, "username", "_id", "_uuid",
"_submission_time", "_validation_status", "__version__", ...) and the period a report covers
("Período que reporta", "Reporting period"). Those columns take no role - Kobo's "start" and
"end" are when the form was filled, not the milestone's dates - and are listed as not
imported with why. A milestone reported more than once is one milestone with the latest
report's progress (by the timestamp, else the later row), its dates where the latest gives
none from an earlier one, and the evidence of every report; a warning says which rows.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.utils import get_column_letter

from ..parse import normalize
from .base import Cells, Matrix, RowIn

#: Headers only a form export writes: the moment a response was sent, or Kobo's own ids.
_FORM_MARK = re.compile(
    r"^(?:marca temporal|timestamp|horodateur|horodatage|carimbo de data/hora|"
    r"hora de inicio|hora de finalizacion|start time|completion time|heure de debut|"
    r"submission time|date de soumission|fecha de envio)$|^ ?uuid$|^ ?submission time$"
)
#: Form metadata headers (normalized: "_" is a space): timestamps, e-mail, the respondent,
#: Kobo's session times and ids. Kobo's "start" / "end" / "today" count only beside "_uuid".
_META = re.compile(
    r"^(?:marca temporal|timestamp|horodateur|horodatage|carimbo de data/hora|"
    r"hora de inicio|hora de finalizacion|start time|completion time|heure de debut|"
    r"submission time|date de soumission|fecha de envio|"
    r"(?:direccion de )?correo(?: electronico)?|(?:e-?mail|email)(?: address)?|"
    r"adresse (?:e-?mail|courriel)|(?:endereco de )?e-?mail|correo|courriel|"
    r"id|"
    r"username|deviceid|simserial|subscriberid|phonenumber|audit)$"
)
_KOBO_SESSION = {"start", "end", "today"}
#: The period a report covers, not the milestone's own dates.
_REPORT_PERIOD = re.compile(
    r"\b(?:periodo (?:que (?:se )?reporta|reportado|del (?:informe|reporte)|de reporte)|"
    r"reporting period|period (?:covered|reported)|periode (?:couverte|du rapport|de rapport)|"
    r"periodo (?:do relatorio|de referencia do relatorio))\b"
)
WHY_META = (
    "it is the form's metadata (when and by whom a report was sent), not part of the plan",
    "son metadatos del formulario (cuándo y quién envió un informe), no parte del plan",
)
WHY_PERIOD = (
    "it is the period a report covers, not the milestone's dates",
    "es el período que cubre un informe, no las fechas del hito",
)


def form_columns(cells: Cells, r: int) -> dict[int, tuple[str, str]]:
    """The columns of header row ``r`` that a form export adds, with why they are not
    imported; none when the row is not a form export's (no timestamp nor Kobo id)."""
    heads = {c: cells.norm(r, c) for c in cells.filled(r)}
    if not any(_FORM_MARK.match(t) for t in heads.values()):
        return {}
    kobo = any(t.strip() == "uuid" for t in heads.values())
    out: dict[int, tuple[str, str]] = {}
    for c, t in heads.items():
        raw = str(cells.raw(r, c) or "")
        if _META.match(t) or raw.startswith("_") or (kobo and t in _KOBO_SESSION):
            out[c] = WHY_META
        elif _REPORT_PERIOD.search(t):
            out[c] = WHY_PERIOD
    return out


def _moment(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            found = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return found.replace(tzinfo=None)
    return None


def _stamp_column(cells: Cells, head: int, meta: dict[int, tuple[str, str]]) -> int | None:
    """The column saying when each report was sent: "_submission_time", else the first
    timestamp ("Marca temporal", Kobo's "end")."""
    heads = {c: cells.norm(head, c) for c in meta}
    for wanted in ("submission time", "end"):
        for c, t in heads.items():
            if t.strip() == wanted:
                return c
    return next((c for c, t in heads.items() if _FORM_MARK.match(t)), None)


def merge_reports(cells: Cells, head: int, meta: dict[int, tuple[str, str]], mx: Matrix) -> None:
    """One milestone per name in ``mx``: the latest report's progress, dates kept from an
    earlier report where the latest gives none, the evidence of all; with a warning."""
    stamp = _stamp_column(cells, head, meta)
    groups: dict[str, list[RowIn]] = {}
    for row in mx.rows:
        groups.setdefault(normalize(row.narrative), []).append(row)
    if all(len(g) == 1 for g in groups.values()):
        return

    def when(row: RowIn) -> tuple[dt.datetime, int]:
        found = _moment(cells.raw(row.row - 1, stamp)) if stamp is not None else None
        return (found or dt.datetime.min, row.row)

    kept = []
    for group in groups.values():
        if len(group) == 1:
            kept.append(group[0])
            continue
        group.sort(key=when)
        latest = group[-1]
        for row in reversed(group[:-1]):
            latest.start_date = latest.start_date or row.start_date
            latest.end_date = latest.end_date or row.end_date
            latest.evidence += [e for e in row.evidence if e not in latest.evidence]
            latest.links += [x for x in row.links if x not in latest.links]
        rows = ", ".join(str(x.row) for x in sorted(group, key=lambda x: x.row))
        cells.problems.add(
            cells.sheet, latest.row, latest.column, latest.narrative, "repeated_report",
            warning=True, rows=rows, latest=latest.row,
            stamp=get_column_letter(stamp + 1) if stamp is not None else "-",
        )  # fmt: skip
        kept.append(latest)
    mx.rows = sorted(kept, key=lambda x: min(r.row for r in groups[normalize(x.narrative)]))

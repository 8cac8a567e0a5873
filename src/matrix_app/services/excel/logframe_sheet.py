"""The printable sheet of one commitment in the classic logframe layout.

Levels in rows (Goal, Purpose, each Output followed by its Activities), and in columns the
narrative summary, the indicators (with baseline, targets and latest value), their means of
verification and the assumptions - labelled in the chosen language, landscape, fit to width,
header row repeated on every printed page.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ...domain.rules import ResultRef, number_results
from ...domain.vocabulary import label
from ..snapshot import evidence_name
from .datasheets import header_format
from .errors import Cancelled
from .layout import columns
from .xlsx_writer import Book

HEADERS = {
    "en": ["Level", "Narrative summary", "Indicators", "Means of verification", "Assumptions"],
    "es": [
        "Nivel",
        "Resumen narrativo",
        "Indicadores",
        "Medios de verificación",
        "Supuestos",
    ],
}
WIDTHS = [16, 48, 58, 36, 34]
WORDS = {
    "en": {
        "title": "Logframe matrix",
        "commitment": "Commitment",
        "plan": "Plan",
        "lead": "Lead",
        "period": "Period",
        "baseline": "baseline",
        "target": "target",
        "latest": "latest",
        "verified": "verified by",
        "prefix": "LF",
    },
    "es": {
        "title": "Matriz de marco lógico",
        "commitment": "Compromiso",
        "plan": "Plan",
        "lead": "Responsable",
        "period": "Período",
        "baseline": "línea base",
        "target": "meta",
        "latest": "último valor",
        "verified": "verificado en",
        "prefix": "MML",
    },
}
_BAD_TITLE = re.compile(r"[\[\]:*?/\\']")


def fitted_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapped column ``width`` characters wide."""
    per_line = max(int(width * 1.15), 1)
    return max(1, sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n")))


def fmt_number(value: float | None, lang: str) -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "es":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def fmt_date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "")


def sheet_title(prefix: str, code: str, taken: set[str]) -> str:
    base = _BAD_TITLE.sub("-", f"{prefix} {code}".strip())[:28] or prefix
    title, n = base, 2
    while title.casefold() in taken:
        title = f"{base[:24]} ({n})"
        n += 1
    taken.add(title.casefold())
    return title


class LogframeWriter:
    def __init__(self, book: Book, lang: str, data: dict[str, list[tuple]]) -> None:
        self.book, self.lang, self.w = book, lang, WORDS[lang]
        self.title_fmt = book.format(bold=True, font_size=14)
        self.bold = book.format(bold=True)
        self.head = header_format(book)
        self.level_fmt = book.format(bold=True, wrap=True, box="#808080", fill="#DDEBF7")
        self.cell_fmt = book.format(wrap=True, box="#808080")
        self.data = data
        self.names = {t: [c.field for c in columns(t)] for t in data}
        self.evidence_names: dict[str, str] = {}

    def _dicts(self, table: str) -> list[dict[str, Any]]:
        names = self.names[table]
        return [dict(zip(names, r, strict=False)) for r in self.data[table]]

    def write_all(self, tick: Callable[[int], None], cancelled: Callable[[], bool]) -> None:
        plans = {p["id"]: p for p in self._dicts("action_plan")}
        insts = {i["id"]: i for i in self._dicts("institution")}
        by_c: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for table in ("commitment_institution", "result", "indicator"):
            for r in self._dicts(table):
                by_c[r["commitment_id"]][table].append(r)
        targets: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for t in self._dicts("target"):
            targets[t["indicator_id"]].append(t)
        latest: dict[str, dict[str, Any]] = {}
        for x in self._dicts("measurement"):  # sorted by date: the last one wins
            if x["value"] is not None:
                latest[x["indicator_id"]] = x
        self.evidence_names = {
            e["id"]: evidence_name(e["title"], e["file_name"], e["url"], e["note"])
            for e in self._dicts("evidence")
        }
        taken: set[str] = {t.casefold() for t in self.book.titles}
        for n, c in enumerate(self._dicts("commitment"), 1):
            if n % 200 == 0 and cancelled():
                raise Cancelled()
            parts = by_c.get(c["id"], {})
            lead = [
                insts[ci["institution_id"]]
                for ci in parts.get("commitment_institution", [])
                if ci["role"] == "lead" and ci["institution_id"] in insts
            ]
            self.write_one(c, plans.get(c["plan_id"]), lead, parts, targets, latest, taken)
            tick(1)

    def write_one(self, c, plan, lead, parts, targets, latest, taken) -> None:
        w, lang = self.w, self.lang
        sheet = self.book.sheet(sheet_title(w["prefix"], c["code"] or "", taken))
        ws = sheet.ws
        sheet.widths(WIDTHS)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(4)
        ws.set_footer("&C&P / &N")
        ws.freeze_panes(5, 0)
        heading = f"{w['commitment']} {c['code']}: {c['title']}".replace(" :", ":")
        sheet.append([w["title"]], [self.title_fmt])
        sheet.append([heading], [self.bold])
        facts = []
        if plan:
            facts.append(f"{w['plan']}: {plan['title']}")
        if lead:
            facts.append(f"{w['lead']}: " + ", ".join(i["acronym"] or i["name"] for i in lead))
        if c["start_date"] or c["end_date"]:
            facts.append(f"{w['period']}: {fmt_date(c['start_date'])} – {fmt_date(c['end_date'])}")
        sheet.append(["   ·   ".join(facts) or None])
        sheet.skip()
        sheet.append(HEADERS[lang], [self.head] * len(HEADERS[lang]))
        results = parts.get("result", [])
        codes = number_results(
            [ResultRef(r["id"], r["level"], r["parent_id"], r["position"]) for r in results]
        )
        inds: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for i in parts.get("indicator", []):
            inds[i["result_id"]].append(i)
        fmts = [self.level_fmt] + [self.cell_fmt] * 4
        for r in results:  # already in logframe reading order
            name = label(r["level"], lang)
            code = codes.get(r["id"], "")
            level_text = f"{name} {code}".strip()
            narrative = r["narrative"] or ""
            if r["start_date"] or r["end_date"]:
                narrative += f"\n({fmt_date(r['start_date'])} – {fmt_date(r['end_date'])})"
            ind_lines, mov_lines = [], []
            for ind in inds.get(r["id"], []):
                ind_lines.append("• " + self.indicator_text(ind, targets, latest))
                if ind["means_of_verification"]:
                    mov_lines.append("• " + ind["means_of_verification"])
            row = [level_text, narrative, "\n".join(ind_lines), "\n".join(mov_lines)]
            row.append(r["assumptions"] or "")
            # Spreadsheet programs do not grow rows to fit wrapped text written by a
            # library, so the height is set from the text (about 15 points per line).
            sheet.height(
                15 * max(fitted_lines(v or "", w_) for v, w_ in zip(row, WIDTHS, strict=True))
            )
            sheet.append(row, fmts)

    def indicator_text(self, ind, targets, latest) -> str:
        w, lang = self.w, self.lang
        unit = f" {ind['unit']}" if ind["unit"] else ""
        bits = []
        if ind["baseline_value"] is not None:
            when = f" ({fmt_date(ind['baseline_date'])})" if ind["baseline_date"] else ""
            bits.append(f"{w['baseline']} {fmt_number(ind['baseline_value'], lang)}{unit}{when}")
        for t in targets.get(ind["id"], []):
            if t["value"] is not None:
                when = f" ({fmt_date(t['due_date'])})" if t["due_date"] else ""
                bits.append(f"{w['target']} {fmt_number(t['value'], lang)}{unit}{when}")
        x = latest.get(ind["id"])
        if x is not None:
            when = fmt_date(x["measured_on"])
            cited = self.evidence_names.get(x["evidence_id"] or "")
            if cited:  # the value's means of verification, inside the figures that a
                when += f"; {w['verified']}: {cited}"  # re-import of the sheet sets aside
            bits.append(f"{w['latest']} {fmt_number(x['value'], lang)}{unit} ({when})")
        return ind["name"] + (" — " + "; ".join(bits) if bits else "")

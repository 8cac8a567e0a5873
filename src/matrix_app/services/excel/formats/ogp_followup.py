"""OGP follow-up sheets: one row per milestone (hito).

Compromiso and Institución are merged over (or written once above) their milestones, and
one sheet may hold several commitments. Each commitment becomes a commitment of the plan
with its lead institution; each milestone an activity with its start and end dates (a
period - "julio 2014", "2do semestre 2016", "Q3 2015" - means its last day), its progress
(% de avance: 0.5 in a % cell or "50%" is 50) and its means of verification as evidence (a
link when it is a web address, else a note). Estado (worked out from progress and dates)
and Observaciones are listed as not imported.

The commitment comes from its column (the same number and name written again on the next
rows - an Excel Table cannot merge - is the same commitment; a name that differs is
another), from a section row across the table, or from the lines above the header ("Matriz
de seguimiento – Compromiso N° 5: …", "Compromiso: | 2. …", "Organismo responsable: | …").
A column of the IRM's words ("Nivel de cumplimiento": Sustancial, Limitado...) gives the
commitment's completion; in the % column, "Completo" is 100 and "No iniciado" 0, another
state word leaves the % empty, with a warning. "Instituciones de apoyo" / "Other actors
involved" are linked as support (one per line or ";"). A theme row ("Eje 1: …") gives the
themes of the commitments below it. A second header row refines the first ("Plazo" over
"Inicio" | "Término"); one "Plazo" cell may hold both dates ("julio 2014 - diciembre 2015"; a
single date is the end); "Permanente" is no end date (with a warning). A total row
("Avance total del compromiso") is not a milestone; notes ("Notas:", "Fuente:") and
signature lines below the table, and the rows after them without a milestone, are set aside
with a warning. The IRM's assessment table (marks under "Completion") is read by
``irm_table``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_cells import commitment_from_cell
from ..logframe_read import NOTES_ROW
from ..logframe_titles import _TITLE, _TITLE_WORD
from ..logframe_words import signature_start
from ..parse import is_missing, normalize, parse_date
from ..value_marks import fraction_progress
from . import irm_table
from . import ogp_words as w
from .base import Cells, Match, Matrix, RowIn
from .ogp_header import described, header_of, support_columns, verdict_column
from .ogp_labels import label_above, theme_lead, unlabelled
from .ogp_numbered import split_row
from .ogp_reports import form_columns, merge_reports
from .ogp_sections import institution_line, without_continuation
from .ogp_words import completion_of

NAME = "ogp_followup"
__all__ = ["NAME", "completion_of", "read", "recognize"]


def _row_words(cells: Cells, r: int) -> tuple[tuple[int, str], ...]:
    """A row's text cells, normalized, by column: how a repeated header is recognised."""
    return tuple((c, cells.norm(r, c)) for c in cells.filled(r))


def _lead_label(cells: Cells, r: int) -> str:
    """The institution a label row names ("Lead department: Cabinet Office", "Organismo
    responsable:" | "…" in two cells), marked used; else "" (a commitment label is a
    section)."""
    filled = cells.filled(r)
    if not 1 <= len(filled) <= 2 or not isinstance(raw := cells.raw(r, filled[0]), str):
        return ""
    label = w.LABEL.match(normalize(raw))
    if label is None or label.group("what") in w.COMMITMENT_LABELS:
        return ""
    rest = raw[raw.index(":") + 1 :].strip()
    if len(filled) == 2:  # "Lead department:" | "Cabinet Office": the name in the next cell
        if rest or not isinstance(cells.raw(r, filled[1]), str):
            return ""
        rest = cells.text(r, filled[1])
        cells.get(r, filled[1])
    if rest:
        cells.get(r, filled[0])
    return rest


def _section(cells: Cells, r: int) -> str:
    """A row naming a commitment across the table ("Commitment 5: ...", or "Commitment 5:"
    | "..." in two cells), else ""."""
    filled = cells.filled(r)
    if len(filled) == 1 and w.SECTION.match(str(cells.raw(r, filled[0]))):
        return cells.text(r, filled[0])
    if len(filled) == 2 and all(isinstance(cells.raw(r, c), str) for c in filled):
        code, title = commitment_from_cell(cells.raw(r, filled[0]))
        if w.SECTION.match(cells.raw(r, filled[0])) and code and not title.strip(" :"):
            return f"{cells.text(r, filled[0]).rstrip(' :')}: {cells.text(r, filled[1])}"
    return ""


def _theme(cells: Cells, r: int) -> tuple[str, str]:
    """A row naming a theme across the table ("Eje 1: Gestión pública ...") and the lead
    agency it names in brackets, else ("", "")."""
    filled = cells.filled(r)
    if len(filled) == 1 and isinstance(raw := cells.raw(r, filled[0]), str):
        if found := w.THEME.match(raw):
            cells.get(r, filled[0])
            return theme_lead(" ".join(found.group(1).split()))
    return "", ""


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    from ..errors import ProblemList

    cells = Cells(grid, sheet, ProblemList())
    found = header_of(cells)
    if found is None and (irm := irm_table.header(cells)) is not None:
        return Match(NAME, 0.9, sheet, {"irm": irm})
    return Match(NAME, 0.9, sheet, {"header": found[0]}) if found else None


def _above(cells: Cells, head: int) -> tuple[str, str, str, int | None]:
    """Code, title and institution the lines above the header give, and the title's row:
    "Matriz de seguimiento – Compromiso N° 5: …", "Compromiso:" | "2. …", "Organismo
    responsable:" | "…". Only a line naming a commitment with its number counts."""
    code = title = institution = ""
    row = None
    for r in range(head):
        filled = cells.filled(r)
        for i, c in enumerate(filled):
            raw = cells.raw(r, c)
            if not isinstance(raw, str):
                continue
            label = w.LABEL.match(normalize(raw))
            rest = raw[raw.index(":") + 1 :].strip() if label else ""
            nxt = filled[i + 1] if i + 1 < len(filled) else None
            beside = False
            if label and not rest and nxt is not None:
                rest = cells.text(r, nxt)  # the value in the next cell
                cells.get(r, nxt)
                beside = True
            if label and label.group("what") in w.COMMITMENT_LABELS:
                c_code, c_title = commitment_from_cell(rest)
                if not (c_code and c_title):  # "Commitment 4: Open contracting": the label's own
                    l_code, l_title = commitment_from_cell(raw)
                    if l_code and not l_title.strip(" :") and beside and c_title:
                        c_code = l_code  # "Compromiso 1:" | "Datos abiertos": two cells
                    else:
                        c_code, c_title = l_code, l_title
                if not title and c_code and c_title:
                    code, title, row = c_code, c_title, r + 1
                    cells.get(r, c)
            elif label and rest and not institution:
                institution = rest
                cells.get(r, c)
            elif not title and (hit := _TITLE_WORD.search(raw)):
                if found := _TITLE.match(raw[hit.start() :]):
                    code, title, row = found.group(1), found.group(2).strip(), r + 1
                    cells.get(r, c)
    return code, title, institution, row


def _notes(cells: Cells, r: int) -> bool:
    """A notes row ("Notas:", "Fuente:") or a signature line ("________")."""
    texts = [str(cells.raw(r, c)) for c in cells.filled(r)]
    return bool(texts) and (
        bool(NOTES_ROW.match(texts[0])) or all(w.SIGNATURE.match(t) for t in texts)
    )


def _why(cells: Cells, head: int) -> dict[int, tuple[str, str]]:
    why: dict[int, tuple[str, str]] = {}
    for c in cells.filled(head):
        t = cells.norm(head, c)
        if t.startswith(w.STATUS_HEADERS):
            why[c] = w.WHY["status"]
        elif t.startswith(w.COMMENT_HEADERS):
            why[c] = w.WHY["comments"]
    return why


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    if "irm" in match.data:
        return irm_table.read(cells, match.data["irm"])
    head, roles = header_of(cells)  # type: ignore[misc]
    roles = verdict_column(cells, head, described(cells, head, roles))
    cells.use_row(head)
    if head and all(len(str(cells.raw(head - 1, c)).split()) <= 3 for c in cells.filled(head - 1)):
        cells.use_row(head - 1)  # a group header over the header ("Milestones", "Progress")
    support = {  # column -> whether its names are separated by commas too
        c: not w.lists_by_line([str(cells.raw(r, c) or "") for r in range(head + 1, cells.rows)])
        for c in support_columns(cells, head)
    }
    a_code, a_title, a_institution, a_row = _above(cells, head)
    theme = lead = ""
    for r in range(head):  # "THEME : Corruption (Lead Agency - …)" above the header
        if (r, (cells.filled(r) or [0])[0]) not in cells.used and (found := _theme(cells, r))[0]:
            theme, lead = found
    if not a_title and (line := label_above(cells, head)) is not None:
        a_row, a_code, a_title = line[0] + 1, line[1], line[2]  # "Commitment : …" unnumbered
    a_title = without_continuation(a_title)
    a_support: list[str] = []
    for r in range(head):  # "Supporting MDAs/CSOs: …" (and a lead) above the header
        first = cells.filled(r)[:1]
        if first and (r, first[0]) not in cells.used and (line := institution_line(cells, r)):
            if line[0] == "support":
                a_support += [n for n in line[1] if n not in a_support]
            elif not a_institution:
                a_institution = line[1][0]
    out: list[Matrix] = []
    by_key: dict[tuple[str, str], Matrix] = {}
    mx: Matrix | None = None
    if a_title:
        mx = Matrix(
            cells.sheet, a_code, a_title, a_row, institution=a_institution or lead, themes=theme
        )
        mx.support = list(a_support)
        out.append(mx)
        by_key[(a_code, normalize(a_title))] = mx
    notes = signed = False
    header_words = _row_words(cells, head)
    for r in range(head + 1, cells.rows):
        if not cells.filled(r):
            continue
        if _row_words(cells, r) == header_words:
            cells.use_row(r)  # the header again, over the next block of milestones
            continue
        if mx is not None and (line := institution_line(cells, r)) is not None:
            _named(line, mx, "institution" not in roles)  # "Lead MDA: …" under a section
            continue
        if mx is not None and (institution := _lead_label(cells, r)):
            if "institution" not in roles:  # "Lead department: …" under a block's title
                mx.institution = institution
            continue
        if signed:  # under "____ | ____": who signs, not milestones
            cells.set_aside(r, "signature_row")
            continue
        if _notes(cells, r) or (notes and not cells.raw(r, roles["milestone"])):
            cells.set_aside(r, "notes_row")
            notes = True
            signed = signature_start([str(cells.raw(r, c)) for c in cells.filled(r)])
            continue
        notes = False
        if (found := _theme(cells, r))[0]:
            theme, lead = found
            continue
        section = "" if "commitment" in roles else _section(cells, r)
        name = cells.text(r, roles["commitment"]) if "commitment" in roles else section
        if name:
            code = cells.text(r, roles["code"]) if "code" in roles else ""
            code = commitment_from_cell(code)[0] or code  # "Compromiso 1" in the N° column
            name = without_continuation(name)  # "… (cont.)" on the next sheet: the same one
            c_code, title = unlabelled(name)
            key = (code or c_code, normalize(title or name))
            if key in by_key:
                mx = by_key[key]  # written again on each of its rows: the same commitment
                if "theme" in roles and cells.raw(r, roles["theme"]) == mx.themes:
                    cells.get(r, roles["theme"])  # its theme, written again too
            else:
                if "theme" in roles:  # "Axe" | "Eje" column: the theme of each row's commitment
                    theme = cells.text(r, roles["theme"]) or theme
                mx = Matrix(cells.sheet, code or c_code, title or name, r + 1, themes=theme)
                mx.institution = (lead or a_institution) if "institution" not in roles else ""
                if not a_title:  # labels above no commitment's title: the sheet's
                    mx.support = list(a_support)
                out.append(mx)
                by_key[key] = mx
            if section:
                continue
        if mx is None:
            continue
        _institutions(cells, r, roles, support, mx)
        if "completion" in roles:
            _completion(cells, r, roles["completion"], mx)
        milestone = cells.text(r, roles["milestone"])
        if not milestone:
            continue
        col = get_column_letter(roles["milestone"] + 1)
        if w.TOTAL.match(normalize(milestone)):
            cells.problems.add(cells.sheet, r + 1, col, milestone, "unused_row", warning=True,
                               why=w.WHY["total"])  # fmt: skip
            cells.use_row(r)
            continue
        if (views := split_row(cells, r, roles)) is None:
            mx.rows.append(_milestone(cells, r, roles, milestone, col))
            continue
        row = cells.grid[r]
        for view in views:  # "1. …\n2. …": each number a milestone, read from its own items
            cells.grid[r] = view
            mx.rows.append(_milestone(cells, r, roles, cells.text(r, roles["milestone"]), col))
        cells.grid[r] = row
    for c in cells.filled(head - 1) if head else []:
        if cells.raw(head, c) in (None, "") and (head - 1, c) in cells.used:
            cells.grid[head][c] = cells.grid[head - 1][c]  # merged over both header rows: it
            # names its column ("Observaciones" over A3:A4) in what is listed as not imported
    meta = form_columns(cells, head)
    for each in out if meta else ():
        merge_reports(cells, head, meta, each)  # a form's reports: one milestone, the latest
    why = {**_why(cells, head), **meta}
    if "mark" in roles:  # a milestone has no code of its own: the app numbers them
        why[roles["mark"]] = w.WHY["marks"]
    if "completion" in roles:  # what it held that is not a level of the scale ("1/2 hitos")
        why.setdefault(roles["completion"], w.WHY["completion"])
    cells.leftovers(head, why)
    return out


def _milestone(cells: Cells, r: int, roles: dict[str, int], text: str, col: str) -> RowIn:
    row = RowIn(Level.ACTIVITY, text, r + 1, col)
    if "start" in roles:
        row.start_date = _date(cells, r, roles["start"], ("start date", "la fecha de inicio"))
    if "end" in roles:
        row.end_date = _date(cells, r, roles["end"], ("end date", "la fecha de término"))
    if "period" in roles:
        start, row.end_date = _period(cells, r, roles["period"])
        row.start_date = start or row.start_date  # "Prazo" beside "Data de início"
    if "progress" in roles:
        c = roles["progress"]
        if found := completion_of(cells.raw(r, c)):
            row.progress = w.PROGRESS_OF.get(found)  # type: ignore[call-overload]
            cells.get(r, c)
            if row.progress is None:
                cells.problems.add(cells.sheet, r + 1, get_column_letter(c + 1),
                                   cells.raw(r, c), "progress_word", warning=True)  # fmt: skip
        elif (fraction := fraction_progress(cells.raw(r, c))) is not None:
            row.progress = fraction[0]  # "3/5 mesas": 60
            cells.problems.add(cells.sheet, r + 1, get_column_letter(c + 1), cells.get(r, c),
                               "fraction_progress", warning=True, **fraction[1])  # fmt: skip
        else:
            row.progress, _ref = cells.number(r, c, ("progress", "el avance"))
    if "evidence" in roles and (text := cells.text(r, roles["evidence"])):
        url = cells.link(r, roles["evidence"])
        if url and url != text:  # "Ver evidencia" / "Informe final" linked to its address
            generic = w.LINK_LABEL.match(normalize(text)) is not None
            row.links.append((url if generic else text, url))
        elif is_missing(text):
            cells.problems.add(
                cells.sheet, r + 1, get_column_letter(roles["evidence"] + 1), text,
                "missing_value", warning=True,
                what=("means of verification", "el medio de verificación"),
            )  # fmt: skip
        else:
            row.evidence.append(text)
    return row


def _date(cells: Cells, r: int, c: int, what: tuple[str, str]) -> dt.date | None:
    """A milestone's date; "Permanente" / "Ongoing" is none (with a warning)."""
    v = cells.raw(r, c)
    if isinstance(v, str) and normalize(v) in w.OPEN_ENDED:
        cells.get(r, c)
        col = get_column_letter(c + 1)
        cells.problems.add(cells.sheet, r + 1, col, v, "missing_value", warning=True, what=what)
        return None
    return cells.date(r, c, what)


def _period(cells: Cells, r: int, c: int) -> tuple[dt.date | None, dt.date | None]:
    """Both dates from one cell: "julio 2014 - diciembre 2015"; one date alone is the end."""
    v = cells.raw(r, c)
    parts = w.PERIOD_SPLIT.split(v.strip()) if isinstance(v, str) else [v]
    if len(parts) != 2:
        return None, _date(cells, r, c, ("end date", "la fecha de término"))
    cells.get(r, c)
    dates = []
    for part in parts:
        try:
            dates.append(parse_date(part, cells.fiscal_end))
        except ValueError:
            cells.problems.add(cells.sheet, r + 1, get_column_letter(c + 1), v, "date")
            return None, None
    return dates[0], dates[1]


def _institutions(
    cells: Cells, r: int, roles: dict[str, int], support: dict[int, bool], mx: Matrix
) -> None:
    """The lead (once per commitment; the same name again on its rows) and the supporters."""
    if "institution" in roles:
        if not mx.institution:
            mx.institution = cells.text(r, roles["institution"])
        elif cells.norm(r, roles["institution"]) == normalize(mx.institution):
            cells.get(r, roles["institution"])  # the same lead, repeated per milestone
    for c, commas in support.items():
        text = cells.text(r, c)
        for name in w.support_names(text, commas) if text else []:
            if not is_missing(name) and name not in mx.support:
                mx.support.append(name)


def _named(line: tuple[str, list[str]], mx: Matrix, lead: bool) -> None:
    """A label line's institutions: the supporters added, the lead set (unless a column
    gives it)."""
    kind, names = line
    if kind == "support":
        mx.support += [n for n in names if n not in mx.support]
    elif lead:
        mx.institution = names[0]


def _completion(cells: Cells, r: int, c: int, mx: Matrix) -> None:
    """The commitment's completion from its first row's cell; a different word on a later
    row (a milestone's own state) is left, and listed as not imported."""
    found = completion_of(cells.raw(r, c))
    if found and (not mx.completion or mx.completion == found):
        mx.completion = found
        cells.get(r, c)

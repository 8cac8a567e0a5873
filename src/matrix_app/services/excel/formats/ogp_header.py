"""Where an OGP follow-up sheet's header is and what each column holds: the header row's
roles, a second header row that refines the first ("Plazo" over "Inicio" | "Término"), a
group band above the header ("HITOS" over Descripción | Fechas), and a column of list marks
beside the milestone's description. Kept apart from ``ogp_followup`` (the rows) for size."""

from __future__ import annotations

from . import ogp_words as w
from .base import Cells
from .ogp_reports import form_columns
from .ogp_words import completion_of


def _roles(cells: Cells, r: int) -> dict[str, int]:
    out: dict[str, int] = {}
    meta = form_columns(cells, r)  # a form export's timestamps, e-mail, ids: no role
    for c in cells.filled(r):
        t = cells.norm(r, c)
        if c in meta:
            continue
        if w.SUPPORT.search(t):
            continue  # supporting institutions: read apart (``support_columns``)
        if "code" not in out and w.COMMITMENT_WORD.search(t) and w.NUMBER.search(t):
            out["code"] = c  # "Compromiso N°" / "N° Compromiso" beside "Nombre del compromiso"
            continue
        if (role := w.header_role(t, out)) is not None:
            out[role] = c
            continue
        if "commitment" in out and "code" not in out and w.COMMITMENT_WORD.search(t):
            if w.NAME_WORDS.search(t):  # "Compromiso" (its number) beside "Nombre del ..."
                out["code"], out["commitment"] = out["commitment"], c
    if {"start", "end"} & out.keys() and not _deadline(cells, r, out):
        out.pop("period", None)
    return out


def _deadline(cells: Cells, r: int, roles: dict[str, int]) -> bool:
    """ "Data de início | Prazo": the deadline beside a start column (and no end) is the end."""
    if "end" in roles or "period" not in roles:
        return False
    return bool(w.DEADLINE.search(cells.norm(r, roles["period"])))


def scale_words(cells: Cells, head: int, c: int) -> list[int]:
    """The rows under ``head`` where column ``c`` holds a value, when every one of them is a
    word of the IRM's completion scale ("Limited", "Substantiel"); else none."""
    rows = [
        r for r in range(head + 1, min(cells.rows, head + 200)) if cells.raw(r, c) not in (None, "")
    ]
    if rows and all(completion_of(cells.raw(r, c)) for r in rows):
        return rows
    return []


def verdict_column(cells: Cells, head: int, roles: dict[str, int]) -> dict[str, int]:
    """The commitment's completion from a column of the IRM's scale words written once per
    commitment (merged over its milestones, or one row per commitment): headed as a level
    of completion ("Niveau d'achèvement", "Completion status") or a verdict ("CSO
    assessment") - also when, as the only such header, it was taken for the % - or headed
    by no role word. The same words on each milestone's row are the milestones' %; a
    milestone's status column is not read (``STATUS``)."""
    if "completion" in roles or "commitment" not in roles:
        return roles
    starts = {r for r in range(head + 1, cells.rows) if cells.raw(r, roles["commitment"])}
    for c in cells.filled(head):
        t = cells.norm(head, c)
        role = next((k for k, v in roles.items() if v == c), None)
        named = bool(w.COMPLETION_HEADER.search(t) or w.VERDICT.search(t))
        if role not in (None, "progress") or (role == "progress" and not named):
            continue
        if role is None and ((t.startswith(w.STATUS_HEADERS) and not named) or w.SUPPORT.search(t)):
            continue
        rows = scale_words(cells, head, c)
        if rows and set(rows) <= starts:
            return {**{k: v for k, v in roles.items() if v != c}, "completion": c}
    return roles


def support_columns(cells: Cells, head: int) -> list[int]:
    return [c for c in cells.filled(head) if w.SUPPORT.search(cells.norm(head, c))]


def header_of(cells: Cells) -> tuple[int, dict[str, int]] | None:
    for r in range(min(cells.rows, 30)):
        roles = _roles(cells, r)
        if "milestone" in roles and "meta" in cells.norm(r, roles["milestone"]):
            # Uruguay's "Meta" is a milestone with its dates; a logframe's "Meta 2016" is a
            # target, beside its indicators or without start and end dates.
            logframe = any(w.LOGFRAME_HEADERS.search(cells.norm(r, c)) for c in cells.filled(r))
            if logframe or not {"start", "end", "period"} & roles.keys():
                continue
        dates = {"start", "end", "progress", "period"} & roles.keys()
        if "milestone" in roles and ("commitment" in roles or len(dates) >= 2):
            return _sub_header(cells, r, roles)
        if "milestone" in roles and len(dates) == 1 and r + 1 < cells.rows:
            below = _sub_header(cells, r, roles)
            if below[0] > r and len({"start", "end", "progress"} & below[1].keys()) >= 2:
                return below
    return None


def _bands(cells: Cells, r: int) -> dict[int, list[int]]:
    """The group headers of row ``r`` over the row below ("HITOS" merged over Descripción |
    Fecha de inicio | Fecha de término): a header cell followed by empty header cells, with
    the row below naming at least two of those columns. Column -> the columns it spans."""
    nxt, top = r + 1, cells.filled(r)
    below = set(cells.filled(nxt))
    out = {}
    for i, c in enumerate(top):
        end = top[i + 1] if i + 1 < len(top) else max(below | {c}) + 1
        span = [k for k in range(c, end) if k in below]
        if end - c > 1 and len(span) >= 2 and c in span:
            out[c] = span
    return out


def _sub_header(cells: Cells, r: int, roles: dict[str, int]) -> tuple[int, dict[str, int]]:
    """A second header row under the first ("Plazo" over "Inicio" | "Término"): short text
    cells only, nothing under the milestone header unless it is a group header over several
    columns (then the row below names them: "Descripción" under "HITOS" is the milestone),
    naming roles the first row has not."""
    nxt = r + 1
    if nxt >= cells.rows:
        return r, roles
    bands = _bands(cells, r)
    if cells.raw(nxt, roles["milestone"]) not in (None, "") and roles["milestone"] not in bands:
        return r, roles
    filled = cells.filled(nxt)
    if not filled or not all(
        isinstance(cells.raw(nxt, c), str) and len(str(cells.raw(nxt, c)).split()) <= 5
        for c in filled
    ):
        return r, roles
    sub = _roles(cells, nxt)
    more = {k: c for k, c in sub.items() if k not in roles}
    taken = set(roles.values())
    more = {k: c for k, c in more.items() if c not in taken or k in ("start", "end")}
    for role, c in roles.items():  # a group header's role goes to the column below it that
        if c in bands:  # names no role of its own ("%" under "AVANCE" is the progress)
            free = [k for k in bands[c] if k not in sub.values() and k not in more.values()
                    and not w.NUMBER.search(cells.norm(nxt, k))]  # fmt: skip
            if role in sub and sub[role] in bands[c]:
                more[role] = sub[role]
            elif free:
                more[role] = free[0]
    if not more:
        return r, roles
    merged = {k: c for k, c in roles.items() if c not in more.values()}
    merged.update(more)
    if {"start", "end"} & merged.keys():
        merged.pop("period", None)
    cells.use_row(r)
    return nxt, merged


def described(cells: Cells, head: int, roles: dict[str, int]) -> dict[str, int]:
    """A milestone column of list marks only ("a)", "b)", "1.") beside its description
    ("Descripción de la meta", or a bare "Descripción" right of it): the description is
    the milestone; the marks are listed as not imported (the app numbers milestones)."""
    c = roles["milestone"]
    values = [cells.raw(r, c) for r in range(head + 1, cells.rows)]
    values = [str(v) for v in values if v not in (None, "")]
    if not values or not all(w.MARK.match(v) for v in values):
        return roles
    for d in cells.filled(head):
        t = cells.norm(head, d)
        if d in roles.values() or not w.DESCRIPTION.search(t):
            continue
        if w.MILESTONE_WORD.search(t) or (d == c + 1 and len(t.split()) == 1):
            return {**roles, "milestone": d, "mark": c}
    return roles

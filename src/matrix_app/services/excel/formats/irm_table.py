"""The IRM's assessment table (OGP progress and results reports), read by ``ogp_followup``.

One column names the commitments ("1. ...") and, on the rows after each, its milestones
("1.1 ..."); marks (✔, X) fill the columns under "Specificity", "OGP value relevance",
"Potential impact" and "Completion" (group headers over the scale's words on a second header
row, or the scale's words alone). A commitment takes its completion from the mark under Not
started / Limited / Substantial / Complete on its own row; a milestone is an activity of the
commitment its number starts with, named as written (its number is its tie), a mark under
Complete being 100 % and under Not started 0 % (Limited and Substantial are no figure). The
other marks are listed as not imported: the import reads only the completion."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from ....domain.vocabulary import Level
from ..logframe_cells import commitment_from_cell
from ..logframe_read import NOTES_ROW
from ..parse import normalize
from .base import Cells, Matrix, RowIn
from .ogp_words import PROGRESS_OF, completion_of

#: What a marked cell holds: a tick, a cross, a dot, or "yes".
MARKS = {"✔", "✓", "☑", "☒", "✗", "✘", "x", "●", "•", "■", "*", "yes", "si", "oui", "sim"}
WHY = (
    "the import reads only the completion of the IRM's assessment",
    "la importación lee solo el cumplimiento de la evaluación del MRI",
)
WHY_MILESTONE = (
    "on a milestone's row, Limited or Substantial is no percentage of progress",
    "en la fila de un hito, Limitado o Sustancial no es un porcentaje de avance",
)


def is_mark(value: object) -> bool:
    return isinstance(value, str) and normalize(value).replace("\ufe0f", "") in MARKS


def header(cells: Cells) -> tuple[int, dict[int, str], int] | None:
    """The (second) header row naming the completion scale, each scale column's completion,
    and the column of the commitments' names; None if the sheet has no such table."""
    for r in range(min(cells.rows, 30)):
        scale = {c: found for c in cells.filled(r) if (found := completion_of(cells.raw(r, c)))}
        if len(set(scale.values())) < 3:
            continue
        heads = [c for c in cells.filled(r) + (cells.filled(r - 1) if r else [])]
        name_col = min(heads)
        if name_col in scale:
            continue
        marked = any(
            is_mark(cells.raw(r2, c)) for r2 in range(r + 1, min(r + 8, cells.rows)) for c in scale
        )
        if marked:
            return r, scale, name_col
    return None


def _headers(cells: Cells, head: int) -> dict[int, str]:
    """Each column's name over both header rows ("Specificity / Low")."""
    out: dict[int, str] = {}
    group = ""
    width = max(len(cells.grid[head]), len(cells.grid[head - 1]) if head else 0)
    for c in range(width):
        top = cells.text(head - 1, c) if head else ""
        group = top or group
        sub = cells.text(head, c)
        out[c] = f"{group} / {sub}" if group and sub and group != sub else sub or group
    return out


def read(cells: Cells, found: tuple[int, dict[int, str], int]) -> list[Matrix]:
    head, scale, name_col = found
    names = _headers(cells, head)
    cells.use_row(head)
    if head:
        cells.use_row(head - 1)
    out: list[Matrix] = []
    mx: Matrix | None = None
    col = get_column_letter(name_col + 1)
    for r in range(head + 1, cells.rows):
        filled = cells.filled(r)
        raw = cells.raw(r, name_col)
        if not filled:
            continue
        code, title = commitment_from_cell(raw) if isinstance(raw, str) else ("", "")
        if not isinstance(raw, str) or NOTES_ROW.match(raw) or (len(filled) == 1 and not code):
            cells.set_aside(r, "notes_row")  # a note under the table, a line without marks
            continue
        text = cells.text(r, name_col)
        marked = [c for c in scale if is_mark(cells.raw(r, c))]
        if mx is not None and code and code.split(".")[0] == mx.code and "." in code:
            row = RowIn(Level.ACTIVITY, text, r + 1, col)
            if marked and (progress := PROGRESS_OF.get(scale[marked[0]])) is not None:  # type: ignore[call-overload]
                row.progress = progress
                cells.get(r, marked[0])
            mx.rows.append(row)
            continue
        mx = Matrix(cells.sheet, code, title or text, r + 1)
        if marked:
            mx.completion = scale[marked[0]]
            cells.get(r, marked[0])
        out.append(mx)
    for c, name in names.items():  # the other marks: named by their two header rows
        rows = [r for r in range(head + 1, cells.rows)
                if cells.raw(r, c) not in (None, "") and (r, c) not in cells.used]  # fmt: skip
        if not rows or not name:
            continue
        letter = get_column_letter(c + 1)
        cells.problems.add(
            cells.sheet, None, letter, None, "unused_column", warning=True,
            header=" ".join(name.split()), count=len(rows),
            cells=", ".join(f"{letter}{r + 1}" for r in rows[:3]),
            why=WHY_MILESTONE if c in scale else WHY,
        )  # fmt: skip
        cells.used.update((r, c) for r in rows)
    cells.leftovers(head)
    return out

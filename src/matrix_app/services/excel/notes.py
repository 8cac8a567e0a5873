"""What a logframe re-import does to rows a user knows by their text, in their language.

Counts say "1 updated"; a focal point wants to see *which* row and how: a narrative or an
indicator name changed from old to new text (kept the row, its indicators and measurements),
or a row of the project that the sheet no longer has (kept: importing never deletes).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.vocabulary import label
from ...messages import current_language


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return "“" + (text if len(text) <= limit else text[: limit - 3] + "...") + "”"


@dataclass(frozen=True)
class RowNote:
    """``kind`` is "updated" (old -> new text) or "not_in_sheet". ``level`` and ``code`` name
    the logframe row (for an indicator: the row it measures) as the project numbers it."""

    kind: str
    table: str
    row_id: str
    sheet: str
    row: int | None
    level: str
    code: str
    old: str
    new: str = ""
    commitment: str = ""
    how: str = ""  # text | code | position: how the sheet row was paired

    def what(self, lang: str) -> str:
        row = f"{label(self.level, lang).lower()} {self.code}".strip()
        if self.table == "indicator":
            return f"{'indicador de' if lang == 'es' else 'indicator of'} {row}"
        return row

    def message(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        es = lang == "es"
        where = f"{'hoja' if es else 'sheet'} “{self.sheet}”"
        if self.kind == "updated":
            if self.row is not None:
                where += f", {'fila' if es else 'row'} {self.row}"
            verb = "se actualiza" if es else "updated"
            return f"{where}: {self.what(lang)} {verb}: {_quote(self.old)} → {_quote(self.new)}"
        head = f"{where}, {'compromiso' if es else 'commitment'} {self.commitment}".rstrip()
        if es:
            tail = "no está en la hoja; queda en el proyecto (importar nunca elimina filas)"
        else:
            tail = "is not in the sheet; it stays in the project (importing never deletes rows)"
        return f"{head}: {self.what(lang)} {_quote(self.old)} {tail}"

    def as_dict(self, lang: str | None = None) -> dict[str, object]:
        return {
            "kind": self.kind,
            "table": self.table,
            "id": self.row_id,
            "sheet": self.sheet,
            "row": self.row,
            "level": self.level,
            "code": self.code,
            "old": self.old,
            "new": self.new if self.kind == "updated" else None,
            "matched_by": self.how or None,
            "message": self.message(lang),
        }

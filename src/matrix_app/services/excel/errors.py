"""What can go wrong with a workbook, in words a user can act on (English and Spanish).

File-level refusals (not a workbook, too big, password-protected...) raise ``ExcelFileError``
before anything is parsed. Problems inside the cells are collected as ``Problem`` rows - every
one of them, with sheet, row, column, value and reason - and raised together as
``ImportProblems`` so that nothing is written while any remains.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...messages import MatrixError, current_language
from .cell_reason_texts import CELL_REASONS
from .file_error_texts import FILE_TEMPLATES


class ExcelFileError(MatrixError):
    TEMPLATES = FILE_TEMPLATES


class Cancelled(MatrixError):
    TEMPLATES = {
        "cancelled": (
            "Cancelled; nothing was changed.",
            "Cancelado; no se modificó nada.",
        )
    }

    def __init__(self) -> None:
        super().__init__("cancelled")


class CellIssue(MatrixError):
    """The reason a single cell, row or reference is wrong (or worth a warning)."""

    TEMPLATES = CELL_REASONS

    def message(self, lang: str | None = None) -> str:
        """Parameters given as (English, Spanish) pairs are shown in the message's language."""
        lang = lang or current_language()
        saved = self.params
        self.params = {
            k: (v[1] if lang == "es" else v[0]) if isinstance(v, tuple) else v
            for k, v in saved.items()
        }
        try:
            return super().message(lang)
        finally:
            self.params = saved


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth saying) about a workbook, located as precisely as known."""

    sheet: str
    row: int | None
    column: str | None
    value: object
    issue: CellIssue
    warning: bool = False

    def message(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        es = lang == "es"
        where = [f"{'hoja' if es else 'sheet'} “{self.sheet}”"]
        if self.row is not None:
            where.append(f"{'fila' if es else 'row'} {self.row}")
        if self.column:
            where.append(f"{'columna' if es else 'column'} {self.column}")
        text = ", ".join(where)
        if self.value not in (None, ""):
            shown = str(self.value)
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            text += f": “{shown}”"
        return f"{text}: {self.issue.message(lang)}."

    def as_dict(self, lang: str | None = None) -> dict[str, object]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": None if self.value is None else str(self.value),
            "reason": self.issue.code,
            "warning": self.warning,
            "message": self.message(lang),
        }


@dataclass
class ProblemList:
    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        sheet: str,
        row: int | None,
        column: str | None,
        value: object,
        code: str,
        warning: bool = False,
        **params: object,
    ) -> None:
        # a message naming "{value}" names the located value unless told otherwise
        issue = CellIssue(code, **{"value": value, **params})
        self.items.append(Problem(sheet, row, column, value, issue, warning))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.warning]


class ImportProblems(MatrixError):
    """The workbook has problems; nothing was imported. ``problems`` lists every one."""

    TEMPLATES = {
        "problems": (
            "{path}: {count} problem(s) found; nothing was imported.",
            "{path}: se encontraron {count} problema(s); no se importó nada.",
        )
    }

    def __init__(self, path: object, problems: list[Problem]) -> None:
        self.problems = problems
        self.report: object = None  # the ImportReport, when the importer got that far
        super().__init__("problems", path=path, count=len(problems))

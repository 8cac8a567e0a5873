"""What a report is asked for (language, kind, plan, date, parts, draft), what it made, and
the errors it can report (no reportlab import: the command line checks options cheaply)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ...domain.vocabulary import Period
from ...messages import MatrixError


class ReportError(MatrixError):
    TEMPLATES = {
        "no_plan": (
            "{path} has no action plan to report on.",
            "{path} no tiene ningún plan de acción sobre el cual informar.",
        ),
        "unknown_plan": (
            "{path} has no action plan with id {plan}; its plans are: {plans}.",
            "{path} no tiene un plan de acción con id {plan}; sus planes son: {plans}.",
        ),
        "bad_lang": (
            "Unknown report language {lang}: use es or en.",
            "Idioma de informe desconocido {lang}: use es o en.",
        ),
        "bad_kind": (
            "Unknown kind of report {kind}: use mid-term or end-of-term.",
            "Tipo de informe desconocido {kind}: use mid-term o end-of-term.",
        ),
        "no_folder": (
            "Cannot write the report {path}: the folder {folder} does not exist.",
            "No se puede escribir el informe {path}: la carpeta {folder} no existe.",
        ),
        "over_project": (
            "The report {path} would overwrite the project file itself; choose another name.",
            "El informe {path} sobrescribiría el propio archivo del proyecto; elija otro nombre.",
        ),
        "bad_sections": (
            "Unknown report parts: {sections}. The parts are: {known}.",
            "Partes de informe desconocidas: {sections}. Las partes son: {known}.",
        ),
        "bad_format": (
            "Cannot tell the format of the report {path}: name it .pdf or .docx.",
            "No se reconoce el formato del informe {path}: nómbrelo .pdf o .docx.",
        ),
        "write_failed": (
            "Could not write the report {path}: {detail}.",
            "No se pudo escribir el informe {path}: {detail}.",
        ),
    }


@dataclass
class ReportOptions:
    lang: str = "en"
    kind: str = Period.MID_TERM.value  # also accepts "mid-term" / "end-of-term"
    plan_id: str | None = None  # None: the latest plan of the file (rules.latest_plan)
    when: dt.date | None = None  # the report's date and "as of" date; None: today
    deterministic: bool = False  # same input, same bytes (fixed ids and dates in the PDF)
    sections: frozenset[str] | None = None  # part keys to print; None: the kind's defaults
    draft: bool = False  # a draft for the public consultation (watermark, dates on the cover)

    def normalised(self) -> ReportOptions:
        lang = (self.lang or "").lower()
        if lang not in ("en", "es"):
            raise ReportError("bad_lang", lang=self.lang)
        kind = (self.kind or "").lower().replace("-", "_")
        if kind not in {p.value for p in Period}:
            raise ReportError("bad_kind", kind=self.kind)
        return ReportOptions(
            lang,
            kind,
            self.plan_id,
            self.when or dt.date.today(),
            self.deterministic,
            None if self.sections is None else frozenset(self.sections),
            self.draft,
        )


@dataclass
class ReportResult:
    path: Path | None
    pages: int
    passes: int
    plan_title: str
    commitments: int
    size: int


#: Report formats by file extension.
FORMATS = {".pdf": "pdf", ".docx": "docx"}


def report_format(out: Path | str) -> str | None:
    """ "pdf" or "docx" from the name of the file to write; None for any other extension."""
    return FORMATS.get(Path(out).suffix.lower())

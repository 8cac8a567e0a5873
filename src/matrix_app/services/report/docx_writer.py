"""The same self-assessment report as an editable Word document (.docx), with python-docx.

It walks the same as-of view of the plan as the PDF (``PlanData.as_of``) and uses the same
fixed texts (``labels``), formats (``formatting``) and charts (``charts``, drawn to PNG with
reportlab's renderPM), so both formats say the same thing. What differs is what Word does
better: headings use the built-in Heading 1-4 styles (navigation pane, a real TOC field),
tables repeat their header row, and no user text is shortened in a cell — a Word table
cell grows as needed, so the PDF's numbered notes for long cells are not needed here.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Callable

from ...domain import models as m
from ...domain.quality import SEVERITY_ORDER
from ...domain.vocabulary import (
    label,
)
from ..snapshot import PlanData
from .docx_base import (
    TEXT_MM,
    _add_text,
    _blocks_into,
    _field,
    _para,
    _qn,
    _table,
)
from .docx_charts import _linear_pictures, completion_png, indicator_png
from .docx_commitment import CommitmentPages
from .docx_parts import PlanParts
from .formatting import (
    clean,
    fmt_date,
    fmt_number,
    fmt_period,
    truncate,
)
from .inputs import ReportInputs
from .labels import text

__all__ = ["DocxReport", "completion_png", "indicator_png", "render_docx"]


# -- the document -------------------------------------------------------------------------------
class DocxReport(CommitmentPages, PlanParts):
    def __init__(
        self,
        plan: PlanData,
        lang: str,
        period: str,
        when: dt.date,
        draft: bool = False,
        inputs: ReportInputs | None = None,
    ) -> None:
        from docx import Document

        self.plan, self.lang, self.period, self.when = plan, lang, period, when
        self.inputs = inputs or ReportInputs()
        self.draft, self.consultation = draft, self.inputs.consultation
        from docx.document import _Body
        from docx.oxml import OxmlElement

        self.doc = Document()
        _linear_pictures(self.doc)
        self._setup()
        # Content is written into a detached body and moved into the document in batches
        # (``flush``): python-docx inserts every paragraph before the body's final sectPr,
        # found by scanning all the body's children, so a long report grew quadratically.
        self._scratch = OxmlElement("w:body")
        self.out = _Body(self._scratch, self.doc)

    def flush(self) -> None:
        """Move what was written so far into the document (before its section properties)."""
        end = self.doc.element.body.sectPr
        for el in list(self._scratch):
            end.addprevious(el)

    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    # -- page, styles, header and footer --------------------------------------------------
    def _setup(self) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.oxml import OxmlElement
        from docx.shared import Mm, Pt, RGBColor

        doc = self.doc
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(20))
        section.top_margin, section.bottom_margin = Mm(25), Mm(22)
        section.different_first_page_header_footer = True  # the cover has neither
        normal = doc.styles["Normal"]
        normal.font.size = Pt(10)
        rpr = normal.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(_qn("w:val"), "es-ES" if self.lang == "es" else "en-GB")
        rpr.append(lang)
        accent = RGBColor(0x1D, 0x4E, 0x89)
        for name in ("Heading 1", "Heading 2", "Heading 3", "Heading 4", "Title"):
            doc.styles[name].font.color.rgb = accent

        title = self.plan_title()
        kind = self.t(f"report.{self.period}")
        head = section.header.paragraphs[0]
        head.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_MM), WD_TAB_ALIGNMENT.RIGHT)
        _add_text(head, truncate(title, 90), bold=True, small=True, line=True)
        _add_text(head, "\t" + truncate(kind, 60), small=True, muted=True, line=True)
        if self.draft:  # every page says it is a draft, the cover included
            for header in (section.header, section.first_page_header):
                mark = header.add_paragraph() if header is section.header else header.paragraphs[0]
                run = _add_text(mark, self.t("draft.mark"), bold=True)
                run.font.color.rgb = RGBColor(0xA6, 0x1B, 0x1B)

        foot = section.footer.paragraphs[0]
        foot.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_MM), WD_TAB_ALIGNMENT.RIGHT)
        p = self.plan.plan
        who = self.inputs.issuing_body.strip() or p.coordinating_body.strip() or p.government
        who = truncate(who, 60)
        day = fmt_date(self.when, self.lang)
        # U+200E after the name: a right-to-left name does not pull the date into its run
        shown = f"{who}\u200e · {day}" if who.strip() else day
        _add_text(foot, shown + "\t", small=True, line=True)
        template = self.t("page_of", page="\x00PAGE\x00", pages="\x00NUMPAGES\x00")
        for n, bit in enumerate(template.split("\x00")):
            if n % 2:
                _field(foot, bit, "1")
            elif bit:
                _add_text(foot, bit, small=True)

        # Word offers to update the fields (the contents) when the file is opened
        settings = doc.settings.element
        update = OxmlElement("w:updateFields")
        update.set(_qn("w:val"), "true")
        settings.append(update)

    def plan_title(self) -> str:
        return self.plan.plan.title.strip() or self.t("untitled")

    def heading(self, value: str, level: int):
        p = self.out.add_paragraph(style=f"Heading {level}")
        _add_text(p, " ".join(clean(value).split()))
        return p

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.out.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- parts ------------------------------------------------------------------------------
    def cover(self) -> None:
        from docx.shared import Mm, RGBColor

        p = self.plan.plan
        doc = self.out
        if self.inputs.logo:
            try:
                doc.add_paragraph().add_run().add_picture(
                    io.BytesIO(self.inputs.logo), height=Mm(24)
                )
            except Exception:  # a damaged image: the cover goes without it
                pass
        _para(doc, self.t("ogp").upper(), bold=True, muted=True)
        _para(doc, self.plan_title(), "Title")
        _para(doc, self.t(f"report.{self.period}"), "Subtitle")
        if self.draft:
            start, end = self.consultation
            line = (
                self.t(
                    "draft.cover_dates",
                    start=fmt_date(start, self.lang) or "…",
                    end=fmt_date(end, self.lang) or "…",
                )
                if start or end
                else self.t("draft.cover")
            )
            run = _para(doc, line, bold=True).runs[0]
            run.font.color.rgb = RGBColor(0xA6, 0x1B, 0x1B)
        rows = [
            (self.t(k), v)
            for k, v in (
                ("cover.issuing_body", self.inputs.issuing_body),
                ("cover.government", p.government),
                ("cover.period", fmt_period(p.period_start, p.period_end, self.lang)),
                ("cover.coordinating_body", p.coordinating_body),
                ("cover.commitments", fmt_number(len(self.plan.commitments), self.lang, 0)),
                ("cover.date", fmt_date(self.when, self.lang)),
            )
            if clean(v).strip()
        ]
        table = _table(doc, None, [[[(k, "bold")], [(v, "")]] for k, v in rows], [48, 122])
        table.style = None
        if self.inputs.cover_text.strip():
            _blocks_into(doc, self.inputs.cover_text)
        self.page_break()

    def contents(self) -> None:
        _para(self.out, self.t("contents"), "TOC Heading")
        _field(self.out.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', self.t("toc.update"))

    def summary(self) -> None:
        items = self.plan.commitments
        if not items:
            _para(self.out, self.t("summary.none"))
            return
        verdicts = [c.starred_verdict() for c in items]
        _para(
            self.out,
            self.t(
                "summary.intro",
                n=len(items),
                irm=sum(1 for v, src in verdicts if v and src == "irm"),
                estimate=sum(1 for v, src in verdicts if v and src == "estimate"),
                date=fmt_date(self.when, self.lang),
            ),
        )
        head = [
            self.t(k)
            for k in ("col.code", "col.commitment", "col.lead", "col.completion", "col.schedule")
        ] + [self.t("col.starred")]
        rows = []
        for c in items:
            cm = c.commitment
            starred, source = c.starred_verdict()
            star = (
                self.t("star.unknown")
                if source == "unknown"
                else self.t(f"star.{source}.{'yes' if starred else 'no'}")
            )
            rows.append(
                [
                    [(cm.code, "bold")],
                    cm.title,
                    _names(c.lead()),
                    label(cm.completion, self.lang),
                    label(c.schedule(self.when), self.lang),
                    ("★ " + star) if starred else star,
                ]
            )
        self.heading(self.t("summary"), 2)
        _table(self.out, head, rows, [11, 56, 40, 25, 22, 16])
        self.heading(self.t("summary.chart"), 2)
        counts = Counter(c.commitment.completion for c in items)
        self.picture(completion_png(dict(counts), self.lang), 150)

    def picture(self, png: bytes, width_mm: float) -> None:
        from docx.shared import Mm

        self.out.add_paragraph().add_run().add_picture(io.BytesIO(png), width=Mm(width_mm))

    def annex(self) -> None:
        _para(self.out, self.t("annex.intro"))
        rows = []
        tally: Counter[str] = Counter()
        for c in self.plan.commitments:
            for f in sorted(c.findings(), key=lambda f: SEVERITY_ORDER[f.severity]):
                tally[f.severity] += 1
                rows.append(
                    [
                        [(c.commitment.code, "bold")],
                        self.t(f"severity.{f.severity}"),
                        f.message(self.lang),
                    ]
                )
        if not rows:
            _para(self.out, self.t("annex.none"))
            return
        _para(
            self.out,
            self.t(
                "annex.counts",
                errors=tally["error"],
                warnings=tally["warning"],
                infos=tally["info"],
            ),
        )
        head = [self.t(k) for k in ("col.code", "col.severity", "col.finding")]
        _table(self.out, head, rows, [14, 24, 132])

    def properties(self, deterministic: bool) -> None:
        props = self.doc.core_properties
        kind = self.t(f"report.{self.period}")
        props.title = f"{truncate(self.plan_title(), 200)}: {kind}"
        props.author = truncate(self.plan.plan.coordinating_body or self.plan.plan.government, 200)
        props.subject = self.t("subject")
        props.keywords = f"{self.t('ogp')}, {kind}"
        props.language = "es-ES" if self.lang == "es" else "en-GB"
        props.last_modified_by = "Monitoring Matrix"
        stamp = dt.datetime.combine(self.when, dt.time()) if deterministic else dt.datetime.now()
        props.created = props.modified = stamp
        props.revision = 1

    def save(self, deterministic: bool = False) -> bytes:
        self.flush()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        data = buffer.getvalue()
        return _fixed_zip_times(data) if deterministic else data


def _fixed_zip_times(data: bytes) -> bytes:
    """The same package with every member dated 1980-01-01 (same input, same bytes)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _names(insts: list[m.Institution]) -> str:
    return "; ".join(i.name + (f" ({i.acronym})" if i.acronym else "") for i in insts)


def render_docx(
    plan: PlanData,
    lang: str,
    period: str,
    when: dt.date,
    deterministic: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    progress_span: tuple[int, int] = (0, 100),
    sections: frozenset[str] | None = None,
    draft: bool = False,
    inputs: ReportInputs | None = None,
) -> bytes:
    """The report of one plan (already as of ``when``) as the bytes of a .docx file."""
    from .document import Cancelled
    from .outline import parts

    report = DocxReport(plan, lang, period, when, draft, inputs)
    report.cover()
    report.contents()
    notes = report.out.add_paragraph()  # the front notes, filled in at the end
    report.page_break()
    not_written: list[str] = []
    n = len(plan.commitments)
    lo, hi = progress_span
    for part in parts(period, sections):
        if "commitments" not in part.content:
            report.part(part, not_written)
            continue
        if not plan.commitments:
            continue
        report.page_break()
        report.heading(report.t("part.commitments"), 1)
        for i, c in enumerate(plan.commitments):
            if cancelled():
                raise Cancelled()
            if i:
                report.page_break()
            report.commitment(c)
            report.flush()
            if progress is not None and (i % 10 == 0 or i == n - 1):
                progress(lo + round((hi - lo) * (i + 1) / max(1, n)), 100)
    _para(report.out, report.t("colophon"), small=True, muted=True)
    lines = []
    if not_written:
        lines.append(report.t("not_written", items="; ".join(not_written)))
    if report.inputs.untranslated:
        mark = f"[{report.inputs.content_lang.upper()}]"
        lines.append(report.t("untranslated", n=report.inputs.untranslated, mark=mark))
    for n, line in enumerate(lines):
        if n:
            _add_text(notes, "\n")
        _add_text(notes, line, muted=True)
    if not lines:
        notes._p.getparent().remove(notes._p)
    report.properties(deterministic)
    return report.save(deterministic)

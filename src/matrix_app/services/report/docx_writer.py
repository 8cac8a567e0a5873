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
from ...domain.rules import Point
from ...domain.vocabulary import (
    CommitmentSection,
    Direction,
    Level,
    OgpValue,
    PlanSection,
    label,
)
from ..snapshot import CommitmentData, PlanData, evidence_name
from .docx_base import (
    TEXT_MM,
    _add_text,
    _blocks_into,
    _field,
    _para,
    _qn,
    _shade,
    _table,
)
from .docx_charts import _linear_pictures, completion_png, indicator_png
from .formatting import (
    _blocks,
    clean,
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_period,
    fmt_size,
    fmt_value,
    short_sha,
    truncate,
)
from .labels import text

__all__ = ["DocxReport", "completion_png", "indicator_png", "render_docx"]


# -- the document -------------------------------------------------------------------------------
class DocxReport:
    def __init__(self, plan: PlanData, lang: str, period: str, when: dt.date) -> None:
        from docx import Document

        self.plan, self.lang, self.period, self.when = plan, lang, period, when
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
        _add_text(head, truncate(title, 90), bold=True, small=True)
        _add_text(head, "\t" + truncate(kind, 60), small=True, muted=True)

        foot = section.footer.paragraphs[0]
        foot.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_MM), WD_TAB_ALIGNMENT.RIGHT)
        _add_text(foot, f"Monitoring Matrix · {fmt_date(self.when, self.lang)}\t", small=True)
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
        from docx.shared import Pt

        p = self.plan.plan
        doc = self.out
        _para(doc, self.t("ogp").upper(), bold=True, muted=True)
        _para(doc, self.plan_title(), "Title")
        _para(doc, self.t(f"report.{self.period}"), "Subtitle")
        rows = [
            (self.t(k), v)
            for k, v in (
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
        note = _para(doc, self.t("cover.produced"), small=True, muted=True)
        note.paragraph_format.space_before = Pt(36)
        self.page_break()

    def contents(self) -> None:
        _para(self.out, self.t("contents"), "TOC Heading")
        _field(self.out.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', self.t("toc.update"))
        self.page_break()

    def process(self) -> None:
        self.heading(self.t("process"), 1)
        found = False
        for section in PlanSection:
            texts = [
                n.text
                for n in self.plan.narratives
                if n.period == self.period and n.section == section.value and n.text.strip()
            ]
            if not texts:
                continue
            found = True
            self.heading(label(section, self.lang), 2)
            for value in texts:
                _blocks_into(self.out, value)
        if not found:
            _para(self.out, self.t("process.none"), muted=True)

    def summary(self) -> None:
        self.heading(self.t("summary"), 1)
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
        _table(self.out, head, rows, [11, 56, 40, 25, 22, 16])
        self.heading(self.t("summary.chart"), 2)
        counts = Counter(c.commitment.completion for c in items)
        self.picture(completion_png(dict(counts), self.lang), 150)

    def picture(self, png: bytes, width_mm: float) -> None:
        from docx.shared import Mm

        self.out.add_paragraph().add_run().add_picture(io.BytesIO(png), width=Mm(width_mm))

    def commitment(self, c: CommitmentData) -> None:
        cm = c.commitment
        key = "commitment.heading" if cm.code.strip() else "commitment.heading_nocode"
        self.heading(
            self.t(key, code=" ".join(cm.code.split()), title=" ".join(clean(cm.title).split())), 2
        )
        self.facts(c)
        for key, value in (
            ("status_quo", cm.status_quo),
            ("objective", cm.objective),
            ("description", cm.description),
        ):
            if _blocks(value):
                self.heading(self.t(key), 3)
                _blocks_into(self.out, value)
        missing = []
        for part, key in (
            (self.logframe, "logframe"),
            (self.indicators, "indicators"),
            (self.charts, None),
            (self.evidence, "evidence"),
            (self.narratives, "narratives"),
        ):
            if not part(c) and key is not None:
                missing.append(self.t(f"missing.{key}"))
        if missing:
            _para(self.out, self.t("missing", items=", ".join(missing)), muted=True)

    def facts(self, c: CommitmentData) -> None:
        cm = c.commitment
        values = [label(v, self.lang) for v in OgpValue if getattr(cm, f"ogp_{v.value}", False)]
        focal = cm.focal_point_name.strip()
        if cm.focal_point_email.strip():
            email = cm.focal_point_email.strip()
            focal = f"{focal} <{email}>" if focal else email
        starred, source = c.starred_verdict()
        if source == "unknown":
            star = self.t("starred.unknown")
        else:
            star = ("★ " if starred else "") + self.t(
                f"starred.{source}.{'yes' if starred else 'no'}"
            )
        t = self.t
        rows = [
            (t("fact.lead"), _names(c.lead()) or t("none")),
            (t("fact.support"), _names(c.support()) or t("none")),
            (t("fact.dates"), fmt_period(cm.start_date, cm.end_date, self.lang)),
            (t("fact.values"), ", ".join(values) or t("none")),
            (t("fact.themes"), ", ".join(cm.theme_list())),
            (t("fact.focal_point"), focal),
            (t("fact.completion"), label(cm.completion, self.lang)),
            (
                t("fact.schedule", date=fmt_date(self.when, self.lang)),
                label(c.schedule(self.when), self.lang),
            ),
            (t("fact.starred"), star),
        ]
        table = _table(
            self.out, None, [[[(k, "bold")], v] for k, v in rows if clean(v).strip()], [48, 122]
        )
        for row in table.rows:
            _shade(row.cells[0], "F2F5F9")

    def _level_name(self, r: m.Result, code: str) -> str:
        name = label(Level(r.level), self.lang) if r.level in set(Level) else r.level
        return f"{name} {code}".strip()

    def logframe(self, c: CommitmentData) -> bool:
        results = c.ordered_results()
        if not results:
            return False
        codes = c.codes()
        by_result: dict[str, list[m.Indicator]] = {}
        for ind in c.indicators:
            by_result.setdefault(ind.result_id, []).append(ind)
        cols = (
            "col.level",
            "col.narrative",
            "col.indicators",
            "col.verification",
            "col.assumptions",
        )
        rows = []
        shaded = []
        for r in results:
            inds = by_result.get(r.id, [])
            level = self._level_name(r, codes.get(r.id, ""))
            narrative: list[tuple] = [(r.narrative, "")]
            if r.level == Level.ACTIVITY:
                bits = [fmt_period(r.start_date, r.end_date, self.lang)]
                if r.progress is not None:
                    bits.append(self.t("activity.done", p=fmt_percent(r.progress / 100, self.lang)))
                narrative.append((" · ".join(b for b in bits if b), "small"))
            indent = "\u2003" if r.level == Level.ACTIVITY else ""
            rows.append(
                [
                    [(indent + level, "bold")],
                    narrative,
                    [("• " + i.name, "") for i in inds],
                    [
                        ("• " + i.means_of_verification, "")
                        for i in inds
                        if i.means_of_verification.strip()
                    ],
                    r.assumptions,
                ]
            )
            if r.level in (Level.GOAL, Level.PURPOSE):
                shaded.append(len(rows))
        self.heading(self.t("logframe"), 3)
        table = _table(self.out, [self.t(k) for k in cols], rows, [27, 45, 35, 33, 30])
        for i in shaded:
            for cell in table.rows[i].cells:
                _shade(cell, "E6ECF3")
        return True

    def _targets(self, c: CommitmentData, ind: m.Indicator) -> list[tuple]:
        lines: list[tuple] = []
        for t in c.targets.get(ind.id, []):
            value = fmt_value(t.value, ind.unit, self.lang) or "…"
            when = fmt_date(t.due_date, self.lang)
            lines.append((self.t("target.by", value=value, date=when) if when else value, ""))
            for rv in c.revisions.get(t.id, []):
                old = fmt_value(rv.old_value, ind.unit, self.lang) or "…"
                if rv.old_due_date and rv.old_due_date != rv.new_due_date:
                    old = self.t("target.by", value=old, date=fmt_date(rv.old_due_date, self.lang))
                lines.append(
                    (
                        self.t(
                            "target.revised",
                            date=fmt_date(rv.revised_on, self.lang) or "…",
                            old=old,
                            reason=rv.reason.strip() or "…",
                        ),
                        "small",
                    )
                )
        return lines

    def indicators(self, c: CommitmentData) -> bool:
        if not c.indicators:
            return False
        codes = c.codes()
        results = {r.id: r for r in c.results}
        cols = (
            "col.indicator",
            "col.baseline",
            "col.targets",
            "col.latest",
            "col.progress",
            "col.status",
        )
        rows = []
        for ind in c.indicators:
            name: list[tuple] = [(ind.name, "bold")]
            details = []
            r = results.get(ind.result_id)
            if r is not None:
                details.append(self._level_name(r, codes.get(r.id, "")))
            if ind.unit.strip():
                details.append(self.t("indicator.unit", unit=ind.unit.strip()))
            if ind.direction == Direction.DECREASE:
                details.append(self.t("indicator.decreasing"))
            if details:
                name.append((" · ".join(details), "small"))
            baseline = [
                (fmt_value(ind.baseline_value, ind.unit, self.lang), ""),
                (fmt_date(ind.baseline_date, self.lang), "small"),
            ]
            measured = [x for x in c.measurements.get(ind.id, []) if x.value is not None]
            latest: list[tuple] = []
            if measured:
                last = max(measured, key=lambda x: (x.measured_on is not None, x.measured_on))
                latest.append((fmt_value(last.value, ind.unit, self.lang), ""))
                latest.append((fmt_date(last.measured_on, self.lang), "small"))
                cited = c.cited_evidence(last)
                if cited is not None:
                    source = evidence_name(cited.title, cited.file_name, cited.url, cited.note)
                    latest.append((self.t("latest.evidence", title=source), "small"))
            rows.append(
                [
                    name,
                    baseline,
                    self._targets(c, ind),
                    latest,
                    fmt_percent(c.indicator_progress(ind, self.when), self.lang),
                    label(c.indicator_status(ind, self.when), self.lang),
                ]
            )
        self.heading(self.t("indicators"), 3)
        _table(self.out, [self.t(k) for k in cols], rows, [42, 24, 45, 23, 17, 19])
        return True

    def charts(self, c: CommitmentData) -> bool:
        from docx.shared import Pt

        drawn = False
        for ind in c.indicators:
            targets, actual = c.indicator_points(ind)
            if not targets and not actual:
                continue
            if not drawn:
                self.heading(self.t("chart.heading"), 3)
                drawn = True
            base = None
            if ind.baseline_value is not None and ind.baseline_date is not None:
                base = Point(ind.baseline_date, ind.baseline_value)
            unit = " ".join(ind.unit.split())
            caption = " ".join(clean(ind.name).split()) + (f" ({unit})" if unit else "")
            p = _para(self.out, caption, bold=True)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_after = Pt(2)
            self.picture(indicator_png(base, targets, actual, self.lang), 110)
        if not drawn and c.indicators:
            _para(self.out, self.t("chart.none"), muted=True)
        return drawn

    def _source(self, e: m.Evidence) -> list[tuple]:
        lines: list[tuple] = []
        if e.kind == "link" and e.url.strip():
            url = e.url.strip()
            safe = url.lower().startswith(("http://", "https://", "mailto:")) and not any(
                ch in url for ch in ' \n\r\t"<>'
            )
            lines.append((url, "link", url) if safe and len(url) <= 2000 else (url, ""))
        if e.kind == "file" or e.file_name:
            bits = [e.file_name or "…"]
            if e.sha256:
                bits.append(f"SHA-256 {short_sha(e.sha256)}")
            if e.size is not None:
                bits.append(fmt_size(e.size, self.lang))
            lines.append((" · ".join(bits), ""))
        if e.note.strip():
            lines.append((e.note, "small" if lines else ""))
        return lines

    def evidence(self, c: CommitmentData) -> bool:
        if not c.evidence:
            return False
        head = [self.t(k) for k in ("col.title", "col.date", "col.kind", "col.source")]
        rows = [
            [
                [(e.title, "bold")],
                fmt_date(e.date, self.lang),
                label(e.kind, self.lang),
                self._source(e),
            ]
            for e in c.evidence
        ]
        self.heading(self.t("evidence"), 3)
        _table(self.out, head, rows, [52, 28, 16, 74])
        return True

    def narratives(self, c: CommitmentData) -> bool:
        found = False
        for section in CommitmentSection:
            texts = [
                n.text
                for n in c.narratives
                if n.period == self.period and n.section == section.value and n.text.strip()
            ]
            if not texts:
                continue
            if not found:
                self.heading(self.t("narratives"), 3)
                found = True
            self.heading(label(section, self.lang), 4)
            for value in texts:
                _blocks_into(self.out, value)
        return found

    def annex(self) -> None:
        self.heading(self.t("annex"), 1)
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
) -> bytes:
    """The report of one plan (already as of ``when``) as the bytes of a .docx file."""
    from .document import Cancelled

    report = DocxReport(plan, lang, period, when)
    report.cover()
    report.contents()
    report.process()
    report.summary()
    n = len(plan.commitments)
    lo, hi = progress_span
    if plan.commitments:
        report.page_break()
        report.heading(report.t("commitments"), 1)
    for i, c in enumerate(plan.commitments):
        if cancelled():
            raise Cancelled()
        if i:
            report.page_break()
        report.commitment(c)
        report.flush()
        if progress is not None and (i % 10 == 0 or i == n - 1):
            progress(lo + round((hi - lo) * (i + 1) / max(1, n)), 100)
    report.page_break()
    report.annex()
    report.properties(deterministic)
    return report.save(deterministic)

"""Plan-level parts of the report: cover, contents, process, summary and the annex."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ...domain.quality import SEVERITY_ORDER
from ...domain.vocabulary import PlanSection, label
from ...services.snapshot import CommitmentData, PlanData
from .charts import completion_chart
from .context import Ctx
from .document import Heading, ReportTable
from .fonts import REGULAR
from .formatting import fmt_date, fmt_period, markup, paragraphs
from .styles import grid_style


def section_heading(ctx: Ctx, key: str, anchor: str) -> Heading:
    title = ctx.plain(key)
    return Heading(markup(title), ctx.styles.h1, anchor, 0, title, markup(title))


def plan_title(plan: PlanData, lang: str) -> str:
    from .labels import text

    return plan.plan.title.strip() or text("untitled", lang)


def cover(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    p = plan.plan
    s = ctx.styles
    title = plan_title(plan, ctx.lang)
    out: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(ctx.t("ogp").upper(), s.cover_line),
        Spacer(1, 4 * mm),
        Heading(markup(title), s.cover_title, "cover", 0, title, None),
        Paragraph(ctx.t(f"report.{ctx.period}"), s.cover_sub),
        Spacer(1, 10 * mm),
    ]
    lines = [
        ("cover.government", markup(p.government)),
        ("cover.period", markup(fmt_period(p.period_start, p.period_end, ctx.lang))),
        ("cover.coordinating_body", markup(p.coordinating_body)),
        ("cover.commitments", str(len(plan.commitments))),
        ("cover.date", markup(fmt_date(ctx.when, ctx.lang))),
    ]
    rows = [[ctx.p(ctx.t(k), "cell_bold"), ctx.p(v, "body")] for k, v in lines if v]
    table = ReportTable(rows, colWidths=[48 * mm, ctx.width - 48 * mm], hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), REGULAR, 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    out += [table, Spacer(1, 40 * mm), Paragraph(ctx.t("cover.produced"), s.small)]
    return out


def contents(ctx: Ctx) -> list[Flowable]:
    toc = TableOfContents(
        levelStyles=ctx.styles.toc_levels,
        dotsMinLevel=0,
        tableStyle=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), REGULAR, 9),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    title = ctx.plain("contents")
    return [
        NextPageTemplate("body"),
        PageBreak(),
        Heading(markup(title), ctx.styles.toc_title, "contents", 0, title, None),
        toc,
    ]


def process(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), section_heading(ctx, "process", "process")]
    found = False
    for section in PlanSection:
        texts = [
            n.text
            for n in plan.narratives
            if n.period == ctx.period and n.section == section.value and n.text.strip()
        ]
        if not texts:
            continue
        found = True
        out.append(Paragraph(markup(label(section, ctx.lang)), ctx.styles.h2))
        for t in texts:
            out += [Paragraph(b, ctx.styles.body) for b in paragraphs(t)]
    if not found:
        out.append(Paragraph(ctx.t("process.none"), ctx.styles.note))
    return out


def _institution_names(insts) -> str:
    return "; ".join(i.name + (f" ({i.acronym})" if i.acronym else "") for i in insts)


def summary(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), section_heading(ctx, "summary", "summary")]
    items = plan.commitments
    if not items:
        out.append(Paragraph(ctx.t("summary.none"), ctx.styles.body))
        return out
    starred = sum(1 for c in items if c.starred())
    out.append(
        Paragraph(
            ctx.t(
                "summary.intro",
                n=len(items),
                starred=starred,
                date=fmt_date(ctx.when, ctx.lang),
            ),
            ctx.styles.body,
        )
    )
    head = [
        ctx.p(ctx.t(k), "cell_head")
        for k in (
            "col.code",
            "col.commitment",
            "col.lead",
            "col.completion",
            "col.schedule",
            "col.starred",
        )
    ]
    rows: list[list] = [head]
    for i, c in enumerate(items):
        rows.append(summary_row(c, i, ctx))
    widths = [11 * mm, 56 * mm, 40 * mm, 25 * mm, 22 * mm, 16 * mm]
    widths[1] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(rows=len(rows)))
    counts = Counter(c.commitment.completion for c in items)
    out += [
        table,
        CondPageBreak(60 * mm),
        Paragraph(ctx.t("summary.chart"), ctx.styles.h2),
        completion_chart(dict(counts), ctx.lang, ctx.width),
    ]
    return out


def summary_row(c: CommitmentData, index: int, ctx: Ctx) -> list:
    from .commitment import anchor

    cm = c.commitment
    star = ctx.t("yes") if c.starred() else ctx.t("no")
    return [
        ctx.user(cm.code, "cell_bold"),
        Paragraph(f'<a href="#{anchor(index)}">{markup(cm.title)}</a>', ctx.styles.cell),
        ctx.user(_institution_names(c.lead())),
        ctx.p(markup(label(cm.completion, ctx.lang))),
        ctx.p(markup(label(c.schedule(ctx.when), ctx.lang))),
        ctx.p(("★ " + star) if c.starred() else star),
    ]


def annex(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), section_heading(ctx, "annex", "annex")]
    out.append(Paragraph(ctx.t("annex.intro"), ctx.styles.body))
    rows: list[list] = []
    tally: Counter[str] = Counter()
    for c in plan.commitments:
        found = sorted(c.findings(), key=lambda f: SEVERITY_ORDER[f.severity])
        for f in found:
            tally[f.severity] += 1
            rows.append(
                [
                    ctx.user(c.commitment.code, "cell_bold"),
                    ctx.p(ctx.t(f"severity.{f.severity}")),
                    ctx.user(f.message(ctx.lang)),
                ]
            )
    if not rows:
        out.append(Paragraph(ctx.t("annex.none"), ctx.styles.body))
        return out
    out.append(
        Paragraph(
            ctx.t(
                "annex.counts",
                errors=tally["error"],
                warnings=tally["warning"],
                infos=tally["info"],
            ),
            ctx.styles.body,
        )
    )
    head = [ctx.p(ctx.t(k), "cell_head") for k in ("col.code", "col.severity", "col.finding")]
    widths = [14 * mm, 24 * mm, ctx.width - 38 * mm]
    table = ReportTable([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(rows=len(rows) + 1))
    out.append(table)
    return out

"""One commitment's pages: facts, texts, logframe, indicators, charts, evidence, narratives."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from ...domain import models as m
from ...domain.rules import Point
from ...domain.vocabulary import CommitmentSection, Direction, Level, OgpValue, label
from ...services.snapshot import CommitmentData, evidence_name
from .charts import IndicatorChart
from .context import Ctx
from .document import Heading, ReportTable
from .fonts import REGULAR
from .formatting import (
    fmt_date,
    fmt_percent,
    fmt_period,
    fmt_size,
    fmt_value,
    markup,
    paragraphs,
    safe_link,
    short_sha,
)
from .styles import ACCENT_LIGHT, facts_style, grid_style


def anchor(index: int) -> str:
    """Bookmark key of the ``index``-th commitment (also the target of summary links)."""
    return f"c{index}"


def commitment_heading(c: CommitmentData, index: int, ctx: Ctx) -> Heading:
    cm = c.commitment
    key = "commitment.heading" if cm.code.strip() else "commitment.heading_nocode"
    plain = ctx.plain(key, code=cm.code.strip(), title=cm.title.strip())
    escaped = ctx.plain(key, code=markup(cm.code.strip()), title=markup(cm.title.strip()))
    return Heading(escaped, ctx.styles.h2c, anchor(index), 1, plain, escaped)


def commitment_story(c: CommitmentData, index: int, ctx: Ctx, first: bool) -> list[Flowable]:
    out: list[Flowable] = [] if first else [PageBreak()]
    out.append(commitment_heading(c, index, ctx))
    out.append(facts(c, ctx))
    cm = c.commitment
    for key, value in (
        ("status_quo", cm.status_quo),
        ("objective", cm.objective),
        ("description", cm.description),
    ):
        if value.strip():
            out.append(Paragraph(ctx.t(key), ctx.styles.h3))
            out += [Paragraph(b, ctx.styles.body) for b in paragraphs(value)]
    out += logframe(c, ctx)
    out += indicators(c, ctx)
    out += charts(c, ctx)
    out += evidence(c, ctx)
    out += narratives(c, ctx)
    return out


def _names(insts: list[m.Institution]) -> str:
    return "; ".join(i.name + (f" ({i.acronym})" if i.acronym else "") for i in insts)


def facts(c: CommitmentData, ctx: Ctx) -> ReportTable:
    cm = c.commitment
    values = [label(v, ctx.lang) for v in OgpValue if getattr(cm, f"ogp_{v.value}", False)]
    focal = cm.focal_point_name.strip()
    if cm.focal_point_email.strip():
        focal = f"{focal} <{cm.focal_point_email.strip()}>" if focal else cm.focal_point_email
    starred = c.starred()
    t = ctx.plain
    rows = [
        (t("fact.lead"), _names(c.lead()) or t("none")),
        (t("fact.support"), _names(c.support()) or t("none")),
        (t("fact.dates"), fmt_period(cm.start_date, cm.end_date, ctx.lang)),
        (t("fact.values"), ", ".join(values) or t("none")),
        (t("fact.themes"), ", ".join(cm.theme_list())),
        (t("fact.focal_point"), focal),
        (t("fact.completion"), label(cm.completion, ctx.lang)),
        (
            t("fact.schedule", date=fmt_date(ctx.when, ctx.lang)),
            label(c.schedule(ctx.when), ctx.lang),
        ),
        (t("fact.starred"), ("★ " if starred else "") + t("yes" if starred else "no")),
    ]
    data = [[ctx.user(k, "cell_bold"), ctx.user(v)] for k, v in rows if v]
    table = ReportTable(data, colWidths=[48 * mm, ctx.width - 48 * mm], hAlign="LEFT")
    table.setStyle(facts_style())
    return table


def _level_name(r: m.Result, code: str, ctx: Ctx) -> str:
    name = label(Level(r.level), ctx.lang) if r.level in set(Level) else r.level
    return f"{name} {code}".strip()


def logframe(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(ctx.t("logframe"), ctx.styles.h3t)]
    results = c.ordered_results()
    if not results:
        return [*out, Paragraph(ctx.t("logframe.none"), ctx.styles.note)]
    codes = c.codes()
    by_result: dict[str, list[m.Indicator]] = {}
    for ind in c.indicators:
        by_result.setdefault(ind.result_id, []).append(ind)
    head = [
        ctx.p(ctx.t(k), "cell_head")
        for k in (
            "col.level",
            "col.narrative",
            "col.indicators",
            "col.verification",
            "col.assumptions",
        )
    ]
    rows: list[list] = [head]
    shaded: list[int] = []
    for r in results:
        inds = by_result.get(r.id, [])
        narrative: list[Flowable] = [ctx.user(r.narrative)]
        if r.level == Level.ACTIVITY:
            bits = [fmt_period(r.start_date, r.end_date, ctx.lang)]
            if r.progress is not None:
                bits.append(ctx.plain("activity.done", p=fmt_percent(r.progress / 100, ctx.lang)))
            detail = " · ".join(b for b in bits if b)
            if detail:
                narrative.append(ctx.user(detail, "small"))
        indent = "\u2003" if r.level == Level.ACTIVITY else ""
        rows.append(
            [
                ctx.p(indent + markup(_level_name(r, codes.get(r.id, ""), ctx)), "cell_bold"),
                narrative,
                [ctx.user("• " + i.name) for i in inds],
                [ctx.user("• " + i.means_of_verification) for i in inds if i.means_of_verification],
                ctx.user(r.assumptions),
            ]
        )
        if r.level in (Level.GOAL, Level.PURPOSE):
            shaded.append(len(rows) - 1)
    widths = [27 * mm, 45 * mm, 35 * mm, 33 * mm, 30 * mm]
    widths[1] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    style = grid_style(rows=len(rows), zebra=False)
    for i in shaded:
        style.add("BACKGROUND", (0, i), (-1, i), ACCENT_LIGHT)
    table.setStyle(style)
    out.append(table)
    return out


def _targets_cell(c: CommitmentData, ind: m.Indicator, ctx: Ctx) -> list[Flowable]:
    cells: list[Flowable] = []
    for t in c.targets.get(ind.id, []):
        value = fmt_value(t.value, ind.unit, ctx.lang) or "…"
        when = fmt_date(t.due_date, ctx.lang)
        line = ctx.plain("target.by", value=value, date=when) if when else value
        cells.append(ctx.user(line))
        for rv in c.revisions.get(t.id, []):
            old = fmt_value(rv.old_value, ind.unit, ctx.lang) or "…"
            if rv.old_due_date and rv.old_due_date != rv.new_due_date:
                old = ctx.plain("target.by", value=old, date=fmt_date(rv.old_due_date, ctx.lang))
            cells.append(
                ctx.user(
                    ctx.plain(
                        "target.revised",
                        date=fmt_date(rv.revised_on, ctx.lang) or "…",
                        old=old,
                        reason=rv.reason.strip() or "…",
                    ),
                    "small",
                )
            )
    return cells


def indicators(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(ctx.t("indicators"), ctx.styles.h3t)]
    if not c.indicators:
        return [*out, Paragraph(ctx.t("indicators.none"), ctx.styles.note)]
    codes = c.codes()
    results = {r.id: r for r in c.results}
    head = [
        ctx.p(ctx.t(k), "cell_head")
        for k in (
            "col.indicator",
            "col.baseline",
            "col.targets",
            "col.latest",
            "col.progress",
            "col.status",
        )
    ]
    rows: list[list] = [head]
    for ind in c.indicators:
        name: list[Flowable] = [ctx.user(ind.name, "cell_bold")]
        details = []
        r = results.get(ind.result_id)
        if r is not None:
            details.append(_level_name(r, codes.get(r.id, ""), ctx))
        if ind.unit.strip():
            details.append(ctx.plain("indicator.unit", unit=ind.unit.strip()))
        if ind.direction == Direction.DECREASE:
            details.append(ctx.plain("indicator.decreasing"))
        if details:
            name.append(ctx.user(" · ".join(details), "small"))
        baseline = [ctx.user(fmt_value(ind.baseline_value, ind.unit, ctx.lang))]
        if ind.baseline_date:
            baseline.append(ctx.user(fmt_date(ind.baseline_date, ctx.lang), "small"))
        measured = [x for x in c.measurements.get(ind.id, []) if x.value is not None]
        latest_cell: list[Flowable] = []
        if measured:
            last = max(measured, key=lambda x: (x.measured_on is not None, x.measured_on))
            latest_cell.append(ctx.user(fmt_value(last.value, ind.unit, ctx.lang)))
            if last.measured_on:
                latest_cell.append(ctx.user(fmt_date(last.measured_on, ctx.lang), "small"))
            cited = c.cited_evidence(last)
            if cited is not None:
                source = evidence_name(cited.title, cited.file_name, cited.url, cited.note)
                latest_cell.append(ctx.user(ctx.plain("latest.evidence", title=source), "small"))
        rows.append(
            [
                name,
                baseline,
                _targets_cell(c, ind, ctx),
                latest_cell,
                ctx.p(
                    markup(fmt_percent(c.indicator_progress(ind, ctx.when), ctx.lang)), "cell_right"
                ),
                ctx.p(markup(label(c.indicator_status(ind, ctx.when), ctx.lang))),
            ]
        )
    widths = [42 * mm, 24 * mm, 45 * mm, 23 * mm, 17 * mm, 19 * mm]
    widths[0] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(grid_style(rows=len(rows)))
    out.append(table)
    return out


def charts(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    cells: list[list[Flowable]] = []
    half = (ctx.width - 6 * mm) / 2
    for ind in c.indicators:
        targets, actual = c.indicator_points(ind)
        if not targets and not actual:
            continue
        base = None
        if ind.baseline_value is not None and ind.baseline_date is not None:
            base = Point(ind.baseline_date, ind.baseline_value)
        title = ind.name + (f" ({ind.unit.strip()})" if ind.unit.strip() else "")
        cells.append(
            [
                ctx.user(title, "cell_bold"),
                IndicatorChart(base, targets, actual, ctx.lang, half - 4),
            ]
        )
    heading = Paragraph(ctx.t("chart.heading"), ctx.styles.h3)
    if not cells:
        if not c.indicators:
            return []
        return [heading, Paragraph(ctx.t("chart.none"), ctx.styles.note)]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    out: list[Flowable] = [CondPageBreak(60 * mm), heading]
    for row in rows:  # one table per row of charts, so a page can break between rows
        t = ReportTable([row], colWidths=[half + 3 * mm, half + 3 * mm], hAlign="LEFT")
        t.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), REGULAR, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
        out.append(t)
    return out


def _source(e: m.Evidence, ctx: Ctx) -> list[Flowable]:
    cells: list[Flowable] = []
    if e.kind == "link" and e.url.strip():
        link = safe_link(e.url)
        shown = markup(e.url.strip())
        cells.append(ctx.p(f'<a href="{link}" color="#1d4e89">{shown}</a>' if link else shown))
    if e.kind == "file" or e.file_name:
        name = e.file_name or "…"
        bits = [name]
        if e.sha256:
            bits.append(f"SHA-256 {short_sha(e.sha256)}")
        if e.size is not None:
            bits.append(fmt_size(e.size, ctx.lang))
        cells.append(ctx.user(" · ".join(bits)))
    if e.note.strip():
        cells.append(ctx.user(e.note, "small" if cells else "cell"))
    return cells


def evidence(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(30 * mm), Paragraph(ctx.t("evidence"), ctx.styles.h3t)]
    if not c.evidence:
        return [*out, Paragraph(ctx.t("evidence.none"), ctx.styles.note)]
    head = [
        ctx.p(ctx.t(k), "cell_head") for k in ("col.title", "col.date", "col.kind", "col.source")
    ]
    rows: list[list] = [head]
    for e in c.evidence:
        rows.append(
            [
                ctx.user(e.title, "cell_bold"),
                ctx.user(fmt_date(e.date, ctx.lang)),
                ctx.user(label(e.kind, ctx.lang)),
                _source(e, ctx),
            ]
        )
    widths = [52 * mm, 28 * mm, 16 * mm, 74 * mm]
    widths[3] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(grid_style(rows=len(rows)))
    out.append(table)
    return out


def narratives(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(ctx.t("narratives"), ctx.styles.h3)]
    found = False
    for section in CommitmentSection:
        texts = [
            n.text
            for n in c.narratives
            if n.period == ctx.period and n.section == section.value and n.text.strip()
        ]
        if not texts:
            continue
        found = True
        blocks = [Paragraph(b, ctx.styles.body) for t in texts for b in paragraphs(t)]
        head = Paragraph(markup(label(section, ctx.lang)), ctx.styles.h4)
        out += [KeepTogether([head, blocks[0]]), *blocks[1:]]
    if not found:
        out.append(Paragraph(ctx.t("narratives.none"), ctx.styles.note))
    return out

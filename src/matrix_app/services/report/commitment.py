"""One commitment's pages: facts, texts, logframe, indicators, charts, evidence, narratives."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from ...domain import models as m
from ...domain.rules import Point
from ...domain.vocabulary import (
    CommitmentSection,
    Direction,
    Level,
    OgpValue,
    OpenedGovernment,
    label,
)
from ...services.snapshot import CommitmentData, evidence_name
from .bidi_paragraph import heading_or_bidi
from .charts import IndicatorChart
from .context import CELL_LIMIT, Ctx
from .flowables import ReportTable
from .fonts import REGULAR
from .formatting import (
    fmt_date,
    fmt_percent,
    fmt_period,
    fmt_size,
    fmt_value,
    markup,
    safe_link,
    short_sha,
    shorten,
)
from .para import Paragraph
from .parts_pdf import relevance_texts
from .styles import ACCENT_LIGHT, facts_style, grid_style


def anchor(index: int) -> str:
    """Bookmark key of the ``index``-th commitment (also the target of summary links)."""
    return f"c{index}"


#: Characters of a commitment title in its heading, the contents and the summary table.
TITLE_LIMIT = 300


def commitment_heading(c: CommitmentData, index: int, ctx: Ctx) -> list[Flowable]:
    """The heading (and, when the title is too long for one, the full title under it)."""
    cm = c.commitment
    key = "commitment.heading" if cm.code.strip() else "commitment.heading_nocode"
    code, _ = shorten(cm.code.strip(), 40)
    title, cut = shorten(" ".join(cm.title.split()), TITLE_LIMIT)
    plain = ctx.plain(key, code=code, title=title + ("…" if cut else ""))
    escaped = ctx.plain(key, code=markup(code), title=markup(title) + ("…" if cut else ""))
    shown = escaped
    if cut:
        shown += f' <font size="9" color="#5f6b7a">{ctx.t("shortened.below")}</font>'
    out: list[Flowable] = [
        heading_or_bidi(shown, ctx.styles.h2c, anchor(index), 1, plain, escaped, plain)
    ]
    if cut:
        out.append(Paragraph(ctx.t("full_title"), ctx.styles.h4))
        out += ctx.blocks(cm.title)
    return out


def commitment_story(c: CommitmentData, index: int, ctx: Ctx, first: bool) -> list[Flowable]:
    out: list[Flowable] = [] if first else [PageBreak()]
    out += commitment_heading(c, index, ctx)
    out += facts(c, ctx)
    cm = c.commitment
    for key, value in (
        ("status_quo", cm.status_quo),
        ("objective", cm.objective),
        ("description", cm.description),
    ):
        blocks = ctx.blocks(value)
        if blocks:
            out.append(Paragraph(ctx.t(key), ctx.styles.h3))
            out += blocks
    out += relevance_texts(c, ctx)
    missing: list[str] = []
    for part, key in (
        (logframe, "logframe"),
        (indicators, "indicators"),
        (charts, None),
        (evidence, "evidence"),
        (narratives, "narratives"),
    ):
        flowables = part(c, ctx)
        if not flowables and key is not None:
            missing.append(ctx.plain(f"missing.{key}"))
        out += flowables
    if missing:
        out.append(Paragraph(ctx.t("missing", items=", ".join(missing)), ctx.styles.note))
    return out


def _names(insts: list[m.Institution]) -> str:
    return "; ".join(i.name + (f" ({i.acronym})" if i.acronym else "") for i in insts)


def facts(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    cm = c.commitment
    values = [label(v, ctx.lang) for v in OgpValue if getattr(cm, f"ogp_{v.value}", False)]
    focal = cm.focal_point_name.strip()
    if cm.focal_point_email.strip():
        focal = f"{focal} <{cm.focal_point_email.strip()}>" if focal else cm.focal_point_email
    starred, source = c.starred_verdict()
    if source == "unknown":
        star = t_star = ctx.plain("starred.unknown")
    else:
        t_star = ctx.plain(f"starred.{source}.{'yes' if starred else 'no'}")
        star = ("★ " if starred else "") + t_star
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
        (t("fact.starred"), star),
        (t("fact.opened"), _opened(cm, ctx)),
        (t("fact.budget"), cm.budget),
        (t("fact.national_plans"), cm.national_plan_links),
        (t("fact.sdgs"), "; ".join(cm.sdg_list())),
        (t("fact.partners"), cm.partners),
    ]
    data = [
        [ctx.label(markup(k)), ctx.cell(v, label=k, limit=3 * CELL_LIMIT)]
        for k, v in rows
        if v.strip()
    ]
    table = ReportTable(data, colWidths=[48 * mm, ctx.width - 48 * mm], hAlign="LEFT")
    table.setStyle(facts_style())
    return [table, *ctx.take_notes()]


def _opened(cm: m.Commitment, ctx: Ctx) -> str:
    from .parts_pdf import _vocab

    if not cm.irm_opened_government:
        return ""
    return _vocab(OpenedGovernment, cm.irm_opened_government, ctx.lang)


def _level_name(r: m.Result, code: str, ctx: Ctx) -> str:
    name = label(Level(r.level), ctx.lang) if r.level in set(Level) else r.level
    return f"{name} {code}".strip()


def logframe(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    results = c.ordered_results()
    if not results:
        return []
    codes = c.codes()
    by_result: dict[str, list[m.Indicator]] = {}
    for ind in c.indicators:
        by_result.setdefault(ind.result_id, []).append(ind)
    cols = ("col.level", "col.narrative", "col.indicators", "col.verification", "col.assumptions")
    head = [ctx.p(ctx.t(k), "cell_head") for k in cols]
    names = [ctx.plain(k) for k in cols]
    rows: list[list] = [head]
    shaded: list[int] = []
    for r in results:
        inds = by_result.get(r.id, [])
        level = _level_name(r, codes.get(r.id, ""), ctx)
        narrative: list[Flowable] = [ctx.cell(r.narrative, label=f"{level}, {names[1]}")]
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
                ctx.label(indent + markup(level)),
                narrative,
                [ctx.cell("• " + i.name, label=f"{level}, {names[2]}") for i in inds],
                [
                    ctx.cell("• " + i.means_of_verification, label=f"{level}, {names[3]}")
                    for i in inds
                    if i.means_of_verification.strip()
                ],
                [ctx.cell(r.assumptions, label=f"{level}, {names[4]}")],
            ]
        )
        if r.level in (Level.GOAL, Level.PURPOSE):
            shaded.append(len(rows) - 1)
    widths = [27 * mm, 45 * mm, 35 * mm, 33 * mm, 30 * mm]
    widths[1] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_style(rows=len(rows), zebra=False)
    for i in shaded:
        style.add("BACKGROUND", (0, i), (-1, i), ACCENT_LIGHT)
    table.setStyle(style)
    return [Paragraph(ctx.t("logframe"), ctx.styles.h3), table, *ctx.take_notes()]


def _targets_cell(c: CommitmentData, ind: m.Indicator, ctx: Ctx, label: str) -> list[Flowable]:
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
                ctx.cell(
                    ctx.plain(
                        "target.revised",
                        date=fmt_date(rv.revised_on, ctx.lang) or "…",
                        old=old,
                        reason=rv.reason.strip() or "…",
                    ),
                    "small",
                    label=label,
                    limit=CELL_LIMIT // 2,
                )
            )
    return cells


def indicators(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    if not c.indicators:
        return []
    codes = c.codes()
    results = {r.id: r for r in c.results}
    cols = ("col.indicator", "col.baseline", "col.targets", "col.latest", "col.progress")
    head = [ctx.p(ctx.t(k), "cell_head") for k in (*cols, "col.status")]
    rows: list[list] = [head]
    for n, ind in enumerate(c.indicators, 1):
        short_name, _ = shorten(" ".join(ind.name.split()), 80)
        short_name = short_name or str(n)
        name: list[Flowable] = [
            ctx.cell(ind.name, "cell_bold", label=f"{ctx.plain('col.indicator')} {n}")
        ]
        name[0].continued = ctx.plain("continued", label=markup(short_name))
        details = []
        r = results.get(ind.result_id)
        if r is not None:
            details.append(_level_name(r, codes.get(r.id, ""), ctx))
        if ind.unit.strip():
            details.append(ctx.plain("indicator.unit", unit=ind.unit.strip()))
        if ind.direction == Direction.DECREASE:
            details.append(ctx.plain("indicator.decreasing"))
        if details:
            name.append(ctx.user(" · ".join(details), "small", limit=300))
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
                _targets_cell(c, ind, ctx, f"{ctx.plain('col.targets')}, {short_name}"),
                latest_cell,
                ctx.p(
                    markup(fmt_percent(c.indicator_progress(ind, ctx.when), ctx.lang)), "cell_right"
                ),
                ctx.p(markup(label(c.indicator_status(ind, ctx.when), ctx.lang))),
            ]
        )
    widths = [42 * mm, 24 * mm, 45 * mm, 23 * mm, 17 * mm, 19 * mm]
    widths[0] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(rows=len(rows)))
    return [Paragraph(ctx.t("indicators"), ctx.styles.h3), table, *ctx.take_notes()]


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
        name, cut = shorten(" ".join(ind.name.split()), 160)
        unit, _ = shorten(" ".join(ind.unit.split()), 40)
        title = name + ("…" if cut else "") + (f" ({unit})" if unit else "")
        cells.append(
            [
                ctx.user(title, "cell_bold"),
                IndicatorChart(base, targets, actual, ctx.lang, half - 4),
            ]
        )
    if not cells:
        if not c.indicators:
            return []
        return [Paragraph(ctx.t("chart.none"), ctx.styles.note)]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    out: list[Flowable] = [Paragraph(ctx.t("chart.heading"), ctx.styles.h3)]
    for row in rows:  # one table per row of charts, so a page can break between rows
        t = ReportTable(
            [row], colWidths=[half + 3 * mm, half + 3 * mm], hAlign="LEFT", splitInRow=0
        )
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


def _source(e: m.Evidence, ctx: Ctx, label: str) -> list[Flowable]:
    cells: list[Flowable] = []
    if e.kind == "link" and e.url.strip():
        link = safe_link(e.url) if len(e.url) <= 2000 else None
        shown, cut = shorten(e.url.strip(), 300)
        shown = markup(shown) + ("…" if cut else "")
        cells.append(ctx.p(f'<a href="{link}" color="#1d4e89">{shown}</a>' if link else shown))
    if e.kind == "file" or e.file_name:
        name = e.file_name or "…"
        bits = [name]
        if e.sha256:
            bits.append(f"SHA-256 {short_sha(e.sha256)}")
        if e.size is not None:
            bits.append(fmt_size(e.size, ctx.lang))
        cells.append(ctx.user(" · ".join(bits), limit=400))
    if e.note.strip():
        cells.append(ctx.cell(e.note, "small" if cells else "cell", label=label))
    return cells


def evidence(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    if not c.evidence:
        return []
    head = [
        ctx.p(ctx.t(k), "cell_head") for k in ("col.title", "col.date", "col.kind", "col.source")
    ]
    rows: list[list] = [head]
    for n, e in enumerate(c.evidence, 1):
        short, _ = shorten(" ".join(e.title.split()), 80)
        title = ctx.cell(e.title, "cell_bold", label=f"{ctx.plain('col.title')} {n}")
        title.continued = ctx.plain("continued", label=markup(short or str(n)))
        rows.append(
            [
                title,
                ctx.user(fmt_date(e.date, ctx.lang)),
                ctx.user(label(e.kind, ctx.lang)),
                _source(e, ctx, f"{ctx.plain('col.source')}, {short or n}"),
            ]
        )
    widths = [52 * mm, 28 * mm, 16 * mm, 74 * mm]
    widths[3] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(rows=len(rows)))
    return [Paragraph(ctx.t("evidence"), ctx.styles.h3), table, *ctx.take_notes()]


def narratives(c: CommitmentData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    for section in CommitmentSection:
        texts = [
            n.text
            for n in c.narratives
            if n.period == ctx.period and n.section == section.value and n.text.strip()
        ]
        blocks = [b for t in texts for b in ctx.blocks(t)]
        if not blocks:
            continue
        out.append(Paragraph(markup(label(section, ctx.lang)), ctx.styles.h4))
        out += blocks
    if not out:
        return []
    return [Paragraph(ctx.t("narratives"), ctx.styles.h3), *out]

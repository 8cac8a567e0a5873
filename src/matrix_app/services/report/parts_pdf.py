"""The PDF's parts after the outline (``outline.py``): narratives under the kind's own
headings, the relevance table, the IRM's "Did it open government?" and the consultation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from ...domain.vocabulary import OgpValue, OpenedGovernment, PotentialImpact, Specificity, label
from ...services.snapshot import PlanData
from .context import Ctx
from .flowables import ReportTable
from .formatting import markup, shorten
from .outline import Part, plan_texts
from .para import Paragraph
from .styles import grid_style

#: Content renderers by outline content key: (plan, ctx) -> flowables ([] = nothing).
Renderer = Callable[[PlanData, Ctx], list[Flowable]]


def part_story(
    part: Part, plan: PlanData, ctx: Ctx, renderers: dict[str, Renderer], not_written: list[str]
) -> list[Flowable]:
    """A part's flowables, its heading first; [] when it has nothing to print. The
    headings of its narratives that are not written yet go to ``not_written``."""
    from .sections import section_heading

    body: list[Flowable] = []
    for section in part.texts:
        title = ctx.plain(f"sub.{ctx.period}.{section}")
        blocks = [b for t in plan_texts(plan, ctx.period, section) for b in ctx.blocks(t)]
        if not blocks:
            not_written.append(title)
            continue
        body.append(Paragraph(markup(title), ctx.styles.h2))
        body += blocks
    for key in part.content:
        found = renderers[key](plan, ctx)
        if not found and key == "consultation":
            not_written.append(ctx.plain("part.consultation"))
        body += found
    if not body:
        return []
    return [
        CondPageBreak(ctx.height * 0.4),
        section_heading(ctx, f"part.{part.key}", part.key),
        *body,
    ]


def relevance(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    """Per commitment: the OGP values it is tagged with and the IRM's ratings."""
    items = plan.commitments
    if not items:
        return []
    with_irm = any(c.commitment.irm_specificity or c.commitment.irm_potential_impact for c in items)
    keys = ["col.code", "col.commitment", "col.values"]
    if with_irm:
        keys += ["col.specificity", "col.impact"]
    rows: list[list] = [[ctx.p(ctx.t(k), "cell_head") for k in keys]]
    for c in items:
        cm = c.commitment
        values = [label(v, ctx.lang) for v in OgpValue if getattr(cm, f"ogp_{v.value}", False)]
        title, cut = shorten(" ".join(cm.title.split()), 200)
        row = [
            ctx.label(markup(shorten(cm.code, 40)[0])),
            ctx.user(title + ("…" if cut else "")),
            ctx.user(", ".join(values) or ctx.plain("none")),
        ]
        if with_irm:
            row += [
                ctx.user(_vocab(Specificity, cm.irm_specificity, ctx.lang)),
                ctx.user(_vocab(PotentialImpact, cm.irm_potential_impact, ctx.lang)),
            ]
        rows.append(row)
    widths = [11 * mm, 70 * mm, 45 * mm] + ([22 * mm, 24 * mm] if with_irm else [])
    widths[1] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(rows=len(rows)))
    return [Paragraph(ctx.t("relevance.intro"), ctx.styles.body), table]


def _vocab(enum, value: str | None, lang: str) -> str:
    if not value:
        return "–"
    try:
        return label(enum(value), lang)
    except ValueError:
        return value


def opened(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    """How many commitments the IRM found opened government, per verdict."""
    tally = Counter(
        c.commitment.irm_opened_government
        for c in plan.commitments
        if c.commitment.irm_opened_government
    )
    if not tally:
        return []
    counts = "; ".join(
        ctx.plain("opened.count", label=_vocab(OpenedGovernment, v, ctx.lang), n=n)
        for v, n in sorted(tally.items(), key=lambda kv: _opened_rank(kv[0]))
    )
    return [
        Paragraph(ctx.t("opened.heading"), ctx.styles.h2),
        Paragraph(ctx.t("opened.intro", counts=counts), ctx.styles.body),
    ]


def _opened_rank(value: str) -> int:
    order = [v.value for v in OpenedGovernment]
    return order.index(value) if value in order else len(order)


def consultation(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    """The comments received in the public consultation and the response to each."""
    from .formatting import fmt_date

    comments = getattr(ctx.inputs, "comments", None) or []
    if not comments:
        return []
    start, end = ctx.consultation
    dates = (
        ctx.plain(
            "consultation.dates",
            start=fmt_date(start, ctx.lang) or "…",
            end=fmt_date(end, ctx.lang) or "…",
        )
        if start or end
        else ""
    )
    keys = ("col.who", "col.date", "col.comment", "col.response")
    rows: list[list] = [[ctx.p(ctx.t(k), "cell_head") for k in keys]]
    for n, c in enumerate(comments, 1):
        who = " ".join(c.author.split()) or "…"
        # limits that keep a row within a page whatever the script: the rest goes to notes
        cells = [ctx.cell(who, "cell_bold", label=f"{ctx.plain('col.who')} {n}", limit=120)]
        cells[0].continued = ctx.plain("continued", label=markup(shorten(who, 60)[0]))
        if c.organisation.strip():
            cells.append(ctx.user(c.organisation, "small", limit=120))
        label_n = f"{ctx.plain('col.comment')} {n}"
        response = c.response.strip()
        rows.append(
            [
                cells,
                ctx.user(fmt_date(c.received_on, ctx.lang)),
                ctx.cell(c.comment, label=label_n, limit=COMMENT_LIMIT),
                ctx.cell(response, label=f"{ctx.plain('col.response')} {n}", limit=COMMENT_LIMIT)
                if response
                else ctx.p(ctx.t("consultation.no_response"), "small"),
            ]
        )
    widths = [34 * mm, 24 * mm, 60 * mm, 52 * mm]
    widths[2] += ctx.width - sum(widths)
    table = ReportTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(rows=len(rows)))
    intro = ctx.t("consultation.intro", n=ctx.number(len(comments)), dates=dates)
    return [Paragraph(intro, ctx.styles.body), table, *ctx.take_notes()]


#: A comment or response cell's characters (CJK in the narrow column: about 40 lines).
COMMENT_LIMIT = 700


def relevance_texts(c, ctx: Ctx) -> list[Flowable]:
    """Why the commitment is relevant to each OGP value: the text, not only the tag."""
    out: list[Flowable] = []
    for v in OgpValue:
        blocks = ctx.blocks(getattr(c.commitment, f"relevance_{v.value}", ""))
        if blocks:
            out += [Paragraph(markup(label(v, ctx.lang)), ctx.styles.h4), *blocks]
    if not out:
        return []
    return [Paragraph(ctx.t("relevance.heading"), ctx.styles.h3), *out]

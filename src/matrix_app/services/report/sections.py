"""Plan-level parts of the report: cover, contents, process, summary and the annex."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ...domain.quality import SEVERITY_ORDER
from ...domain.vocabulary import label
from ...services.snapshot import CommitmentData, PlanData
from .bidi_paragraph import heading_or_bidi
from .charts import completion_chart
from .context import Ctx
from .flowables import Heading, ReportTable
from .fonts import REGULAR
from .formatting import clean, fmt_date, fmt_period, markup, shorten
from .para import Paragraph
from .styles import grid_style


def section_heading(ctx: Ctx, key: str, anchor: str) -> Heading:
    title = ctx.plain(key)
    return Heading(markup(title), ctx.styles.h1, anchor, 0, title, markup(title))


def plan_title(plan: PlanData, lang: str) -> str:
    from .labels import text

    return plan.plan.title.strip() or text("untitled", lang)


#: Characters of a plan's texts on the cover (the full texts follow on the next page).
COVER_TITLE_LIMIT = 220
COVER_LINE_LIMIT = 300


def cover(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    """The cover: always one page. Longer texts are shortened on it with a mark and printed
    in full on the page after it."""
    p = plan.plan
    s = ctx.styles
    title = plan_title(plan, ctx.lang)
    short_title, title_cut = shorten(" ".join(title.split()), COVER_TITLE_LIMIT)
    title_style = s.cover_title if len(short_title) <= 90 else s.cover_title_long
    full: list[tuple[str, str]] = []
    shown_title = markup(short_title)
    if title_cut:
        shown_title += "…"
        full.append((ctx.plain("cover.title"), title))
    lines = []
    inputs = ctx.inputs
    issuing = getattr(inputs, "issuing_body", "") or ""
    for key, value in (
        ("cover.issuing_body", issuing),
        ("cover.government", p.government),
        ("cover.period", fmt_period(p.period_start, p.period_end, ctx.lang)),
        ("cover.coordinating_body", p.coordinating_body),
    ):
        short, cut = shorten(value.strip(), COVER_LINE_LIMIT)
        if cut:
            full.append((ctx.plain(key), value))
        lines.append((key, short + ("…" if cut else "")))
    lines += [
        ("cover.commitments", ctx.number(len(plan.commitments))),
        ("cover.date", fmt_date(ctx.when, ctx.lang)),
    ]
    rows = [[ctx.p(ctx.t(k), "cell_bold"), ctx.user(v, "body")] for k, v in lines if v]
    table = ReportTable(rows, colWidths=[48 * mm, ctx.width - 48 * mm], hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), REGULAR, 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    page: list[Flowable] = [
        Spacer(1, 30 * mm if len(short_title) <= 90 else 12 * mm),
        Paragraph(ctx.t("ogp").upper(), s.cover_line),
        Spacer(1, 4 * mm),
        heading_or_bidi(
            shown_title,
            title_style,
            "cover",
            0,
            truncate_plain(title),
            None,
            short_title + ("…" if title_cut else ""),
        ),
        Paragraph(ctx.t(f"report.{ctx.period}"), s.cover_sub),
        *draft_notice(ctx),
        Spacer(1, 10 * mm),
        table,
    ]
    cover_text = getattr(inputs, "cover_text", "") or ""
    if cover_text.strip():
        short, cut = shorten(cover_text, COVER_TEXT_LIMIT)
        if cut:
            full.append((ctx.plain("cover.text"), cover_text))
        page += [Spacer(1, 8 * mm), *ctx.blocks(short + ("…" if cut else ""))]
    logo = _logo(getattr(inputs, "logo", None))
    if logo is not None:
        page.insert(0, logo)
        page[1] = Spacer(1, 8 * mm)
    if full:
        page.append(Paragraph(ctx.t("cover.shortened"), s.small))
    frame_height = 297 * mm - 42 * mm - 2  # A4 less the top and bottom margins
    out: list[Flowable] = [KeepInFrame(ctx.width, frame_height, page, mode="shrink")]
    if full:
        out += [PageBreak(), Paragraph(ctx.t("cover.full"), s.h2)]
        for name, value in full:
            out.append(Paragraph(markup(name), s.h4))
            out += ctx.blocks(value)
    return out


#: Characters of the profile's cover text on the cover (the rest on the next page).
COVER_TEXT_LIMIT = 900


def _logo(data: bytes | None) -> Flowable | None:
    """The issuing body's logo, at most 60 x 28 mm; None when absent or unreadable."""
    if not data:
        return None
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        w, h = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a damaged image: the cover goes without it
        return None
    if w <= 0 or h <= 0:
        return None
    scale = min(60 * mm / w, 28 * mm / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale, hAlign="LEFT")


def colophon(ctx: Ctx) -> list[Flowable]:
    """The one line that names the tool, at the end of the report."""
    return [Spacer(1, 10 * mm), Paragraph(ctx.t("colophon"), ctx.styles.small)]


def draft_notice(ctx: Ctx) -> list[Flowable]:
    """On a draft's cover: that it is open for comments, and until when."""
    if not ctx.draft:
        return []
    start, end = ctx.consultation
    if start or end:
        line = ctx.t(
            "draft.cover_dates",
            start=fmt_date(start, ctx.lang) or "…",
            end=fmt_date(end, ctx.lang) or "…",
        )
    else:
        line = ctx.t("draft.cover")
    return [
        Spacer(1, 4 * mm),
        Paragraph(f'<font color="#a61b1b"><b>{line}</b></font>', ctx.styles.body),
    ]


def truncate_plain(value: str, limit: int = 120) -> str:
    short, cut = shorten(" ".join(clean(value).split()), limit)
    return short + ("…" if cut else "")


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


def front_notes(ctx: Ctx, not_written: list[str], missing: list[str]) -> list[Flowable]:
    """Under the contents: the parts not yet written (one sentence instead of placeholder
    pages), the texts not translated into the report's language and the characters no
    font could print."""
    out: list[Flowable] = []
    untranslated = getattr(ctx.inputs, "untranslated", 0)
    if untranslated:
        mark = f"[{ctx.inputs.content_lang.upper()}]"
        out.append(Paragraph(ctx.t("untranslated.heading"), ctx.styles.h4))
        out.append(
            Paragraph(
                ctx.t(
                    "untranslated" if ctx.inputs.untranslated_marked else "untranslated.none",
                    n=ctx.number(untranslated),
                    mark=mark,
                ),
                ctx.styles.note,
            )
        )
    if not_written:
        out.append(Paragraph(ctx.t("not_written", items="; ".join(not_written)), ctx.styles.note))
    if missing:
        chars = "".join(dict.fromkeys(missing))
        shown = " ".join(f"U+{ord(ch):04X}" for ch in chars[:12]) + (
            " …" if len(chars) > 12 else ""
        )
        out.append(Paragraph(ctx.t("unprintable.heading"), ctx.styles.h4))
        out.append(
            Paragraph(
                ctx.t("unprintable", n=ctx.number(len(missing)), chars=shown), ctx.styles.note
            )
        )
    return out


def _institution_names(insts) -> str:
    return "; ".join(i.name + (f" ({i.acronym})" if i.acronym else "") for i in insts)


def summary(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    items = plan.commitments
    if not items:
        out.append(Paragraph(ctx.t("summary.none"), ctx.styles.body))
        return out
    verdicts = [c.starred_verdict() for c in items]
    out.append(
        Paragraph(
            ctx.t(
                "summary.intro",
                n=len(items),
                irm=sum(1 for v, src in verdicts if v and src == "irm"),
                estimate=sum(1 for v, src in verdicts if v and src == "estimate"),
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
        Paragraph(ctx.t("summary"), ctx.styles.h2),
        table,
        Paragraph(ctx.t("summary.chart"), ctx.styles.h2),
        completion_chart(dict(counts), ctx.lang, ctx.width),
    ]
    return out


#: Characters of the lead institutions in a summary row (all of them are on the
#: commitment's page).
LEAD_LIMIT = 240


def _lead_summary(c: CommitmentData, ctx: Ctx) -> Paragraph:
    names = [
        " ".join(i.name.split()) + (f" ({' '.join(i.acronym.split())})" if i.acronym else "")
        for i in c.lead()
    ]
    shown: list[str] = []
    used = 0
    for n in names:
        if shown and used + len(n) > LEAD_LIMIT:
            break
        shown.append(shorten(n, LEAD_LIMIT)[0] + ("…" if len(n) > LEAD_LIMIT else ""))
        used += len(n) + 2
    text = markup("; ".join(shown))
    if len(shown) < len(names):
        more = ctx.t("more", n=ctx.number(len(names) - len(shown)))
        text += f' <font color="#5f6b7a">{more}</font>'
    return ctx.p(text)


def summary_row(c: CommitmentData, index: int, ctx: Ctx) -> list:
    from .commitment import TITLE_LIMIT, anchor

    cm = c.commitment
    starred, source = c.starred_verdict()
    star = (
        ctx.t("star.unknown")
        if source == "unknown"
        else (ctx.t(f"star.{source}.{'yes' if starred else 'no'}"))
    )
    title, cut = shorten(" ".join(cm.title.split()), TITLE_LIMIT)
    shown = markup(title)
    if cut:
        shown += f' <font color="#5f6b7a">{ctx.t("shortened.commitment")}</font>'
    return [
        ctx.label(markup(shorten(cm.code, 40)[0])),
        Paragraph(
            f'<a href="#{anchor(index)}">{shown}</a>' if ctx.commitment_pages else shown,
            ctx.styles.cell,
        ),
        _lead_summary(c, ctx),
        ctx.p(markup(label(cm.completion, ctx.lang))),
        ctx.p(markup(label(c.schedule(ctx.when), ctx.lang))),
        ctx.p(("★ " + star) if starred else star),
    ]


def annex(plan: PlanData, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    finding_limit = 600
    out.append(Paragraph(ctx.t("annex.intro"), ctx.styles.body))
    rows: list[list] = []
    tally: Counter[str] = Counter()
    for c in plan.commitments:
        found = sorted(c.findings(), key=lambda f: SEVERITY_ORDER[f.severity])
        for f in found:
            tally[f.severity] += 1
            rows.append(
                [
                    ctx.label(markup(shorten(c.commitment.code, 40)[0])),
                    ctx.p(ctx.t(f"severity.{f.severity}")),
                    ctx.user(f.message(ctx.lang), limit=finding_limit),
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

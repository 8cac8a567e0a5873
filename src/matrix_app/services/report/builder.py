"""Build a plan's self-assessment report (PDF) from a project, with progress and cancel.

The PDF is laid out in memory, written to a temporary file beside the target and renamed at
the end, so a cancelled or failed report never leaves a half-written file behind.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...storage.filemode import share
from ..cancelling import cancel_check
from ..collector import collector_relaxed, refreeze
from ..snapshot import PlanData
from ..snapshot_read import load_snapshot
from .document import Cancelled, ReportDoc
from .flowables import PageCounter
from .formatting import fmt_date, truncate
from .inputs import ReportInputs, load_inputs, translate_plan
from .labels import text
from .options import FORMATS, ReportError, ReportOptions, ReportResult, report_format
from .scripts import start_collecting

Progress = Callable[[int, int], None]

__all__ = ["FORMATS", "ReportError", "ReportOptions", "ReportResult", "report_format"]


def render_plan_docx(
    plan: PlanData,
    options: ReportOptions,
    progress: Progress | None = None,
    cancelled: Any = None,
    progress_span: tuple[int, int] = (0, 100),
    inputs: ReportInputs | None = None,
) -> tuple[bytes, ReportResult]:
    """The report of one plan as a Word document (same content as the PDF)."""
    from .docx_writer import render_docx
    from .fonts import register_fonts
    from .sections import plan_title

    opts = options.normalised()
    register_fonts()  # the charts are drawn in the report's font
    assert opts.when is not None
    plan = plan.as_of(opts.when)
    inputs = inputs or ReportInputs()
    plan = translate_plan(plan, inputs, opts.lang)
    data = render_docx(
        plan,
        opts.lang,
        opts.kind,
        opts.when,
        opts.deterministic,
        progress,
        cancel_check(cancelled),
        progress_span,
        opts.sections if opts.sections is not None else inputs.sections,
        opts.draft,
        inputs,
    )
    if progress is not None:
        progress(progress_span[1], 100)
    title = plan_title(plan, opts.lang)
    return data, ReportResult(None, 0, 1, title, len(plan.commitments), len(data))


def render_plan(
    plan: PlanData,
    options: ReportOptions,
    progress: Progress | None = None,
    cancelled: Any = None,
    progress_span: tuple[int, int] = (0, 100),
    inputs: ReportInputs | None = None,
) -> tuple[bytes, ReportResult]:
    """Lay out the report of one plan; returns the PDF bytes and what was made."""
    from reportlab import rl_config

    from .commitment import commitment_story
    from .context import Ctx
    from .fonts import register_fonts
    from .outline import parts
    from .parts_pdf import consultation, opened, part_story, relevance
    from .sections import (
        annex,
        colophon,
        contents,
        cover,
        front_notes,
        plan_title,
        section_heading,
        summary,
    )
    from .styles import make_styles

    opts = options.normalised()
    is_cancelled = cancel_check(cancelled)
    register_fonts()
    lang, when = opts.lang, opts.when
    assert when is not None
    plan = plan.as_of(when)  # everything in the report is as of its date
    inputs = inputs or ReportInputs()
    plan = translate_plan(plan, inputs, lang)
    sections = opts.sections if opts.sections is not None else inputs.sections
    title = plan_title(plan, lang)
    kind_title = text(f"report.{opts.kind}", lang)
    lo, hi = progress_span
    story_end = lo + (hi - lo) // 5  # building the story: the first fifth

    counter = PageCounter()
    buffer = io.BytesIO()
    doc = ReportDoc(
        buffer,
        header=title,
        header_right=kind_title,
        footer_left=_footer(plan, inputs, when, lang),
        page_label=lambda page, pages: text("page_of", lang, page=page, pages=pages),
        counter=counter,
        created=_created(when, opts.deterministic),
        watermark=text("draft.mark", lang) if opts.draft else "",
        progress=progress,
        cancelled=is_cancelled,
        progress_span=(story_end, hi),
        title=f"{truncate(title, 300)}: {kind_title}",
        author=truncate(plan.plan.coordinating_body or plan.plan.government, 300) or None,
        subject=text("subject", lang),
        keywords=[text("ogp", lang), kind_title],
        lang=lang,
        invariant=1 if opts.deterministic else 0,
    )
    ctx = Ctx(
        lang=lang,
        period=opts.kind,
        when=when,
        draft=opts.draft,
        consultation=inputs.consultation,
        inputs=inputs,
        styles=make_styles(),
        width=doc.width,
        height=doc.height,
    )
    with collector_relaxed(freeze=True):  # the story too: tens of thousands of objects
        missing = start_collecting()
        story: list = [counter, *cover(plan, ctx), *contents(ctx)]
        front = len(story)
        not_written: list[str] = []
        renderers = {
            "summary": summary,
            "relevance": relevance,
            "opened": opened,
            "annex": annex,
            "consultation": consultation,
        }
        n = len(plan.commitments)
        chosen = parts(opts.kind, sections)
        ctx.commitment_pages = any("commitments" in part.content for part in chosen)
        for part in chosen:
            if "commitments" not in part.content:
                story += part_story(part, plan, ctx, renderers, not_written)
                continue
            if not plan.commitments:
                continue
            story.append(_page_break())
            story.append(section_heading(ctx, "part.commitments", "commitments"))
            for i, c in enumerate(plan.commitments):
                if is_cancelled():
                    raise Cancelled()
                story += commitment_story(c, i, ctx, first=i == 0)
                if progress is not None and (i % 10 == 0 or i == n - 1):
                    progress(lo + round((story_end - lo) * (i + 1) / max(1, n)), 100)
        story += colophon(ctx)
        story[front:front] = [*front_notes(ctx, not_written, missing), _page_break()]

        _prefill_contents(story)
        refreeze()  # the story is built: keep full collections from walking it during layout
        previous = rl_config.invariant
        rl_config.invariant = 1 if opts.deterministic else 0
        try:
            passes = doc.multiBuild(story, maxPasses=8)
        finally:
            rl_config.invariant = previous
    data = buffer.getvalue()
    if progress is not None:
        progress(hi, 100)
    return data, ReportResult(None, counter.total, passes, title, n, len(data))


def _footer(plan: PlanData, inputs: ReportInputs, when: dt.date, lang: str) -> str:
    """The footer's left side: who issues the report, and its date (not the tool's name)."""
    who = inputs.issuing_body.strip() or plan.plan.coordinating_body.strip()
    who = who or plan.plan.government.strip()
    return f"{truncate(who, 48)} · {fmt_date(when, lang)}" if who else fmt_date(when, lang)


def _created(when: dt.date, deterministic: bool) -> str:
    """The XMP creation date: the report's date at midnight UTC when reproducible."""
    if deterministic:
        return f"{when.isoformat()}T00:00:00Z"
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _prefill_contents(story: list) -> None:
    """Give the contents its entries (pages unknown) before the first pass.

    The first pass then lays the contents out at its final length, so page numbers do not
    shift afterwards and two passes are enough.
    """
    from reportlab.platypus.tableofcontents import TableOfContents

    from .flowables import Heading

    entries = [
        (f.bookmark[1], f.bookmark[3], 0, f.bookmark[0])
        for f in story
        if isinstance(f, Heading) and f.bookmark[3] is not None
    ]
    for f in story:
        if isinstance(f, TableOfContents):
            f.addEntries(entries)


def _page_break():
    from reportlab.platypus import PageBreak

    return PageBreak()


def choose_plan(project, plan_id: str | None, progress: Progress | None = None) -> PlanData:
    """Load the plan to report on (the latest plan when ``plan_id`` is None)."""
    if plan_id is None:
        from ...domain import models as m
        from ...domain.rules import latest_plan

        latest = latest_plan(project.rows(m.ActionPlan))
        plan_id = latest.id if latest is not None else None
        if plan_id is None:
            raise ReportError("no_plan", path=project.path)
    with project.read() as s:
        snapshot = load_snapshot(s, plan_id=plan_id, progress=progress)
    if snapshot.plans:
        return snapshot.plans[0]
    if plan_id is None:
        raise ReportError("no_plan", path=project.path)
    from ...domain import models as m

    plans = project.rows(m.ActionPlan)
    if not plans:
        raise ReportError("no_plan", path=project.path)
    raise ReportError(
        "unknown_plan",
        path=project.path,
        plan=plan_id,
        plans=", ".join(f"{p.id} ({p.title})" for p in plans),
    )


def write_report(
    project,
    out: Path | str,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Any = None,
) -> ReportResult:
    """Build the report of one plan of ``project`` into ``out`` (all or nothing).

    The format follows the extension: ``.docx`` is a Word document, anything else a PDF
    (the command line and the GUI only accept .pdf and .docx, see ``report_format``)."""
    opts = (options or ReportOptions()).normalised()
    out = Path(out)
    check = cancel_check(cancelled)
    folder = out.resolve().parent
    if not folder.is_dir():
        raise ReportError("no_folder", path=out, folder=folder)
    if out.resolve() == Path(project.path).resolve():
        raise ReportError("over_project", path=out)

    def load_progress(done: int, total: int) -> None:
        if check():
            raise Cancelled()
        if progress is not None:
            progress(round(5 * done / max(1, total)), 100)

    plan = choose_plan(project, opts.plan_id, load_progress)
    inputs = load_inputs(project, plan.plan.id, opts.kind)
    render = render_plan_docx if report_format(out) == "docx" else render_plan
    data, result = render(plan, opts, progress, check, progress_span=(5, 99), inputs=inputs)
    if check():
        raise Cancelled()
    _write_atomically(out, data)
    if progress is not None:
        progress(100, 100)
    result.path = out
    return result


def _write_atomically(out: Path, data: bytes) -> None:
    tmp: str | None = None
    try:
        folder = out.resolve().parent
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        share(tmp)  # mkstemp made it 0600; a report is for others to read
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise ReportError("write_failed", path=out, detail=exc.strerror or str(exc)) from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)

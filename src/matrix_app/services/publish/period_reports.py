"""The self-assessment reports as PDF files of the site, when the coordinator includes them.

Each plan's report of each period it has texts for, in each language of the site, is the
report the app prints (``services.report``), made from a copy of the plan that holds only
what the site publishes: no focal point's e-mail, evidence note or consultation comment
unless the matching privacy option says so, the consultation's authors never, the quality
annex only with the quality findings. The PDFs are deterministic (same inputs, same bytes)
and fingerprinted like the pages, so publishing again unchanged neither lays them out nor
rewrites them.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from ...domain.vocabulary import Period
from ..snapshot import PlanData
from .fingerprints import Fingerprints, rows_key
from .output import Cancelled, SiteWriter
from .period_views import report_pdf
from .privacy import Privacy


@dataclass(frozen=True)
class PdfFile:
    path: str  # from the site's root
    lang: str
    size: int
    sha256: str


def public_plan(p: PlanData, privacy: Privacy) -> PlanData:
    """A copy of the plan without what the site does not publish (the snapshot's rows are
    shared with the pages: they are copied, never changed)."""
    commitments = []
    for c in p.commitments:
        cm = c.commitment
        if not privacy.emails and cm.focal_point_email:
            cm = copy.copy(cm)
            cm.focal_point_email = ""
        evidence = c.evidence  # already only what may be published (selection)
        if not privacy.notes:
            evidence = [_without_note(e) for e in evidence]
        commitments.append(dataclasses.replace(c, commitment=cm, evidence=evidence))
    plan = p.plan
    if not privacy.notes and getattr(plan, "notes", ""):
        plan = copy.copy(plan)
        plan.notes = ""
    return PlanData(plan, commitments, p.narratives)


def _without_note(e):
    if not e.note:
        return e
    e = copy.copy(e)
    e.note = ""
    return e


def _public_inputs(project, p: PlanData, period: Period, privacy: Privacy, translations):
    from ..report.inputs import load_inputs

    inputs = load_inputs(project, p.plan.id, period.value, translations)
    if privacy.consultation:
        inputs.comments = [_without_author(x) for x in inputs.comments]
    else:
        inputs.comments = []
    if inputs.sections is not None and not privacy.quality:
        inputs.sections = frozenset(inputs.sections - {"annex"}) or None
    return inputs


def _without_author(x):
    x = copy.copy(x)
    x.author = ""
    return x


def _inputs_key(inputs) -> str:
    logo = hashlib.sha256(inputs.logo).hexdigest() if inputs.logo else ""
    return repr(
        (
            inputs.issuing_body,
            inputs.cover_text,
            sorted(inputs.sections or ()),
            inputs.consultation,
            logo,
            rows_key(inputs.comments),
        )
    )


def pdf_reports(
    project,
    periods: dict[str, list[Period]],
    plans: list[PlanData],
    langs: tuple[str, ...],
    privacy: Privacy,
    when: dt.date,
    writer: SiteWriter,
    fingerprints: Fingerprints,
    check: Callable[[], bool],
    translations=None,
) -> dict[tuple[str, str], list[PdfFile]]:
    """Lay out (or keep, when its inputs are those on disk) each plan's report of each of
    its periods in each language; returns the files per (plan id, period)."""
    from ..report import ReportOptions, render_plan

    out: dict[tuple[str, str], list[PdfFile]] = {}
    for p in plans:
        public = None
        ckeys = [fingerprints.commitment[c.id] for c in p.commitments]
        for period in periods.get(p.plan.id, []):
            inputs = _public_inputs(project, p, period, privacy, translations)
            files = out.setdefault((p.plan.id, period.value), [])
            for lang in langs:
                if check():
                    raise Cancelled()
                rel = report_pdf(p, period, lang)
                fingerprint = fingerprints.of(
                    rel, "pdf", rows_key([p.plan, *p.narratives]), ckeys, _inputs_key(inputs)
                )
                if not writer.keep(rel, fingerprint):
                    public = public or public_plan(p, privacy)
                    options = ReportOptions(lang, period.value, p.plan.id, when, deterministic=True)
                    data, _ = render_plan(
                        public, options, cancelled=check, inputs=dataclasses.replace(inputs)
                    )
                    writer.add(rel, data, inputs=fingerprint)
                entry = writer.new[rel]
                files.append(PdfFile(rel, lang, entry.size, entry.sha256))
    return out

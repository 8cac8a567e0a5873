"""Publish a project as a static website plus open data (no Qt).

``publish_site(project, outdir, PublishOptions(...), progress, cancelled)`` writes, for each
language, a home page (plans, completion summary and chart, the commitments table with
filters), one page per commitment and per institution, the list of institutions, what
changed since the last publication to the folder (from the change journal) and the
open-data page; beside them ``assets/`` (CSS, the optional filter script), ``files/`` (the
evidence files, checked against their SHA-256) and ``data/`` (CSV + datapackage.json).

Pages work from ``file://`` and fetch nothing from outside the folder. User text goes
through Jinja2 with autoescape: it is never HTML. This module puts a publication together;
the pages are ``pages``, their data ``views``, the folder and its manifest ``output``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import models as m
from ...domain.vocabulary import Period
from ..cancelling import cancel_check
from ..collector import collector_relaxed
from ..evidence_files import check_bytes
from . import opendata
from .changes import last_changes
from .figures import Figures
from .fingerprints import Fingerprints, program, rows_key
from .journal_changes import collect
from .journal_read import file_key, previous_marks
from .labels import text
from .names import evidence_path, slug
from .output import STAMP, Cancelled, PublishError, SiteWriter
from .pages import LanguagePages, Publication
from .period_reports import pdf_reports
from .period_views import periods_with_texts
from .privacy import Privacy
from .selection import choose_plans, publishable_evidence
from .templating import environment
from .views import Views

Progress = Callable[[int, int], None]
LANGS = ("es", "en")


@dataclass
class PublishOptions:
    langs: tuple[str, ...] = LANGS  # the first is the site's default language
    plan_ids: tuple[str, ...] = ()  # () publishes every plan
    when: dt.date | None = None  # "as of" date of schedules and statuses; None: today
    privacy: Privacy = field(default_factory=Privacy)
    force: bool = False  # publish into a folder holding files we did not write
    now: str | None = None  # the publication's timestamp (ISO, UTC); None: now
    reports: bool = False  # the self-assessment reports as PDF files, linked from the pages


@dataclass
class PublishResult:
    out: Path
    home: Path
    pages: int
    files: int
    written: int
    removed: int
    size: int
    commitments: int
    files_undecided: int = 0  # evidence files left out: nobody has said they may be published
    evidence_internal: int = 0  # evidence left out: marked internal


def _open_data(writer: SiteWriter, fingerprint: str, build) -> tuple[dict[str, bytes], dict]:
    """The open data's files and package, or ({}, package on disk) when every file on disk
    was built from the same inputs: publishing again unchanged does not build them (a
    second of CPU for 2000 commitments) and keeps them as they are."""
    names = [f"data/{name}" for name in opendata.file_names()]
    if all(writer.can_keep(rel, fingerprint) for rel in names):
        try:
            package = json.loads((writer.root / "data" / "datapackage.json").read_bytes())
        except (OSError, ValueError):
            package = None
        if isinstance(package, dict) and isinstance(package.get("resources"), list):
            for rel in names:
                writer.keep(rel, fingerprint)
            return {}, package
    return build()


@collector_relaxed()
def publish_site(
    project,
    outdir: Path | str,
    options: PublishOptions | None = None,
    progress: Progress | None = None,
    cancelled: Any = None,
) -> PublishResult:
    """Write or update the site of ``project`` in ``outdir`` (see the module's docstring)."""
    opts = options or PublishOptions()
    check = cancel_check(cancelled)
    langs = tuple(dict.fromkeys(lang.lower() for lang in opts.langs)) or LANGS
    for lang in langs:
        if lang not in LANGS:
            raise PublishError("bad_lang", lang=lang)
    out = Path(outdir)
    when = opts.when or dt.date.today()
    now = opts.now or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    privacy = opts.privacy
    writer = SiteWriter(out, force=opts.force, now=now)
    writer.check()

    def tick(done: int, total: int) -> None:
        if check():
            raise Cancelled()
        if progress is not None:
            progress(min(done, total), total)

    tick(0, 100)
    plans = choose_plans(project, opts.plan_ids, lambda d, t: tick(round(10 * d / t), 100))
    per_commitment, per_row = last_changes(project)
    undecided, internal = publishable_evidence([c for p in plans for c in p.commitments])
    from ..translations import load as load_translations

    translations = load_translations(project)
    comments: dict[str, list[m.ConsultationComment]] = {}
    if privacy.consultation:
        for x in sorted(project.rows(m.ConsultationComment), key=lambda x: x.position):
            comments.setdefault(x.plan_id, []).append(x)
    titles = {
        lang: (plans[0].plan.title.strip() if len(plans) == 1 else "") or text("site.title", lang)
        for lang in langs
    }
    pub = Publication(plans, privacy, when, now, titles, per_commitment, per_row)
    for p in plans:
        periods = periods_with_texts(p, comments.get(p.plan.id, []))
        pub.periods[p.plan.id] = periods or ([Period.MID_TERM] if opts.reports else [])
    commitments = pub.commitments
    translation_rows = sorted(
        project.rows(m.Translation), key=lambda t: (t.entity, t.row_id, t.field, t.lang)
    )
    comment_rows = [x for xs in comments.values() for x in xs]
    # what changed since the previous publication to this folder (its mark in the manifest)
    previous = previous_marks(
        writer.previous,
        [e.published for e in writer.old.values()],
        file_key(str(getattr(project, "project_id", "") or "")),
    )
    pub.changes = collect(project, pub, previous, now, privacy, translation_rows, comment_rows)
    writer.record = pub.changes.record

    # what each page is built from, for publishing again: a page whose inputs are those of
    # the page on disk is not built again (its content could not differ)
    # a translation or a published comment may show on any page: a change builds them again
    shared = (
        program(),
        when.isoformat(),
        privacy,
        langs,
        len(plans),
        rows_key(translation_rows),
        rows_key(comment_rows),
    )
    fingerprints = Fingerprints(shared, commitments)
    data_fingerprint = fingerprints.of(
        "open data",
        titles[langs[0]],
        [
            (
                rows_key([p.plan, *p.narratives]),
                [fingerprints.commitment[c.id] for c in p.commitments],
            )
            for p in plans
        ],
    )
    data_files, package = _open_data(
        writer,
        data_fingerprint,
        lambda: opendata.build(plans, privacy, titles[langs[0]], translation_rows, comment_rows),
    )
    resources = [
        {"path": r["path"], "title": r["title"], "rows": r["rows"]} for r in package["resources"]
    ]
    env = environment()
    templates = {
        name: env.get_template(f"{name}.html")
        for name in (
            "home",
            "period",
            "commitment",
            "institution",
            "institutions",
            "changes",
            "data",
            "choose",
        )
    }
    n_periods = sum(len(ps) for ps in pub.periods.values())
    total = 2 + len(langs) * (5 + n_periods + len(commitments) + len(pub.institutions))
    total += len(data_files) + (len(langs) * n_periods if opts.reports else 0)
    evidence = [(e, evidence_path(e)) for c in commitments for e in c.evidence]
    total += len({p for _, p in evidence if p})
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if done % 20 == 0 or done == total:
            tick(10 + round(88 * done / total), 100)

    figures = Figures(when)
    pages = 0
    writer.start()
    try:
        if opts.reports:
            pub.pdfs = pdf_reports(
                project,
                pub.periods,
                plans,
                langs,
                privacy,
                when,
                writer,
                fingerprints,
                check,
                translations,
            )
            done += len(langs) * n_periods
        for lang in langs:
            views = Views(lang, when, privacy, plans, figures, translations, comments)
            language = LanguagePages(pub, views, templates, writer, fingerprints, step, langs)
            language.all(lambda: resources)
            pages += language.pages
        names = {"es": "Español", "en": "English"}
        choose = templates["choose"].render(
            title=" / ".join(titles[lang] for lang in langs),
            langs=[
                {"code": lang, "name": names[lang], "choose": text("choose.lang", lang)}
                for lang in langs
            ],
        )
        writer.add("index.html", choose.encode("utf-8"))
        step()
        from ...paths import resources_dir

        assets = resources_dir() / "publish" / "assets"
        for name in ("style.css", "site.js"):
            writer.add(f"assets/{name}", (assets / name).read_bytes())
        step()
        for name, data in data_files.items():
            writer.add(f"data/{name}", data, inputs=data_fingerprint)
            step()
        seen: set[str] = set()
        for e, path in evidence:
            if path is None or path in seen:
                continue
            seen.add(path)
            sha, size, fname = e.sha256, e.size, e.file_name
            writer.add_blob(
                path,
                sha,
                lambda sha=sha, size=size, fname=fname: check_bytes(
                    project.blob(sha), sha, size, fname
                ),
            )
            step()
        if check():
            raise Cancelled()
        written, removed = writer.commit()
    except BaseException:
        writer.abort()
        raise
    if progress is not None:
        progress(100, 100)
    size = sum(e.size for e in writer.new.values())
    return PublishResult(
        out=out,
        home=out / langs[0] / "index.html",
        pages=pages,
        files=len(writer.new),
        written=written,
        removed=removed,
        size=size,
        commitments=len(commitments),
        files_undecided=undecided,
        evidence_internal=internal,
    )


__all__ = ["STAMP", "Cancelled", "PublishError", "PublishOptions", "PublishResult", "slug"]

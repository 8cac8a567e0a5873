"""Publish a project as a static website plus open data (no Qt).

``publish_site(project, outdir, PublishOptions(...), progress, cancelled)`` writes, for each
language, a home page (plans, completion summary and chart, the commitments table with
filters), one page per commitment and per institution, the list of institutions and the
open-data page; beside them ``assets/`` (CSS, the optional filter script), ``files/`` (the
evidence files, checked against their SHA-256) and ``data/`` (CSV + datapackage.json).

Pages work from ``file://`` and fetch nothing from outside the folder. User text goes
through Jinja2 with autoescape: it is never HTML.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import models as m
from ...domain.vocabulary import label
from ..cancelling import cancel_check
from ..evidence_files import check_bytes
from ..report.formatting import fmt_date
from ..snapshot import CommitmentData, PlanData, load_snapshot
from . import opendata
from .changes import last_changes
from .labels import text
from .output import STAMP, Cancelled, PublishError, SiteWriter
from .templating import environment
from .views import (
    Changed,
    Figures,
    Privacy,
    Views,
    changed_text,
    commitment_page,
    evidence_path,
    inst_name,
    institution_page,
    slug,
)

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


_PROGRAM: dict[str, str] = {}


def _program() -> str:
    """Fingerprint of what turns rows into pages: templates, this package, the rules and
    formats it uses, and the program's version (a frozen build has no sources to read). A
    page built by another version of them is built again."""
    from ... import __version__, domain
    from ...paths import resources_dir

    root = resources_dir() / "publish" / "templates"
    got = _PROGRAM.get(str(root))
    if got is None:
        services = Path(__file__).resolve().parent.parent
        files = sorted(root.glob("*")) + sorted(Path(__file__).resolve().parent.glob("*.py"))
        files += sorted(Path(domain.__file__).resolve().parent.glob("*.py"))
        files += [services / "snapshot.py", services / "evidence_files.py"]
        files += sorted((services / "report").glob("*.py"))
        h = hashlib.sha256(__version__.encode())
        for f in files:  # in a frozen build the .py sources are absent: the version stands
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
        got = _PROGRAM[str(root)] = h.hexdigest()
    return got


def _rows_key(rows) -> str:
    """The ids and last-change times of rows (every edit, merge or undo sets updated_at)."""
    return hashlib.sha256(
        "\n".join(f"{r.id} {r.updated_at}" for r in rows).encode("utf-8")
    ).hexdigest()


def _commitment_rows(c: CommitmentData):
    yield c.commitment
    for ci, inst in c.institutions:
        yield ci
        yield inst
    yield from c.results
    yield from c.indicators
    for ts in c.targets.values():
        yield from ts
    for rs in c.revisions.values():
        yield from rs
    for xs in c.measurements.values():
        yield from xs
    yield from c.evidence
    yield from c.narratives


def _publishable_evidence(commitments: list[CommitmentData]) -> tuple[int, int]:
    """Leave out of the publication the evidence that may not be published: marked internal,
    or a file nobody has marked public yet (links count as public). Returns how many of
    each were left out."""
    undecided = internal = 0
    for c in commitments:
        keep = []
        for e in c.evidence:
            if e.publishable():
                keep.append(e)
            elif e.public is None:
                undecided += 1
            else:
                internal += 1
        c.evidence = keep
    return undecided, internal


def _choose_plans(project, plan_ids: tuple[str, ...], progress) -> list[PlanData]:
    plans = project.rows(m.ActionPlan)
    known = {p.id for p in plans}
    for pid in plan_ids:
        if pid not in known:
            if not plans:
                raise PublishError("no_plan", path=project.path)
            raise PublishError(
                "unknown_plan",
                path=project.path,
                plan=pid,
                plans=", ".join(f"{p.id} ({p.title})" for p in plans),
            )
    with project.read() as s:
        snapshot = load_snapshot(s, progress=progress, plain=True)
    if plan_ids:
        order = {pid: i for i, pid in enumerate(plan_ids)}
        return sorted(
            (p for p in snapshot.plans if p.plan.id in order), key=lambda p: order[p.plan.id]
        )
    return snapshot.plans


def publish_site(
    project,
    outdir: Path | str,
    options: PublishOptions | None = None,
    progress: Progress | None = None,
    cancelled: Any = None,
) -> PublishResult:
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
    plans = _choose_plans(project, opts.plan_ids, lambda d, t: tick(round(10 * d / t), 100))
    per_commitment, per_row = last_changes(project)
    commitments = [c for p in plans for c in p.commitments]
    undecided, internal = _publishable_evidence(commitments)
    from ..translations import load as load_translations

    translations = load_translations(project)
    comments: dict[str, list[m.ConsultationComment]] = {}
    if privacy.consultation:
        for x in sorted(project.rows(m.ConsultationComment), key=lambda x: x.position):
            comments.setdefault(x.plan_id, []).append(x)
    institutions: dict[str, tuple[m.Institution, list[tuple[str, CommitmentData]]]] = {}
    for c in commitments:
        for ci, inst in c.institutions:
            institutions.setdefault(inst.id, (inst, []))[1].append((ci.role, c))
    plan_of = {c.id: p for p in plans for c in p.commitments}

    def changed_of_commitment(c: CommitmentData) -> Changed:
        ch = per_commitment.get(c.id) or Changed()
        ch = ch.later(per_row.get(plan_of[c.id].plan.id))
        for _, inst in c.institutions:
            ch = ch.later(per_row.get(inst.id))
        return ch

    site_changed = Changed()
    for c in commitments:
        site_changed = site_changed.later(changed_of_commitment(c))
    for p in plans:
        site_changed = site_changed.later(per_row.get(p.plan.id))

    # what each page is built from, for publishing again: a page whose inputs are those of
    # the page on disk is not built again (its content could not differ)
    ckey = {c.id: _rows_key(_commitment_rows(c)) for c in commitments}
    by_id = {c.id: c for c in commitments}
    translation_rows = sorted(
        project.rows(m.Translation), key=lambda t: (t.entity, t.row_id, t.field, t.lang)
    )
    comment_rows = [x for xs in comments.values() for x in xs]
    # a translation or a published comment may show on any page: a change builds them again
    options = repr(
        (
            _program(),
            when.isoformat(),
            privacy,
            langs,
            len(plans),
            _rows_key(translation_rows),
            _rows_key(comment_rows),
        )
    )

    def inputs(*parts: object) -> str:
        return hashlib.sha256(repr((options, *parts)).encode("utf-8")).hexdigest()

    env = environment()
    templates = {
        name: env.get_template(f"{name}.html")
        for name in ("home", "commitment", "institution", "institutions", "data", "choose")
    }
    title_plain = {
        lang: (plans[0].plan.title.strip() if len(plans) == 1 else "") or text("site.title", lang)
        for lang in langs
    }
    data_files, package = opendata.build(
        plans,
        privacy,
        title_plain[langs[0]],
        translation_rows,
        comment_rows,
    )
    total = 2 + len(langs) * (4 + len(commitments) + len(institutions)) + len(data_files)
    evidence = [(e, evidence_path(e)) for c in commitments for e in c.evidence]
    total += len({p for _, p in evidence if p})
    done = 0
    pages = 0

    def step() -> None:
        nonlocal done
        done += 1
        if done % 20 == 0 or done == total:
            tick(10 + round(88 * done / total), 100)

    figures = Figures(when)
    writer.start()
    try:
        for lang in langs:
            views = Views(lang, when, privacy, plans, figures, translations, comments)
            others = [{"code": o, "switch": text("lang.switch", lang)} for o in langs if o != lang]
            common = {
                "lang": lang,
                "t": views.t,
                "L": views.labels,
                "site_title": title_plain[lang],
                "others": others,
                "as_of": fmt_date(when, lang),
            }

            def render(
                name: str,
                page_path: str,
                page_title: str,
                changed: Changed,
                build: Callable[[], dict[str, Any]],
                key: object = None,
                lang: str = lang,
                common: dict = common,
            ) -> None:
                nonlocal pages
                rel = f"{lang}/{page_path}"
                changed_line = changed_text(changed, lang, privacy)
                fingerprint = ""
                if key is not None:
                    fingerprint = inputs(
                        rel, name, page_title, changed_line, title_plain[lang], key
                    )
                pages += 1
                if fingerprint and writer.keep(rel, fingerprint):
                    step()
                    return
                depth = page_path.count("/")
                up = "../" * depth
                html = templates[name].render(
                    common,
                    up=up,
                    root=up + "../",
                    page_path=page_path,
                    page_title=page_title,
                    changed=changed_line,
                    **build(),
                )
                # a rewritten page carries this publication's date; an unchanged one keeps its own
                today = fmt_date(dt.datetime.fromisoformat(now).date(), lang)
                stamp = f'<time datetime="{now}">{text("published", lang, date=today)}</time>'
                writer.add(rel, html.encode("utf-8"), stamp.encode("utf-8"), fingerprint)
                step()

            render(
                "home",
                "index.html",
                text("nav.home", lang),
                site_changed,
                lambda views=views: {"plans": [views.plan(p, i) for i, p in enumerate(plans, 1)]},
                [
                    (
                        _rows_key([p.plan, *p.narratives]),
                        [(c.id, ckey[c.id]) for c in p.commitments],
                    )
                    for p in plans
                ],
            )
            for c in commitments:
                cm = c.commitment
                plan = plan_of[c.id].plan
                continues = by_id.get(cm.continues_id or "")
                render(
                    "commitment",
                    commitment_page(cm),
                    f"{cm.code} {cm.title}".strip(),
                    changed_of_commitment(c),
                    lambda c=c, plan=plan, views=views, lang=lang: {
                        "c": views.commitment(c),
                        "plan_title": plan.title.strip() or text("untitled", lang),
                    },
                    (
                        ckey[c.id],
                        _rows_key([plan]),
                        None if continues is None else _rows_key([continues.commitment]),
                    ),
                )
            listing = []
            for inst, items in institutions.values():
                ch = per_row.get(inst.id) or Changed()
                for _, c in items:
                    ch = ch.later(changed_of_commitment(c))
                render(
                    "institution",
                    institution_page(inst),
                    inst_name(inst),
                    ch,
                    lambda inst=inst, items=items, views=views: {
                        "i": views.institution(inst, items)
                    },
                    (_rows_key([inst]), [(role, c.id, ckey[c.id]) for role, c in items]),
                )
                listing.append(
                    {
                        "name": inst_name(inst),
                        "href": institution_page(inst),
                        "kind": label(inst.kind, lang),
                        "n": len({c.id for _, c in items}),
                    }
                )
            listing.sort(key=lambda d: d["name"].lower())
            render(
                "institutions",
                "institutions.html",
                text("nav.institutions", lang),
                site_changed,
                lambda listing=listing: {"institutions": listing},
            )
            render(
                "data",
                "data.html",
                text("nav.data", lang),
                site_changed,
                lambda: {
                    "resources": [
                        {"path": r["path"], "title": r["title"], "rows": r["rows"]}
                        for r in package["resources"]
                    ]
                },
            )
        names = {"es": "Español", "en": "English"}
        choose = templates["choose"].render(
            title=" / ".join(title_plain[lang] for lang in langs),
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
            writer.add(f"data/{name}", data)
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

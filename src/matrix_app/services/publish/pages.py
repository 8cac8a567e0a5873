"""A publication's pages in one language: home, a page per commitment and per institution,
the list of institutions, what changed since the last publication and the open-data page,
each built only when its fingerprint says its content may differ from the page on disk (see
``fingerprints``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...domain import models as m
from ...domain.vocabulary import Period, label
from ..report.formatting import fmt_date, fmt_size
from ..snapshot import CommitmentData, PlanData
from .changes import Changed, changed_text
from .changes_views import changes_page
from .fingerprints import Fingerprints, rows_key
from .journal_changes import ChangeSet
from .labels import text
from .names import commitment_page, inst_name, institution_page
from .output import SiteWriter
from .period_reports import PdfFile
from .period_views import report_page
from .privacy import Privacy
from .views import Views

Institutions = dict[str, tuple[m.Institution, list[tuple[str, CommitmentData]]]]


@dataclass
class Publication:
    """What every page of a publication is built from, gathered once for all languages."""

    plans: list[PlanData]
    privacy: Privacy
    when: dt.date
    now: str  # the publication's timestamp (ISO, UTC)
    titles: dict[str, str]  # the site's title per language
    per_commitment: dict[str, Changed]  # the journal's last change per commitment
    per_row: dict[str, Changed]  # ... and per plan and institution row
    #: each plan's self-assessment periods with a page, and their PDFs (when included)
    periods: dict[str, list[Period]] = field(default_factory=dict)
    pdfs: dict[tuple[str, str], list[PdfFile]] = field(default_factory=dict)
    commitments: list[CommitmentData] = field(init=False)
    institutions: Institutions = field(init=False)
    plan_of: dict[str, PlanData] = field(init=False)
    by_id: dict[str, CommitmentData] = field(init=False)
    site_changed: Changed = field(init=False)
    changes: ChangeSet | None = None  # what changed since the last publication (journal)

    def __post_init__(self) -> None:
        self.commitments = [c for p in self.plans for c in p.commitments]
        self.plan_of = {c.id: p for p in self.plans for c in p.commitments}
        self.by_id = {c.id: c for c in self.commitments}
        self.institutions = {}
        for c in self.commitments:
            for ci, inst in c.institutions:
                self.institutions.setdefault(inst.id, (inst, []))[1].append((ci.role, c))
        changed = Changed()
        for c in self.commitments:
            changed = changed.later(self.changed_of(c))
        for p in self.plans:
            changed = changed.later(self.per_row.get(p.plan.id))
        self.site_changed = changed

    def changed_of_plan(self, p: PlanData) -> Changed:
        """A plan's last change, its commitments' included."""
        ch = self.per_row.get(p.plan.id) or Changed()
        for c in p.commitments:
            ch = ch.later(self.changed_of(c))
        return ch

    def changed_of(self, c: CommitmentData) -> Changed:
        """A commitment's last change, its plan's and its institutions' included."""
        ch = self.per_commitment.get(c.id) or Changed()
        ch = ch.later(self.per_row.get(self.plan_of[c.id].plan.id))
        for _, inst in c.institutions:
            ch = ch.later(self.per_row.get(inst.id))
        return ch


class LanguagePages:
    """Renders one language's pages into the writer; ``step`` counts each page done."""

    def __init__(
        self,
        pub: Publication,
        views: Views,
        templates: dict[str, Any],
        writer: SiteWriter,
        fingerprints: Fingerprints,
        step: Callable[[], None],
        langs: tuple[str, ...],
    ):
        self.pub, self.views, self.templates, self.writer = pub, views, templates, writer
        self.fingerprints, self.step = fingerprints, step
        lang = self.lang = views.lang
        self.pages = 0
        self._plans: dict[str, dict[str, Any]] = {}
        self.common = {
            "lang": lang,
            "t": views.t,
            "L": views.labels,
            "site_title": pub.titles[lang],
            "others": [
                {"code": o, "switch": text("lang.switch", lang)} for o in langs if o != lang
            ],
            "as_of": fmt_date(pub.when, lang),
        }
        # a rewritten page carries this publication's date; an unchanged one keeps its own
        today = fmt_date(dt.datetime.fromisoformat(pub.now).date(), lang)
        published = text("published", lang, date=today)
        self.stamp = f'<time datetime="{pub.now}">{published}</time>'.encode()

    def render(
        self,
        name: str,
        page_path: str,
        page_title: str,
        changed: Changed,
        build: Callable[[], dict[str, Any]],
        key: object = None,
    ) -> None:
        """Build (``build()``: the page's data) and add a page, unless the one on disk was
        built from the same inputs (``key``; None: always built)."""
        lang = self.lang
        rel = f"{lang}/{page_path}"
        changed_line = changed_text(changed, lang, self.pub.privacy)
        fingerprint = ""
        if key is not None:
            fingerprint = self.fingerprints.of(
                rel, name, page_title, changed_line, self.pub.titles[lang], key
            )
        self.pages += 1
        if fingerprint and self.writer.keep(rel, fingerprint):
            self.step()
            return
        up = "../" * page_path.count("/")
        html = self.templates[name].render(
            self.common,
            up=up,
            root=up + "../",
            page_path=page_path,
            page_title=page_title,
            changed=changed_line,
            **build(),
        )
        self.writer.add(rel, html.encode("utf-8"), self.stamp, fingerprint)
        self.step()

    def plan(self, p: PlanData, index: int) -> dict[str, Any]:
        """A plan's data (once per language: the home page and its report pages share it),
        with the links to its self-assessment pages."""
        got = self._plans.get(p.plan.id)
        if got is None:
            got = self.views.plan(p, index)
            got["reports"] = [
                {
                    "text": text(f"reports.item.{period.value}", self.lang),
                    "href": report_page(p, period),
                    "pdfs": self.pdf_links(p, period),
                }
                for period in self.pub.periods.get(p.plan.id, [])
            ]
            self._plans[p.plan.id] = got
        return got

    def pdf_links(self, p: PlanData, period: Period) -> list[dict[str, Any]]:
        """The period's PDF reports, the page's language first; paths from the site root."""
        lang = self.lang
        files = sorted(
            self.pub.pdfs.get((p.plan.id, period.value), []), key=lambda f: f.lang != lang
        )
        return [
            {
                "path": f.path,
                "name": f.path.rsplit("/", 1)[-1],
                "lang": f.lang,
                "text": text(
                    "report.page.download", lang, language=text(f"lang.in.{f.lang}", lang)
                ),
                "short": text("reports.pdf", lang, language=text(f"lang.in.{f.lang}", lang)),
                "size": fmt_size(f.size, lang),
                "sha256": f.sha256,
            }
            for f in files
        ]

    def reports_key(self, p: PlanData) -> list[Any]:
        """What a plan's report links depend on: its periods and their PDFs' bytes."""
        return [
            (
                period.value,
                [(f.path, f.sha256) for f in self.pub.pdfs.get((p.plan.id, period.value), [])],
            )
            for period in self.pub.periods.get(p.plan.id, [])
        ]

    def all(self, resources: Callable[[], list[dict[str, Any]]]) -> None:
        """Every page of the language; ``resources()``: the open data's files, for its page."""
        pub, views, lang, ckey = self.pub, self.views, self.lang, self.fingerprints.commitment
        self.render(
            "home",
            "index.html",
            text("nav.home", lang),
            pub.site_changed,
            lambda: {"plans": [self.plan(p, i) for i, p in enumerate(pub.plans, 1)]},
            [
                (
                    rows_key([p.plan, *p.narratives]),
                    [(c.id, ckey[c.id]) for c in p.commitments],
                    self.reports_key(p),
                )
                for p in pub.plans
            ],
        )
        for i, p in enumerate(pub.plans, 1):
            for period in pub.periods.get(p.plan.id, []):
                self.render(
                    "period",
                    report_page(p, period),
                    text(f"reports.item.{period.value}", lang),
                    pub.changed_of_plan(p),
                    lambda p=p, i=i, period=period: {
                        "r": views.period_report(
                            p, period, self.plan(p, i), self.pdf_links(p, period)
                        )
                    },
                    (
                        i,
                        rows_key([p.plan, *p.narratives]),
                        [ckey[c.id] for c in p.commitments],
                        self.reports_key(p),
                    ),
                )
        for c in pub.commitments:
            cm = c.commitment
            plan = pub.plan_of[c.id].plan
            continues = pub.by_id.get(cm.continues_id or "")
            self.render(
                "commitment",
                commitment_page(cm),
                f"{cm.code} {cm.title}".strip(),
                pub.changed_of(c),
                lambda c=c, plan=plan: {
                    "c": views.commitment(c),
                    "plan_title": plan.title.strip() or text("untitled", lang),
                },
                (
                    ckey[c.id],
                    rows_key([plan]),
                    None if continues is None else rows_key([continues.commitment]),
                ),
            )
        listing = []
        for inst, items in pub.institutions.values():
            ch = pub.per_row.get(inst.id) or Changed()
            for _, c in items:
                ch = ch.later(pub.changed_of(c))
            self.render(
                "institution",
                institution_page(inst),
                inst_name(inst),
                ch,
                lambda inst=inst, items=items: {"i": views.institution(inst, items)},
                (rows_key([inst]), [(role, c.id, ckey[c.id]) for role, c in items]),
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
        self.render(
            "institutions",
            "institutions.html",
            text("nav.institutions", lang),
            pub.site_changed,
            lambda: {"institutions": listing},
        )
        if pub.changes is not None:
            # its data are small (the changes since the last publication): built every time,
            # and the page only when they differ from those of the page on disk
            changes = changes_page(views, pub)
            self.render(
                "changes",
                "changes.html",
                text("changes.heading", lang),
                pub.site_changed,
                lambda: {"ch": changes},
                repr(changes),
            )
        self.render(
            "data",
            "data.html",
            text("nav.data", lang),
            pub.site_changed,
            lambda: {"resources": resources()},
        )

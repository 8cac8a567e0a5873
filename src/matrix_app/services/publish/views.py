"""What each page shows, computed once from the snapshot: plain dicts the templates print.

Figures come from the domain rules through ``services.snapshot.CommitmentData`` (progress,
status, schedule, starred), formats from ``services.report.formatting``, so the site, the PDF
report and the GUI agree. Private fields are left out here, according to ``Privacy``, before
any template sees them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ...domain import models as m
from ...domain import rules
from ...domain.vocabulary import (
    CommitmentSection,
    Completion,
    Direction,
    Level,
    OgpValue,
    Period,
    PlanSection,
    label,
)
from ..evidence_files import is_executable, safe_file_name
from ..report.formatting import (
    fmt_date,
    fmt_percent,
    fmt_period,
    fmt_size,
    fmt_value,
    safe_link,
)
from ..snapshot import CommitmentData, PlanData
from ..translations import Translations
from .charts import (
    completion_svg,
    geometry_svg,
    timeline_geometry,
    timeline_svg,
)
from .figures import Figures
from .labels import text
from .localized import Localized
from .names import slug

_LEVELS = frozenset(Level)


@dataclass(frozen=True)
class Privacy:
    """What is published beyond the public record (all off by default)."""

    emails: bool = False  # focal points' e-mail addresses
    notes: bool = False  # internal notes: plan notes, IRM notes, evidence notes
    quality: bool = False  # matrix quality findings
    authors: bool = False  # who made the last change (journal author names)
    consultation: bool = False  # the public consultation's comments and responses


def commitment_page(c: m.Commitment) -> str:
    return f"commitments/{slug(c.id)}.html"


def institution_page(i: m.Institution) -> str:
    return f"institutions/{slug(i.id)}.html"


def evidence_path(e: m.Evidence) -> str | None:
    """Where a file evidence is copied in the site (None: not published)."""
    if e.kind != "file" or not e.sha256 or is_executable(e.file_name):
        return None
    return f"files/{e.sha256[:16]}/{safe_file_name(e.file_name)}"


def paragraphs(value: str | None) -> list[str]:
    """User text split at blank lines (line breaks inside a paragraph are kept by CSS)."""
    if not value or not value.strip():
        return []
    blocks = re.split(r"\n\s*\n", value.replace("\r\n", "\n").replace("\r", "\n").strip())
    return [b.strip("\n") for b in blocks if b.strip()]


def inst_name(i: m.Institution) -> str:
    return i.name + (f" ({i.acronym})" if i.acronym and i.acronym != i.name else "")


@dataclass
class Changed:
    """When (and, if published, by whom) something last changed, from the journal."""

    at: str = ""
    author: str = ""

    def later(self, other: Changed | None) -> Changed:
        if other is None or other.at <= self.at:
            return self
        return other


def changed_text(changed: Changed | None, lang: str, privacy: Privacy) -> str:
    if changed is None or not changed.at:
        return text("changed.unknown", lang)
    day = fmt_date(dt.datetime.fromisoformat(changed.at).date(), lang)
    if privacy.authors and changed.author.strip():
        return text("changed.by", lang, date=day, author=changed.author.strip())
    return text("changed", lang, date=day)


class Texts(dict):
    """A language's fixed texts for the templates, ``L["col.date"]``: a dict lookup, each
    text found once, instead of a template function call per use."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def __missing__(self, key: str) -> str:
        got = self[key] = text(key, self.lang)
        return got


class Views:
    """Builds the dicts for one language."""

    def __init__(
        self,
        lang: str,
        when: dt.date,
        privacy: Privacy,
        plans: list[PlanData],
        figures: Figures | None = None,
        translations: Translations | None = None,
        comments: dict[str, list[m.ConsultationComment]] | None = None,
    ):
        self.lang = lang
        self.loc = Localized(lang, translations)
        self.comments = comments or {}
        self.when = when
        self.privacy = privacy
        self.plans = plans
        self.by_id = {c.id: c for p in plans for c in p.commitments}
        self.plan_of = {c.id: p for p in plans for c in p.commitments}
        self.figures = figures if figures is not None and figures.when == when else Figures(when)
        self._rows: dict[tuple[str, str], dict[str, Any]] = {}
        # formatted values, dates and fixed texts repeat across a site's thousands of
        # indicators: each is formatted once per language (the profile's largest share)
        self._texts: dict[str, str] = {}
        self._dates: dict[dt.date | None, str] = {}
        self._values: dict[tuple[float | None, str], str] = {}
        self._pcts: dict[float | None, str] = {}
        self._labels: dict[Any, str] = {}
        self.labels = Texts(lang)

    # -- small helpers ------------------------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        if params:
            return text(key, self.lang, **params)
        got = self._texts.get(key)
        if got is None:
            got = self._texts[key] = text(key, self.lang)
        return got

    def date(self, value: dt.date | None) -> str:
        got = self._dates.get(value)
        if got is None:
            got = self._dates[value] = fmt_date(value, self.lang)
        return got

    def pct(self, share: float | None) -> str:
        got = self._pcts.get(share)
        if got is None:
            got = self._pcts[share] = fmt_percent(share, self.lang) if share is not None else ""
        return got

    def label(self, value: Any) -> str:
        key = (type(value), value)  # a plain string's label is looked up in every table
        got = self._labels.get(key)
        if got is None:
            got = self._labels[key] = label(value, self.lang)
        return got

    def inst_links(self, insts: list[m.Institution], up: str) -> list[dict[str, str]]:
        return [{"name": inst_name(i), "href": up + institution_page(i)} for i in insts]

    # -- home -----------------------------------------------------------------------------
    def row(self, c: CommitmentData, up: str = "") -> dict[str, Any]:
        """A commitment's row in the tables (built once per page depth; do not change it)."""
        got = self._rows.get((c.id, up))
        if got is None:
            got = self._rows[(c.id, up)] = self._row(c, up)
        return got

    def _row(self, c: CommitmentData, up: str) -> dict[str, Any]:
        cm = c.commitment
        progress, schedule, starred = self.figures.commitment(c)
        return {
            "code": cm.code,
            "title": self.loc.plain(cm, "title", "commitment"),
            "href": up + commitment_page(cm),
            "lead": self.inst_links(c.lead(), up),
            "completion": cm.completion,
            "completion_label": self.label(cm.completion),
            "schedule": self.label(schedule),
            "progress": self.pct(progress),
            "progress_value": "" if progress is None else f"{progress:.4f}",
            "starred": starred,
            "institutions": " ".join(slug(i.id) for _, i in c.institutions),
            "themes": "\n".join(cm.theme_list()),
        }

    def plan(self, p: PlanData, index: int) -> dict[str, Any]:
        pl = p.plan
        counts = Counter(c.commitment.completion for c in p.commitments)
        total = len(p.commitments)
        ident = f"plan{index}"
        chart_title = text("summary.chart", self.lang)
        sections = []
        for period in Period:
            parts = []
            for section in PlanSection:
                texts = [
                    b
                    for n in p.narratives
                    if n.period == period.value and n.section == section.value
                    for b in paragraphs(n.text)
                ]
                if texts:
                    parts.append({"label": self.label(section), "paragraphs": texts})
            if parts:
                sections.append({"label": self.label(period), "parts": parts})
        themes = sorted(
            {t for c in p.commitments for t in c.commitment.theme_list()}, key=str.lower
        )
        insts: dict[str, m.Institution] = {}
        for c in p.commitments:
            for _, i in c.institutions:
                insts.setdefault(i.id, i)
        return {
            "id": ident,
            "title": self.loc.plain(pl, "title", "action_plan").strip()
            or text("untitled", self.lang),
            "government": pl.government,
            "period": fmt_period(pl.period_start, pl.period_end, self.lang),
            "coordinating_body": pl.coordinating_body,
            "notes": paragraphs(pl.notes) if self.privacy.notes else [],
            "n": total,
            "chart": completion_svg(counts, self.lang, chart_title, ident),
            "chart_title": chart_title,
            "summary": [
                {
                    "value": c.value,
                    "label": self.label(c),
                    "n": counts.get(c.value, 0),
                    "share": self.pct(counts.get(c.value, 0) / total) if total else "",
                }
                for c in Completion
            ],
            "rows": [self.row(c) for c in p.commitments],
            "themes": themes,
            "institutions": sorted(
                ({"id": slug(i.id), "name": inst_name(i)} for i in insts.values()),
                key=lambda d: d["name"].lower(),
            ),
            "completions": [
                {"value": c.value, "label": self.label(c)}
                for c in Completion
                if counts.get(c.value)
            ],
            "narratives": sections,
            "consultation": self.consultation(p),
            **self.plan_timeline(p, ident),
        }

    #: Above this many commitments a bar each no longer reads: the table stands alone.
    PLAN_TIMELINE_MAX = 40

    def plan_timeline(self, p: PlanData, ident: str) -> dict[str, Any]:
        """The plan's commitments on a timeline (start to end, filled up to their indicator
        progress, late ones outlined) and its text equivalent; empty for a large plan."""
        if not 0 < len(p.commitments) <= self.PLAN_TIMELINE_MAX:
            return {"timeline": "", "timeline_rows": []}
        rows, table = [], []
        for c in p.commitments:
            cm = c.commitment
            progress, schedule, _ = self.figures.commitment(c)
            late = schedule.value in ("behind_schedule", "overdue")
            code = cm.code.strip() or "–"
            rows.append((code, cm.start_date, cm.end_date, progress, late))
            table.append(
                {
                    "code": code,
                    "title": self.loc.plain(cm, "title", "commitment"),
                    "start": self.date(cm.start_date),
                    "end": self.date(cm.end_date),
                    "progress": self.pct(progress),
                    "schedule": self.label(schedule),
                }
            )
        today = self.date(self.when)
        svg = timeline_svg(
            timeline_geometry(rows, self.when),
            self.lang,
            self.t("plan.timeline.title", date=today),
            ident + "-tl",
            today,
        )
        return {"timeline": svg, "timeline_rows": table if svg else []}

    def block(self, obj: Any, field: str, table: str) -> dict[str, Any]:
        """A user text's paragraphs in the page's language, and the language they are in
        when they are not translated ("")."""
        value, in_lang = self.loc.block_lang(obj, field, table)
        return {"paragraphs": paragraphs(value), "lang": in_lang}

    def consultation(self, p: PlanData) -> list[dict[str, Any]] | None:
        """The consultation's comments and responses per period (None: not published)."""
        if not self.privacy.consultation:
            return None
        out = []
        rows = self.comments.get(p.plan.id, [])
        for period in Period:
            items = [
                {
                    "organisation": x.organisation.strip(),
                    "date": self.date(x.received_on),
                    "comment": self.block(x, "comment", "consultation_comment"),
                    "response": self.block(x, "response", "consultation_comment"),
                }
                for x in rows
                if x.period == period.value
            ]
            if items:
                out.append({"label": self.label(period), "n": len(items), "items": items})
        return out

    # -- commitment -----------------------------------------------------------------------
    def commitment(self, c: CommitmentData) -> dict[str, Any]:
        cm = c.commitment
        lang = self.lang
        self.loc.missing = 0
        up = "../"
        plan = self.plan_of[c.id].plan
        values = [self.label(v) for v in OgpValue if getattr(cm, f"ogp_{v.value}", False)]
        continues = self.by_id.get(cm.continues_id or "")
        facts: list[dict[str, Any]] = [
            {"k": self.t("commitment.plan"), "v": plan.title.strip() or self.t("untitled")},
            {"k": self.t("fact.lead"), "links": self.inst_links(c.lead(), up)},
            {"k": self.t("fact.support"), "links": self.inst_links(c.support(), up)},
            {"k": self.t("fact.dates"), "v": fmt_period(cm.start_date, cm.end_date, lang)},
            {"k": self.t("fact.values"), "v": ", ".join(values)},
            {"k": self.t("fact.themes"), "v": ", ".join(cm.theme_list())},
            {
                "k": self.t("fact.sdgs"),
                "v": "; ".join(x.strip() for x in cm.sdgs.split(";") if x.strip()),
            },
            {"k": self.t("fact.focal_point"), "v": cm.focal_point_name.strip()},
        ]
        if self.privacy.emails and cm.focal_point_email.strip():
            facts.append({"k": self.t("fact.email"), "v": cm.focal_point_email.strip()})
        progress, schedule, starred = self.figures.commitment(c)
        facts += [
            {"k": self.t("fact.completion"), "v": self.label(cm.completion)},
            {
                "k": self.t("fact.schedule", date=self.date(self.when)),
                "v": self.label(schedule),
            },
            {"k": self.t("fact.indicator_progress"), "v": self.pct(progress)},
            {
                "k": self.t("fact.starred"),
                "v": ("★ " if starred else "") + self.t("yes" if starred else "no"),
            },
        ]
        if continues is not None:
            cc = continues.commitment
            facts.append(
                {
                    "k": self.t("fact.continues"),
                    "links": [
                        {"name": f"{cc.code} {cc.title}".strip(), "href": slug(cc.id) + ".html"}
                    ],
                }
            )
        facts = [{"v": "", "links": [], **f} for f in facts if f.get("v") or f.get("links")]
        irm = [
            (self.t("irm.specificity"), self.label(cm.irm_specificity)),
            (self.t("irm.potential_impact"), self.label(cm.irm_potential_impact)),
            (self.t("irm.mid_term"), self.label(cm.irm_completion_mid_term)),
            (self.t("irm.end_of_term"), self.label(cm.irm_completion_end_of_term)),
            (
                self.t("irm.on_time"),
                "" if cm.irm_on_time is None else self.t("yes" if cm.irm_on_time else "no"),
            ),
            (self.t("irm.opened_government"), self.label(cm.irm_opened_government)),
        ]
        texts = []
        for key, heading in [
            ("status_quo", self.t("status_quo")),
            ("objective", self.t("objective")),
            ("description", self.t("description")),
            *[(f"relevance_{v.value}", self.t("relevance", value=self.label(v))) for v in OgpValue],
            ("budget", self.t("budget")),
            ("national_plan_links", self.t("national_plans")),
            ("partners", self.t("partners")),
        ]:
            value, in_lang = self.loc.block_lang(cm, key, "commitment")
            if value.strip():
                texts.append({"heading": heading, "paragraphs": paragraphs(value), "lang": in_lang})
        return {
            "code": cm.code,
            "title": cm.title,
            "heading": self.t(
                "commitment.heading" if cm.code.strip() else "commitment.heading_nocode",
                code=cm.code.strip(),
                title=self.loc.plain(cm, "title", "commitment").strip(),
            ),
            "title_lang": self.loc.block_lang(cm, "title", "commitment")[1],
            "facts": facts,
            "texts": texts,
            "irm": [{"k": k, "v": v} for k, v in irm if v],
            "irm_notes": paragraphs(cm.irm_notes) if self.privacy.notes else [],
            "logframe": self.logframe(c),
            "indicators": self.indicators(c),
            "milestones": self.milestones(c),
            "timeline": timeline_svg(
                self.figures.timeline(c),
                lang,
                self.t("timeline.title", date=self.date(self.when)),
                "tl-" + slug(cm.id),
                self.t("timeline.today", date=self.date(self.when)),
            ),
            "timeline_caption": self.t("timeline.caption", date=self.date(self.when)),
            "evidence": self.evidence(c),
            "narratives": self.narratives(c),
            "untranslated": self.loc.missing,
            "findings": (
                [{"severity": f.severity, "text": f.message(lang)} for f in c.findings()]
                if self.privacy.quality
                else None
            ),
        }

    def level_name(self, r: m.Result, code: str) -> str:
        name = self.label(Level(r.level)) if r.level in _LEVELS else r.level
        return f"{name} {code}".strip()

    def logframe(self, c: CommitmentData) -> list[dict[str, Any]]:
        codes = self.figures.codes(c)
        by_result: dict[str, list[m.Indicator]] = {}
        for ind in c.indicators:
            by_result.setdefault(ind.result_id, []).append(ind)
        rows = []
        for r in self.figures.ordered_results(c):
            inds = by_result.get(r.id, [])
            detail = []
            if r.level == Level.ACTIVITY:
                detail.append(fmt_period(r.start_date, r.end_date, self.lang))
                if r.progress is not None:
                    detail.append(self.t("activity.done", p=self.pct(r.progress / 100)))
            rows.append(
                {
                    "level": r.level,
                    "name": self.level_name(r, codes.get(r.id, "")),
                    "narrative": self.loc.inline(r, "narrative", "result"),
                    "detail": " · ".join(d for d in detail if d),
                    "indicators": [
                        {
                            "name": self.loc.plain(i, "name", "indicator"),
                            "anchor": "i-" + slug(i.id),
                        }
                        for i in inds
                    ],
                    "verification": [
                        i.means_of_verification for i in inds if i.means_of_verification
                    ],
                    "assumptions": self.loc.inline(r, "assumptions", "result"),
                }
            )
        return rows

    def value(self, v: float | None, unit: str) -> str:
        key = (v, unit)
        got = self._values.get(key)
        if got is None:
            got = self._values[key] = fmt_value(v, unit, self.lang)
        return got

    def indicators(self, c: CommitmentData) -> list[dict[str, Any]]:
        codes = self.figures.codes(c)
        results = {r.id: r for r in c.results}
        chart_texts = {"target": self.t("chart.target"), "actual": self.t("chart.actual")}
        out = []
        for ind in c.indicators:
            unit = ind.unit
            r = results.get(ind.result_id)
            facts = [
                (self.t("indicator.result"), self.level_name(r, codes.get(r.id, "")) if r else ""),
                (self.t("indicator.formula"), ind.formula),
                (self.t("col.verification"), ind.means_of_verification),
                (self.t("indicator.source"), ind.data_source),
                (self.t("indicator.frequency"), ind.frequency),
                (self.t("indicator.responsible"), ind.responsible),
                (self.t("indicator.dimension"), self.label(ind.dimension)),
                (
                    self.t("col.baseline"),
                    " · ".join(
                        x
                        for x in (
                            self.value(ind.baseline_value, unit),
                            self.date(ind.baseline_date),
                        )
                        if x
                    ),
                ),
            ]
            details = []
            if unit.strip():
                details.append(self.t("indicator.unit", unit=unit.strip()))
            if ind.direction == Direction.DECREASE:
                details.append(self.t("indicator.decreasing"))
            targets = []
            for tg in c.targets.get(ind.id, []):
                revisions = []
                for rv in c.revisions.get(tg.id, []):
                    old = self.value(rv.old_value, unit) or "…"
                    if rv.old_due_date and rv.old_due_date != rv.new_due_date:
                        old = self.t("target.by", value=old, date=self.date(rv.old_due_date))
                    new = self.value(rv.new_value, unit) or "…"
                    if rv.new_due_date and rv.new_due_date != rv.old_due_date:
                        new = self.t("target.by", value=new, date=self.date(rv.new_due_date))
                    revisions.append(
                        self.t(
                            "revision.text",
                            date=self.date(rv.revised_on) or "…",
                            old=old,
                            new=new,
                            reason=rv.reason.strip() or "…",
                        )
                    )
                targets.append(
                    {
                        "value": self.value(tg.value, unit) or "…",
                        "due": self.date(tg.due_date),
                        "note": tg.note,
                        "revisions": revisions,
                    }
                )
            value, date = self.value, self.date
            measurements = [
                {
                    "date": date(when),
                    "value": value(v, unit),
                    "comment": comment,
                    "reported_by": by,
                    "evidence": anchor,
                    "evidence_title": title,
                }
                for when, v, comment, by, anchor, title in self.figures.measurements(c, ind)
            ]
            _, _, progress, status = self.figures.indicator(c, ind)
            ident = "i-" + slug(ind.id)
            chart_title = self.t(
                "indicator.chart_title", name=self.loc.plain(ind, "name", "indicator")
            )
            geometry, table = self.figures.chart(c, ind)
            chart = geometry_svg(geometry, self.lang, chart_title, ident + "-c", chart_texts)
            baseline = f" ({self.t('chart.baseline').lower()})"
            out.append(
                {
                    "anchor": ident,
                    "name": self.loc.inline(ind, "name", "indicator"),
                    "details": " · ".join(details),
                    "facts": [{"k": k, "v": v} for k, v in facts if v],
                    "targets": targets,
                    "measurements": measurements,
                    "progress": self.pct(progress),
                    "status": self.label(status),
                    "chart": chart,
                    "chart_title": chart_title,
                    "chart_rows": [
                        {
                            "date": date(d),
                            "target": ""
                            if target is None
                            else value(target, unit) + baseline
                            if is_base
                            else value(target, unit),
                            "actual": "" if actual is None else value(actual, unit),
                        }
                        for d, target, is_base, actual in table
                    ],
                }
            )
        return out

    def milestones(self, c: CommitmentData) -> list[dict[str, Any]]:
        codes = self.figures.codes(c)
        out = []
        for r in self.figures.ordered_results(c):
            if r.level != Level.ACTIVITY:
                continue
            done = None if r.progress is None else min(1.0, max(0.0, r.progress / 100))
            schedule = rules.schedule_check(r.start_date, r.end_date, done, self.when)
            elapsed = rules.time_elapsed(r.start_date, r.end_date, self.when)
            out.append(
                {
                    "code": codes.get(r.id, ""),
                    "narrative": r.narrative,
                    "start": self.date(r.start_date),
                    "end": self.date(r.end_date),
                    "done": self.pct(done),
                    "done_width": 0 if done is None else round(done * 100),
                    "elapsed_width": None if elapsed is None else round(elapsed * 100),
                    "schedule": self.label(schedule),
                    "schedule_value": schedule.value,
                }
            )
        return out

    def evidence(self, c: CommitmentData) -> list[dict[str, Any]]:
        out = []
        for e in c.evidence:
            item: dict[str, Any] = {
                "anchor": "e-" + slug(e.id),
                "title": e.title,
                "date": self.date(e.date),
                "kind": self.label(e.kind),
                "url": None,
                "url_text": "",
                "file": None,
                "note": paragraphs(e.note) if self.privacy.notes else [],
                "note_withheld": bool(e.note.strip()) and not self.privacy.notes,
            }
            if e.url.strip():
                item["url_text"] = e.url.strip()
                link = safe_link(e.url)
                if link is not None and not link.lower().startswith("mailto:"):
                    item["url"] = e.url.strip()
            if e.kind == "file" or e.file_name:
                path = evidence_path(e)
                item["file"] = {
                    "name": safe_file_name(e.file_name),
                    "href": "../../" + path if path else None,
                    "sha256": e.sha256 or "",
                    "size": fmt_size(e.size, self.lang) if e.size is not None else "",
                }
            out.append(item)
        return out

    def narratives(self, c: CommitmentData) -> list[dict[str, Any]]:
        out = []
        for period in Period:
            parts = []
            for section in CommitmentSection:
                blocks, langs = [], ""
                for n in c.narratives:
                    if n.period == period.value and n.section == section.value:
                        value, in_lang = self.loc.block_lang(n, "text", "narrative")
                        blocks += paragraphs(value)
                        langs = langs or in_lang
                if blocks:
                    parts.append(
                        {"label": self.label(section), "paragraphs": blocks, "lang": langs}
                    )
            if parts:
                out.append({"label": self.label(period), "parts": parts})
        return out

    # -- institutions ---------------------------------------------------------------------
    def institution(
        self, i: m.Institution, items: list[tuple[str, CommitmentData]]
    ) -> dict[str, Any]:
        return {
            "name": i.name,
            "acronym": i.acronym,
            "kind": self.label(i.kind),
            "rows": [dict(self.row(c, "../"), role=self.label(role)) for role, c in items],
        }

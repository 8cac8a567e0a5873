"""A commitment page's data in one language: facts, texts, IRM assessment, logframe,
indicators, milestones (table and Gantt chart), evidence, narratives and quality findings."""

from __future__ import annotations

from typing import Any

from ...domain import models as m
from ...domain import rules
from ...domain.vocabulary import CommitmentSection, Level, OgpValue, Period
from ..evidence_files import safe_file_name
from ..report.formatting import fmt_size, safe_link
from ..snapshot import CommitmentData
from .charts import timeline_svg
from .indicator_views import IndicatorViews
from .names import evidence_path, slug
from .view_base import paragraphs


class CommitmentViews(IndicatorViews):
    """The commitment page (the indicators' part is ``IndicatorViews``)."""

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
            {"k": self.t("fact.dates"), "v": self.period(cm.start_date, cm.end_date)},
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
                detail.append(self.period(r.start_date, r.end_date))
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
                name = safe_file_name(e.file_name)
                item["file"] = {
                    "name": name,
                    "download": self.t("evidence.download", name=name),
                    "href": "../../" + path if path else None,
                    "sha256": e.sha256 or "",
                    "size": fmt_size(e.size, self.lang) if e.size is not None else "",
                }
            out.append(item)
        return out

    def narratives(self, c: CommitmentData) -> list[dict[str, Any]]:
        out = []
        for period in Period:
            parts = self.period_parts(c.narratives, period.value, CommitmentSection)
            if parts:
                out.append({"label": self.label(period), "parts": parts})
        return out

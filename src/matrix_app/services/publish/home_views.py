"""The home page's and institution pages' data in one language: each plan (facts,
completion summary and chart, narratives, consultation, the timeline of a small plan) and
the commitments tables, whose rows are built once per page depth and shared by the pages."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ...domain import models as m
from ...domain.vocabulary import Completion, Period, PlanSection
from ..report.formatting import fmt_period
from ..snapshot import CommitmentData, PlanData
from .charts import completion_svg, timeline_geometry, timeline_svg
from .labels import text
from .names import commitment_page, inst_name, slug
from .view_base import ViewBase, paragraphs


class HomeViews(ViewBase):
    """Plans and commitments tables (the home page), institutions' tables."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._rows: dict[tuple[str, str], dict[str, Any]] = {}

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

    def institution(
        self, i: m.Institution, items: list[tuple[str, CommitmentData]]
    ) -> dict[str, Any]:
        return {
            "name": i.name,
            "acronym": i.acronym,
            "kind": self.label(i.kind),
            "rows": [dict(self.row(c, "../"), role=self.label(role)) for role, c in items],
        }

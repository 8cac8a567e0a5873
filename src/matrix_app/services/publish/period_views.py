"""The self-assessment page of a plan for one period (mid-term, end of term), in one
language: what the government reports for that period, laid out as the site reads.

OGP asks for a mid-term and an end-of-term self-assessment; the home page has the plan as it
stands, this page has what was said for the period: the completion summary, the plan's texts
(process, meetings, lessons, next steps), each commitment's progress, challenges and next
steps with its completion and the IRM's assessment of that period, the public consultation
when published, and the PDF report when the coordinator chose to include it.
"""

from __future__ import annotations

from typing import Any

from ...domain.vocabulary import CommitmentSection, Period, PlanSection
from ..snapshot import CommitmentData, PlanData
from .names import commitment_page, slug
from .view_base import ViewBase


def report_page(p: PlanData, period: Period) -> str:
    """The page's path in a language's folder: ``reports/<plan>-mid-term.html``."""
    return f"reports/{slug(p.plan.id)}-{period.value.replace('_', '-')}.html"


def report_pdf(p: PlanData, period: Period, lang: str) -> str:
    """The PDF's path in the site's folder (shared by the languages' pages)."""
    return f"reports/{slug(p.plan.id)}-{period.value.replace('_', '-')}-{lang}.pdf"


def periods_with_texts(p: PlanData, comments: list[Any]) -> list[Period]:
    """The periods a plan has something to say about: a text of the plan or of one of its
    commitments, or a published consultation comment, for that period."""
    said = {n.period for n in p.narratives if n.text.strip()}
    said |= {n.period for c in p.commitments for n in c.narratives if n.text.strip()}
    said |= {x.period for x in comments}
    return [period for period in Period if period.value in said]


class PeriodViews(ViewBase):
    """A plan's self-assessment page of one period (the home page's helpers reused)."""

    def period_report(
        self, p: PlanData, period: Period, plan: dict[str, Any], pdfs: list[dict[str, Any]]
    ) -> dict[str, Any]:
        """``plan``: the plan's data as the home page has it (``HomeViews.plan``)."""
        texts = self.period_parts(p.narratives, period.value, PlanSection)
        consultation = plan["consultation"]
        if consultation is not None:
            consultation = [x for x in consultation if x["label"] == self.label(period)]
        return {
            "plan": plan,
            "period_label": self.t(f"reports.item.{period.value}"),
            "heading": self.t(
                "report.page.heading",
                period=self.t(f"reports.item.{period.value}"),
                plan=plan["title"],
            ),
            "texts": texts,
            "commitments": [self._commitment(c, period) for c in p.commitments],
            "consultation": consultation,
            "pdfs": pdfs,
            "home": f"index.html#{plan['id']}",
        }

    def _commitment(self, c: CommitmentData, period: Period) -> dict[str, Any]:
        cm = c.commitment
        progress, schedule, starred = self.figures.commitment(c)
        parts = self.period_parts(c.narratives, period.value, CommitmentSection)
        irm = (
            cm.irm_completion_mid_term
            if period == Period.MID_TERM
            else cm.irm_completion_end_of_term
        )
        code = cm.code.strip()
        title = self.loc.plain(cm, "title", "commitment").strip()
        return {
            "id": "c-" + slug(cm.id),
            "heading": self.t("commitment.heading", code=code, title=title)
            if code
            else self.t("commitment.heading_nocode", title=title),
            "href": "../" + commitment_page(cm),
            "completion": cm.completion,
            "completion_label": self.label(cm.completion),
            "irm": self.label(irm) if irm else "",
            "schedule": self.label(schedule),
            "progress": self.pct(progress),
            "starred": starred,
            "parts": parts,
        }

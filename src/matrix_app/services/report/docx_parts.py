"""The Word report's plan-level parts after the outline (``outline.py``): a part's heading
is kept only when something follows it, so empty parts leave no trace (a mixin of
``DocxReport``)."""

from __future__ import annotations

from collections import Counter

from ...domain.vocabulary import OgpValue, OpenedGovernment, PotentialImpact, Specificity, label
from ..snapshot import PlanData
from .docx_base import _blocks_into, _para, _table
from .outline import Part, plan_texts


def _vocab(enum, value: str | None, lang: str) -> str:
    if not value:
        return "–"
    try:
        return label(enum(value), lang)
    except ValueError:
        return value


class PlanParts:
    plan: PlanData
    lang: str
    period: str

    def part(self, part: Part, not_written: list[str]) -> bool:
        """Write ``part`` (heading, narratives, content); nothing when it is empty."""
        heading = self.heading(self.t(f"part.{part.key}"), 1)
        size = len(self._scratch)
        for section in part.texts:
            title = self.t(f"sub.{self.period}.{section}")
            texts = plan_texts(self.plan, self.period, section)
            if not texts:
                not_written.append(title)
                continue
            self.heading(title, 2)
            for value in texts:
                _blocks_into(self.out, value)
        for key in part.content:
            found = getattr(self, f"content_{key}")()
            if not found and key == "consultation":
                not_written.append(self.t("part.consultation"))
        if len(self._scratch) == size:
            heading._p.getparent().remove(heading._p)
            return False
        return True

    def content_consultation(self) -> bool:
        from .formatting import fmt_date

        comments = self.inputs.comments
        if not comments:
            return False
        start, end = self.inputs.consultation
        dates = (
            self.t(
                "consultation.dates",
                start=fmt_date(start, self.lang) or "…",
                end=fmt_date(end, self.lang) or "…",
            )
            if start or end
            else ""
        )
        _para(self.out, self.t("consultation.intro", n=len(comments), dates=dates))
        rows = []
        for c in comments:
            who = [(c.author or "…", "bold")]
            if c.organisation.strip():
                who.append((c.organisation, "small"))
            response = (
                c.response
                if c.response.strip()
                else [(self.t("consultation.no_response"), "small")]
            )
            rows.append([who, fmt_date(c.received_on, self.lang), c.comment, response])
        head = [self.t(k) for k in ("col.who", "col.date", "col.comment", "col.response")]
        _table(self.out, head, rows, [34, 24, 60, 52])
        return True

    def content_summary(self) -> bool:
        self.summary()
        return True

    def content_annex(self) -> bool:
        self.annex()
        return True

    def content_relevance(self) -> bool:
        items = self.plan.commitments
        if not items:
            return False
        with_irm = any(
            c.commitment.irm_specificity or c.commitment.irm_potential_impact for c in items
        )
        keys = ["col.code", "col.commitment", "col.values"]
        if with_irm:
            keys += ["col.specificity", "col.impact"]
        rows = []
        for c in items:
            cm = c.commitment
            values = [label(v, self.lang) for v in OgpValue if getattr(cm, f"ogp_{v.value}", False)]
            row = [[(cm.code, "bold")], cm.title, ", ".join(values) or self.t("none")]
            if with_irm:
                row += [
                    _vocab(Specificity, cm.irm_specificity, self.lang),
                    _vocab(PotentialImpact, cm.irm_potential_impact, self.lang),
                ]
            rows.append(row)
        _para(self.out, self.t("relevance.intro"))
        widths = [11, 70, 45] + ([22, 24] if with_irm else [])
        _table(self.out, [self.t(k) for k in keys], rows, widths)
        return True

    def content_opened(self) -> bool:
        tally = Counter(
            c.commitment.irm_opened_government
            for c in self.plan.commitments
            if c.commitment.irm_opened_government
        )
        if not tally:
            return False
        order = [v.value for v in OpenedGovernment]
        counts = "; ".join(
            self.t("opened.count", label=_vocab(OpenedGovernment, v, self.lang), n=n)
            for v, n in sorted(
                tally.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99
            )
        )
        self.heading(self.t("opened.heading"), 2)
        _para(self.out, self.t("opened.intro", counts=counts))
        return True

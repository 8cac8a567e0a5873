"""An indicator's data in one language: facts, targets with their revisions, actual values,
the chart (its geometry shared by the languages, see ``figures``) and its table."""

from __future__ import annotations

from typing import Any

from ...domain.vocabulary import Direction
from ..snapshot import CommitmentData
from .charts import geometry_svg
from .names import slug
from .view_base import ViewBase


class IndicatorViews(ViewBase):
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

"""An indicator's data in one language: facts, targets with their revisions, actual values,
the chart (its geometry shared by the languages, see ``figures``) and its table."""

from __future__ import annotations

from typing import Any

from ...domain.vocabulary import Direction
from ..snapshot import CommitmentData
from .charts import geometry_svg
from .names import slug
from .view_base import ViewBase

#: The facts listed for each indicator, in order (their values are the indicator's).
_FACTS = (
    "indicator.result",
    "indicator.formula",
    "col.verification",
    "indicator.source",
    "indicator.frequency",
    "indicator.responsible",
    "indicator.dimension",
    "col.baseline",
)


class IndicatorViews(ViewBase):
    """A site has ten indicators per commitment: the fixed texts of the loop are looked up
    once per language, and the chart's drawing is the one of ``Figures``."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._targets: dict[tuple[str, str], str] = {}

    def indicators(self, c: CommitmentData) -> list[dict[str, Any]]:
        codes = self.figures.codes(c)
        results = {r.id: r for r in c.results}
        L, t, value, date, label = self.labels, self.t, self.value, self.date, self.label
        figures, loc, lang = self.figures, self.loc, self.lang
        chart_texts = {"target": L["chart.target"], "actual": L["chart.actual"]}
        fact_keys = [L[k] for k in _FACTS]
        baseline = f" ({L['chart.baseline'].lower()})"
        by = self._targets
        out = []
        for ind in c.indicators:
            unit = ind.unit
            r = results.get(ind.result_id)
            base = value(ind.baseline_value, unit)
            base_date = date(ind.baseline_date)
            values = (
                self.level_name(r, codes.get(r.id, "")) if r else "",
                ind.formula,
                ind.means_of_verification,
                ind.data_source,
                ind.frequency,
                ind.responsible,
                label(ind.dimension),
                f"{base} · {base_date}" if base and base_date else base or base_date,
            )
            details = []
            if unit.strip():
                details.append(t("indicator.unit", unit=unit.strip()))
            if ind.direction == Direction.DECREASE:
                details.append(L["indicator.decreasing"])
            targets = []
            for tg in c.targets.get(ind.id, []):
                revisions = []
                for rv in c.revisions.get(tg.id, []):
                    old = value(rv.old_value, unit) or "…"
                    if rv.old_due_date and rv.old_due_date != rv.new_due_date:
                        old = t("target.by", value=old, date=date(rv.old_due_date))
                    new = value(rv.new_value, unit) or "…"
                    if rv.new_due_date and rv.new_due_date != rv.old_due_date:
                        new = t("target.by", value=new, date=date(rv.new_due_date))
                    revisions.append(
                        t(
                            "revision.text",
                            date=date(rv.revised_on) or "…",
                            old=old,
                            new=new,
                            reason=rv.reason.strip() or "…",
                        )
                    )
                shown, due = value(tg.value, unit) or "…", date(tg.due_date)
                said = by.get((shown, due))
                if said is None:  # "40 % by 30 June 2016": a few per plan, once each
                    said = by[(shown, due)] = (
                        t("target.by", value=shown, date=due) if due else shown
                    )
                targets.append(
                    {
                        "value": shown,
                        "due": due,
                        "text": said,
                        "note": tg.note,
                        "revisions": revisions,
                    }
                )
            measurements = [
                {
                    "date": date(when),
                    "value": value(v, unit),
                    "comment": comment,
                    "reported_by": by,
                    "evidence": anchor,
                    "evidence_title": title,
                }
                for when, v, comment, by, anchor, title in figures.measurements(c, ind)
            ]
            _, _, progress, status = figures.indicator(c, ind)
            ident = "i-" + slug(ind.id)
            chart_title = t("indicator.chart_title", name=loc.plain(ind, "name", "indicator"))
            geometry, table = figures.chart(c, ind)
            out.append(
                {
                    "anchor": ident,
                    "name": loc.inline(ind, "name", "indicator"),
                    "details": " · ".join(details),
                    "facts": [
                        {"k": k, "v": v} for k, v in zip(fact_keys, values, strict=True) if v
                    ],
                    "targets": targets,
                    "measurements": measurements,
                    "progress": self.pct(progress),
                    "status": label(status),
                    "chart": geometry_svg(geometry, lang, chart_title, ident + "-c", chart_texts),
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

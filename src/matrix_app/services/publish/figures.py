"""What does not depend on the page's language, computed once per publication and shared by
the home, institution and commitment pages of every language (no Qt): indicator progress and
status, commitment figures, logframe codes and order, chart geometry and tables, timelines."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...domain import models as m
from ...domain import rules
from ...domain.vocabulary import Level
from ..snapshot import CommitmentData
from .charts import Geometry, Timeline, indicator_geometry, timeline_geometry
from .names import slug


class Figures:
    """What does not depend on the language, computed once per commitment and indicator and
    shared by the home, institution and commitment pages of every language."""

    def __init__(self, when: dt.date):
        self.when = when
        self._commitments: dict[str, tuple[float | None, Any, bool]] = {}
        self._indicators: dict[str, tuple[list, list, float | None, Any]] = {}
        self._codes: dict[str, dict[str, str]] = {}
        self._ordered: dict[str, list[m.Result]] = {}
        self._charts: dict[str, tuple[Geometry | None, list[tuple]]] = {}
        self._measurements: dict[str, list[tuple]] = {}
        self._timelines: dict[str, Timeline | None] = {}

    def indicator(self, c: CommitmentData, ind: m.Indicator):
        """(target points, actual points, progress, status) as of ``when``."""
        got = self._indicators.get(ind.id)
        if got is None:
            tpoints, apoints = c.indicator_points(ind)
            last = rules.latest(apoints, self.when)
            progress = None
            if last is not None and tpoints:
                final = max(tpoints, key=lambda p: p.date)
                progress = rules.progress(
                    ind.baseline_value, final.value, last.value, ind.direction
                )
            status = rules.status_at(
                ind.baseline_value, ind.baseline_date, tpoints, apoints, self.when, ind.direction
            )
            got = self._indicators[ind.id] = (tpoints, apoints, progress, status)
        return got

    def commitment(self, c: CommitmentData):
        """(mean indicator progress, schedule, starred) as of ``when``."""
        got = self._commitments.get(c.id)
        if got is None:
            values = [self.indicator(c, i)[2] for i in c.indicators]
            known = [min(1.0, max(0.0, v)) for v in values if v is not None]
            mean = sum(known) / len(known) if known else None
            got = self._commitments[c.id] = (mean, c.schedule(self.when), c.starred())
        return got

    def codes(self, c: CommitmentData) -> dict[str, str]:
        got = self._codes.get(c.id)
        if got is None:
            got = self._codes[c.id] = c.codes()
        return got

    def chart(self, c: CommitmentData, ind: m.Indicator):
        """The indicator chart's geometry (see ``charts.Geometry``) and its text equivalent:
        (date, target or baseline value, whether it is the baseline, actual value) by date."""
        got = self._charts.get(ind.id)
        if got is None:
            tpoints, apoints, _, _ = self.indicator(c, ind)
            base = None
            if ind.baseline_value is not None and ind.baseline_date is not None:
                base = rules.Point(ind.baseline_date, ind.baseline_value)
            table: dict[dt.date, list] = {}
            if base is not None:
                table.setdefault(base.date, [None, False, None])[:2] = [base.value, True]
            for p in tpoints:
                table.setdefault(p.date, [None, False, None])[:2] = [p.value, False]
            for p in apoints:
                table.setdefault(p.date, [None, False, None])[2] = p.value
            rows = [(d, *v) for d, v in sorted(table.items())]
            got = self._charts[ind.id] = (indicator_geometry(base, tpoints, apoints), rows)
        return got

    def timeline(self, c: CommitmentData) -> Timeline | None:
        """The Gantt chart of the commitment's activities as of ``when``."""
        if c.id not in self._timelines:
            codes = self.codes(c)
            rows = []
            for r in self.ordered_results(c):
                if r.level != Level.ACTIVITY:
                    continue
                done = None if r.progress is None else min(1.0, max(0.0, r.progress / 100))
                schedule = rules.schedule_check(r.start_date, r.end_date, done, self.when)
                late = schedule.value in ("behind_schedule", "overdue")
                rows.append((codes.get(r.id, ""), r.start_date, r.end_date, done, late))
            self._timelines[c.id] = timeline_geometry(rows, self.when)
        return self._timelines[c.id]

    def measurements(self, c: CommitmentData, ind: m.Indicator) -> list[tuple]:
        """(date, value, comment, reported by, cited evidence's anchor and title) per
        measurement of ``ind``."""
        got = self._measurements.get(ind.id)
        if got is None:
            got = []
            for x in c.measurements.get(ind.id, []):
                cited = c.cited_evidence(x)
                anchor = ("e-" + slug(cited.id)) if cited is not None else ""
                title = cited.title if cited is not None else ""
                got.append((x.measured_on, x.value, x.comment, x.reported_by, anchor, title))
            self._measurements[ind.id] = got
        return got

    def ordered_results(self, c: CommitmentData) -> list[m.Result]:
        got = self._ordered.get(c.id)
        if got is None:
            got = self._ordered[c.id] = c.ordered_results()
        return got

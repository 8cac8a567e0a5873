"""A read-only, in-memory picture of a project (or one plan) for summaries and reports.

Each table is loaded once and its rows grouped by commitment (``snapshot_read.py``), so a
dashboard, a report or a quality check over thousands of commitments runs a handful of
queries, never one per commitment; these classes answer from the grouped rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.quality import Finding, commitment_findings, untranslated
from ..domain.vocabulary import Level, Role, Schedule, Status
from .translation_findings import (
    TEXT_FIELDS as _TEXT_FIELDS,
)
from .translation_findings import (
    TranslationState,
    commitment_texts,
    plan_texts,
)

if TYPE_CHECKING:  # the figures are computed on rows read without them too (first_read.py)
    from ..domain import models as m


def evidence_name(title: str, file_name: str = "", url: str = "", note: str = "") -> str:
    """How an evidence item is named where it is cited: its title, else its file name,
    address or the first line of its note (shortened to 80 characters)."""
    for text in (title, file_name, url, note):
        lines = (text or "").strip().splitlines()
        if lines and lines[0].strip():
            line = lines[0].strip()
            return line if len(line) <= 80 else line[:79] + "…"
    return "…"


@dataclass
class CommitmentData:
    commitment: m.Commitment
    institutions: list[tuple[m.CommitmentInstitution, m.Institution]] = field(default_factory=list)
    results: list[m.Result] = field(default_factory=list)
    indicators: list[m.Indicator] = field(default_factory=list)
    targets: dict[str, list[m.Target]] = field(default_factory=lambda: defaultdict(list))
    revisions: dict[str, list[m.TargetRevision]] = field(default_factory=lambda: defaultdict(list))
    measurements: dict[str, list[m.Measurement]] = field(default_factory=lambda: defaultdict(list))
    evidence: list[m.Evidence] = field(default_factory=list)
    narratives: list[m.Narrative] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.commitment.id

    def cited_evidence(self, x: m.Measurement) -> m.Evidence | None:
        """The evidence a measurement cites, while it is live (a deleted evidence keeps its
        id in the measurement so that restoring it restores the citation)."""
        if x.evidence_id is None:
            return None
        return next((e for e in self.evidence if e.id == x.evidence_id), None)

    def lead(self) -> list[m.Institution]:
        return [i for ci, i in self.institutions if ci.role == Role.LEAD]

    def support(self) -> list[m.Institution]:
        return [i for ci, i in self.institutions if ci.role == Role.SUPPORT]

    def codes(self) -> dict[str, str]:
        return rules.number_results(
            [rules.ResultRef(r.id, r.level, r.parent_id, r.position) for r in self.results]
        )

    def ordered_results(self) -> list[m.Result]:
        """Logframe rows in reading order: goal, purpose, then each output and its activities."""
        by_parent: dict[str | None, list[m.Result]] = defaultdict(list)
        for r in self.results:
            by_parent[r.parent_id].append(r)
        out: list[m.Result] = []
        ids = {r.id for r in self.results}

        def walk(r: m.Result) -> None:
            out.append(r)
            for child in sorted(by_parent.get(r.id, []), key=lambda x: x.position):
                walk(child)

        tops = [r for r in self.results if r.parent_id is None or r.parent_id not in ids]
        for r in sorted(tops, key=lambda x: (rules.LEVEL_ORDER[Level(x.level)], x.position)):
            walk(r)
        return out

    def indicator_points(self, ind: m.Indicator) -> tuple[list[rules.Point], list[rules.Point]]:
        targets = [
            rules.Point(t.due_date, t.value)
            for t in self.targets.get(ind.id, [])
            if t.due_date is not None and t.value is not None
        ]
        actual = [
            rules.Point(x.measured_on, x.value)
            for x in self.measurements.get(ind.id, [])
            if x.measured_on is not None and x.value is not None
        ]
        return targets, actual

    def indicator_progress(self, ind: m.Indicator, when: dt.date | None = None) -> float | None:
        """``rules.progress`` from the final target (the latest due, the first listed of
        those due that day, as ``max`` picks) to the latest value measured by ``when`` (the
        last listed of that day, as ``rules.latest`` picks); the rows are read in place, not
        copied into ``rules.Point``s: the dashboard asks this of 20,000 indicators."""
        final = None
        for t in self.targets.get(ind.id, ()):
            if t.due_date is not None and t.value is not None:
                if final is None or t.due_date > final.due_date:
                    final = t
        if final is None:
            return None
        last = None
        for x in self.measurements.get(ind.id, ()):
            day = x.measured_on
            if day is None or x.value is None or (when is not None and day > when):
                continue
            if last is None or day >= last.measured_on:
                last = x
        if last is None:
            return None
        return rules.progress(ind.baseline_value, final.value, last.value, ind.direction)

    def indicator_status(self, ind: m.Indicator, when: dt.date) -> Status:
        targets, actual = self.indicator_points(ind)
        return rules.status_at(
            ind.baseline_value, ind.baseline_date, targets, actual, when, ind.direction
        )

    def mean_progress(self, when: dt.date | None = None) -> float | None:
        values = [self.indicator_progress(i, when) for i in self.indicators]
        known = [min(1.0, max(0.0, v)) for v in values if v is not None]
        return sum(known) / len(known) if known else None

    def work_done(self) -> float | None:
        acts = [r.progress for r in self.results if r.level == Level.ACTIVITY]
        return rules.work_done(acts, self.commitment.completion)

    def schedule(self, when: dt.date) -> Schedule:
        c = self.commitment
        return rules.schedule_check(c.start_date, c.end_date, self.work_done(), when)

    def assessed_completion(self) -> str | None:
        c = self.commitment
        return c.irm_completion_end_of_term or c.irm_completion_mid_term or c.completion

    def starred_by_rule(self) -> bool:
        c = self.commitment
        relevant = (
            c.ogp_access_to_information
            or c.ogp_civic_participation
            or c.ogp_public_accountability
            or c.ogp_technology_innovation
        )
        return rules.is_starred(
            c.irm_specificity, relevant, c.irm_potential_impact, self.assessed_completion()
        )

    def starred(self) -> bool:
        """The IRM's published verdict where there is one, else the rule."""
        c = self.commitment
        return c.irm_starred if c.irm_starred is not None else self.starred_by_rule()

    def as_of(self, when: dt.date) -> CommitmentData:
        """This commitment as it stood at ``when``: what a report of that date may show.

        Measurements after ``when`` (and undated ones, which no date can place) are left
        out, so are evidence items dated after it; target revisions made after ``when`` are
        undone (the target shows the value and due date it had then). Texts, institutions
        and the logframe carry no date and are kept.
        """
        from ..domain import models as m

        targets: dict[str, list[m.Target]] = defaultdict(list)
        revisions: dict[str, list[m.TargetRevision]] = defaultdict(list)
        for ind_id, ts in self.targets.items():
            shown = []
            for t in ts:
                revs = self.revisions.get(t.id, [])
                value, due = rules.target_as_of(
                    t.value,
                    t.due_date,
                    [rules.Revision(r.revised_on, r.old_value, r.old_due_date) for r in revs],
                    when,
                )
                if (value, due) != (t.value, t.due_date):
                    t = m.Target(
                        id=t.id,
                        indicator_id=t.indicator_id,
                        commitment_id=t.commitment_id,
                        due_date=due,
                        value=value,
                        note=t.note,
                    )
                kept = [r for r in revs if r.revised_on is None or r.revised_on <= when]
                if kept:
                    revisions[t.id] = kept
                shown.append(t)
            shown.sort(key=lambda t: (t.due_date is None, t.due_date or when))
            targets[ind_id] = shown
        measurements: dict[str, list[m.Measurement]] = defaultdict(list)
        for ind_id, xs in self.measurements.items():
            kept_x = [x for x in xs if x.measured_on is not None and x.measured_on <= when]
            if kept_x:
                measurements[ind_id] = kept_x
        return CommitmentData(
            commitment=self.commitment,
            institutions=self.institutions,
            results=self.results,
            indicators=self.indicators,
            targets=targets,
            revisions=revisions,
            measurements=measurements,
            evidence=[e for e in self.evidence if e.date is None or e.date <= when],
            narratives=self.narratives,
        )

    def starred_verdict(self) -> tuple[bool | None, str]:
        """Whether the commitment is starred and who says so.

        ("irm"): the IRM's published verdict, stored in the file; ("estimate"): our reading
        of the IRM's rule over the IRM's specificity and impact ratings, when both are there;
        (None, "unknown"): no verdict and nothing to estimate from.
        """
        c = self.commitment
        if c.irm_starred is not None:
            return c.irm_starred, "irm"
        if c.irm_specificity and c.irm_potential_impact:
            return self.starred_by_rule(), "estimate"
        return None, "unknown"

    def findings(self, translations: TranslationState | None = None) -> list[Finding]:
        """The matrix's findings. With ``translations`` - the findings for the people editing
        (the quality panel, ``check``) - also file evidence not yet marked public or
        internal and, when the state says to look, texts lacking a translation; the report
        annex and the website call it without, so no withheld file's title is published."""
        found = commitment_findings(
            self.commitment,
            self.results,
            self.indicators,
            [t for ts in self.targets.values() for t in ts],
            [x for xs in self.measurements.values() for x in xs],
            has_lead=bool(self.lead()),
            codes=self.codes(),
            evidence=self.evidence if translations is not None else (),
        )
        if translations is not None and translations.wanted:
            found += untranslated(
                self.texts(),
                _TEXT_FIELDS,
                translations.have,
                translations.lang,
                translations.labels,
            )
        return found

    def texts(self) -> list[tuple[str, m.Row, str | None, dict[str, str]]]:
        """The commitment's translatable rows, each named for a finding."""
        return commitment_texts(self)


@dataclass
class PlanData:
    plan: m.ActionPlan
    commitments: list[CommitmentData] = field(default_factory=list)
    narratives: list[m.Narrative] = field(default_factory=list)

    def as_of(self, when: dt.date) -> PlanData:
        """The plan as it stood at ``when`` (see ``CommitmentData.as_of``)."""
        return PlanData(self.plan, [c.as_of(when) for c in self.commitments], self.narratives)


@dataclass
class Snapshot:
    plans: list[PlanData]
    institutions: list[m.Institution]

    def plan(self, plan_id: str) -> PlanData | None:
        return next((p for p in self.plans if p.plan.id == plan_id), None)

    def commitment(self, commitment_id: str) -> CommitmentData | None:
        for p in self.plans:
            for c in p.commitments:
                if c.id == commitment_id:
                    return c
        return None

    translations: TranslationState | None = None

    def findings(self, translations: bool = False) -> list[Finding]:
        """Every commitment's findings; ``translations``: the editing findings too (see
        ``CommitmentData.findings``): unmarked evidence files, and texts lacking a translation
        when the project is bilingual (it has a translation, or Meta ``bilingual`` is "1")."""
        state = (self.translations or TranslationState()) if translations else None
        found = [f for p in self.plans for c in p.commitments for f in c.findings(state)]
        if state is not None and state.wanted:
            found += untranslated(
                self.plan_texts(), _TEXT_FIELDS, state.have, state.lang, state.labels
            )
        return found

    def plan_texts(self) -> list[tuple[str, m.Row, str | None, dict[str, str]]]:
        """The plans' own translatable rows and the institutions, each named for a finding."""
        return plan_texts(self)

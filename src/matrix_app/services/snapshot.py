"""A read-only, in-memory picture of a project (or one plan) for summaries and reports.

Loads each table once and groups rows by commitment, so a dashboard, a report or a quality
check over thousands of commitments runs a handful of queries, never one per commitment.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain import rules
from ..domain.quality import Finding, commitment_findings, untranslated
from ..domain.vocabulary import Level, Role, Schedule, Status
from .translation_findings import (
    TEXT_FIELDS as _TEXT_FIELDS,
)
from .translation_findings import (
    TranslationState,
    commitment_texts,
    load_state,
    plan_texts,
)
from .view_columns import view_columns

if TYPE_CHECKING:  # the figures are computed on rows read without them too (first_read.py)
    from sqlmodel import Session

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


def load_snapshot(
    s: Session,
    plan_id: str | None = None,
    commitment_ids: set[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    plain: bool = False,
    narrow: bool = False,
) -> Snapshot:
    """Load every live row (of one plan, when given) grouped by plan and commitment.
    ``commitment_ids``: only these commitments (each table read through its commitment
    index: a few milliseconds in a file of thousands). ``plain``: read-only light rows
    (see ``plain_class``) loaded with plain selects. ``narrow`` (with ``plain``): only the
    columns the dashboard, tree marks and quality panel read (``view_columns``)."""
    from ..domain import models as m
    from .live_rows import live_rows

    state = load_state(s)
    columns = view_columns(_TEXT_FIELDS if state.wanted else None) if narrow else {}
    few = sorted(commitment_ids) if commitment_ids is not None else None

    def rows(table: str, order: str):
        cls = m.ENTITIES[table]
        return live_rows(s, cls, order, plain=plain, few=few, columns=columns.get(table))

    return group_rows(rows, state, progress, plan_id, commitment_ids)


def group_rows(
    rows: Callable[[str, str], Iterable[Any]],
    state: Any,
    progress: Callable[[int, int], None] | None = None,
    plan_id: str | None = None,
    commitment_ids: set[str] | None = None,
) -> Snapshot:
    """Group each table's live rows, read by ``rows(table, order)``, by plan and
    commitment: one grouping for the ORM's read and the model-free first read."""
    steps = 10
    tick = (lambda i: progress(i, steps)) if progress else (lambda i: None)
    plans = rows("action_plan", "position, created_at")
    if plan_id is not None:
        plans = [p for p in plans if p.id == plan_id]
    plan_ids = {p.id for p in plans}
    institutions = {i.id: i for i in rows("institution", "")}
    tick(1)
    commitments = [
        c
        for c in rows("commitment", "position, created_at")
        if c.plan_id in plan_ids and (commitment_ids is None or c.id in commitment_ids)
    ]
    data = {c.id: CommitmentData(c) for c in commitments}
    tick(2)

    def mine(found):
        return (r for r in found if r.commitment_id in data)

    for ci in mine(rows("commitment_institution", "position, created_at")):
        inst = institutions.get(ci.institution_id)
        if inst is not None:
            data[ci.commitment_id].institutions.append((ci, inst))
    tick(3)
    for r in mine(rows("result", "position, created_at")):
        data[r.commitment_id].results.append(r)
    tick(4)
    for i in mine(rows("indicator", "position, created_at")):
        data[i.commitment_id].indicators.append(i)
    tick(5)
    for t in mine(rows("target", "due_date IS NULL, due_date, created_at")):  # no date last
        data[t.commitment_id].targets[t.indicator_id].append(t)
    for rv in mine(rows("target_revision", "revised_on, created_at")):  # no date first
        data[rv.commitment_id].revisions[rv.target_id].append(rv)
    tick(6)
    for x in mine(rows("measurement", "measured_on, created_at")):
        data[x.commitment_id].measurements[x.indicator_id].append(x)
    tick(7)
    for e in mine(rows("evidence", '"date", created_at')):
        data[e.commitment_id].evidence.append(e)
    tick(8)
    plan_data = {p.id: PlanData(p) for p in plans}
    for n in rows("narrative", "created_at"):
        if n.commitment_id in data:
            data[n.commitment_id].narratives.append(n)
        elif n.plan_id in plan_data and n.commitment_id is None:
            plan_data[n.plan_id].narratives.append(n)
    tick(9)
    for c in commitments:
        plan_data[c.plan_id].commitments.append(data[c.id])
    tick(10)
    return Snapshot(
        list(plan_data.values()),
        sorted(institutions.values(), key=lambda i: i.name),
        state,
    )

"""What the dashboard, tree marks and quality panel show, computed off the GUI thread.

``load_project_data`` reads one snapshot and derives every figure the views need (progress,
schedule, starred, findings), so the GUI thread only copies finished values into models.
Plain Python, no Qt: it runs in a worker and is tested without a window.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain.quality import SEVERITY_ORDER, Finding, untranslated
from .gc_pause import collector_paused

if TYPE_CHECKING:  # SQLModel loads in the worker that reads the snapshot, not before the window
    from ..services.project import Project
    from ..services.snapshot import CommitmentData, Snapshot


@dataclass(frozen=True)
class CommitmentRow:
    """One line of a plan dashboard."""

    id: str
    plan_id: str
    code: str
    title: str
    lead: str
    institutions: tuple[str, ...]
    themes: tuple[str, ...]
    completion: str
    progress: float | None
    schedule: str
    starred: bool
    findings: int
    code_key: tuple = ()  # natural sort key of ``code``, computed once in the worker


@dataclass
class ProjectData:
    """What the views show. ``snapshot`` holds the plans only once ``load_project_data`` has
    summarised their commitments (see ``plans_only``): rows and findings are all the views
    need, and a 2,000-commitment project's every row would cost gigabytes kept in memory."""

    snapshot: Snapshot
    today: dt.date
    rows: dict[str, list[CommitmentRow]] = field(default_factory=dict)  # by plan id
    findings: list[Finding] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)  # commitment id -> code
    #: commitment id -> its findings, in the order ``findings`` lists them by severity
    by_commitment: dict[str, list[Finding]] = field(default_factory=dict)

    def row(self, commitment_id: str) -> CommitmentRow | None:
        for rows in self.rows.values():
            for r in rows:
                if r.id == commitment_id:
                    return r
        return None

    def with_updates(self, updates: dict[str, CommitmentUpdate | None]) -> ProjectData | None:
        """This data with the given commitments' rows and findings replaced; None when an
        update changes more than those rows (a commitment added, deleted or moved to another
        plan: the whole project is read again)."""
        where = {
            r.id: (plan_id, n) for plan_id, rows in self.rows.items() for n, r in enumerate(rows)
        }
        rows = dict(self.rows)
        by_commitment = dict(self.by_commitment)
        codes = dict(self.codes)
        for cid, update in updates.items():
            if update is None or cid not in where or where[cid][0] != update.row.plan_id:
                return None
            plan_id, n = where[cid]
            if rows[plan_id] is self.rows[plan_id]:
                rows[plan_id] = list(rows[plan_id])
            rows[plan_id][n] = update.row
            by_commitment[cid] = update.findings
            codes[cid] = update.row.code
        out = ProjectData(self.snapshot, self.today, rows, [], codes, by_commitment)
        own = [
            f for plan_rows in rows.values() for r in plan_rows for f in by_commitment.get(r.id, ())
        ]
        # findings about no commitment (a plan's or an institution's untranslated texts) stay
        out.findings = _by_severity(
            own + [f for f in self.findings if f.commitment_id not in codes]
        )
        return out


@dataclass(frozen=True)
class CommitmentUpdate:
    """One commitment's dashboard row and findings, read again after an edit."""

    row: CommitmentRow
    findings: list[Finding]


def _by_severity(findings) -> list[Finding]:
    return sorted(findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 9))


@functools.lru_cache(maxsize=16384)
def code_sort_key(code: str) -> tuple:
    """ "2.10" after "2.9", numbers before words."""
    parts = re.split(r"(\d+)", code or "")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in parts if p)


def institution_label(inst) -> str:
    return inst.acronym or inst.name


def commitment_row(c: CommitmentData, today: dt.date, findings: int) -> CommitmentRow:
    com = c.commitment
    names = {institution_label(i) for _, i in c.institutions}
    return CommitmentRow(
        id=com.id,
        plan_id=com.plan_id,
        code=com.code,
        title=com.title,
        lead=", ".join(institution_label(i) for i in c.lead()),
        institutions=tuple(sorted(names)),
        themes=tuple(com.theme_list()),
        completion=com.completion or "",
        progress=c.mean_progress(today),
        schedule=str(c.schedule(today)),
        starred=c.starred(),
        findings=findings,
        code_key=code_sort_key(com.code),
    )


def build_project_data(
    snapshot: Snapshot,
    today: dt.date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ProjectData:
    today = today or dt.date.today()
    data = ProjectData(snapshot, today)
    for plan in snapshot.plans:
        rows = []
        for c in plan.commitments:
            if cancelled is not None and cancelled():
                raise Cancelled()
            found = c.findings(snapshot.translations)
            data.findings.extend(found)
            if found:
                data.by_commitment[c.id] = found
            data.codes[c.id] = c.commitment.code
            rows.append(commitment_row(c, today, len(found)))
        data.rows[plan.plan.id] = rows
    state = snapshot.translations
    if state is not None and state.wanted:  # the plans' and institutions' own texts
        from ..services.translation_findings import TEXT_FIELDS

        data.findings.extend(
            untranslated(snapshot.plan_texts(), TEXT_FIELDS, state.have, state.lang, state.labels)
        )
    data.findings.sort(key=lambda f: SEVERITY_ORDER.get(f.severity, 9))
    return data


def plans_only(snapshot: Snapshot) -> Snapshot:
    """The snapshot's plans without their commitments' rows (see ``ProjectData``)."""
    from ..services.snapshot import PlanData, Snapshot

    return Snapshot([PlanData(p.plan, [], p.narratives) for p in snapshot.plans], [])


class Cancelled(Exception):
    """The user cancelled loading; nothing to show."""


def load_project_data(
    project: Project,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ProjectData:
    from ..services.snapshot_read import load_snapshot

    with collector_paused():
        with project.read() as s:
            # light read-only rows: a third of the time and memory of ORM objects, and no
            # reference cycles, so they are freed as soon as they are summarised
            snapshot = load_snapshot(s, progress=progress, plain=True, narrow=True)
        if cancelled is not None and cancelled():
            raise Cancelled()
        try:
            data = build_project_data(snapshot, cancelled=cancelled)
            data.snapshot = plans_only(snapshot)
        finally:
            release(snapshot)
        return data


def release(snapshot: Snapshot) -> None:
    """Free the snapshot's rows one commitment at a time. Dropped at once, its 166,000
    rows (2,000 commitments) are freed in one chain of C calls that holds the GIL - and so
    freezes the GUI thread - for 50 ms; between commitments the GUI thread can run."""
    for plan in snapshot.plans:
        commitments = plan.commitments
        while commitments:
            commitments.pop()


def load_commitment_updates(
    project: Project, commitment_ids: set[str], today: dt.date
) -> dict[str, CommitmentUpdate | None]:
    """The given commitments read again (None: no longer live), for ``with_updates``.
    Each table is read through its commitment index: milliseconds in a big file."""
    from ..services.snapshot_read import load_snapshot

    with project.read() as s:
        snapshot = load_snapshot(s, commitment_ids=set(commitment_ids), plain=True, narrow=True)
    out: dict[str, CommitmentUpdate | None] = dict.fromkeys(commitment_ids)
    for plan in snapshot.plans:
        for c in plan.commitments:
            found = _by_severity(c.findings(snapshot.translations))
            out[c.id] = CommitmentUpdate(commitment_row(c, today, len(found)), found)
    return out

"""Pure monitoring rules: progress, status, schedule, starred, logframe numbering.

Plain functions over plain values so the GUI, the report, the workbook and the CLI all
compute the same figure the same way.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .vocabulary import (
    Completion,
    Direction,
    Level,
    PotentialImpact,
    Schedule,
    Specificity,
    Status,
)

#: Share of a target path that counts as "on track" (a small tolerance for rounding).
ON_TRACK_TOLERANCE = 0.9


def progress(
    baseline: float | None,
    target: float | None,
    actual: float | None,
    direction: str = Direction.INCREASE,
) -> float | None:
    """Share of the way from baseline to target that the actual value has covered.

    (actual - baseline) / (target - baseline), so it works for decreasing indicators too
    (both differences are negative). Not capped: over-achievement shows as > 1, going
    backwards as < 0. None when it cannot be computed (missing value, target == baseline).
    """
    if actual is None or target is None:
        return None
    base = 0.0 if baseline is None else baseline
    span = target - base
    if span == 0:
        if direction == Direction.DECREASE:
            return 1.0 if actual <= target else 0.0
        return 1.0 if actual >= target else 0.0
    return (actual - base) / span


@dataclass(frozen=True)
class Point:
    date: dt.date
    value: float


def expected_at(
    baseline: float | None,
    baseline_date: dt.date | None,
    targets: Sequence[Point],
    when: dt.date,
) -> float | None:
    """The value the target path expects at ``when``: straight lines between dated targets."""
    path = sorted(targets, key=lambda p: p.date)
    if not path:
        return None
    if baseline is not None and baseline_date is not None and baseline_date < path[0].date:
        path = [Point(baseline_date, baseline), *path]
    if when <= path[0].date:
        return path[0].value
    for a, b in itertools.pairwise(path):
        if a.date <= when <= b.date:
            span = (b.date - a.date).days
            if span == 0:
                return b.value
            return a.value + (b.value - a.value) * (when - a.date).days / span
    return path[-1].value


def latest(measurements: Iterable[Point], when: dt.date | None = None) -> Point | None:
    """The most recent measurement on or before ``when`` (any date if ``when`` is None)."""
    best: Point | None = None
    for m in measurements:
        if when is not None and m.date > when:
            continue
        if best is None or m.date >= best.date:
            best = m
    return best


def status_at(
    baseline: float | None,
    baseline_date: dt.date | None,
    targets: Sequence[Point],
    measurements: Sequence[Point],
    when: dt.date,
    direction: str = Direction.INCREASE,
) -> Status:
    """Achieved / on track / behind / no data, as of ``when``.

    The latest value measured on or before ``when`` is compared with what the target path
    expects at ``when`` itself (every target due by then, and the share of the next one the
    time elapsed calls for), not at the date of that measurement: a value measured long ago
    does not stay "on track" while the targets due since then go unmet. Achieved: the value
    has reached the final target.
    """
    actual = latest(measurements, when)
    if actual is None or not targets:
        return Status.NO_DATA
    final = max(targets, key=lambda p: p.date)
    sign = -1.0 if direction == Direction.DECREASE else 1.0
    if sign * (actual.value - final.value) >= 0:
        return Status.ACHIEVED
    expected = expected_at(baseline, baseline_date, targets, when)
    if expected is None:
        return Status.NO_DATA
    base = baseline if baseline is not None else expected
    needed = sign * (expected - base)
    done = sign * (actual.value - base)
    if needed <= 0:
        return Status.ON_TRACK if done >= 0 else Status.BEHIND
    return Status.ON_TRACK if done >= ON_TRACK_TOLERANCE * needed else Status.BEHIND


@dataclass(frozen=True)
class Revision:
    """What a target revision changed, and when (``revised_on`` None: date unknown)."""

    revised_on: dt.date | None
    old_value: float | None
    old_due_date: dt.date | None


def target_as_of(
    value: float | None,
    due_date: dt.date | None,
    revisions: Sequence[Revision],
    when: dt.date,
) -> tuple[float | None, dt.date | None]:
    """A target's value and due date as they stood at ``when``.

    Revisions made after ``when`` are undone: the earliest of them holds, as its old value,
    what the target was at ``when``. An undated revision counts as made before ``when``.
    """
    later = [r for r in revisions if r.revised_on is not None and r.revised_on > when]
    if not later:
        return value, due_date
    first = min(later, key=lambda r: r.revised_on or when)
    return first.old_value, first.old_due_date


def time_elapsed(start: dt.date | None, end: dt.date | None, when: dt.date) -> float | None:
    """Share of the period from ``start`` to ``end`` that has gone by at ``when`` (0-1)."""
    if start is None or end is None or end <= start:
        return None
    share = (when - start).days / (end - start).days
    return min(1.0, max(0.0, share))


#: Share of work an OGP completion level stands for, when no activity data says better.
COMPLETION_SHARE: dict[str, float] = {
    Completion.NOT_STARTED: 0.0,
    Completion.LIMITED: 0.25,
    Completion.SUBSTANTIAL: 0.75,
    Completion.COMPLETE: 1.0,
}


def work_done(activity_progress: Sequence[float | None], completion: str | None) -> float | None:
    """Share of the work done: mean of activity progress (percent), else from completion."""
    known = [p for p in activity_progress if p is not None]
    if known:
        return sum(min(100.0, max(0.0, p)) for p in known) / (100.0 * len(known))
    if completion is None:
        return None
    return COMPLETION_SHARE.get(completion)


def schedule_check(
    start: dt.date | None,
    end: dt.date | None,
    done: float | None,
    when: dt.date,
    tolerance: float = 0.1,
) -> Schedule:
    """Compare the share of time elapsed with the share of work done."""
    elapsed = time_elapsed(start, end, when)
    if elapsed is None:
        return Schedule.NO_DATES
    if done is not None and done >= 1.0:
        return Schedule.FINISHED
    if elapsed >= 1.0:
        return Schedule.OVERDUE
    if elapsed <= 0.0:
        return Schedule.NOT_STARTED_YET
    if done is None:
        return Schedule.BEHIND_SCHEDULE
    return Schedule.ON_SCHEDULE if done + tolerance >= elapsed else Schedule.BEHIND_SCHEDULE


def is_starred(
    specificity: str | None,
    relevant: bool,
    potential_impact: str | None,
    completion: str | None,
) -> bool:
    """The IRM's original starred rule: all four conditions at once.

    Medium or high specificity, relevant to at least one OGP value, moderate or
    transformative potential impact, substantial or complete implementation.
    """
    return (
        specificity in (Specificity.MEDIUM, Specificity.HIGH)
        and relevant
        and potential_impact in (PotentialImpact.MODERATE, PotentialImpact.TRANSFORMATIVE)
        and completion in (Completion.SUBSTANTIAL, Completion.COMPLETE)
    )


LEVEL_ORDER = {Level.GOAL: 0, Level.PURPOSE: 1, Level.OUTPUT: 2, Level.ACTIVITY: 3}


@dataclass(frozen=True)
class ResultRef:
    """What numbering needs to know of a logframe row."""

    id: str
    level: str
    parent_id: str | None
    position: float


def number_results(results: Sequence[ResultRef]) -> dict[str, str]:
    """Automatic logframe codes: outputs 1, 2, ...; activities 1.1, 1.2 under their output.

    Goals and purposes are numbered only when there are several of them. An activity with
    no output parent is numbered A1, A2, ... so that nothing is left without a code.
    """
    codes: dict[str, str] = {}
    by_level: dict[str, list[ResultRef]] = {}
    for r in results:
        by_level.setdefault(r.level, []).append(r)
    for lvl in (Level.GOAL, Level.PURPOSE):
        rows = sorted(by_level.get(lvl, []), key=lambda r: r.position)
        for i, r in enumerate(rows, 1):
            codes[r.id] = str(i) if len(rows) > 1 else ""
    outputs = sorted(by_level.get(Level.OUTPUT, []), key=lambda r: r.position)
    out_code = {}
    for i, r in enumerate(outputs, 1):
        codes[r.id] = out_code[r.id] = str(i)
    counters: dict[str | None, int] = {}
    orphans = 0
    for r in sorted(by_level.get(Level.ACTIVITY, []), key=lambda r: r.position):
        parent = out_code.get(r.parent_id or "")
        if parent is None:
            orphans += 1
            codes[r.id] = f"A{orphans}"
            continue
        counters[r.parent_id] = counters.get(r.parent_id, 0) + 1
        codes[r.id] = f"{parent}.{counters[r.parent_id]}"
    return codes


def position_between(before: float | None, after: float | None) -> float:
    """A sort key between two neighbours, so a move changes only the row that moves."""
    if before is None and after is None:
        return 1.0
    if before is None:
        return after - 1.0  # type: ignore[operator]
    if after is None:
        return before + 1.0
    return (before + after) / 2.0


def latest_plan(plans: Sequence[object]) -> object | None:
    """The plan a user most likely means when none is named: the one whose period ends last
    (then starts last, then comes last in the file) - the current plan, not the oldest."""

    def key(plan: object) -> tuple[dt.date, dt.date, float]:
        end = getattr(plan, "period_end", None) or getattr(plan, "period_start", None)
        start = getattr(plan, "period_start", None)
        return (end or dt.date.min, start or dt.date.min, getattr(plan, "position", 0.0))

    return max(plans, key=key, default=None)


def default_measurement_date(
    today: dt.date,
    start: dt.date | None,
    end: dt.date | None,
    last: dt.date | None = None,
) -> dt.date:
    """The date a new measurement starts with: today while the period ``start``-``end`` runs;
    once it has ended, its end (or the last measurement's date, when that is later and not in
    the future); before it starts, its start. A plan that ended years ago gets its figures
    dated within the plan, not on the day someone types them in."""
    if end is not None and today > end:
        if last is not None and end < last <= today:
            return last
        return end
    if start is not None and today < start:
        return start
    return today

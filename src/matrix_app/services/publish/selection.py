"""What a publication holds: the chosen plans' snapshot, and only the evidence that may be
published (a refused plan id is a clear message, never an empty site)."""

from __future__ import annotations

from ...domain import models as m
from ..snapshot import CommitmentData, PlanData
from ..snapshot_read import load_snapshot
from .output import PublishError


def choose_plans(project, plan_ids: tuple[str, ...], progress) -> list[PlanData]:
    """The plans to publish, in the order asked (every plan when ``plan_ids`` is empty)."""
    plans = project.rows(m.ActionPlan)
    known = {p.id for p in plans}
    for pid in plan_ids:
        if pid not in known:
            if not plans:
                raise PublishError("no_plan", path=project.path)
            raise PublishError(
                "unknown_plan",
                path=project.path,
                plan=pid,
                plans=", ".join(f"{p.id} ({p.title})" for p in plans),
            )
    with project.read() as s:
        snapshot = load_snapshot(s, progress=progress, plain=True)
    if plan_ids:
        order = {pid: i for i, pid in enumerate(plan_ids)}
        return sorted(
            (p for p in snapshot.plans if p.plan.id in order), key=lambda p: order[p.plan.id]
        )
    return snapshot.plans


def publishable_evidence(commitments: list[CommitmentData]) -> tuple[int, int]:
    """Leave out of the publication the evidence that may not be published: marked internal,
    or a file nobody has marked public yet (links count as public). Returns how many of
    each were left out."""
    undecided = internal = 0
    for c in commitments:
        keep = []
        for e in c.evidence:
            if e.publishable():
                keep.append(e)
            elif e.public is None:
                undecided += 1
            else:
                internal += 1
        c.evidence = keep
    return undecided, internal

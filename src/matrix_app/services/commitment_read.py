"""One commitment with everything under it, read in a single session.

The commitment editor re-reads its commitment after every edit; ten ``Project.rows`` calls
each opened a session of their own (half of the read's time in a big file), and the
institutions were read whole to find the few the commitment links.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..domain import models as m
from .project import list_rows
from .snapshot import CommitmentData

if TYPE_CHECKING:
    from .project import Project


def read_commitment(project: Project, commitment_id: str) -> CommitmentData | None:
    """The commitment's live rows, grouped as the snapshot groups them; None if deleted.
    Rows come in ``Project.rows`` order (sibling order; targets and measurements by date)."""
    with project.read() as s:
        commitment = s.get(m.Commitment, commitment_id)
        if commitment is None or commitment.deleted_at:
            return None
        data = CommitmentData(commitment)

        def rows(cls: type[m.Row]) -> list:
            return list_rows(s, cls, commitment_id=commitment_id)

        for link in rows(m.CommitmentInstitution):
            inst = s.get(m.Institution, link.institution_id)
            if inst is not None and not inst.deleted_at:
                data.institutions.append((link, inst))
        data.results = rows(m.Result)
        data.indicators = rows(m.Indicator)
        data.targets = defaultdict(list)
        for t in rows(m.Target):
            data.targets[t.indicator_id].append(t)
        data.revisions = defaultdict(list)
        for r in sorted(rows(m.TargetRevision), key=lambda r: r.created_at):
            data.revisions[r.target_id].append(r)
        data.measurements = defaultdict(list)
        for x in rows(m.Measurement):
            data.measurements[x.indicator_id].append(x)
        data.evidence = rows(m.Evidence)
        data.narratives = rows(m.Narrative)
        return data

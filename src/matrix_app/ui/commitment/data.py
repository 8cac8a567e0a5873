"""Reading one commitment with everything under it, through the service layer.

``load_snapshot`` reads whole tables (right for dashboards and reports); an editor of one
commitment needs only its own rows, which the indexed ``Project.rows`` queries give in a
few milliseconds even in a file of thousands of commitments.
"""

from __future__ import annotations

from collections import defaultdict

from ...domain import models as m
from ...services.project import Project
from ...services.snapshot import CommitmentData


def load_commitment(project: Project, commitment_id: str) -> CommitmentData | None:
    """The commitment's live rows, grouped as the snapshot groups them; None if deleted."""
    commitment = project.get(m.Commitment, commitment_id)
    if commitment is None:
        return None
    data = CommitmentData(commitment)
    links = project.rows(m.CommitmentInstitution, commitment_id=commitment_id)
    institutions = {i.id: i for i in project.rows(m.Institution)}
    data.institutions = [
        (link, institutions[link.institution_id])
        for link in links
        if link.institution_id in institutions
    ]
    data.results = project.rows(m.Result, commitment_id=commitment_id)
    data.indicators = project.rows(m.Indicator, commitment_id=commitment_id)
    data.targets = defaultdict(list)
    for t in project.rows(m.Target, commitment_id=commitment_id):
        data.targets[t.indicator_id].append(t)
    data.revisions = defaultdict(list)
    revisions = project.rows(m.TargetRevision, commitment_id=commitment_id)
    for r in sorted(revisions, key=lambda r: r.created_at):
        data.revisions[r.target_id].append(r)
    data.measurements = defaultdict(list)
    for x in project.rows(m.Measurement, commitment_id=commitment_id):
        data.measurements[x.indicator_id].append(x)
    data.evidence = project.rows(m.Evidence, commitment_id=commitment_id)
    data.narratives = project.rows(m.Narrative, commitment_id=commitment_id)
    return data

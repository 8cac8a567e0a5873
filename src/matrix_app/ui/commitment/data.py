"""Reading one commitment with everything under it, through the service layer.

``load_snapshot`` reads whole tables (right for dashboards and reports); an editor of one
commitment needs only its own rows, which indexed queries in one session give in a few
milliseconds even in a file of thousands of commitments (``services.commitment_read``).
"""

from __future__ import annotations

from ...services.commitment_read import read_commitment
from ...services.project import Project
from ...services.snapshot import CommitmentData


def load_commitment(project: Project, commitment_id: str) -> CommitmentData | None:
    """The commitment's live rows, grouped as the snapshot groups them; None if deleted."""
    return read_commitment(project, commitment_id)

"""What each page shows, computed from the snapshot: plain dicts the templates print.

Figures come from the domain rules through ``services.snapshot.CommitmentData`` (progress,
status, schedule, starred), formats from ``services.report.formatting``, so the site, the PDF
report and the GUI agree. What does not depend on the language is computed once per
publication (``figures.Figures``); the per-language part is split by kind of page
(``home_views``, ``commitment_views``, ``indicator_views`` on ``view_base``). Private fields
are left out according to ``Privacy`` before any template sees them.
"""

from __future__ import annotations

from .changes import Changed, changed_text
from .commitment_views import CommitmentViews
from .figures import Figures
from .home_views import HomeViews
from .names import commitment_page, evidence_path, inst_name, institution_page, slug
from .period_views import PeriodViews
from .privacy import Privacy
from .view_base import Texts, paragraphs


class Views(HomeViews, CommitmentViews, PeriodViews):
    """Builds the pages' dicts for one language."""


__all__ = [
    "Changed",
    "Figures",
    "Privacy",
    "Texts",
    "Views",
    "changed_text",
    "commitment_page",
    "evidence_path",
    "inst_name",
    "institution_page",
    "paragraphs",
    "slug",
]

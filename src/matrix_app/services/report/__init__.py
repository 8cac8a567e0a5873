"""The self-assessment report (PDF, or an editable Word .docx) of an action plan, in Spanish or English (no Qt).

``write_report(project, out, ReportOptions(lang="es", kind="mid_term"), progress, cancelled)``
builds it; ``formatting`` and ``labels`` hold the per-language texts and formats.
"""

from __future__ import annotations

from .builder import (
    ReportError,
    ReportOptions,
    ReportResult,
    choose_plan,
    render_plan,
    render_plan_docx,
    report_format,
    write_report,
)
from .document import Cancelled

__all__ = [
    "Cancelled",
    "ReportError",
    "ReportOptions",
    "ReportResult",
    "choose_plan",
    "render_plan",
    "render_plan_docx",
    "report_format",
    "write_report",
]

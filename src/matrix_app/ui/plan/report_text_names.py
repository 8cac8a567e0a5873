"""The names of the report texts and of the window that writes them, without the data
layer: the project tree, the Tools menu and the report dialog name the window before any
project is open, and the first window must not load SQLModel (``report_texts`` does)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import vocabulary as v

# The report's parts that print plan texts, per period, with their sections in order
# (services.report.outline; the GUI does not import the report service, which pulls in
# reportlab, until a report is built — a test checks the two agree).
PARTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    v.Period.MID_TERM.value: (
        ("development", (v.PlanSection.PROCESS.value, v.PlanSection.MEETINGS.value)),
        ("next", (v.PlanSection.LESSONS.value, v.PlanSection.NEXT_STEPS.value)),
    ),
    v.Period.END_OF_TERM.value: (
        ("participation", (v.PlanSection.PROCESS.value, v.PlanSection.MEETINGS.value)),
        ("lessons", (v.PlanSection.LESSONS.value, v.PlanSection.NEXT_STEPS.value)),
    ),
}

# The headings the report prints over each text (services.report.labels ``sub.<kind>.<section>``).
_HEADINGS = {
    ("mid_term", "process"): QT_TRANSLATE_NOOP(
        "ReportTexts", "Co-creation and public consultation"
    ),
    ("mid_term", "meetings"): QT_TRANSLATE_NOOP("ReportTexts", "The multi-stakeholder forum"),
    ("mid_term", "lessons"): QT_TRANSLATE_NOOP("ReportTexts", "Lessons so far"),
    ("mid_term", "next_steps"): QT_TRANSLATE_NOOP("ReportTexts", "Next steps"),
    ("end_of_term", "process"): QT_TRANSLATE_NOOP(
        "ReportTexts", "Participation and consultation during implementation"
    ),
    ("end_of_term", "meetings"): QT_TRANSLATE_NOOP(
        "ReportTexts", "Meetings of the multi-stakeholder forum"
    ),
    ("end_of_term", "lessons"): QT_TRANSLATE_NOOP("ReportTexts", "Lessons learned"),
    ("end_of_term", "next_steps"): QT_TRANSLATE_NOOP("ReportTexts", "Next steps"),
}

_PLACEHOLDERS = {
    "process": QT_TRANSLATE_NOOP(
        "ReportTexts", "How the plan was made or carried out with civil society; the consultations"
    ),
    "meetings": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "The forum or working group: who took part, how often it met, what it decided",
    ),
    "lessons": QT_TRANSLATE_NOOP("ReportTexts", "What worked, what did not, and why"),
    "next_steps": QT_TRANSLATE_NOOP("ReportTexts", "What the next period or the next plan will do"),
}


def heading(period: str, section: str) -> str:
    """The report's heading of a plan text, in the user's language."""
    return QCoreApplication.translate("ReportTexts", _HEADINGS[(period, section)])


def open_text() -> str:
    """The text of the menu items and button that open this window."""
    return QCoreApplication.translate("ReportTexts", "Report te&xts…")


def open_tip() -> str:
    return QCoreApplication.translate(
        "ReportTexts", "The plan's texts in the report: its development, participation and lessons"
    )

"""The mapping page's words: what each column role is called, and what the marked rows are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.vocabulary import Level, label
from ..messages import current_language


def column_role_names() -> dict[str, str]:
    """Each logframe column role as the picker beside it names it, in the user's language."""
    return {
        "level": QCoreApplication.translate("ExcelImportWizard", "Level"),
        "narrative": QCoreApplication.translate("ExcelImportWizard", "Narrative summary"),
        "indicators": QCoreApplication.translate("ExcelImportWizard", "Indicators"),
        "means_of_verification": QCoreApplication.translate(
            "ExcelImportWizard", "Means of verification"
        ),
        "assumptions": QCoreApplication.translate("ExcelImportWizard", "Assumptions"),
        "baseline": QCoreApplication.translate("ExcelImportWizard", "Baseline"),
        "current": QCoreApplication.translate("ExcelImportWizard", "Current value (date)"),
        "target": QCoreApplication.translate("ExcelImportWizard", "Target"),
        "target_date": QCoreApplication.translate("ExcelImportWizard", "Target date"),
        "unit": QCoreApplication.translate("ExcelImportWizard", "Unit"),
        "commitment": QCoreApplication.translate("ExcelImportWizard", "Commitment"),
        "formula": QCoreApplication.translate("ExcelImportWizard", "Formula"),
        "baseline_date": QCoreApplication.translate("ExcelImportWizard", "Baseline date"),
        "responsible": QCoreApplication.translate("ExcelImportWizard", "Responsible"),
        "frequency": QCoreApplication.translate("ExcelImportWizard", "Frequency"),
        "data_source": QCoreApplication.translate("ExcelImportWizard", "Data source"),
        "dimension": QCoreApplication.translate("ExcelImportWizard", "Dimension"),
        "code": QCoreApplication.translate("ExcelImportWizard", "Code"),
    }


def marks_text(marks: dict[int, str]) -> str:
    """ "Rows skipped: 3, 4. Section rows: 7 (Output)." for a sheet's marked rows."""
    skipped = [str(r) for r, v in sorted(marks.items()) if v == "skip"]
    sections = [
        f"{r} ({label(Level(v), current_language())})"
        for r, v in sorted(marks.items())
        if v != "skip"
    ]
    parts = []
    if skipped:
        parts.append(
            QCoreApplication.translate("ExcelImportWizard", "Rows skipped: {rows}.").format(
                rows=", ".join(skipped)
            )
        )
    if sections:
        parts.append(
            QCoreApplication.translate("ExcelImportWizard", "Section rows: {rows}.").format(
                rows=", ".join(sections)
            )
        )
    return " ".join(parts)

"""The report dialog's options: which parts to print and whether it is a draft for the
public consultation (kept apart from the dialog so each stays small)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

# The parts of each kind of report, in order (services.report.outline; the GUI does not
# import the report service, which pulls in reportlab, until a report is built).
PARTS = {
    "mid_term": (
        "development",
        "consultation",
        "relevance",
        "progress",
        "commitments",
        "next",
        "annex",
    ),
    "end_of_term": ("results", "participation", "consultation", "commitments", "lessons", "annex"),
}

# Parts left out unless ticked: the quality annex is for internal use.
OFF_BY_DEFAULT = frozenset({"annex"})


_NAMES = {
    "development": QT_TRANSLATE_NOOP("ReportOptionsBox", "Development of the action plan"),
    "consultation": QT_TRANSLATE_NOOP("ReportOptionsBox", "Public consultation on this report"),
    "relevance": QT_TRANSLATE_NOOP("ReportOptionsBox", "Relevance and ambition of the commitments"),
    "progress": QT_TRANSLATE_NOOP("ReportOptionsBox", "Progress to date"),
    "commitments": QT_TRANSLATE_NOOP("ReportOptionsBox", "A page per commitment"),
    "next": QT_TRANSLATE_NOOP("ReportOptionsBox", "Lessons so far and next steps"),
    "results": QT_TRANSLATE_NOOP("ReportOptionsBox", "Final results"),
    "participation": QT_TRANSLATE_NOOP("ReportOptionsBox", "Participation during implementation"),
    "lessons": QT_TRANSLATE_NOOP("ReportOptionsBox", "Lessons learned and next steps"),
    "annex": QT_TRANSLATE_NOOP("ReportOptionsBox", "Annex: matrix quality findings (internal)"),
}


def part_names() -> dict[str, str]:
    """The report parts' names in the user's language (the report dialog's tick boxes and
    the plan's report settings name them alike)."""
    return {k: QCoreApplication.translate("ReportOptionsBox", v) for k, v in _NAMES.items()}


class ReportOptionsBox(QGroupBox):
    """Tick boxes for the parts of the chosen kind of report, and "draft"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Contents"))
        self.draft = QCheckBox(self.tr("Draft for the public consultation"))
        self.draft.setToolTip(
            self.tr("Marks every page as a draft and puts the consultation dates on the cover")
        )
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.draft)
        self.parts: dict[str, QCheckBox] = {}
        self._chosen: dict[str, bool] = {}
        self.set_kind("mid_term")

    def names(self) -> dict[str, str]:
        return part_names()

    def set_kind(self, kind: str) -> None:
        """Show the parts of ``kind``, keeping what was ticked for parts both kinds have."""
        for key, box in self.parts.items():
            self._chosen[key] = box.isChecked()
            self._layout.removeWidget(box)
            box.deleteLater()
        self.parts = {}
        names = self.names()
        for key in PARTS.get(kind, PARTS["mid_term"]):
            box = QCheckBox(names[key])
            box.setObjectName(f"part_{key}")
            box.setChecked(self._chosen.get(key, key not in OFF_BY_DEFAULT))
            self._layout.addWidget(box)
            self.parts[key] = box

    def choose(self, keys: list[str] | None) -> None:
        """Tick ``keys`` (a plan's saved choice), or the defaults when None."""
        self._chosen = {}
        for key, box in self.parts.items():
            box.setChecked(key in keys if keys else key not in OFF_BY_DEFAULT)

    def sections(self) -> frozenset[str]:
        return frozenset(k for k, box in self.parts.items() if box.isChecked())


class ReportProfileBox(QGroupBox):
    """The coordinator's cover and consultation settings of the plan (its report profile,
    remembered in the project when the report is built)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import (
            QDateEdit,
            QFormLayout,
            QHBoxLayout,
            QLabel,
            QLineEdit,
            QPlainTextEdit,
            QPushButton,
        )

        self.setTitle(self.tr("Cover and consultation"))
        self.issuing_body = QLineEdit()
        self.issuing_body.setObjectName("issuing_body")
        self.cover_text = QPlainTextEdit()
        self.cover_text.setObjectName("cover_text")
        self.cover_text.setFixedHeight(54)
        self.logo_label = QLabel()
        self.choose = QPushButton(self.tr("Choose…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(self._remove)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.choose)
        logo_row.addWidget(self.remove)
        self.dated = QCheckBox(self.tr("Consultation from"))
        self.start = QDateEdit(QDate.currentDate())
        self.end = QDateEdit(QDate.currentDate().addDays(14))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.dated.toggled.connect(self._dated)
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        form = QFormLayout(self)
        form.addRow(self.tr("Issuing body"), self.issuing_body)
        form.addRow(self.tr("Cover text"), self.cover_text)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(dates)
        self.logo_file: str | None = None  # a new logo chosen here
        self.logo_removed = False
        self._has_logo = False
        self.load({})

    def choose_logo(self) -> str:
        """The file dialog (patched in tests); "" when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo for the cover"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        return name

    def _choose(self) -> None:
        name = self.choose_logo()
        if name:
            from pathlib import Path

            self.logo_file, self.logo_removed = name, False
            self.logo_label.setText(Path(name).name)
            self.remove.setEnabled(True)

    def _remove(self) -> None:
        self.logo_file, self.logo_removed = None, True
        self.logo_label.setText(self.tr("No logo"))
        self.remove.setEnabled(False)

    def _dated(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def load(self, profile: dict) -> None:
        """Show a plan's saved settings (``profile``: field -> value, "has_logo")."""
        from PySide6.QtCore import QDate

        self.issuing_body.setText(profile.get("issuing_body", ""))
        self.cover_text.setPlainText(profile.get("cover_text", ""))
        self._has_logo = bool(profile.get("has_logo"))
        self.logo_file, self.logo_removed = None, False
        self.logo_label.setText(self.tr("Saved logo") if self._has_logo else self.tr("No logo"))
        self.remove.setEnabled(self._has_logo)
        start, end = profile.get("consultation_start"), profile.get("consultation_end")
        self.dated.setChecked(bool(start or end))
        if start:
            self.start.setDate(QDate(start.year, start.month, start.day))
        if end:
            self.end.setDate(QDate(end.year, end.month, end.day))
        self._dated(self.dated.isChecked())

    def values(self) -> dict:
        """What to save in the plan's profile (dates None when not set)."""
        import datetime as dt

        def day(edit):
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day()) if self.dated.isChecked() else None

        return {
            "issuing_body": self.issuing_body.text().strip(),
            "cover_text": self.cover_text.toPlainText().strip(),
            "consultation_start": day(self.start),
            "consultation_end": day(self.end),
        }

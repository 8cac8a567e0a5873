"""The report dialog's options: which parts to print and whether it is a draft for the
public consultation (kept apart from the dialog so each stays small)."""

from __future__ import annotations

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
        return {
            "development": self.tr("Development of the action plan"),
            "consultation": self.tr("Public consultation on this report"),
            "relevance": self.tr("Relevance and ambition of the commitments"),
            "progress": self.tr("Progress to date"),
            "commitments": self.tr("A page per commitment"),
            "next": self.tr("Lessons so far and next steps"),
            "results": self.tr("Final results"),
            "participation": self.tr("Participation during implementation"),
            "lessons": self.tr("Lessons learned and next steps"),
            "annex": self.tr("Annex: matrix quality findings (internal)"),
        }

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

    def sections(self) -> frozenset[str]:
        return frozenset(k for k, box in self.parts.items() if box.isChecked())

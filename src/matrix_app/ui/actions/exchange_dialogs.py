"""What a merge did (a summary per entity) and which institution a package is for."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import dialogs
from .exchange_text import _tr, _trn, entity_label

if TYPE_CHECKING:  # SQLModel and the exchange services load off the GUI thread
    from ...services.exchange import MergeSummary


class SummaryDialog(QDialog):
    """What a merge brought in, per entity; a button leads to the conflicts."""

    def __init__(self, summary: MergeSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Merge summary"))
        self.show_conflicts = False
        data = summary.to_json()
        layout = QVBoxLayout(self)
        entities = data["entities"]
        #: The headline counts what the table lists - rows added, updated, deleted, restored
        #: (a conflict's row is counted there when their value was taken) - so the two agree;
        #: the changes behind them (one per field changed) are said apart.
        self.rows_changed = sum(
            counts[k]
            for counts in entities.values()
            for k in ("added", "updated", "deleted", "restored")
        )
        if not summary.incoming:
            text = _tr("{file} has no changes that this project does not already have.")
        elif not self.rows_changed and summary.open_conflicts:
            # their changes clash with ours: "already here, nothing changed" would be wrong
            text = _trn(
                "The %n change(s) in {file} differ from this project's own; nothing was "
                "overwritten.",
                summary.incoming,
            )
        elif not self.rows_changed:
            text = _trn(
                "The %n change(s) in {file} were already in this project; nothing changed.",
                summary.incoming,
            )
        else:
            text = _trn("%n row(s) changed by the merge from {file}", self.rows_changed)
            text += " (" + _trn("%n change(s)", summary.incoming) + "):"
        label = QLabel(text.format(file=Path(summary.source).name))
        self.headline = label
        label.setWordWrap(True)
        layout.addWidget(label)
        if entities:
            heads = [_tr("Added"), _tr("Updated"), _tr("Deleted"), _tr("Restored")]
            heads.append(_tr("Conflicts"))
            self.table = QTableWidget(len(entities), len(heads))
            self.table.setHorizontalHeaderLabels(heads)
            self.table.setVerticalHeaderLabels([entity_label(e) for e in entities])
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for r, counts in enumerate(entities.values()):
                keys = ("added", "updated", "deleted", "restored", "conflicts")
                for c, key in enumerate(keys):
                    item = QTableWidgetItem(str(counts[key]) if counts[key] else "")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(r, c, item)
            self.table.resizeColumnsToContents()
            self.table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents
            )
            self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.table.setMinimumWidth(560)
            self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            rows = self.table.verticalHeader().length() + self.table.horizontalHeader().height()
            self.table.setMaximumHeight(rows + 2 * self.table.frameWidth() + 2)
            layout.addWidget(self.table)
        if data["blobs_added"]:
            layout.addWidget(QLabel(_trn("%n new evidence file(s) stored.", data["blobs_added"])))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("&Close"))
        buttons.rejected.connect(self.reject)
        self.conflicts_button: QPushButton | None = None
        if summary.open_conflicts:
            note = QLabel(
                _trn(
                    "%n conflict(s): both values were kept and the later change is shown for "
                    "now. Choose which to keep.",
                    summary.open_conflicts,
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            self.conflicts_button = buttons.addButton(
                _tr("&Resolve conflicts…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.accepted.connect(self._resolve)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _resolve(self) -> None:
        self.show_conflicts = True
        self.accept()


class PackageDialog(QDialog):
    """Choose the institution whose commitments go into the package."""

    def __init__(self, choices: list[tuple[str, str, int]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Package for institution"))
        self.combo = QComboBox()
        for name, acronym, count in choices:
            text = f"{name} ({acronym})" if acronym else name
            self.combo.addItem(
                _trn("{name} – %n commitment(s)", count).format(name=text), userData=name
            )
        info = QLabel(
            _tr(
                "The package is a project file with the plan and only the commitments where "
                "this institution is lead or support. Send it to the institution; when it "
                "comes back, use File › Merge changes from file."
            )
        )
        info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("&Institution:"), self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Package…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def institution(self) -> str:
        return str(self.combo.currentData() or "")


def ask_other_file(parent: QWidget | None) -> Path | None:
    """The copy or package to merge from (patched in tests)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Merge changes from file"),
        "",
        dialogs.nap_filter() + ";;" + QCoreApplication.translate("Dialogs", "All files (*)"),
    )
    return Path(name) if name else None


def package_choices(project) -> list[tuple[str, str, int]]:
    """Institutions that lead or support at least one live commitment, with the count."""
    from ...domain import models as m

    live = {c.id for c in project.rows(m.Commitment)}
    counts: dict[str, set[str]] = {}
    for link in project.rows(m.CommitmentInstitution):
        if link.commitment_id in live:
            counts.setdefault(link.institution_id, set()).add(link.commitment_id)
    out = []
    for inst in project.rows(m.Institution):
        if inst.id in counts:
            out.append((inst.name, inst.acronym, len(counts[inst.id])))
    return sorted(out, key=lambda x: x[0].casefold())

"""Narratives tab: progress summary, challenges and next steps per reporting period.

A narrative row is created the first time its text is written, then updated; the report
reads the same rows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from ...domain import models as m
from ...domain import vocabulary as v
from ...services.snapshot import CommitmentData
from ..plan.translations import TwinFields
from . import fmt
from .base import EditorTab
from .widgets import TextEdit, set_editable, set_value


class NarrativesTab(EditorTab):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.edits: dict[tuple[str, str], TextEdit] = {}
        #: The translation twin of each text (a narrative row exists once text is written).
        self.twins: dict[tuple[str, str], TwinFields] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "What the self-assessment report says about this commitment, per reporting "
                    "period. Text is saved when you leave the box."
                )
            )
        )
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        section_titles = {
            v.CommitmentSection.PROGRESS: self.tr("&Progress summary:"),
            v.CommitmentSection.CHALLENGES: self.tr("&Challenges:"),
            v.CommitmentSection.NEXT_STEPS: self.tr("&Next steps:"),
        }
        period_titles = {
            v.Period.MID_TERM: self.tr("Mid-term report"),
            v.Period.END_OF_TERM: self.tr("End-of-term report"),
        }
        for period in v.Period:
            group = QGroupBox(period_titles[period])
            form = QFormLayout(group)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for section in v.CommitmentSection:
                edit = TextEdit(lines=7)
                edit.setMaximumHeight(16777215)
                title = section_titles[section]
                if period == v.Period.END_OF_TERM:
                    title = title.replace("&", "")
                label = QLabel(title)
                label.setBuddy(edit)
                edit.setAccessibleName(
                    f"{title.replace('&', '').rstrip(':')} ({period_titles[period]})"
                )
                edit.editingFinished.connect(
                    lambda p=period.value, s=section.value: self.commit(p, s)
                )
                twins = TwinFields(lambda: self.document)
                form.addRow(label, twins.add("narrative", "text", edit))
                self.edits[(period.value, section.value)] = edit
                self.twins[(period.value, section.value)] = twins
            columns.addWidget(group)

    def narrative(self, period: str, section: str) -> m.Narrative | None:
        if self.data is None:
            return None
        return next(
            (n for n in self.data.narratives if n.period == period and n.section == section),
            None,
        )

    def load(self, data: CommitmentData) -> None:
        self.data = data
        for (period, section), edit in self.edits.items():
            row = self.narrative(period, section)
            set_value(edit, row.text if row else "")
            twins = self.twins[(period, section)]
            twins.load(self.editor.translations, row.id if row else None, self.commitment_id)

    def show_translations(self, visible: bool) -> None:
        for twins in self.twins.values():
            twins.set_visible(visible)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for edit in self.edits.values():
            set_editable(edit, not read_only)
        for twins in self.twins.values():
            twins.set_read_only(read_only)

    def select(self, entity: str, row_id: str) -> bool:
        if entity != "narrative" or self.data is None:
            return False
        row = next((n for n in self.data.narratives if n.id == row_id), None)
        if row is None or (row.period, row.section) not in self.edits:
            return False
        self.edits[(row.period, row.section)].setFocus()
        return True

    def commit(self, period: str, section: str) -> None:
        if self.read_only or self.data is None:
            return
        text = self.edits[(period, section)].toPlainText()
        row = self.narrative(period, section)
        undo = (
            self.tr("Edit narrative: %1 (%2)")
            .replace("%1", fmt.vocab(section).lower())
            .replace("%2", fmt.vocab(period).lower())
        )
        if row is None:
            if not text.strip():
                return
            self.document.create(
                m.Narrative,
                undo,
                commitment_id=self.commitment_id,
                period=period,
                section=section,
                text=text,
            )
        elif row.text != text:
            self.document.update(m.Narrative, row.id, undo, text=text)

"""Overview tab: every field of the commitment, its institutions and the computed verdicts.

The institutions (``overview_institutions.py``) and the IRM assessment with the computed
verdicts (``overview_irm.py``) are parts of the tab kept in their own modules.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...domain import vocabulary as v
from ...services.snapshot import CommitmentData
from ..plan.translations import TwinFields
from . import fmt
from .base import EditorTab
from .overview_institutions import InstitutionsPart
from .overview_irm import IrmPart
from .widgets import DateEdit, TextEdit, bind, set_editable, set_value, vocab_combo

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: The groups of each column when the tab is wide enough for two.
LEFT = ("about", "values", "plan")
RIGHT = ("inst", "irm", "context", "computed")


class OverviewTab(InstitutionsPart, IrmPart, EditorTab):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.fields: dict[str, QWidget] = {}
        self.twins = TwinFields(lambda: self.document)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.grid = QGridLayout(body)
        self.one_column = False

        # -- the commitment ------------------------------------------------------------
        about = QGroupBox(self.tr("Commitment"))
        form = QFormLayout(about)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, "code", self.tr("C&ode:"), QLineEdit())
        self.fields["code"].setMaximumWidth(120)
        self._row(form, "title", self.tr("&Title:"), QLineEdit(), translate=True)
        self._row(form, "status_quo", self.tr("Status &quo / problem:"), TextEdit(lines=3), True)
        self._row(form, "objective", self.tr("Main o&bjective:"), TextEdit(lines=2), True)
        self._row(form, "description", self.tr("&Description:"), TextEdit(lines=3), True)
        themes = QLineEdit()
        themes.setPlaceholderText(self.tr("Separate themes with “;”"))
        self._row(form, "themes", self.tr("T&hemes:"), themes)

        # -- OGP values, each with why the commitment is relevant to it ------------------
        values = QGroupBox(self.tr("Relevance to OGP values"))
        values_box = QGridLayout(values)
        value_labels = [
            ("access_to_information", self.tr("Access to information")),
            ("civic_participation", self.tr("Civic participation")),
            ("public_accountability", self.tr("Public accountability")),
            ("technology_innovation", self.tr("Technology and innovation")),
        ]
        for i, (value, text) in enumerate(value_labels):
            box = QCheckBox(text)
            self._bind(f"ogp_{value}", box, text)
            why = TextEdit(lines=2)
            why.setPlaceholderText(self.tr("Why the commitment is relevant to this value"))
            self._bind(
                f"relevance_{value}", why, self.tr("Relevance to %1").replace("%1", text.lower())
            )
            values_box.addWidget(box, i, 0, Qt.AlignmentFlag.AlignTop)
            values_box.addWidget(self.twins.add("commitment", f"relevance_{value}", why), i, 1)
        values_box.setColumnStretch(1, 1)

        # -- resources, alignment and partners -------------------------------------------
        context = QGroupBox(self.tr("Budget, alignment and partners"))
        form = QFormLayout(context)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        budget = QLineEdit()
        budget.setPlaceholderText(self.tr("Amount and source, e.g. the budget line"))
        self._row(form, "budget", self.tr("Budget:"), budget, True)
        links = TextEdit(lines=2)
        links.setPlaceholderText(self.tr("National development plans or strategies it serves"))
        self._row(form, "national_plan_links", self.tr("National plans:"), links, True)
        sdgs = QLineEdit()
        sdgs.setPlaceholderText(self.tr("SDG targets separated by “;”, e.g. 16.6; 16.10"))
        self._row(form, "sdgs", self.tr("SDGs:"), sdgs)
        partners = TextEdit(lines=3)
        partners.setPlaceholderText(
            self.tr("Civil society, academia or private partners, each with a contact")
        )
        self._row(form, "partners", self.tr("Partners outside government:"), partners, True)

        # -- dates, focal point, completion ----------------------------------------------
        plan = QGroupBox(self.tr("Implementation"))
        form = QFormLayout(plan)
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        start, end = DateEdit(), DateEdit()
        self._bind("start_date", start, self.tr("Start date"))
        self._bind("end_date", end, self.tr("End date"))
        start_label = QLabel(self.tr("&Start:"))
        start_label.setBuddy(start)
        end_label = QLabel(self.tr("&End:"))
        end_label.setBuddy(end)
        for w in (start_label, start, end_label, end):
            dates_row.addWidget(w)
        dates_row.addStretch(1)
        form.addRow(self.tr("Dates:"), dates)
        self._row(form, "focal_point_name", self.tr("Focal point &name:"), QLineEdit())
        self._row(form, "focal_point_email", self.tr("Focal &point e-mail:"), QLineEdit())
        self._row(
            form, "completion", self.tr("Self-assessed &completion:"), vocab_combo(v.Completion)
        )
        self._row(form, "continues_id", self.tr("Contin&ues:"), QComboBox())

        inst = self._build_institutions()

        irm = self._build_irm()
        computed = self._build_computed()
        self.groups = {
            "about": about,
            "values": values,
            "plan": plan,
            "inst": inst,
            "irm": irm,
            "context": context,
            "computed": computed,
        }
        self._arrange(False)

    # -- layout --------------------------------------------------------------------------
    def _two_column_width(self) -> int:
        """The width two columns need: the commitment as narrow as it goes, the
        institutions and the IRM assessment as wide as they ask (else they are cut)."""
        g = self.groups
        left = max(g[k].minimumSizeHint().width() for k in LEFT)
        right = max(g[k].sizeHint().width() for k in RIGHT)
        margins = self.grid.contentsMargins()
        spacing = max(0, self.grid.horizontalSpacing())
        return left + right + spacing + margins.left() + margins.right()

    def _arrange(self, one_column: bool) -> None:
        """Two columns (commitment | institutions, IRM), or all in one when narrow."""
        grid = self.grid
        for group in self.groups.values():
            grid.removeWidget(group)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        g = self.groups
        if one_column:
            for row, key in enumerate(("about", "values", "plan", *RIGHT)):
                grid.addWidget(g[key], row, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
            grid.setRowStretch(len(g), 1)
        else:
            for row, key in enumerate(LEFT):
                grid.addWidget(g[key], row, 0)
            for row, key in enumerate(RIGHT):
                grid.addWidget(g[key], row, 1)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            grid.setRowStretch(len(RIGHT), 1)
        self.one_column = one_column

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = self.scroll.viewport().width()
        if self.scroll.verticalScrollBar().isVisible() is False:
            room -= self.scroll.verticalScrollBar().sizeHint().width()
        narrow = room < self._two_column_width()
        if narrow != self.one_column:
            self._arrange(narrow)

    # -- building ------------------------------------------------------------------------
    def _row(
        self, form: QFormLayout, field: str, text: str, widget: QWidget, translate: bool = False
    ) -> None:
        """A labelled field; ``translate``: with its translation's twin below it."""
        label = QLabel(text)
        label.setBuddy(widget)
        self._bind(field, widget, text.replace("&", "").rstrip(":?"))
        form.addRow(label, self.twins.add("commitment", field, widget) if translate else widget)

    def _bind(self, field: str, widget: QWidget, name: str) -> None:
        widget.setAccessibleName(name)
        self.fields[field] = widget
        bind(
            widget,
            lambda value, f=field: self.commit(f, value),
            self.field_error(field),
            lambda f=field: self._show(f),
            self.field_corrected(field),
        )

    # -- data ----------------------------------------------------------------------------
    def load(self, data: CommitmentData) -> None:
        self.data = data
        self._fill_continues()
        for field in self.fields:
            self._show(field)
        self.twins.load(self.editor.translations, self.commitment_id, self.commitment_id)
        self._load_institutions(data)
        self._show_computed(data)

    def _fill_continues(self) -> None:
        """The commitments this one may continue, from the document's outline (no ORM
        rows), read again only after a change that can alter the list: an edit of this
        commitment (most edits) cannot."""
        if not hasattr(self, "_continues"):
            self._continues: list[tuple[str, str]] | None = None
            self.document.changed.connect(self._continues_changed)
        elif self._continues is not None:
            return
        choices = [
            (f"{p.title} · {c.code} {c.title}".strip(), c.id)
            for p in self.document.outline()
            for c in p.commitments
            if c.id != self.commitment_id
        ]
        self._continues = choices
        box: QComboBox = self.fields["continues_id"]  # type: ignore[assignment]
        blocked = box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("(none)"), None)
        for text, cid in choices:
            box.addItem(text, cid)
        box.blockSignals(blocked)

    def _continues_changed(self, table: str, ids: object) -> None:
        others = table == "commitment" and (not ids or set(ids) - {self.commitment_id})  # type: ignore[call-overload]
        if table in ("*", "action_plan") or others:
            self._continues = None

    def _show(self, field: str) -> None:
        if self.data is None:
            return
        value = getattr(self.data.commitment, field)
        set_value(self.fields[field], value)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in self.fields.values():
            set_editable(widget, not read_only)
        self.twins.set_read_only(read_only)
        self._institutions_read_only(read_only)

    def show_translations(self, visible: bool) -> None:
        self.twins.set_visible(visible)
        self._inst_translations(visible)

    def select(self, entity: str, row_id: str) -> bool:
        if entity == "commitment":
            self.fields["title"].setFocus()
            return True
        if entity == "commitment_institution":
            self.select_row(self.inst_view, self.inst_model.row_of(row_id))
            self.inst_view.setFocus()
            return True
        return False

    # -- edits ---------------------------------------------------------------------------
    def commit(self, field: str, value: Any) -> None:
        if self.read_only or self.data is None:
            return
        c = self.data.commitment
        if field in ("themes", "sdgs"):
            value = "; ".join(t.strip() for t in str(value).split(";") if t.strip())
        if field == "focal_point_email" and value and not EMAIL.match(value):
            self.error(self.tr("“%1” is not an e-mail address.").replace("%1", value), field)
            self._show(field)
            return
        if field in ("start_date", "end_date"):
            start = value if field == "start_date" else c.start_date
            end = value if field == "end_date" else c.end_date
            if start and end and end < start:
                self.error(
                    self.tr("The end date (%1) is before the start date (%2).")
                    .replace("%1", fmt.date_text(end))
                    .replace("%2", fmt.date_text(start)),
                    field,
                )
                self._show(field)
                return
        if not self.update_field(m.Commitment, self.commitment_id, field, value):
            self._show(field)

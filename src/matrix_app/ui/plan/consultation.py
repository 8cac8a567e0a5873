"""Consultation comments of a plan: who said what in the self-assessment's public
consultation, and what the government answered, per report (mid-term, end-of-term).

A window of its own (not modal) beside the main window, so a coordinator can copy comments
in from e-mail while looking at the commitments. Every cell edit, addition and removal is a
Document command (journaled, undoable with Edit > Undo or Ctrl+Z here).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from .. import headers
from ..commitment import fmt
from ..commitment.table_model import Column, RowDelegate, RowTableModel
from ..commitment.widgets import MessageBar, shortcut
from ..document import Document
from .translations import TRANSLATED, TranslationIndex, other_lang, save_translation
from .translations import translated_header as with_lang

#: Fields of a comment that reports print, so that have a translation column.
TRANSLATABLE = ("comment", "response")


class ConsultationDialog(QDialog):
    """The comments of one plan's consultation for one report, as an editable table."""

    def __init__(self, doc: Document, plan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.plan_id = doc, plan_id
        self.lang = other_lang(doc.project)
        self.editable = False
        self.translations = TranslationIndex([], self.lang)
        self.setWindowTitle(self.tr("Consultation comments"))
        self.setAccessibleName(self.tr("Consultation comments"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)

        top = QHBoxLayout()
        self.period = QComboBox()
        self.period.addItem(self.tr("Mid-term self-assessment"), "mid_term")
        self.period.addItem(self.tr("End-of-term self-assessment"), "end_of_term")
        self.period.setAccessibleName(self.tr("Report the comments were made on"))
        period_label = QLabel(self.tr("&Report:"))
        period_label.setBuddy(self.period)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_translations = QCheckBox(
            self.tr("Show &translations (%1)").replace("%1", self.lang.upper())
        )
        self.show_translations.toggled.connect(lambda _checked: self._translations_shown(_checked))
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.show_translations)
        layout.addLayout(top)

        columns = [
            Column("author", self.tr("Who"), editable=True),
            Column("organisation", self.tr("Organisation"), editable=True),
            Column("received_on", self.tr("Received"), "date", editable=True),
            Column("comment", self.tr("Comment"), "text", editable=True),
            self._translation_column("comment", self.tr("Comment")),
            Column("response", self.tr("Our response"), "text", editable=True),
            self._translation_column("response", self.tr("Our response")),
        ]
        self.model = RowTableModel(columns, on_edit=self.edit_cell, parent=self)
        self.model.inputError.connect(self.error)
        self.view = QTableView()
        self.view.setModel(self.model)
        headers.install(self.view)
        self.view.setItemDelegate(RowDelegate(self.view))
        self.view.setAccessibleName(self.tr("Comments received"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for col, column in enumerate(columns):
            stretch = column.kind == "text"
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(col, mode)
        header.resizeSection(0, 150)
        header.resizeSection(1, 170)
        header.resizeSection(2, self.fontMetrics().horizontalAdvance("00 sept 0000") + 24)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add comment"))
        self.add_button.setToolTip(self.tr("Add a comment received (Ins)"))
        self.add_button.clicked.connect(lambda: self.add_comment())
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected comment (Del)"))
        self.remove_button.clicked.connect(lambda: self.remove_comment())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        shortcut(self.view, "Ins", self.add_comment)
        shortcut(self.view, "Del", self.remove_comment)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, doc.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, doc.undo_stack.redo),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        doc.changed.connect(self._changed)
        self._translations_shown(False)
        self.resize(1100, 520)
        self.refresh()

    def _translation_column(self, field: str, header: str) -> Column:
        return Column(
            f"{field}{TRANSLATED}",
            with_lang(header, self.lang),
            "text",
            editable=True,
            getter=lambda row: self.translations.text("consultation_comment", row.id, field),
        )

    # -- data ----------------------------------------------------------------------------
    def current_period(self) -> str:
        return str(self.period.currentData())

    def refresh(self) -> None:
        self._refresh_timer.stop()
        project = self.doc.project
        plan = project.get(m.ActionPlan, self.plan_id)
        if plan is None:  # the plan was deleted (undo brings it back)
            self.heading.setText(self.tr("This plan has been deleted."))
            self.editable = False
            self.model.set_rows([])
            self._update_buttons()
            return
        self.heading.setText(plan.title or self.tr("(untitled plan)"))
        self.editable = not self.doc.read_only
        self.translations = TranslationIndex.load(project, self.lang, entity="consultation_comment")
        rows = project.rows(m.ConsultationComment, plan_id=self.plan_id)
        self.model.set_rows([r for r in rows if r.period == self.current_period()])
        self.view.resizeRowsToContents()
        self._update_buttons()

    def _changed(self, table: str, _ids: object) -> None:
        if table in ("consultation_comment", "translation", "action_plan", "*"):
            self._refresh_timer.start()

    def _translations_shown(self, visible: bool) -> None:
        for field in TRANSLATABLE:
            self.view.setColumnHidden(self.model.column_of(f"{field}{TRANSLATED}"), not visible)

    def _update_buttons(self) -> None:
        editable = self.editable
        if self.model.read_only == editable:  # changed: the cells' flags follow
            self.model.set_read_only(not editable)
        self.add_button.setEnabled(bool(editable))
        self.remove_button.setEnabled(bool(editable) and self.selected() is not None)

    def selected(self) -> m.ConsultationComment | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def error(self, text: str) -> None:
        self.message_bar.show_message(text, error=True)

    # -- edits ---------------------------------------------------------------------------
    def edit_cell(self, row: m.ConsultationComment, field: str, value: Any) -> bool:
        if field.endswith(TRANSLATED):
            return save_translation(
                self.doc,
                self.translations,
                "consultation_comment",
                row.id,
                field.removesuffix(TRANSLATED),
                value,
            )
        text = self.tr("Edit consultation comment")
        saved = self.doc.update(m.ConsultationComment, row.id, text, **{field: value})
        if saved:
            self.message_bar.clear()
        return saved

    def add_comment(self) -> str | None:
        if self.doc.read_only:
            return None
        new_id = self.doc.create(
            m.ConsultationComment,
            self.tr("Add consultation comment"),
            plan_id=self.plan_id,
            period=self.current_period(),
            received_on=dt.date.today(),
        )
        if new_id:
            self.refresh()
            row = self.model.row_of(new_id)
            index = self.model.index(row, self.model.column_of("author"))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            if self.view.isVisible():
                self.view.setFocus()
                self.view.edit(index)
        return new_id

    def remove_comment(self) -> bool:
        row = self.selected()
        if self.doc.read_only or row is None:
            return False
        removed = self.doc.delete(
            m.ConsultationComment, row.id, self.tr("Delete consultation comment")
        )
        if removed:
            who = row.author or row.organisation or fmt.date_text(row.received_on)
            self.message_bar.show_message(
                self.tr("Removed the comment of %1; Edit > Undo brings it back.").replace(
                    "%1", who or self.tr("an unnamed person")
                ),
                error=False,
            )
        return removed

"""Report texts of a plan: what the self-assessment says about the plan as a whole.

The report's plan-wide parts (mid-term "Development of the action plan" and "Lessons so far
and next steps"; end-of-term "Participation during implementation" and "Lessons learned and
next steps") print the plan's ``Narrative`` rows (``plan_id`` set, no commitment) of the
report's period, one per ``PlanSection``, each under the heading the report gives it. This
window writes those rows: one editor per section, headed and grouped as the report prints
them, so the coordinator sees where each text goes. A row is created by its first text and
updated after, each change one Document command (journaled, undoable); translations are
the twins of the translations mode, as in the commitment's Narratives tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...domain import vocabulary as v
from ..commitment.widgets import MessageBar, TextEdit, set_editable, set_value
from ..document import Document
from .report_text_names import _PLACEHOLDERS, PARTS, heading, open_text, open_tip
from .translations import TranslationIndex, TwinFields, other_lang

__all__ = ["PARTS", "ReportTextsDialog", "heading", "open_text", "open_tip"]


class ReportTextsDialog(QDialog):
    """The plan-wide texts of one plan's reports (each saved when its box is left)."""

    def __init__(
        self,
        doc: Document,
        plan_id: str,
        parent: QWidget | None = None,
        period: str = v.Period.MID_TERM.value,
    ) -> None:
        super().__init__(parent)
        self.doc, self.plan_id = doc, plan_id
        self.rows: list[m.Narrative] = []
        self.edits: dict[tuple[str, str], TextEdit] = {}
        self.twins: dict[tuple[str, str], TwinFields] = {}
        self.headings: dict[tuple[str, str], QLabel] = {}
        self.lang = other_lang(doc.project)
        self.setWindowTitle(self.tr("Report texts"))
        self.setAccessibleName(self.tr("Report texts"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        intro = QLabel(
            self.tr(
                "What the self-assessment report says about the plan as a whole, under these "
                "headings. Text is saved when you leave the box."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)

        top = QHBoxLayout()
        self.period = QComboBox()
        self.period.addItem(self.tr("Mid-term self-assessment"), v.Period.MID_TERM.value)
        self.period.addItem(self.tr("End-of-term self-assessment"), v.Period.END_OF_TERM.value)
        period_label = QLabel(self.tr("&Report:"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        self.translations_box = QCheckBox(
            self.tr("Show &translations (%1)").replace("%1", self.lang.upper())
        )
        top.addWidget(self.translations_box)
        layout.addLayout(top)

        self.pages = QStackedWidget()
        for kind in PARTS:
            self.pages.addWidget(self._page(kind))
        # with the translations shown the texts are taller than a laptop screen: they scroll
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.pages)
        layout.addWidget(self.scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, doc.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, doc.undo_stack.redo),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        self.period.currentIndexChanged.connect(lambda i: self.pages.setCurrentIndex(max(0, i)))
        self.translations_box.toggled.connect(self.show_translations)
        from ..commitment.editor import CommitmentEditor  # the editor's translations mode

        self.translations_box.setChecked(CommitmentEditor.translations_shown)
        self.show_translations(self.translations_box.isChecked())
        self.set_period(period)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        doc.changed.connect(self._changed)
        self.setMinimumWidth(max(720, self.pages.sizeHint().width() + 40))
        screen = self.screen().availableGeometry() if self.screen() else None
        tall = self.pages.sizeHint().height() + 200
        self.resize(self.minimumWidth(), min(tall, screen.height() - 60) if screen else tall)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _page(self, kind: str) -> QWidget:
        from ..actions.report_options import part_names

        names = part_names()
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for part, sections in PARTS[kind]:
            group = QGroupBox(names[part])
            form = QFormLayout(group)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for section in sections:
                edit = TextEdit(lines=6)
                edit.setMaximumHeight(16777215)
                edit.setPlaceholderText(
                    QCoreApplication.translate("ReportTexts", _PLACEHOLDERS[section])
                )
                title = heading(kind, section)
                edit.setAccessibleName(title)
                label = QLabel(title)
                label.setBuddy(edit)
                edit.editingFinished.connect(lambda p=kind, s=section: self.commit(p, s))
                twins = TwinFields(lambda: self.doc, self.lang)
                form.addRow(label, twins.add("narrative", "text", edit))
                for box in (edit, twins.twin("text").edit):
                    box.installEventFilter(self)
                self.edits[(kind, section)] = edit
                self.twins[(kind, section)] = twins
                self.headings[(kind, section)] = label
            column.addWidget(group, 1)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a box with no typing of its own to undo undoes the last saved edit
        (a text box otherwise keeps Ctrl+Z for itself, even with nothing to undo)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            text = getattr(watched, "document", lambda: None)()
            for keys, available in (
                (QKeySequence.StandardKey.Undo, "isUndoAvailable"),
                (QKeySequence.StandardKey.Redo, "isRedoAvailable"),
            ):
                if event.matches(keys) and text is not None and not getattr(text, available)():
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)

    def set_period(self, period: str) -> None:
        """Show the texts of the report of ``period`` (a Period value)."""
        index = self.period.findData(period)
        self.period.setCurrentIndex(index if index >= 0 else 0)
        self.pages.setCurrentIndex(self.period.currentIndex())

    def show_translations(self, visible: bool) -> None:
        for twins in self.twins.values():
            twins.set_visible(visible)

    # -- data ----------------------------------------------------------------------------
    def narrative(self, period: str, section: str) -> m.Narrative | None:
        return next(
            (n for n in self.rows if n.period == period and n.section == section),
            None,
        )

    def refresh(self) -> None:
        self._refresh_timer.stop()
        project = self.doc.project
        plan = project.get(m.ActionPlan, self.plan_id)
        self.heading.setText(
            (plan.title or self.tr("(untitled plan)"))
            if plan
            else self.tr("This plan has been deleted.")
        )
        rows = project.rows(m.Narrative, plan_id=self.plan_id) if plan else []
        self.rows = [n for n in rows if n.commitment_id is None]
        index = TranslationIndex.load(project, self.lang, entity="narrative")
        editable = not self.doc.read_only and plan is not None
        for key, edit in self.edits.items():
            row = self.narrative(*key)
            if not edit.hasFocus():  # a text being typed is not overwritten
                set_value(edit, row.text if row else "")
            set_editable(edit, editable)
            twins = self.twins[key]
            twins.read_only = not editable
            twins.load(index, row.id if row else None)

    def _changed(self, table: str, _ids: object) -> None:
        if table in ("narrative", "translation", "action_plan", "*"):
            self._refresh_timer.start()

    # -- edits ---------------------------------------------------------------------------
    def commit(self, period: str, section: str) -> bool:
        """Save the text of one section: the row is made by its first text."""
        if self.doc.read_only:
            return False
        text = self.edits[(period, section)].toPlainText()
        row = self.narrative(period, section)
        undo = self.tr("Edit report text: %1").replace("%1", heading(period, section))
        if row is None:
            if not text.strip():
                return False
            ok = (
                self.doc.create(
                    m.Narrative,
                    undo,
                    plan_id=self.plan_id,
                    period=period,
                    section=section,
                    text=text,
                )
                is not None
            )
        elif row.text != text:
            ok = self.doc.update(m.Narrative, row.id, undo, text=text)
        else:
            return False
        if ok:
            self.message_bar.clear()
        self.refresh()
        return ok

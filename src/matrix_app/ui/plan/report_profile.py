"""Report settings of a plan: issuing body, cover text, logo, sections, consultation dates.

One ``ReportProfile`` row per plan, created by the first setting made. Each change is saved
at once as a Document command (journaled, undoable); the logo's bytes go into the file's
blob store in the same transaction as the setting that points at them (``logo.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...services import report_profile
from ..commitment.widgets import DateEdit, MessageBar, TextEdit, bind, set_editable, set_value
from ..document import Document
from . import logo
from .translations import TranslationIndex, TwinFields, other_lang


def section_labels() -> list[tuple[str, str]]:
    """(key, label) of the report's parts a coordinator may leave out: the parts of both
    kinds of report (the report dialog's, so the keys saved here are the ones it reads)."""
    from ..actions.report_options import PARTS, part_names

    names = part_names()
    keys = dict.fromkeys((*PARTS["mid_term"], *PARTS["end_of_term"]))
    return [(key, names[key]) for key in keys]


def default_sections() -> list[str]:
    """The parts printed when the plan's settings choose none: all but the internal annex."""
    from ..actions.report_options import OFF_BY_DEFAULT

    return [key for key, _label in section_labels() if key not in OFF_BY_DEFAULT]


class ReportProfileDialog(QDialog):
    """The report settings of one plan (every change saved at once)."""

    def __init__(self, doc: Document, plan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.plan_id = doc, plan_id
        self.profile: m.ReportProfile | None = None
        self.fields: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Report settings"))
        self.setAccessibleName(self.tr("Report settings"))
        self.twins = TwinFields(lambda: self.doc, other_lang(doc.project))
        #: Whether the cover texts may carry a translation (the data layer says which do).
        self.translatable = "report_profile" in m.TRANSLATABLE_TABLES
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)

        cover = QGroupBox(self.tr("Cover"))
        form = QFormLayout(cover)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # the plan's title heads the cover: its translation is made here (the title itself
        # is renamed in the project tree, F2)
        self.plan_title = QLineEdit()
        self.plan_title.setReadOnly(True)
        self.plan_title.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab starts at what is edited
        self.plan_title.setAccessibleName(self.tr("Plan title"))
        self.plan_title.setToolTip(self.tr("Rename the plan in the project tree (F2)"))
        self.plan_twins = TwinFields(lambda: self.doc, self.twins.lang)
        title_label = QLabel(self.tr("Plan title:"))
        form.addRow(title_label, self.plan_twins.add("action_plan", "title", self.plan_title))
        body = QLineEdit()
        body.setPlaceholderText(self.tr("The institution that issues the report"))
        self._row(form, "issuing_body", self.tr("&Issuing body:"), body, self.translatable)
        text = TextEdit(lines=4)
        text.setPlaceholderText(self.tr("A short text printed on the cover, under the title"))
        self._row(form, "cover_text", self.tr("Cover &text:"), text, self.translatable)

        self.logo_preview = QLabel()
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.logo_preview.setFixedSize(220, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { border: 1px dashed #999; }")
        self.choose_logo_button = QPushButton(self.tr("&Choose image…"))
        self.choose_logo_button.setToolTip(self.tr("A PNG or JPEG image printed on the cover"))
        self.choose_logo_button.clicked.connect(lambda: self.choose_logo())
        self.remove_logo_button = QPushButton(self.tr("Remo&ve logo"))
        self.remove_logo_button.clicked.connect(lambda: self.remove_logo())
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_label = QLabel(self.tr("Logo:"))
        form.addRow(logo_label, logo_row)
        self.translations_box = QCheckBox(
            self.tr("Show &translations (%1)").replace("%1", self.twins.lang.upper())
        )
        self.translations_box.toggled.connect(lambda _checked: self._translations_shown(_checked))
        form.addRow("", self.translations_box)
        layout.addWidget(cover)

        consult = QGroupBox(self.tr("Public consultation of the draft"))
        consult_box = QVBoxLayout(consult)
        row = QHBoxLayout()
        consult_box.addLayout(row)
        start, end = DateEdit(), DateEdit()
        for field, widget, text in (
            ("consultation_start", start, self.tr("&From:")),
            ("consultation_end", end, self.tr("T&o:")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            self._bind(field, widget, text.replace("&", "").rstrip(":"))
            row.addWidget(label)
            row.addWidget(widget)
        note = QLabel(self.tr("While it runs, the report is marked as a draft for consultation."))
        note.setWordWrap(True)
        row.addStretch(1)
        consult_box.addWidget(note)
        layout.addWidget(consult)

        sections = QGroupBox(self.tr("Sections in the report"))
        grid = QGridLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(section_labels()):
            box = QCheckBox(label)
            box.toggled.connect(lambda _on: self.commit_sections())
            grid.addWidget(box, i // 2, i % 2)
            self.section_boxes[key] = box
        self.defaults_button = QPushButton(self.tr("&Default sections"))
        self.defaults_button.setToolTip(self.tr("Every section the kind of report has"))
        self.defaults_button.clicked.connect(lambda: self.reset_sections())
        grid.addWidget(self.defaults_button, (len(self.section_boxes) + 1) // 2, 0)
        layout.addWidget(sections)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, doc.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, doc.undo_stack.redo),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        doc.changed.connect(self._changed)
        self.setMinimumWidth(max(640, self.sizeHint().width()))
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _row(
        self, form: QFormLayout, field: str, text: str, widget: QWidget, translate: bool
    ) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        self._bind(field, widget, text.replace("&", "").rstrip(":"))
        form.addRow(label, self.twins.add("report_profile", field, widget) if translate else widget)

    def _bind(self, field: str, widget: QWidget, name: str) -> None:
        widget.setAccessibleName(name)
        self.fields[field] = widget
        bind(
            widget,
            lambda value, f=field: self.commit(f, value),
            self.error,
            lambda f=field: self._show(f),
        )

    def _translations_shown(self, visible: bool) -> None:
        self.twins.set_visible(visible)
        self.plan_twins.set_visible(visible)
        self.adjustSize()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._refresh_timer.stop()
        project = self.doc.project
        plan = project.get(m.ActionPlan, self.plan_id)
        self.heading.setText(
            (plan.title or self.tr("(untitled plan)"))
            if plan
            else self.tr("This plan has been deleted.")
        )
        self.profile = report_profile.profile(project, self.plan_id)
        for field in self.fields:
            self._show(field)
        index = TranslationIndex.load(project, self.twins.lang, entity="report_profile")
        self.twins.load(index, self.profile.id if self.profile else None)
        self.plan_title.setText(plan.title if plan else "")
        plans = TranslationIndex.load(project, self.twins.lang, entity="action_plan")
        self.plan_twins.load(plans, self.plan_id if plan else None)
        on = set(self._sections())
        for key, box in self.section_boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(key in on)
            box.blockSignals(blocked)
        self._show_logo()
        editable = not self.doc.read_only and plan is not None
        for widget in self.fields.values():
            set_editable(widget, editable)
        for w in (*self.section_boxes.values(), self.choose_logo_button, self.defaults_button):
            w.setEnabled(editable)
        self.remove_logo_button.setEnabled(editable and self._logo_sha() is not None)
        self.twins.set_read_only(not editable)
        self.plan_twins.set_read_only(not editable)

    def _changed(self, table: str, _ids: object) -> None:
        if table in ("report_profile", "translation", "action_plan", "*"):
            self._refresh_timer.start()

    def _show(self, field: str) -> None:
        set_value(self.fields[field], getattr(self.profile, field) if self.profile else None)

    def _sections(self) -> list[str]:
        stored = self.profile.sections if self.profile else ""
        keys = [k.strip() for k in stored.split(";") if k.strip()]
        return keys or default_sections()

    def _logo_sha(self) -> str | None:
        return self.profile.logo_sha256 if self.profile else None

    def _show_logo(self) -> None:
        sha = self._logo_sha()
        pixmap = QPixmap()
        if sha:
            pixmap.loadFromData(self.doc.project.blob(sha))
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        self.logo_preview.setPixmap(
            pixmap.scaled(
                self.logo_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def error(self, text: str) -> None:
        self.message_bar.show_message(text, error=True)

    # -- edits ---------------------------------------------------------------------------
    def save(self, text: str, **fields: Any) -> bool:
        """One undoable change of the profile (the row is made by the first one)."""
        if self.doc.read_only:
            return False
        ok = self.doc.push(logo.ProfileCommand(self.doc, self.plan_id, fields, text))
        if ok:
            self.message_bar.clear()
            self.refresh()
        return ok

    def commit(self, field: str, value: Any) -> None:
        if self.profile is not None and getattr(self.profile, field) == value:
            return
        if self.profile is None and value in (None, ""):
            return
        start = value if field == "consultation_start" else self._value("consultation_start")
        end = value if field == "consultation_end" else self._value("consultation_end")
        if start and end and end < start:
            from ..commitment import fmt

            self.error(
                self.tr("The consultation ends (%1) before it starts (%2).")
                .replace("%1", fmt.date_text(end))
                .replace("%2", fmt.date_text(start))
            )
            self._show(field)
            return
        if not self.save(self.tr("Edit report settings"), **{field: value}):
            self._show(field)

    def _value(self, field: str) -> Any:
        return getattr(self.profile, field) if self.profile else None

    def commit_sections(self) -> None:
        on = [key for key, box in self.section_boxes.items() if box.isChecked()]
        if not on:
            self.error(self.tr("A report needs at least one section."))
            self.refresh()
            return
        default = default_sections()
        self.save(self.tr("Choose report sections"), sections="" if on == default else ";".join(on))

    def reset_sections(self) -> None:
        if self.profile is not None and self.profile.sections:
            self.save(self.tr("Choose report sections"), sections="")

    def choose_file(self) -> str:
        """Ask for an image (tests patch this to avoid a modal dialog); "" if cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        return name

    def choose_logo(self, path: str | None = None) -> bool:
        if self.doc.read_only:
            return False
        name = self.choose_file() if path is None else path
        if not name:
            return False
        try:
            data = logo.read_logo(Path(name))
        except logo.LogoError as exc:
            self.error(str(exc))
            return False
        ok = self.doc.push(logo.SetLogoCommand(self.doc, self.plan_id, data, self.tr("Set logo")))
        if ok:
            self.message_bar.clear()
            self.refresh()
        return ok

    def remove_logo(self) -> bool:
        if self._logo_sha() is None or self.doc.read_only:
            return False
        ok = self.doc.push(
            logo.SetLogoCommand(self.doc, self.plan_id, None, self.tr("Remove logo"))
        )
        if ok:
            self.refresh()
        return ok

"""Evidence tab: files kept inside the project, links and notes.

Files come in by dialog or by dropping them on the tab, each checked against the size limit
before anything is read. How they leave again (Open, Save as) is ``evidence_out``; links and
their dialog are ``evidence_link``.
"""

from __future__ import annotations

import tempfile
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import models as m
from ...domain import vocabulary as v
from ...services.evidence_files import has_hidden_chars, safe_file_name, visible_name
from ...services.project import MAX_EVIDENCE_BYTES
from ...services.snapshot import CommitmentData
from .. import headers
from . import evidence_public, fmt, labels
from .base import EditorTab
from .evidence_in import EvidenceIn
from .evidence_link import valid_url
from .evidence_out import EvidenceFilesOut
from .table_model import Column, RowDelegate, RowTableModel
from .widgets import DateEdit, TextEdit, bind, set_editable, set_value, shortcut

#: Lines of a long note (or title) a row of the list grows to before it is elided.
NOTE_LINES = 4

#: Fields shown with hidden direction/control characters spelled out as [U+XXXX].
SHOWN_VISIBLE = ("title", "url")


class EvidenceTab(EvidenceIn, EvidenceFilesOut, EditorTab):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.setAcceptDrops(True)
        self.current: m.Evidence | None = None
        self.fields: dict[str, QWidget] = {}
        self._temp: tempfile.TemporaryDirectory | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Drop files here to attach them (at most %1 MB each).").replace(
                "%1", str(MAX_EVIDENCE_BYTES // 1048576)
            )
        )
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("Add &file…"))
        self.add_file_button.clicked.connect(lambda: self.add_files())  # not clicked(bool)
        self.add_link_button = QPushButton(self.tr("Add &link…"))
        self.add_link_button.clicked.connect(self.add_link)
        self.add_note_button = QPushButton(self.tr("Add &note"))
        self.add_note_button.clicked.connect(self.add_note)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected evidence (Del)"))
        self.remove_button.clicked.connect(self.remove)
        for b in (
            self.add_file_button,
            self.add_link_button,
            self.add_note_button,
            self.remove_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self.model = RowTableModel(
            [
                Column("kind", self.tr("Kind"), "vocab", vocab=v.EvidenceKind),
                Column("title", self.tr("Title"), "name", editable=True),
                Column("date", self.tr("Date"), "date", editable=True),
                Column("about", self.tr("About"), getter=self._about),
                Column(
                    "detail", self.tr("File, address or note"), "name", getter=self._detail_text
                ),
                Column("size", self.tr("Size"), "size"),
                evidence_public.column(),
            ],
            on_edit=lambda row, f, value: self.update_field(m.Evidence, row.id, f, value),
            parent=self,
        )
        self.model.inputError.connect(self.error)
        self.view = QTableView()
        self.view.setModel(self.model)
        headers.install(self.view)
        self.view.setItemDelegate(RowDelegate(self.view))
        self.view.setAccessibleName(self.tr("Evidence of the commitment"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # a long note wraps onto up to NOTE_LINES lines of its row; beyond, the cell's
        # tooltip and the "Note" field below show all of it
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMaximumSectionSize(self.fontMetrics().lineSpacing() * NOTE_LINES + 8)
        self.view.setWordWrap(True)
        self.follow_selection(self.view, self._show_current)
        self.view.doubleClicked.connect(lambda *_: self.open_current())
        shortcut(self.view, "Del", self.remove)
        shortcut(self.view, "Ins", self.add_note)
        shortcut(self.view, "Return", self.open_current)
        splitter.addWidget(self.view)

        details = QGroupBox(self.tr("Selected evidence"))
        form = QFormLayout(details)
        self._field(form, "title", self.tr("&Title:"), QLineEdit())
        self._field(form, "date", self.tr("&Date:"), DateEdit())
        self.about_box = QComboBox()
        self._field(form, "about", self.tr("A&bout:"), self.about_box)
        self._field(form, "url", self.tr("&Address:"), QLineEdit())
        self._field(form, "note", self.tr("Not&e:"), TextEdit(lines=4))
        self._field(form, "public", self.tr("&Publication:"), evidence_public.combo())
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setAccessibleName(self.tr("File name and size"))
        self.sha_label = QLabel()
        self.sha_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha_label.setAccessibleName(self.tr("SHA-256 checksum"))
        font = self.sha_label.font()
        font.setFamily("monospace")
        self.sha_label.setFont(font)
        self.file_row_label = QLabel(self.tr("File:"))
        self.sha_row_label = QLabel(self.tr("SHA-256:"))
        form.addRow(self.file_row_label, self.file_label)
        form.addRow(self.sha_row_label, self.sha_label)
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the file or link (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.clicked.connect(self.save_current)
        actions.addWidget(self.open_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        form.addRow(actions)
        self.details = details
        splitter.addWidget(details)
        splitter.setSizes([300, 300])

    def _field(self, form: QFormLayout, field: str, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, widget)
        self.fields[field] = widget
        setattr(self, f"{field}_label", label)
        bind(
            widget,
            lambda value, f=field: self.commit(f, value),
            self.field_error(field),
            lambda f=field: self._show_field(f),
            self.field_corrected(field),
        )

    # -- computed columns ----------------------------------------------------------------
    def _targets(self) -> list[tuple[str, str | None, str | None]]:
        """(label, result_id, indicator_id) of what evidence can be about."""
        data = self.data
        out: list[tuple[str, str | None, str | None]] = [(self.tr("The commitment"), None, None)]
        if data is None:
            return out
        codes = data.codes()
        for r in data.ordered_results():
            out.append((f"{fmt.vocab(r.level)} {codes.get(r.id, '')}".strip(), r.id, None))
        for ind in data.indicators:
            out.append((self.tr("Indicator: %1").replace("%1", ind.name), None, ind.id))
        return out

    def _about(self, ev: m.Evidence) -> str:
        for text, result_id, indicator_id in self._targets():
            if (result_id, indicator_id) == (ev.result_id, ev.indicator_id):
                return text
        return ""

    def _detail_text(self, ev: m.Evidence) -> str:
        if ev.kind == v.EvidenceKind.FILE:
            return visible_name(ev.file_name)  # a line break may not hide ".exe" here
        if ev.kind == v.EvidenceKind.LINK:
            return ev.url
        return ev.note

    # -- data ----------------------------------------------------------------------------
    def load(self, data: CommitmentData) -> None:
        self.data = data
        selected = self.current.id if self.current else None
        self.model.set_rows(data.evidence)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(2)
        self.view.resizeColumnToContents(3)
        self.view.resizeColumnToContents(self.model.column_of("public"))
        box = self.about_box
        blocked = box.blockSignals(True)
        box.clear()
        for text, result_id, indicator_id in self._targets():
            box.addItem(text, (result_id, indicator_id))
        box.blockSignals(blocked)
        row = self.model.row_of(selected) if selected else -1
        if row < 0 and data.evidence:
            row = 0
        self.select_row(self.view, row)
        self._show_current()

    def _show_current(self) -> None:
        ev = self.model.row_at(self.current_row(self.view))
        self.current = ev
        self.details.setEnabled(ev is not None)
        for field in self.fields:
            self._show_field(field)
        is_file = ev is not None and ev.kind == v.EvidenceKind.FILE
        is_link = ev is not None and ev.kind == v.EvidenceKind.LINK
        for w in (self.file_label, self.sha_label, self.file_row_label, self.sha_row_label):
            w.setVisible(is_file)
        self.fields["url"].setVisible(is_link)
        self.url_label.setVisible(is_link)  # type: ignore[attr-defined]
        if is_file and ev is not None:
            self.file_label.setText(self._file_text(ev))
            self.sha_label.setText(ev.sha256 or "")
        self.open_button.setEnabled(is_file or is_link)
        self.save_button.setEnabled(is_file)
        self._update_buttons()

    def _file_text(self, ev: m.Evidence) -> str:
        """Name (hidden characters shown), size, type, and the name it is written under."""
        text = f"{visible_name(ev.file_name)} ({fmt.size_text(ev.size)}, {ev.media_type})"
        safe = safe_file_name(ev.file_name)
        if safe != ev.file_name:
            text += "\n" + self.tr("Opened and saved as “%1”.").replace("%1", safe)
        if has_hidden_chars(ev.file_name):
            text += "\n" + self.tr(
                "The stored name has hidden characters that change how it reads; "
                "they are shown as [U+…]."
            )
        return text

    def _show_field(self, field: str) -> None:
        ev = self.current
        if field == "about":
            index = self.about_box.findData((ev.result_id, ev.indicator_id)) if ev else 0
            blocked = self.about_box.blockSignals(True)
            self.about_box.setCurrentIndex(max(0, index))
            self.about_box.blockSignals(blocked)
            return
        value = getattr(ev, field) if ev else None
        if field in SHOWN_VISIBLE and value:
            value = visible_name(value, keep_lines=True)  # "acta\u202efdp.exe" reads "actaexe.pdf"
        set_value(self.fields[field], value)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.setAcceptDrops(not read_only)
        self.model.set_read_only(read_only)
        for widget in self.fields.values():
            set_editable(widget, not read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for b in (self.add_file_button, self.add_link_button, self.add_note_button):
            b.setEnabled(not self.read_only)
        self.remove_button.setEnabled(not self.read_only and self.current is not None)

    def select(self, entity: str, row_id: str) -> bool:
        if entity != "evidence":
            return False
        row = self.model.row_of(row_id)
        self.select_row(self.view, row)
        self.view.setFocus()
        return row >= 0

    # -- edits ---------------------------------------------------------------------------
    def commit(self, field: str, value: Any) -> None:
        ev = self.current
        if self.read_only or ev is None:
            return
        if field in SHOWN_VISIBLE and value == visible_name(getattr(ev, field), keep_lines=True):
            return  # the text as shown, hidden characters spelled out: nothing was typed
        if field == "about":
            result_id, indicator_id = value or (None, None)
            stack = self.document.undo_stack
            stack.beginMacro(labels.edit_text("evidence", "about"))
            self.update_field(m.Evidence, ev.id, "result_id", result_id)
            self.update_field(m.Evidence, ev.id, "indicator_id", indicator_id)
            stack.endMacro()
            return
        if field == "url" and not valid_url(value):
            self.error(
                self.tr(
                    "“%1” is not a web address; it must start with http:// or https://."
                ).replace("%1", value),
                field,
            )
            self._show_field(field)
            return
        if field == "title" and not value:
            self.error(self.tr("The evidence needs a title."), field)
            self._show_field(field)
            return
        if not self.update_field(m.Evidence, ev.id, field, value):
            self._show_field(field)

    def remove(self) -> bool:
        ev = self.current
        if self.read_only or ev is None:
            return False
        question = self.tr("Remove the evidence “%1”? Edit > Undo brings it back.").replace(
            "%1", visible_name(ev.title, keep_lines=True)
        )
        if not self.confirm(self.tr("Remove evidence"), question):
            return False
        return self.document.delete(m.Evidence, ev.id, labels.undo_text("delete", "evidence"))

    def closeEvent(self, event) -> None:
        self.cleanup()
        super().closeEvent(event)

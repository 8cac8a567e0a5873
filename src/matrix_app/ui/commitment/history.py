"""History tab: the change journal of this commitment - who, when, what, old -> new."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout

from ...domain import models as m
from ...services.snapshot import CommitmentData
from ...services.values import VOCAB, field_kind
from . import fmt, labels
from .base import EditorTab
from .table_model import Column, RowTableModel

#: Newest entries shown; the journal of a busy commitment can be long.
HISTORY_LIMIT = 5000

#: Fields of a created row that name it best, in order of preference.
NAME_FIELDS = ("title", "name", "narrative", "text", "reason", "value", "role", "level")


@dataclass
class Change:
    """One journal entry, in words."""

    id: str
    when: str
    who: str
    action: str
    what: str
    old: str
    new: str


class HistoryTab(EditorTab):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        layout = QVBoxLayout(self)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model = RowTableModel(
            [
                Column("when", self.tr("When")),
                Column("who", self.tr("Who")),
                Column("action", self.tr("Action")),
                Column("what", self.tr("What")),
                Column("old", self.tr("Old value")),
                Column("new", self.tr("New value")),
            ],
            parent=self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Change history of the commitment"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self._names: dict[tuple[str, str], str] = {}

    def load(self, data: CommitmentData) -> None:
        self.data = data
        self._names = {}
        entries = self.document.project.history(self.commitment_id, limit=HISTORY_LIMIT)
        changes = [self.describe(e) for e in entries]
        self.model.set_rows(changes)
        self.count.setText(
            self.tr("%1 changes, newest first.").replace("%1", fmt.number_text(len(changes)))
        )

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only  # the journal is never edited

    def select(self, entity: str, row_id: str) -> bool:
        if entity != "journal":
            return False
        row = self.model.row_of(row_id)
        self.select_row(self.view, row)
        return row >= 0

    # -- words ---------------------------------------------------------------------------
    def describe(self, e: m.JournalEntry) -> Change:
        actions = {
            "create": self.tr("Added"),
            "update": self.tr("Changed"),
            "delete": self.tr("Removed"),
            "restore": self.tr("Restored"),
        }
        entity = labels.entity_label(e.entity)
        what = entity
        old = new = ""
        cls = m.ENTITIES.get(e.entity)
        if e.action == "update" and e.field:
            what = f"{entity}: {labels.field_label(e.field)}"
            old = self.value_text(cls, e.field, e.old_value)
            new = self.value_text(cls, e.field, e.new_value)
        elif e.action == "create":
            new = self.created_text(cls, e.new_value)
        else:
            old = self.name_of(e.entity, e.row_id)
        return Change(
            id=e.id,
            when=fmt.local_time_text(e.at),
            who=e.author,
            action=actions.get(e.action, e.action),
            what=what,
            old=old,
            new=new,
        )

    def created_text(self, cls: type[m.Row] | None, raw: str | None) -> str:
        try:
            fields = json.loads(raw or "{}")
        except ValueError:
            return ""
        if not isinstance(fields, dict):
            return ""
        for name in NAME_FIELDS:
            if fields.get(name) not in (None, ""):
                return self.value_text(cls, name, json.dumps(fields[name]))
        return ""

    def value_text(self, cls: type[m.Row] | None, field: str, raw: str | None) -> str:
        if raw is None:
            return ""
        try:
            value: Any = json.loads(raw)
        except ValueError:
            return raw
        if value is None or value == "":
            return "—"
        if cls is None or field not in cls.model_fields:
            return str(value)
        if (cls.__tablename__, field) in VOCAB:
            return fmt.vocab(str(value))
        if field.endswith("_id"):
            return self.reference_text(field, str(value))
        kind = field_kind(cls, field)
        if kind == "date":
            try:
                return fmt.date_text(fmt.parse_date(str(value)))
            except fmt.InputError:
                return str(value)
        if kind == "float" and isinstance(value, int | float):
            return fmt.number_text(float(value))
        if kind == "bool":
            return fmt.yes_no(bool(value))
        text = str(value)
        return text if len(text) <= 200 else text[:197] + "…"

    def reference_text(self, field: str, row_id: str) -> str:
        table = {
            "result_id": "result",
            "parent_id": "result",
            "indicator_id": "indicator",
            "institution_id": "institution",
            "target_id": "target",
            "continues_id": "commitment",
            "evidence_id": "evidence",
            "commitment_id": "commitment",
            "plan_id": "action_plan",
        }.get(field)
        return self.name_of(table, row_id) if table else row_id

    def name_of(self, table: str | None, row_id: str) -> str:
        """A short name of a row (even a deleted one), cached while the tab loads."""
        key = (table or "", row_id)
        if key in self._names:
            return self._names[key]
        cls = m.ENTITIES.get(table or "")
        row = self.document.project.get(cls, row_id, include_deleted=True) if cls else None
        text = ""
        if isinstance(row, m.Result):
            codes = self.data.codes() if self.data else {}
            text = f"{fmt.vocab(row.level)} {codes.get(row.id, '')}".strip()
        elif isinstance(row, m.Commitment):
            text = f"{row.code} {row.title}".strip()
        elif isinstance(row, m.Target):
            text = fmt.date_text(row.due_date)
        elif row is not None:
            for name in NAME_FIELDS:
                value = getattr(row, name, None)
                if value not in (None, ""):
                    text = str(value)
                    break
        if len(text) > 80:
            text = text[:77] + "…"
        self._names[key] = text
        return text

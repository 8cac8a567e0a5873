"""History tab: the change journal of this commitment - who, when, what, old -> new."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout

from ...domain import models as m
from ...services.snapshot import CommitmentData
from ...services.values import VOCAB, field_kind
from .. import headers
from . import fmt, labels
from .base import EditorTab
from .table_model import Column, RowTableModel

#: Newest entries shown; the journal of a busy commitment can be long.
HISTORY_LIMIT = 5000

#: Columns: "What" stretches; the old and new values are sized to what they show.
WHAT = 3
VALUES = (4, 5)
#: Most of the table's width one value column takes before its text is elided.
VALUE_SHARE = 0.25

#: Steps further apart than this are separate changes, not an undo or redo.
UNDO_WINDOW = dt.timedelta(minutes=15)

#: Fields of a created row that name it best, in order of preference.
NAME_FIELDS = ("title", "name", "narrative", "text", "reason", "value", "role", "level")


def _reverses(later: m.JournalEntry, earlier: m.JournalEntry) -> bool:
    """Whether ``later`` puts back what ``earlier`` did (an undo, or a redo of an undo)."""
    if later.author != earlier.author or later.origin != earlier.origin:
        return False
    try:
        apart = dt.datetime.fromisoformat(later.at) - dt.datetime.fromisoformat(earlier.at)
    except (TypeError, ValueError):
        return False
    if apart > UNDO_WINDOW:  # putting a value back next week is a change of its own
        return False
    if earlier.action == "update":
        return (
            later.action == "update"
            and later.field == earlier.field
            and later.old_value == earlier.new_value
            and later.new_value == earlier.old_value
        )
    gone = earlier.action == "delete"
    return later.action == ("restore" if gone else "delete")


def fold_undo_redo(entries: list[m.JournalEntry]) -> list[list[m.JournalEntry]]:
    """Journal entries (newest first) grouped into runs: a change followed by the steps that
    undid and redid it, each reversing the one before on the same row and field. Each run is
    newest first; runs keep the order of their newest entry."""
    runs: list[list[m.JournalEntry]] = []
    open_runs: dict[tuple[str, str, str | None], list[m.JournalEntry]] = {}
    for e in reversed(entries):  # oldest first
        key = (e.entity, e.row_id, e.field if e.action == "update" else None)
        run = open_runs.get(key)
        if run is not None and _reverses(e, run[-1]):
            run.append(e)
            continue
        run = [e]
        open_runs[key] = run
        runs.append(run)
    position = {id(e): n for n, e in enumerate(entries)}
    ordered = [list(reversed(run)) for run in runs]
    ordered.sort(key=lambda run: position[id(run[0])])
    return ordered


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
        headers.install(self.view)
        self.view.setAccessibleName(self.tr("Change history of the commitment"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # "What" names the row and can be long: it takes the room left; the old and new
        # values are mostly short (often empty), so they get what they show, up to a cap
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for col in VALUES:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.view.viewport().installEventFilter(self)
        layout.addWidget(self.view, 1)
        self._names: dict[tuple[str, str], str] = {}

    def load(self, data: CommitmentData) -> None:
        self.data = data
        self._names = {}
        entries = self.document.project.history(self.commitment_id, limit=HISTORY_LIMIT)
        runs = fold_undo_redo(entries)
        changes = [self.describe_run(run) for run in runs]
        self.model.set_rows(changes)
        text = self.tr("%n change(s), newest first.", "", len(changes))
        folded = len(entries) - len(runs)
        if folded:
            text += " " + self.tr(
                "%n undo or redo step(s) folded into the change they undid or redid.", "", folded
            )
        self.count.setText(text)
        self.fit_values()

    def fit_values(self) -> None:
        """Old and new value columns as wide as their longest text, at most VALUE_SHARE of
        the table each and never wider than "What" gets (a third of what When, Who and
        Action leave); the cell's tooltip has the whole text."""
        header = self.view.horizontalHeader()
        width = self.view.viewport().width()
        left = width - sum(header.sectionSize(col) for col in range(WHAT))
        cap = max(80, min(round(width * VALUE_SHARE), left // 3))
        for col in VALUES:
            wanted = max(self.view.sizeHintForColumn(col), header.sectionSizeHint(col))
            header.resizeSection(col, min(wanted, cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the table's own width decides (a hidden tab learns it only when shown)
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_values()
        return super().eventFilter(watched, event)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only  # the journal is never edited

    def select(self, entity: str, row_id: str) -> bool:
        if entity != "journal":
            return False
        row = self.model.row_of(row_id)
        self.select_row(self.view, row)
        return row >= 0

    # -- words ---------------------------------------------------------------------------
    def describe_run(self, run: list[m.JournalEntry]) -> Change:
        """A change and the undo/redo steps that followed it, as one row (newest first, so
        ``run[-1]`` is the change and ``run[0]`` the last undo or redo of it)."""
        change = self.describe(run[-1])
        if len(run) == 1:
            return change
        change.id, change.when = run[0].id, fmt.local_time_text(run[0].at)
        steps = len(run) - 1
        if steps % 2:  # the last step undid it: nothing of it is left
            change.action = self.tr("%1, then undone").replace("%1", change.action)
        else:
            change.action = self.tr("%1 (undone and redone)").replace("%1", change.action)
        return change

    def describe(self, e: m.JournalEntry) -> Change:
        actions = {
            "create": self.tr("Added"),
            "update": self.tr("Changed"),
            "delete": self.tr("Removed"),
            "restore": self.tr("Restored"),
        }
        what = self.row_title(e.entity, e.row_id)
        old = new = ""
        cls = m.ENTITIES.get(e.entity)
        if e.action == "update" and e.field:
            what = f"{what} › {labels.field_label(e.field)}"
            old = self.value_text(cls, e.field, e.old_value)
            new = self.value_text(cls, e.field, e.new_value)
        elif e.action == "create":
            new = self.created_text(cls, e.new_value)
        else:
            old = self.name_of(e.entity, e.row_id)
        what = what[:1].upper() + what[1:]
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

    def row_title(self, entity: str, row_id: str) -> str:
        """Which row an entry is about: 'indicator “Agencies connected”', 'output 1.2',
        'target 30 Jun 2016 of “Agencies connected”'."""
        label = labels.entity_label(entity)
        cls = m.ENTITIES.get(entity)
        row = self.document.project.get(cls, row_id, include_deleted=True) if cls else None
        if row is None or entity == "commitment":
            return label
        if isinstance(row, m.Result):
            return self.name_of(entity, row_id) or label
        if isinstance(row, m.Target | m.Measurement):
            when = row.due_date if isinstance(row, m.Target) else row.measured_on
            own = f"{label} {fmt.date_text(when)}".strip() if when else label
            indicator = self.name_of("indicator", row.indicator_id)
            return (
                self.tr("%1 of %2").replace("%1", own).replace("%2", f"“{indicator}”")
                if (indicator)
                else own
            )
        if isinstance(row, m.CommitmentInstitution):
            name = self.name_of("institution", row.institution_id)
            return f"{label} “{name}”" if name else label
        if isinstance(row, m.TargetRevision):
            return label
        name = self.name_of(entity, row_id)
        return f"{label} “{name}”" if name else label

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

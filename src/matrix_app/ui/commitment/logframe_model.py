"""The logframe matrix as a tree model: goal and purpose at the top, outputs under their
purpose, activities under their output, numbered by ``rules.number_results``.

Like the table model, it never writes: edits are parsed here and handed to ``on_edit``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ...domain import models as m
from ...domain.vocabulary import Level
from ...services.snapshot import CommitmentData
from . import fmt
from .table_model import Column, cell_data, parse

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


@dataclass(eq=False)
class Node:
    result: m.Result
    parent: Node | None
    code: str = ""
    indicators: list[m.Indicator] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    key: int = 0

    def siblings(self, top: list[Node]) -> list[Node]:
        """Rows that share this row's parent and level (the order a move changes)."""
        pool = self.parent.children if self.parent else top
        return [n for n in pool if n.result.level == self.result.level]


class LogframeModel(QAbstractItemModel):
    inputError = Signal(str)

    LEVEL_ONLY = {"start_date", "end_date", "progress"}  # columns that belong to activities

    def __init__(
        self,
        columns: list[Column],
        on_edit: Callable[[m.Result, str, Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.on_edit = on_edit
        self.read_only = False
        self.top: list[Node] = []
        self._nodes: list[Node] = []

    # -- content -------------------------------------------------------------------------
    def set_data(self, data: CommitmentData) -> None:
        codes = data.codes()
        indicators: dict[str, list[m.Indicator]] = defaultdict(list)
        for ind in data.indicators:
            indicators[ind.result_id].append(ind)
        by_id = {r.id: r for r in data.results}
        nodes: dict[str, Node] = {}
        ordered = data.ordered_results()
        for r in ordered:
            parent = nodes.get(r.parent_id) if r.parent_id in by_id else None
            nodes[r.id] = Node(r, parent, codes.get(r.id, ""), indicators.get(r.id, []))
        top: list[Node] = []
        for node in nodes.values():
            (node.parent.children if node.parent else top).append(node)
        shape = [(n.result.id, n.parent.result.id if n.parent else None) for n in nodes.values()]
        old_shape = [(n.result.id, n.parent.result.id if n.parent else None) for n in self._nodes]
        if shape == old_shape:
            for old, new in zip(self._nodes, nodes.values(), strict=True):
                old.result, old.code, old.indicators = new.result, new.code, new.indicators
            self._emit_all_changed()
            return
        self.beginResetModel()
        self.top = top
        self._nodes = list(nodes.values())
        for i, node in enumerate(self._nodes):
            node.key = i
        self.endResetModel()

    def _emit_all_changed(self, parent: Index = ROOT) -> None:
        rows = self.rowCount(parent)
        if rows:
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, last, parent))
            for r in range(rows):
                self._emit_all_changed(self.index(r, 0, parent))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._emit_all_changed()

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        key = index.internalId()
        return self._nodes[key] if 0 <= key < len(self._nodes) else None

    def nodes(self) -> list[Node]:
        return list(self._nodes)

    def index_of(self, result_id: str, column: int = 0) -> QModelIndex:
        for node in self._nodes:
            if node.result.id == result_id:
                pool = node.parent.children if node.parent else self.top
                return self.createIndex(pool.index(node), column, node.key)
        return QModelIndex()

    def column_spec(self, index: Index) -> Column:
        return self.columns[index.column()]

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    # -- Qt model ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column < 0 or column >= len(self.columns) or row < 0:
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            owner = self.node(parent)
            pool = owner.children if owner else []
        else:
            pool = self.top
        if row >= len(pool):
            return QModelIndex()
        return self.createIndex(row, column, pool[row].key)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        up = node.parent
        pool = up.parent.children if up.parent else self.top
        return self.createIndex(pool.index(up), 0, up.key)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self.top)
        if parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node else 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def level_text(self, node: Node) -> str:
        name = fmt.vocab(node.result.level)
        return f"{name} {node.code}".strip()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return node.result.id
        if column.key == "level":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.level_text(node)
            if role == Qt.ItemDataRole.FontRole and node.result.level in (
                Level.GOAL,
                Level.PURPOSE,
            ):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if column.key in self.LEVEL_ONLY and node.result.level != Level.ACTIVITY:
            return None
        value = column.getter(node) if column.getter else getattr(node.result, column.key)
        return cell_data(column, value, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        editable = column.editable and not self.read_only and self.on_edit is not None
        if column.key in self.LEVEL_ONLY and node.result.level != Level.ACTIVITY:
            editable = False
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        node = self.node(index)
        column = self.columns[index.column()]
        try:
            parsed = parse(column, value)
        except fmt.InputError as exc:
            self.inputError.emit(str(exc))
            return False
        if node is None:
            return False
        current = column.getter(node) if column.getter else getattr(node.result, column.key)
        if parsed == current:
            return False
        return bool(self.on_edit and self.on_edit(node.result, column.key, parsed))

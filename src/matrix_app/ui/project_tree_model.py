"""The project tree's item model: plans, then their commitments (code, title, completion mark).

A thin adapter over two service reads (plans and commitments, in sibling order); every change
goes through ``Document`` so it is journaled and undoable, and the model reloads when the
document says plans or commitments changed.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    Qt,
)

from ..domain.vocabulary import label
from ..messages import current_language
from ..services.outline import CommitmentLine, PlanLine, project_outline
from . import marks
from .document import Document
from .project_data import ProjectData

PLAN = 0  # internalId of a plan index; a commitment index has plan row + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


#: The tree's nodes are the outline service's plain records.
PlanNode = PlanLine
CommitmentNode = CommitmentLine


_READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsEditable
# A commitment never has children: with the flag set, the view's layout does not ask
# ``hasChildren`` of each of a big plan's rows (4,000 calls into Python on 2,000 rows).
_LEAF = Qt.ItemFlag.ItemNeverHasChildren
_LEAF_FLAGS = {True: _READ_ONLY_FLAGS | _LEAF, False: _EDITABLE_FLAGS | _LEAF}
_PLAN_FLAGS = {True: _READ_ONLY_FLAGS, False: _EDITABLE_FLAGS}
# Roles as plain ints: ``data`` runs for every visible row at each layout and paint, and
# reading ``Qt.ItemDataRole.X`` (a Python enum's member lookup) is a good part of its cost.
_ID, _KIND = int(ID_ROLE), int(KIND_ROLE)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)


class ProjectTreeModel(QAbstractItemModel):
    def __init__(
        self,
        doc: Document,
        parent: QObject | None = None,
        outline: list[PlanLine] | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.plans: list[PlanNode] = []
        self.data_info: ProjectData | None = None
        self.read_only = doc.read_only
        self.reload(outline)

    # -- loading -------------------------------------------------------------------------
    def reload(self, outline: list[PlanLine] | None = None) -> None:
        """Show ``outline`` (read in a worker when the file opened), else read it now."""
        self.lang = current_language()
        self.beginResetModel()
        self.plans = outline if outline is not None else project_outline(self.doc.project)
        self.endResetModel()

    def refresh_commitments(self, ids: set[str]) -> None:
        """Commitments ``ids`` changed: read just their lines; when each is still where the
        tree shows it (same plan, same position), change it in place, else ``refresh``."""
        from ..services.outline import commitment_lines

        lines = commitment_lines(self.doc.project, ids)
        found = []
        for row_id in ids:
            index = self.find(row_id)
            node = self.node(index)
            got = lines.get(row_id)
            plan = self.plan_of(index)
            if not isinstance(node, CommitmentNode) or got is None or plan is None:
                return self.refresh()
            plan_id, line = got
            if plan_id != plan.id or line.position != node.position:
                return self.refresh()
            found.append((index, plan, line))
        for index, plan, line in found:
            if plan.commitments[index.row()] != line:
                plan.commitments[index.row()] = line
                self.dataChanged.emit(index, index)

    def refresh(self) -> None:
        """Read the outline again; when no plan or commitment was added, removed or moved,
        change the lines that differ in place (a reset would lay out the whole tree again
        and lose the view's place)."""
        outline = self.doc.outline()
        same = len(outline) == len(self.plans) and all(
            new.id == old.id
            and len(new.commitments) == len(old.commitments)
            and all(a.id == b.id for a, b in zip(new.commitments, old.commitments, strict=True))
            for new, old in zip(outline, self.plans, strict=True)
        )
        if not same or self.lang != current_language():
            self.reload(copy.deepcopy(outline))  # the document's outline is shared
            return
        for p, (new, old) in enumerate(zip(outline, self.plans, strict=True)):
            plan_index = self.index(p, 0)
            if new.title != old.title:
                old.title = new.title
                self.dataChanged.emit(plan_index, plan_index)
            for c, (line, shown) in enumerate(zip(new.commitments, old.commitments, strict=True)):
                if line != shown:
                    old.commitments[c] = copy.copy(line)
                    index = self.index(c, 0, plan_index)
                    self.dataChanged.emit(index, index)

    def set_project_data(self, data: ProjectData | None, changed: set[str] | None = None) -> None:
        """Schedule marks come from the dashboard data once it is loaded; ``changed``: only
        these commitments' marks may differ."""
        self.data_info = data
        if changed is not None:
            for row_id in changed:
                index = self.find(row_id)
                if index.isValid():
                    self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])
            return
        for row in range(len(self.plans)):
            parent = self.index(row, 0)
            n = self.rowCount(parent)
            if n:
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(n - 1, 0, parent),
                    [Qt.ItemDataRole.ToolTipRole],
                )

    # -- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, PLAN) if row < len(self.plans) else QModelIndex()
        if parent.internalId() != PLAN:
            return QModelIndex()
        plan = self.plans[parent.row()] if parent.row() < len(self.plans) else None
        if plan is None or row >= len(plan.commitments):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == PLAN:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, PLAN)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.plans)
        if parent.internalId() == PLAN and parent.column() == 0:
            return len(self.plans[parent.row()].commitments)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def node(self, index: QModelIndex) -> PlanNode | CommitmentNode | None:
        if not index.isValid():
            return None
        if index.internalId() == PLAN:
            return self.plans[index.row()]
        return self.plans[index.internalId() - 1].commitments[index.row()]

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self.plans)
        return parent.internalId() == PLAN and bool(self.plans[parent.row()].commitments)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Called for every row when the view lays out: flags computed once, not per row.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (_PLAN_FLAGS if index.internalId() == PLAN else _LEAF_FLAGS)[bool(self.read_only)]

    # -- data ----------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if isinstance(node, PlanNode):
            if role in (_DISPLAY, _ACCESSIBLE):
                return node.title or self.tr("(untitled plan)")
            if role == _EDIT:
                return node.title
            if role == _TOOLTIP:
                return self.tr(
                    "Plan: {title} (%n commitment(s))", "", len(node.commitments)
                ).format(title=node.title)
            if role == _ID:
                return node.id
            if role == _KIND:
                return "plan"
            return None
        lang = self.lang
        if role == _DISPLAY:
            return f"{node.code}  {node.title}".strip() or self.tr("(untitled commitment)")
        if role == _EDIT:
            return node.title
        if role == _DECORATION:
            return marks.completion_icon(node.completion)
        if role in (_TOOLTIP, _ACCESSIBLE):
            text = self.tr("Commitment {code}: {title}. Completion: {completion}.").format(
                code=node.code, title=node.title, completion=label(node.completion, lang)
            )
            row = self.data_info.row(node.id) if self.data_info else None
            if row is not None:
                text += " " + self.tr("Schedule: {schedule}.").format(
                    schedule=label(row.schedule, lang)
                )
            return text
        if role == _ID:
            return node.id
        if role == _KIND:
            return "commitment"
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        from ..domain import models as m

        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        title = str(value).strip()
        if not title or title == node.title:
            return False
        if isinstance(node, PlanNode):
            return self.doc.update(m.ActionPlan, node.id, self.tr("Rename plan"), title=title)
        return self.doc.update(m.Commitment, node.id, self.tr("Rename commitment"), title=title)

    # -- lookups -------------------------------------------------------------------------
    def find(self, row_id: str) -> QModelIndex:
        for p, plan in enumerate(self.plans):
            if plan.id == row_id:
                return self.index(p, 0)
            for c, com in enumerate(plan.commitments):
                if com.id == row_id:
                    return self.index(c, 0, self.index(p, 0))
        return QModelIndex()

    def plan_of(self, index: QModelIndex) -> PlanNode | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == PLAN else index.internalId() - 1
        return self.plans[row]

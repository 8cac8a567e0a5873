"""The project tree: plans, then their commitments (code, title, completion mark).

The model is a thin adapter over two service reads (plans and commitments, in sibling order);
every change goes through ``Document`` so it is journaled and undoable, and the model
reloads when the document says plans or commitments changed.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.vocabulary import label
from ..messages import current_language
from ..services.outline import CommitmentLine, PlanLine, project_outline
from . import dialogs, marks
from .document import Document
from .plan_windows import PlanWindows
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


class ProjectTree(PlanWindows, QWidget):
    """The tree with its buttons: add plan/commitment, delete (confirmed), move up/down."""

    plan_selected = Signal(str)
    commitment_selected = Signal(str)
    nothing_selected = Signal()

    def __init__(
        self,
        doc: Document,
        parent: QWidget | None = None,
        outline: list[PlanLine] | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = ProjectTreeModel(doc, self, outline)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setAccessibleName(self.tr("Plans and commitments"))
        self.view.setAccessibleDescription(
            self.tr("Select a plan for its dashboard or a commitment to edit it. F2 renames.")
        )
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self._expanded: set[str] = set()
        self._current: str | None = None
        self._known: set[str] = {p.id for p in self.model.plans}

        self.empty_hint = QLabel(
            self.tr("This project has no plan yet. Add one with “Add plan” (Ctrl+Shift+P).")
        )
        self.empty_hint.setWordWrap(True)

        self.add_plan_action = self._action(self.tr("Add &plan"), "Ctrl+Shift+P", self.add_plan)
        self.add_commitment_action = self._action(
            self.tr("Add &commitment"), "Ctrl+Shift+N", self.add_commitment
        )
        self.delete_action = self._action(self.tr("&Delete"), "", self.delete_selected)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setToolTip(self.tr("Delete (Del)"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action = self._action(self.tr("Move &up"), "Alt+Up", lambda: self.move_selected(-1))
        self.down_action = self._action(
            self.tr("Move do&wn"), "Alt+Down", lambda: self.move_selected(1)
        )
        self.consultation_action = self._action(
            self.tr("Co&nsultation comments…"), "", self.open_consultation
        )
        self.consultation_action.setToolTip(
            self.tr("Comments received in the public consultation of the plan's report")
        )
        self.report_settings_action = self._action(
            self.tr("&Report settings…"), "", self.open_report_settings
        )
        self.report_settings_action.setToolTip(
            self.tr("Issuing body, cover text, logo and sections of the plan's report")
        )
        from .plan import report_text_names as report_texts

        self.report_texts_action = self._action(
            report_texts.open_text(), "", lambda: self.open_report_texts()
        )
        self.report_texts_action.setToolTip(report_texts.open_tip())
        #: Open plan windows by (kind, plan id), raised instead of opened twice.
        self.plan_windows: dict[tuple[str, str], QWidget] = {}
        self.view.viewport().installEventFilter(self)  # the context menu (plan_windows)
        self.view.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QToolButton] = []
        style = self.style()
        pixmaps = QStyle.StandardPixmap
        for action, icon in (
            (self.add_plan_action, None),
            (self.add_commitment_action, None),
            (self.delete_action, pixmaps.SP_TrashIcon),
            (self.up_action, pixmaps.SP_ArrowUp),
            (self.down_action, pixmaps.SP_ArrowDown),
        ):
            if icon is not None:  # icon-only buttons keep the row narrow; text is in the tip
                action.setIcon(style.standardIcon(icon))
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if icon is not None
                else Qt.ToolButtonStyle.ToolButtonTextOnly
            )
            button.setAccessibleName(action.text().replace("&", ""))
            if icon is not None and len(self.buttons) == 2:
                buttons.addStretch(1)
            buttons.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.buttons[-1], self.view)
        doc.changed.connect(self._doc_changed)
        # Only plans have children: expanding each plan is expandAll without visiting the
        # 2,000 commitments of a big project on the GUI thread.
        for row in range(self.model.rowCount()):
            self.view.expand(self.model.index(row, 0))
        self._update_actions()

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        else:
            action.setToolTip(text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: slot())  # never hand on the bool
        self.addAction(action)
        return action

    # -- state ---------------------------------------------------------------------------
    def set_document(self, doc: Document) -> None:
        """The Document that arrived after the tree was shown from a model-free read
        (``ui/open_flow.py``): edits and plan windows work from now on."""
        self.doc.changed.disconnect(self._doc_changed)
        self.doc = self.model.doc = doc
        doc.changed.connect(self._doc_changed)
        self.set_read_only(doc.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self._update_actions()

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()

    def current_id(self) -> str | None:
        return self.model.data(self.current_index(), ID_ROLE)

    def select(self, row_id: str) -> bool:
        index = self.model.find(row_id)
        if not index.isValid():
            return False
        if index.parent().isValid():
            self.view.expand(index.parent())
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def _remember(self) -> None:
        self._current = self.current_id()
        self._expanded = {
            plan.id
            for row, plan in enumerate(self.model.plans)
            if self.view.isExpanded(self.model.index(row, 0))
        }

    def _restore(self) -> None:
        for row, plan in enumerate(self.model.plans):
            # new plans open expanded; plans the user folded stay folded
            if plan.id in self._expanded or plan.id not in self._known:
                self.view.expand(self.model.index(row, 0))
        self._known = {p.id for p in self.model.plans}
        if self._current and not self.select(self._current):
            self.nothing_selected.emit()
        self._update_actions()

    def _doc_changed(self, table: str, ids: object) -> None:
        if table == "*":
            self.model.reload()
        elif table == "commitment" and ids:
            self.model.refresh_commitments(set(ids))  # type: ignore[call-overload]
        elif table in ("action_plan", "commitment"):
            self.model.refresh()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_actions()
        kind = self.model.data(current, KIND_ROLE)
        row_id = self.model.data(current, ID_ROLE)
        if kind == "plan":
            self.plan_selected.emit(row_id)
        elif kind == "commitment":
            self.commitment_selected.emit(row_id)
        else:
            self.nothing_selected.emit()

    def _update_actions(self) -> None:
        editable = not self.model.read_only
        index = self.current_index()
        has = index.isValid()
        siblings = self.model.rowCount(index.parent()) if has else 0
        self.add_plan_action.setEnabled(editable)
        self.add_commitment_action.setEnabled(editable and self.model.plan_of(index) is not None)
        self.delete_action.setEnabled(editable and has)
        self.up_action.setEnabled(editable and has and index.row() > 0)
        self.down_action.setEnabled(editable and has and index.row() < siblings - 1)
        # a plan window edits the Document: none while it is on its way (``set_document``)
        plan = None if getattr(self.doc, "pending", False) else self.model.plan_of(index)
        self.consultation_action.setEnabled(plan is not None)
        self.report_settings_action.setEnabled(plan is not None)
        self.report_texts_action.setEnabled(plan is not None)
        self.empty_hint.setVisible(not self.model.plans)

    # -- edits ---------------------------------------------------------------------------
    def add_plan(self) -> str | None:
        from ..domain import models as m

        new_id = self.doc.create(m.ActionPlan, self.tr("Add plan"), title=self.tr("New plan"))
        if new_id:
            self.select(new_id)
        return new_id

    def add_commitment(self) -> str | None:
        from ..domain import models as m

        plan = self.model.plan_of(self.current_index())
        if plan is None:
            return None
        numbers = [int(c.code) for c in plan.commitments if c.code.isdigit()]
        code = str(max(numbers, default=0) + 1)
        new_id = self.doc.create(
            m.Commitment,
            self.tr("Add commitment"),
            plan_id=plan.id,
            code=code,
            title=self.tr("New commitment"),
        )
        if new_id:
            self.select(new_id)
        return new_id

    def delete_selected(self) -> bool:
        from ..domain import models as m

        node = self.model.node(self.current_index())
        if node is None or self.model.read_only:
            return False
        if isinstance(node, PlanNode):
            question = self.tr(
                "Delete the plan “{title}” with its %n commitment(s)? "
                "You can bring it back with Edit > Undo.",
                "",
                len(node.commitments),
            ).format(title=node.title)
            cls, text = m.ActionPlan, self.tr("Delete plan")
        else:
            question = self.tr(
                "Delete commitment {code} “{title}” with its logframe, indicators and "
                "evidence? You can bring it back with Edit > Undo."
            ).format(code=node.code, title=node.title)
            cls, text = m.Commitment, self.tr("Delete commitment")
        if not dialogs.confirm(self, self.tr("Delete"), question):
            return False
        return self.doc.delete(cls, node.id, text)

    def move_selected(self, delta: int) -> bool:
        from ..domain import models as m

        index = self.current_index()
        node = self.model.node(index)
        if node is None or self.model.read_only:
            return False
        target = index.row() + delta
        if target < 0 or target >= self.model.rowCount(index.parent()):
            return False
        cls = m.ActionPlan if isinstance(node, PlanNode) else m.Commitment
        text = self.tr("Move up") if delta < 0 else self.tr("Move down")
        moved = self.doc.move(cls, node.id, target, text)
        if moved:
            self.select(node.id)
        return moved

"""The project tree widget: the model's view, its buttons, keyboard and context menu actions.

The model (``project_tree_model``) is re-exported here for the callers that know it by this
module.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
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

from ..services.outline import PlanLine
from . import dialogs
from .document import Document
from .plan_windows import PlanWindows
from .project_tree_model import ID_ROLE, KIND_ROLE, PLAN, PlanNode, ProjectTreeModel  # noqa: F401


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

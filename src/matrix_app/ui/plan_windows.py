"""The plan's own windows, opened from the project tree: consultation comments, report
settings, report texts.

A part of ``ProjectTree``: its context menu (right click, the Menu key, Shift+F10) and the
windows it opens, one per plan and kind, closed with the tree (they are its children).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QWidget


class PlanWindows:
    # -- plan windows --------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        """The menu of the selected row (right click, the Menu key or Shift+F10)."""
        menu = QMenu(self)
        if self.model.plan_of(self.current_index()) is not None:
            menu.addAction(self.consultation_action)
            menu.addAction(self.report_settings_action)
            menu.addAction(self.report_texts_action)
            menu.addSeparator()
        for action in (
            self.add_commitment_action,
            self.delete_action,
            self.up_action,
            self.down_action,
        ):
            menu.addAction(action)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a right click reaches the viewport; the Menu key, the view itself
        watching = watched is self.view.viewport() or watched is self.view
        if watching and event.type() == QEvent.Type.ContextMenu:
            self._context_menu(event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)  # type: ignore[misc]

    def _context_menu(self, event: QContextMenuEvent) -> None:
        """A right click selects the row under it; the Menu key (or Shift+F10) opens the
        menu of the selected row, beside it."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            pos = event.pos()
            index = self.view.indexAt(pos)
            if index.isValid() and index != self.current_index():
                self.view.setCurrentIndex(index)
        else:
            pos = self.view.visualRect(self.current_index()).center()
        menu = self.context_menu()
        self.exec_menu(menu, self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def exec_menu(self, menu: QMenu, at: QPoint) -> None:
        """Show the context menu (tests patch this: a popup menu blocks until closed)."""
        menu.exec(at)

    def _selected_plan_id(self) -> str | None:
        """The plan of the selected row, else the latest plan (the one people work on)."""
        plan = self.model.plan_of(self.current_index())
        if plan is None and self.model.plans:
            plan = self.model.plans[-1]
        return plan.id if plan is not None else None

    def _open_plan_window(self, kind: str, plan_id: str | None) -> QWidget | None:
        if plan_id is None:
            return None
        window = self.plan_windows.get((kind, plan_id))
        if window is None:
            if kind == "consultation":
                from .plan.consultation import ConsultationDialog as Window
            elif kind == "texts":
                from .plan.report_texts import ReportTextsDialog as Window
            else:
                from .plan.report_profile import ReportProfileDialog as Window
            window = Window(self.doc, plan_id, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_a, k=(kind, plan_id): self.plan_windows.pop(k, None))
            self.plan_windows[(kind, plan_id)] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def close_plan_windows(self) -> None:
        """Close every plan window (the project is being closed)."""
        for window in list(self.plan_windows.values()):
            window.close()
        self.plan_windows.clear()

    def open_consultation(self, plan_id: str | None = None) -> QWidget | None:
        """The consultation comments of the selected plan (or ``plan_id``), in a window."""
        return self._open_plan_window("consultation", plan_id or self._selected_plan_id())

    def open_report_settings(self, plan_id: str | None = None) -> QWidget | None:
        """The report settings of the selected plan (or ``plan_id``), in a window."""
        return self._open_plan_window("report", plan_id or self._selected_plan_id())

    def open_report_texts(self, plan_id: str | None = None, period: str = "") -> QWidget | None:
        """The report texts of the selected plan (or ``plan_id``), at ``period``'s report."""
        window = self._open_plan_window("texts", plan_id or self._selected_plan_id())
        if window is not None and period:
            window.set_period(period)  # type: ignore[attr-defined]
        return window

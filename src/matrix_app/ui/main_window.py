"""The main window: start screen, project tree, plan dashboard, commitment editor, quality panel.

It implements the contract feature modules rely on (see ``ui.actions``): ``file_menu``,
``tools_menu``, ``document``, the ``document_changed`` signal and ``run_task``. Opening a
project and computing the dashboard run off the GUI thread through ``TaskRunner``. Split by
responsibility into mixins: menus (``window_menus``), opening and attaching (``open_flow``),
file commands (``window_files``), the views' data (``window_data``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import dialogs
from .dashboard import Dashboard
from .document import Document
from .first_data import Preview
from .open_flow import OFF_THREAD_IMPORTS, OpenFlow
from .project_data import ProjectData
from .project_tree import ProjectTree
from .quality_panel import QualityPanel
from .read_only_banner import ReadOnlyBanner
from .settings import Settings
from .share_splitter import ShareSplitter
from .start_screen import StartScreen
from .tasks import CancelFlag, Progress, Task, TaskRunner
from .window_data import WindowData
from .window_files import WindowFiles
from .window_menus import WindowMenus

if TYPE_CHECKING:  # SQLModel and the services load off the GUI thread, after the first window
    from ..domain.quality import Finding

__all__ = ["FIRST_SIZE", "OFF_THREAD_IMPORTS", "TREE_SHARE", "MainWindow"]

#: Share of the screen's free width and height the window takes on first start.
FIRST_SIZE = 0.85
# the project tree's share of the window until the user drags the splitter (issue 12)
TREE_SHARE = 0.28
TREE_LEAST = 320

#: Edits arriving closer together than this are summarised in one reload of the project
#: (an edit that concerns only some commitments re-reads just those, at once).
REFRESH_DELAY_MS = 250


def _is_project_file(path: str) -> bool:
    return path.lower().endswith(".nap")


class MainWindow(WindowMenus, OpenFlow, WindowFiles, WindowData, QMainWindow):
    #: The open Document, or None after closing (feature actions enable themselves on it).
    document_changed = Signal(object)
    #: Dashboard/quality data finished loading (for tests and benchmarks).
    data_loaded = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: Document | None = None
        self.data: ProjectData | None = None
        #: The project shown from its model-free read while its Document is on its way.
        self.preview: Preview | None = None
        from PySide6.QtWidgets import QApplication

        from . import gui_gc

        gui_gc.install(QApplication.instance())  # workers must never run the cyclic GC
        self.runner = TaskRunner(self)
        self.runner.busy_changed.connect(self._set_busy)
        self.undo_group = QUndoGroup(self)
        self.tree: ProjectTree | None = None
        self.editor: Any = None
        self._data_generation = 0
        self._data_task: Task | None = None
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setMinimumSize(800, 520)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(lambda: self.load_data(quiet=True))
        #: Commitments edited since their rows were last re-read (one read per event-loop
        #: turn for the notices an edit sends, e.g. a target and its revision).
        self._touched: set[str] = set()
        self._touch_serial = 0
        self._touch_latest: dict[str, int] = {}  # commitment id -> serial of its latest read
        self.touched_timer = QTimer(self)
        self.touched_timer.setSingleShot(True)
        self.touched_timer.setInterval(0)
        self.touched_timer.timeout.connect(self._refresh_touched)
        self.first_load_timer = QTimer(self)
        self.first_load_timer.setSingleShot(True)
        self.first_load_timer.setInterval(0)
        self.first_load_timer.timeout.connect(lambda: self.load_data(quiet=False))
        #: ``show_preview``'s steps, one event-loop turn apart (``_fill_preview``).
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(0)
        self.preview_timer.timeout.connect(self._fill_preview)
        self._preview_step = 0

        self._build_pages()
        self._build_quality_dock()
        self._build_menus()
        self.statusBar().setObjectName("statusBar")
        self._install_features()
        self._show_start()
        if self.settings.window_geometry.isEmpty() or not self.restoreGeometry(
            self.settings.window_geometry
        ):
            self._size_to_screen()
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        self._restore_layout()

    # -- size and layout ---------------------------------------------------------------
    def _size_to_screen(self) -> None:
        """First start: most of the screen the window opens on, centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1180, 760)
            return
        room = screen.availableGeometry()
        width = max(self.minimumWidth(), min(room.width(), round(room.width() * FIRST_SIZE)))
        height = max(self.minimumHeight(), min(room.height(), round(room.height() * FIRST_SIZE)))
        self.resize(width, height)
        self.move(room.center().x() - width // 2, room.center().y() - height // 2)

    def _layout_parts(self) -> dict[str, Any]:
        """The splitters and headers whose sizes are remembered between sessions."""
        parts: dict[str, Any] = {
            "workspace_splitter": self.splitter,
            "dashboard_sort": self.dashboard.table.horizontalHeader(),
        }
        if self.editor is not None:
            for key in ("indicators", "evidence"):
                splitter = getattr(self.editor.tabs.get(key), "splitter", None)
                if splitter is not None:
                    parts[f"{key}_splitter"] = splitter
        return parts

    def _restore_layout(self) -> None:
        for key, part in self._layout_parts().items():
            state = self.settings.layout(key)
            if state.isEmpty():
                continue
            if key == "dashboard_sort":  # widths follow the window; the sort is the user's
                self.dashboard.restore_sort(state)
            else:
                part.restoreState(state)

    def _save_layout(self) -> None:
        for key, part in self._layout_parts().items():
            if key == "dashboard_sort":
                self.settings.set_layout(key, self.dashboard.sort_state())
            elif isinstance(part, ShareSplitter):
                self.settings.set_layout(key, part.chosen_state())
            else:
                self.settings.set_layout(key, part.saveState())

    # -- building ------------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.pages = QStackedWidget()
        self.start = StartScreen()
        self.start.new_requested.connect(self.new_project)
        self.start.open_requested.connect(self.open_dialog)
        self.start.sample_requested.connect(self.open_sample)
        self.start.recent_chosen.connect(self.open_path)
        self.pages.addWidget(self.start)

        self.workspace = QWidget()
        self.banner = ReadOnlyBanner()
        self.banner.save_copy_requested.connect(lambda: self.save_copy(open_after=True))
        self.splitter = ShareSplitter(TREE_SHARE, TREE_LEAST)
        self.splitter.setObjectName("workspaceSplitter")
        self.tree_host = QWidget()
        self.tree_host.setLayout(QVBoxLayout())
        self.tree_host.layout().setContentsMargins(4, 4, 0, 4)
        self.content = QStackedWidget()
        self.dashboard = Dashboard()
        self.dashboard.open_commitment.connect(self.open_commitment)
        self.hint = QLabel(
            self.tr("Select a plan to see its dashboard, or a commitment to edit it.")
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.content.addWidget(self.hint)
        self.content.addWidget(self.dashboard)
        self.splitter.addWidget(self.tree_host)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([TREE_LEAST, 860])
        layout = QVBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

    def _build_quality_dock(self) -> None:
        self.quality = QualityPanel()
        self.quality.activated.connect(self.show_finding)
        self.quality_dock = QDockWidget(self.tr("Matrix quality"), self)
        self.quality_dock.setObjectName("qualityDock")
        self.quality_dock.setWidget(self.quality)
        self.quality_dock.setAccessibleName(self.tr("Matrix quality panel"))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.quality_dock)
        self.quality_dock.hide()

    # -- feature contract ----------------------------------------------------------------
    def run_task(
        self,
        title: str,
        fn: Callable[[Progress, CancelFlag], Any],
        on_done: Callable[[Any], None] | None = None,
        **options: Any,
    ) -> Task:
        """Run ``fn(progress, cancelled)`` off the GUI thread (see ``ui.tasks``)."""
        return self.runner.run(title, fn, on_done, **options)

    # -- pages ---------------------------------------------------------------------------
    def _show_start(self) -> None:
        self.start.set_recent(self.settings.recent_files)
        self.pages.setCurrentWidget(self.start)
        self.start.new_button.setFocus()
        self._update_title()

    def _update_title(self) -> None:
        app = self.tr("Monitoring Matrix")
        path = self.shown_path()
        if path is None:
            self.setWindowTitle(app)
            return
        name = path.name
        why = self.document.project.read_only_why if self.document else self.preview.read_only_why
        if why is not None:
            name = self.tr("{name} [read-only]").format(name=name)
        self.setWindowTitle(f"{name} – {app}")

    # -- navigation ----------------------------------------------------------------------
    def show_plan(self, plan_id: str) -> None:
        self.dashboard.show_plan(plan_id)
        self.content.setCurrentWidget(self.dashboard)

    def open_commitment(self, commitment_id: str) -> None:
        if self.tree is not None:
            self.tree.select(commitment_id)

    def show_commitment(self, commitment_id: str) -> None:
        doc = self.document
        if doc is None:
            return
        if self.editor is None or getattr(self.editor, "commitment_id", None) != commitment_id:
            self._drop_editor()
            from .commitment.editor import CommitmentEditor

            self.editor = CommitmentEditor(doc, commitment_id)
            self.editor.commitment_id = commitment_id
            self.editor.set_read_only(doc.read_only)
            self.content.addWidget(self.editor)
            self._restore_layout()
        self.content.setCurrentWidget(self.editor)

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self._save_layout()
            self.content.removeWidget(self.editor)
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None

    def show_finding(self, finding: Finding) -> None:
        """Open the finding's commitment and go to the item it is about."""
        if finding.entity == "action_plan" and self.tree is not None:  # the plan's title
            if self.document is None:
                return  # its window edits the Document, on its way
            window = self.tree.open_report_settings(finding.row_id)
            if window is not None:
                window.translations_box.setChecked(True)
            return
        if self.tree is None or not self.tree.select(finding.commitment_id):
            return
        if self.editor is not None and finding.code == "text_not_translated":
            self.editor.show_translations(True)  # where the missing translation is typed
        if self.editor is not None and finding.entity != "commitment":
            self.editor.show_item(finding.entity, finding.row_id)

    # -- drag and drop -------------------------------------------------------------------
    def _dropped_project(self, event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and _is_project_file(url.toLocalFile()):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_project(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_project(event)
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(path))
        else:
            event.ignore()

    # -- closing -------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        """Lock editing while work with a progress dialog runs (the dialog is not modal, so
        that closing the window and Ctrl+Q still reach it); Quit stays available."""
        for widget in (self.pages, self.quality_dock, self.menuBar()):
            widget.setEnabled(not busy)

    def ask_quit_while_busy(self) -> bool:
        """True when nothing the user watches is running, or they agree to cancel it."""
        tasks = self.runner.visible_tasks()
        if not tasks:
            return True
        title = tasks[0].title.rstrip("…. ")
        if not dialogs.confirm(
            self,
            self.tr("Quit"),
            self.tr("“{task}” is still running. Cancel it and quit?").format(task=title),
        ):
            return False
        self.runner.cancel_all()
        self.statusBar().showMessage(self.tr("Cancelling…"))
        self.runner.wait()  # the worker stops at its next check of the cancel flag
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ask_quit_while_busy():
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self._save_layout()
        self.settings.sync()
        self.close_project(show_start=False)
        self.runner.cancel_all()
        self.runner.wait()
        event.accept()

"""The main window: start screen, project tree, plan dashboard, commitment editor, quality panel.

It implements the contract feature modules rely on (see ``ui.actions``): ``file_menu``,
``tools_menu``, ``document``, the ``document_changed`` signal and ``run_task``. Opening a
project and computing the dashboard run off the GUI thread through ``TaskRunner``.
"""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.file_names import derived_name, fit_path
from ..messages import MatrixError
from ..paths import sample_project
from ..services.author import resolve_author
from . import dialogs
from .actions import FEATURE_ACTION_MODULES
from .dashboard import Dashboard
from .document import Document
from .gc_pause import collector_paused
from .project_data import Cancelled, ProjectData, load_project_data
from .project_tree import ProjectTree
from .quality_panel import QualityPanel
from .read_only_banner import ReadOnlyBanner
from .settings import Settings
from .settings_dialog import PreferencesDialog
from .share_splitter import ShareSplitter
from .start_screen import StartScreen
from .tasks import CancelFlag, Progress, Task, TaskRunner

if TYPE_CHECKING:  # SQLModel and the services load off the GUI thread, after the first window
    from ..domain.quality import Finding
    from ..services.outline import PlanLine
    from ..services.project import Project

#: Modules the first window does not need, imported by the worker that opens a project so
#: that no action enabled by the open document imports them on the GUI thread.
OFF_THREAD_IMPORTS: tuple[str, ...] = (
    "matrix_app.services.exchange",
    "matrix_app.services.values",
)

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


class MainWindow(QMainWindow):
    #: The open Document, or None after closing (feature actions enable themselves on it).
    document_changed = Signal(object)
    #: Dashboard/quality data finished loading (for tests and benchmarks).
    data_loaded = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: Document | None = None
        self.data: ProjectData | None = None
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

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New project…"),
            self.new_project,
            QKeySequence.StandardKey.New,
            self.tr("Create an empty project file"),
        )
        self.open_action = self._action(
            self.tr("&Open…"),
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            self.tr("Open a project file"),
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.sample_action = self._action(
            self.tr("Open &sample project"),
            self.open_sample,
            None,
            self.tr("Open your own copy of Chile's 2014-2016 action plan"),
        )
        self.sample_action.setEnabled(sample_project().exists())
        self.save_copy_action = self._action(
            self.tr("Save a &copy…"),
            self.save_copy,
            QKeySequence("Ctrl+Shift+S"),
            self.tr("Write a copy of the project to another file"),
        )
        self.close_action = self._action(
            self.tr("&Close project"), self.close_project, QKeySequence.StandardKey.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.addAction(self.quit_action)  # Ctrl+Q even while the menu bar is locked
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.sample_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_copy_action)

        edit = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        # The platform's Redo keys plus Ctrl+Y and Ctrl+Shift+Z, each once: a key listed twice
        # is an ambiguous shortcut and does nothing (Windows' Redo already is Ctrl+Y).
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, QKeySequence("Ctrl+,")
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit.addAction(self.preferences_action)

        view = bar.addMenu(self.tr("&View"))
        self.view_menu = view
        self.quality_action = self.quality_dock.toggleViewAction()
        self.quality_action.setText(self.tr("&Quality panel"))
        self.quality_action.setShortcut(QKeySequence("F8"))
        view.addAction(self.quality_action)

        self.tools_menu = bar.addMenu(self.tr("&Tools"))

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        self.about_action = self._action(self.tr("&About Monitoring Matrix"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        self._update_actions()

    def _install_features(self) -> None:
        """Let each working feature add its actions, then keep Close/Quit at the bottom."""
        for name in FEATURE_ACTION_MODULES:
            importlib.import_module(f"matrix_app.ui.actions.{name}").install(self)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.tools_menu.menuAction().setVisible(bool(self.tools_menu.actions()))

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
        if self.document is None:
            self.setWindowTitle(app)
            return
        name = self.document.project.path.name
        if self.document.read_only:
            name = self.tr("{name} [read-only]").format(name=name)
        self.setWindowTitle(f"{name} – {app}")

    def _update_actions(self) -> None:
        has = self.document is not None
        self.save_copy_action.setEnabled(has)
        self.close_action.setEnabled(has)
        self.recent_menu.menuAction().setEnabled(bool(self.settings.recent_files))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for n, path in enumerate(self.settings.recent_files, start=1):
            text = f"&{n} {Path(path).name}" if n < 10 else Path(path).name
            action = self.recent_menu.addAction(text)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear &list"))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.start.set_recent([])
        self._update_actions()

    # -- opening and closing -------------------------------------------------------------
    def open_dialog(self) -> None:
        folder = (
            str(Path(self.settings.recent_files[0]).parent) if self.settings.recent_files else ""
        )
        path = dialogs.ask_open_path(self, folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path | str) -> Task | None:
        """Open a project file off the GUI thread; a refusal is explained in a dialog.

        The project already open stays open until the new one has opened (``attach``
        closes it): a file that is refused must not cost the user the one they had."""
        path = Path(path)
        if self.document is not None and self.document.project.path.resolve() == path.resolve():
            return None
        author = self.settings.author or None

        def work(progress: Progress, cancelled: CancelFlag) -> tuple[Project, list[PlanLine]]:
            with collector_paused():  # SQLAlchemy's import: no GUI-thread collection meanwhile
                from sqlalchemy.orm import configure_mappers

                from ..services.outline import project_outline
                from ..services.project import Project

                # here, not at the GUI thread's first ORM use (no open step uses the ORM)
                configure_mappers()
                project = Project.open(path, author=author)
                try:
                    outline = project_outline(project)  # the tree, read here, not in the GUI
                except BaseException:
                    project.close()
                    raise
                for name in OFF_THREAD_IMPORTS:
                    importlib.import_module(name)
            if cancelled():
                project.close()
                raise Cancelled()
            return project, outline

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MatrixError) and getattr(exc, "code", "") == "missing":
                self.settings.remove_recent(path)
            if self.document is None:
                self._show_start()

        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=path.name))
        task = self.run_task(
            self.tr("Opening {name}").format(name=path.name),
            work,
            lambda opened: self.attach(*opened),
            on_error=failed,
            discard=lambda opened: opened[0].close(),
        )
        task.finished.connect(self.statusBar().clearMessage)
        task.finished.connect(self._show_start_if_idle)
        return task

    def _show_start_if_idle(self) -> None:
        if self.document is None and self.pages.currentWidget() is not self.start:
            self._show_start()

    def attach(self, project: Project, outline: list[PlanLine] | None = None) -> None:
        """Show an opened project: tree, dashboard, quality panel, title, banner."""
        self.close_project(show_start=False)
        doc = Document(project, self)
        self.document = doc
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.changed.connect(self._document_edited)
        doc.error.connect(self._edit_failed)
        self.tree = ProjectTree(doc, outline=outline)
        self.tree.set_read_only(doc.read_only)
        self.tree.plan_selected.connect(self.show_plan)
        self.tree.commitment_selected.connect(self.show_commitment)
        self.tree.nothing_selected.connect(lambda: self.content.setCurrentWidget(self.hint))
        self.tree_host.layout().addWidget(self.tree)
        self.banner.show_reason(project.read_only_why)
        self.settings.add_recent(project.path)
        self._update_actions()
        self._update_title()
        self.pages.setCurrentWidget(self.workspace)
        self.data = None
        self.dashboard.set_data_pending()
        self.quality.set_data(None)
        if self.tree.model.plans:  # the latest plan is the one people work on
            self.tree.select(self.tree.model.plans[-1].id)
        else:
            self.content.setCurrentWidget(self.hint)
        self.tree.view.setFocus()
        self.document_changed.emit(doc)
        # the load starts once the tree and the page are laid out and painted: started
        # now, its worker would hold the GIL while the GUI thread lays out 2,000 rows
        self.first_load_timer.start()

    def close_project(self, show_start: bool = True) -> None:
        doc = self.document
        if doc is None:
            if show_start:
                self._show_start()
            return
        self.refresh_timer.stop()
        self.touched_timer.stop()
        self.first_load_timer.stop()
        self._touched.clear()
        self._data_generation += 1
        self.runner.cancel_all()
        self.runner.wait()
        self._drop_editor()
        if self.tree is not None:
            self.tree.close_plan_windows()  # they edit the document closed below
            self.tree.setParent(None)
            self.tree.deleteLater()
            self.tree = None
        self.undo_group.removeStack(doc.undo_stack)
        self.document = None
        self.data = None
        doc.close()
        doc.deleteLater()
        self.banner.show_reason(None)
        self.dashboard.clear()
        self.quality.set_data(None)
        self._update_actions()
        self.document_changed.emit(None)
        if show_start:
            self._show_start()
        else:
            self._update_title()

    def new_project(self) -> None:
        path = dialogs.ask_save_path(self, self.tr("New project"), self._default_folder())
        if path is None:
            return
        from ..services.project import Project

        try:
            project = Project.new(path, title=path.stem, author=self.settings.author or None)
        except MatrixError as exc:
            dialogs.show_error(self, self.tr("New project"), exc.message())
            return
        self.attach(project)

    def _default_folder(self) -> str:
        if self.settings.recent_files:
            return str(Path(self.settings.recent_files[0]).parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def sample_copy_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return Path(folder) / "sample" / sample_project().name

    def open_sample(self) -> Task | None:
        """Open the user's own copy of the sample, so the shipped file stays as it is."""
        source, copy = sample_project(), self.sample_copy_path()
        if not copy.exists():
            try:
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, copy)
            except OSError as exc:
                dialogs.show_error(
                    self,
                    self.tr("Open sample project"),
                    self.tr("Could not copy the sample project to {path}: {error}").format(
                        path=copy, error=exc.strerror or exc
                    ),
                )
                return None
        task = self.open_path(copy)
        if task is not None:
            note = self.tr("This is your own copy of the sample project: {path}").format(path=copy)

            def say_where() -> None:
                if self.document is not None and self.document.project.path == copy:
                    self.statusBar().showMessage(note, 15000)

            task.finished.connect(say_where)
        return task

    def save_copy(self, open_after: bool = False) -> Task | None:
        doc = self.document
        if doc is None:
            return None
        source = doc.project.path
        suggested = str(fit_path(source.parent, derived_name(source.stem, f"-copy{source.suffix}")))
        dest = dialogs.ask_save_path(self, self.tr("Save a copy"), suggested)
        if dest is None:
            return None
        if dest.resolve() == source.resolve():
            dialogs.show_error(
                self,
                self.tr("Save a copy"),
                self.tr("Choose another file name: {name} is the project that is open.").format(
                    name=dest.name
                ),
            )
            return None
        project_file = doc.project.file

        def work(progress: Progress, cancelled: CancelFlag) -> Path:
            return project_file.save_copy(dest, progress=progress)

        def done(path: Path) -> None:
            self.statusBar().showMessage(self.tr("Saved a copy to {path}").format(path=path), 8000)
            if open_after:
                self.open_path(path)

        return self.run_task(self.tr("Saving a copy"), work, done)

    # -- data for dashboard, tree marks and quality panel --------------------------------
    def load_data(self, quiet: bool = True) -> Task | None:
        doc = self.document
        if doc is None:
            return None
        self._data_generation += 1
        generation = self._data_generation
        if self._data_task is not None and self._data_task.running:
            self._data_task.cancel()
        project = doc.project

        def work(progress: Progress, cancelled: CancelFlag) -> ProjectData:
            def step(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled()
                progress(done, total)

            return load_project_data(project, step, cancelled)

        def done(data: ProjectData) -> None:
            if generation != self._data_generation or self.document is not doc:
                return
            self.set_data(data)

        self._data_task = self.run_task(
            self.tr("Loading {name}").format(name=project.path.name),
            work,
            done,
            show_progress=not quiet,
        )
        return self._data_task

    def set_data(self, data: ProjectData, changed: set[str] | None = None) -> None:
        """Show ``data``; ``changed``: only these commitments differ from what is shown."""
        self.data = data
        self.dashboard.set_data(data, changed)
        self.quality.set_data(data, changed)
        if self.tree is not None:
            self.tree.model.set_project_data(data, changed)
        self.data_loaded.emit(data)

    def _document_edited(self, table: str, ids: object) -> None:
        """Re-read only the commitments an edit concerns; anything wider (plans,
        institutions, "*") or an edit while the project is still loading reloads it all."""
        doc = self.document
        if doc is None:
            return
        touched = None
        loading = self._data_task is not None and self._data_task.running
        if self.data is not None and not self.refresh_timer.isActive() and not loading:
            from ..services.touched import commitments_touched

            touched = commitments_touched(doc.project, table, ids)  # type: ignore[arg-type]
        if touched is None:
            self.touched_timer.stop()
            self._touched.clear()
            self.refresh_timer.start()
            return
        self._touched |= touched
        self.touched_timer.start()

    def _refresh_touched(self) -> None:
        doc, ids = self.document, set(self._touched)
        self._touched.clear()
        if doc is None or not ids or self.data is None:
            return
        generation = self._data_generation
        project, today = doc.project, self.data.today
        self._touch_serial += 1
        serial = self._touch_serial
        self._touch_latest.update(dict.fromkeys(ids, serial))

        def work(progress: Progress, cancelled: CancelFlag) -> dict:
            from .project_data import load_commitment_updates

            return load_commitment_updates(project, ids, today)

        def done(updates: dict) -> None:
            if generation != self._data_generation or self.document is not doc:
                return  # a reload started meanwhile: it shows these edits too
            # a later read of the same commitment (another worker) may have arrived first
            updates = {k: u for k, u in updates.items() if self._touch_latest.get(k) == serial}
            if not updates:
                return
            data = self.data.with_updates(updates) if self.data is not None else None
            if data is None:
                self.load_data(quiet=True)
            else:
                self.set_data(data, changed=set(updates))

        def failed(_exc: BaseException) -> None:
            self.refresh_timer.start()

        self.run_task(
            self.tr("Loading {name}").format(name=project.path.name),
            work,
            done,
            on_error=failed,
            show_progress=False,
        )

    def _edit_failed(self, message: str) -> None:
        editor = self.editor
        if editor is not None and editor.isVisible() and editor.show_document_errors:
            return  # the editor shows it beside the field being edited
        dialogs.show_error(self, self.tr("The change was not saved"), message)

    def settle(self, timeout_ms: int = 30000) -> None:
        """Finish pending refreshes and background work now (tests, benchmarks, screenshots)."""
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired():
            if self.first_load_timer.isActive():
                self.first_load_timer.stop()
                self.load_data(quiet=False)
            if self.touched_timer.isActive():
                self.touched_timer.stop()
                self._refresh_touched()
            if self.refresh_timer.isActive():
                self.refresh_timer.stop()
                self.load_data(quiet=True)
            if not self.runner.active:
                break
            self.runner.wait(int(max(1, deadline.remainingTime())))

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

    # -- other commands ------------------------------------------------------------------
    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if not dialogs.run_dialog(dialog):
            return
        language_changed = dialog.language_changed()
        dialog.apply()
        if self.document is not None:
            self.document.project.author = resolve_author(self.settings.author or None)
        if language_changed:
            dialogs.show_info(
                self,
                self.tr("Preferences"),
                self.tr("The new language will be used the next time you start the application."),
            )

    def show_about(self) -> None:
        dialogs.about(
            self,
            self.tr("About Monitoring Matrix"),
            self.tr(
                "<b>Monitoring Matrix</b> {version}<br>Logical-framework monitoring of Open "
                "Government Partnership action-plan commitments.<br>Every change is saved "
                "in the project file at once and recorded in its history."
            ).format(version=__version__),
        )

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

"""Opening a project in two steps: shown from a model-free read, then the Document attached.

The open worker checks the file as ``Project.open`` does (every refusal comes first, with the
same messages) and reads the outline and the views' data with sqlite3 alone
(``ui/first_data.py``): tree, dashboard and quality panel show at once, read-only. A second
worker then imports SQLAlchemy, SQLModel and the models (about 0.6 s of CPU), opens the
``Project`` on the checked file (its edit lock held throughout) and ``attach`` gives the
window its ``Document``: editing, the editor and the feature actions start there. A
commitment chosen meanwhile opens in the editor then. For a file never checked here, that
worker first runs the checks the preview left (the integrity check and the history's,
``CheckedFile.check_rest``); a refusal there closes the preview, forgets the file in the
recent list and opens again the project it replaced. A mixin of ``MainWindow``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..messages import MatrixError
from . import dialogs
from .document import Document
from .first_data import Preview
from .gc_pause import collector_paused
from .project_data import Cancelled
from .project_tree import ProjectTree
from .tasks import CancelFlag, Progress, Task

if TYPE_CHECKING:  # SQLModel and the services load off the GUI thread, after the first window
    from ..services.outline import PlanLine
    from ..services.project import Project

#: Modules the first window does not need, imported by the worker that opens a project so
#: that no action enabled by the open document imports them on the GUI thread.
OFF_THREAD_IMPORTS: tuple[str, ...] = (
    "matrix_app.services.exchange",
    "matrix_app.services.values",
)


#: ``show_preview``'s steps, each its own turn of the event loop (``_fill_preview``): on a
#: 2,000-commitment project each takes 5-25 ms of the GUI thread, together 100-150 ms (the
#: GUI thread was blocked that long when they ran at once). From ``ATTACH_STEP`` on, the
#: worker making the ``Project`` holds the file's edit lock.
PREVIEW_STEPS: tuple[str, ...] = ("plan", "dashboard", "quality", "tree", "attach")
ATTACH_STEP = PREVIEW_STEPS.index("attach")


class PendingDocument(QObject):
    """What the tree holds until the Document is attached: read-only, never changed."""

    changed = Signal(str, object)
    error = Signal(str)
    read_only = True
    pending = True
    project = None


class OpenFlow:
    """``open_path``, ``show_preview``, ``attach`` and ``close_project`` of the window."""

    def open_dialog(self) -> None:
        folder = (
            str(Path(self.settings.recent_files[0]).parent) if self.settings.recent_files else ""
        )
        path = dialogs.ask_open_path(self, folder)
        if path is not None:
            self.open_path(path)

    def shown_path(self) -> Path | None:
        """The project the window shows, attached or still a preview."""
        if self.document is not None:
            return self.document.project.path
        return self.preview.path if self.preview is not None else None

    def open_path(self, path: Path | str) -> Task | None:
        """Open a project file off the GUI thread; a refusal is explained in a dialog.

        The project already open stays open until the new one is shown (``show_preview``
        closes it): a file that is refused must not cost the user the one they had."""
        path = Path(path)
        shown = self.shown_path()
        if shown is not None and shown.resolve() == path.resolve():
            return None

        def work(progress: Progress, cancelled: CancelFlag) -> Preview:
            from .first_data import open_preview

            preview = open_preview(path, None, cancelled)
            if cancelled():
                preview.checked.release()
                raise Cancelled()
            preview.replaced = shown
            return preview

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MatrixError) and getattr(exc, "code", "") == "missing":
                self.settings.remove_recent(path)
            if self.shown_path() is None:
                self._show_start()

        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=path.name))
        task = self.run_task(
            self.tr("Opening {name}").format(name=path.name),
            work,
            self.show_preview,
            on_error=failed,
            discard=lambda preview: preview.checked.release(),
        )
        task.finished.connect(self.statusBar().clearMessage)
        task.finished.connect(self._show_start_if_idle)
        if self.shown_path() is None and self.pages.currentWidget() is self.start:
            self._show_workspace_loading()
        return task

    def _show_workspace_loading(self) -> None:
        """The workspace, empty, while the worker opens the first project: its first layout
        and paint (60-80 ms of the GUI thread) happen now, not with the project's tree; the
        page in this turn, the dashboard in the next (at once: one block over 50 ms)."""
        self.pages.setCurrentWidget(self.workspace)
        QTimer.singleShot(0, self, self._show_dashboard_loading)

    def _show_dashboard_loading(self) -> None:
        if self.preview is None and self.document is None and self.tree is None:
            if self.pages.currentWidget() is self.workspace:
                self.content.setCurrentWidget(self.dashboard)
                self.dashboard.show_loading()

    def _show_start_if_idle(self) -> None:
        if self.shown_path() is None and self.pages.currentWidget() is not self.start:
            self._show_start()

    def _show_tree(self, doc: QObject, outline: list[PlanLine] | None, why: str | None) -> None:
        self.tree = ProjectTree(doc, outline=outline)  # type: ignore[arg-type]
        self.tree.set_read_only(doc.read_only)  # type: ignore[attr-defined]
        self.tree.plan_selected.connect(self.show_plan)
        self.tree.commitment_selected.connect(self.show_commitment)
        self.tree.nothing_selected.connect(lambda: self.content.setCurrentWidget(self.hint))
        self.tree_host.layout().addWidget(self.tree)
        self.banner.show_reason(why)

    def _select_latest_plan(self) -> None:
        if self.tree.model.plans:  # the latest plan is the one people work on
            self.tree.select(self.tree.model.plans[-1].id)
        else:
            self.content.setCurrentWidget(self.hint)
        self.tree.view.setFocus()

    def show_preview(self, preview: Preview) -> None:
        """Show a checked file's first data (read-only), then attach its Document."""
        self.close_project(show_start=False)
        self.preview = preview
        self._show_tree(PendingDocument(self), preview.outline, preview.read_only_why)
        self.settings.add_recent(preview.path)
        self._update_actions()
        self._update_title()
        self.pages.setCurrentWidget(self.workspace)
        self.dashboard.set_data_pending()
        # the plan, each view's data, then the ORM's worker, one step a turn (PREVIEW_STEPS):
        # at once, their layouts and the worker's imports would freeze the GUI thread 150 ms
        self._preview_step = 0
        self.preview_timer.start()

    def _fill_preview(self) -> Task | None:
        """``show_preview``'s next step (``PREVIEW_STEPS``): the latest plan selected, the
        dashboard's, quality panel's and tree's data (``data_loaded`` once all are shown),
        then the worker attaching the Document (``settle`` runs them at once)."""
        preview = self.preview
        if preview is None or self._preview_step >= len(PREVIEW_STEPS):
            return None  # closed meanwhile, or its worker already started
        step = PREVIEW_STEPS[self._preview_step]
        self._preview_step += 1
        if step != "attach":
            if step == "plan":
                self._select_latest_plan()
            elif step == "dashboard":
                self.data = preview.data
                self.dashboard.set_data(preview.data)
            elif step == "quality":
                self.quality.set_data(preview.data)
            elif self.tree is not None:
                self.tree.model.set_project_data(preview.data)
                self.data_loaded.emit(preview.data)
            self.preview_timer.start()
            return None
        checked, author = preview.checked, self.settings.author or None
        checking = self.tr("Checking {name} before it can be edited…").format(
            name=preview.path.name
        )
        # the integrity check and the history's (about a second), said unless something
        # else is (where the sample's own copy is)
        if checked.later is not None and not self.statusBar().currentMessage():
            self.statusBar().showMessage(checking)

        def models() -> type[Project]:
            from sqlalchemy.orm import configure_mappers

            from ..services.project import Project

            # here, not at the GUI thread's first ORM use (no open step uses the ORM)
            configure_mappers()
            return Project

        def work(progress: Progress, cancelled: CancelFlag) -> Project:
            project = None
            try:
                with collector_paused():  # SQLAlchemy's import: no GUI-thread collection
                    from ..storage.projectfile import open_checked
                    from .first_data import beside_check

                    # the checks the preview left (SQLite lets the GIL go) beside the imports
                    project_class = beside_check(checked.check_rest, models)
                    project = project_class(open_checked(checked), author)
                    for name in OFF_THREAD_IMPORTS:
                        importlib.import_module(name)
            except BaseException:
                if project is not None:
                    project.close()  # releases the lock, as ``checked.release`` would
                else:
                    checked.release()
                raise
            return project

        def done(project: Project) -> None:
            if self.preview is not preview:
                project.close()  # another file was opened, or this one closed, meanwhile
                return
            self.attach(project, preview.outline)

        def failed(exc: BaseException) -> None:
            if self.preview is not preview:
                return
            if isinstance(exc, MatrixError):  # refused (a check it was shown before): unlisted
                self.settings.remove_recent(preview.path)
            self.close_project()
            if preview.replaced is not None and preview.replaced.exists():
                self.open_path(preview.replaced)  # what was open before, as a refused open keeps

        task = self.run_task(
            self.tr("Opening {name}").format(name=preview.path.name),
            work,
            done,
            on_error=failed,
            show_progress=False,
            discard=lambda project: project.close(),
        )
        if checked.later is not None:
            task.finished.connect(lambda: self._clear_status(checking))
        return task

    def _clear_status(self, message: str) -> None:
        """Clear the status bar if it still says ``message`` (not what came after it)."""
        if self.statusBar().currentMessage() == message:
            self.statusBar().clearMessage()

    def attach(self, project: Project, outline: list[PlanLine] | None = None) -> None:
        """Show an opened project: tree, dashboard, quality panel, title, banner. When its
        preview is shown, the Document joins the tree and the data already there."""
        preview = self.preview
        adopt = preview is not None and self.tree is not None and preview.path == project.path
        if not adopt:
            self.close_project(show_start=False)
        self.preview = None
        doc = Document(project, self)
        self.document = doc
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.changed.connect(self._document_edited)
        doc.error.connect(self._edit_failed)
        if adopt:
            self.tree.set_document(doc)
            self.banner.show_reason(project.read_only_why)
            self._update_actions()
            self._update_title()
            self.document_changed.emit(doc)
            current = self.tree.current_id()
            if current is not None and self.tree.model.find(current).parent().isValid():
                self.show_commitment(current)  # chosen while the Document was on its way
            return
        self._show_tree(doc, outline, project.read_only_why)
        self.settings.add_recent(project.path)
        self._update_actions()
        self._update_title()
        self.pages.setCurrentWidget(self.workspace)
        self.data = None
        self.dashboard.set_data_pending()
        self.quality.set_data(None)
        self._select_latest_plan()
        self.document_changed.emit(doc)
        # the load starts once the tree and the page are laid out and painted: started
        # now, its worker would hold the GIL while the GUI thread lays out 2,000 rows
        self.first_load_timer.start()

    def close_project(self, show_start: bool = True) -> None:
        doc, preview = self.document, self.preview
        if doc is None and preview is None:
            if show_start:
                self._show_start()
            return
        self.refresh_timer.stop()
        self.touched_timer.stop()
        self.first_load_timer.stop()
        self.preview_timer.stop()
        self._touched.clear()
        self._data_generation += 1
        self.preview = None  # its attach worker closes the Project it makes (``show_preview``)
        if preview is not None and self._preview_step <= ATTACH_STEP:
            preview.checked.release()  # no worker yet: its edit lock is given up here
        self.runner.cancel_all()
        self.runner.wait()
        self._drop_editor()
        if self.tree is not None:
            self.tree.close_plan_windows()  # they edit the document closed below
            self.tree.setParent(None)
            self.tree.deleteLater()
            self.tree = None
        self.data = None
        if doc is not None:
            self.undo_group.removeStack(doc.undo_stack)
            self.document = None
            doc.close()
            doc.deleteLater()
        self.banner.show_reason(None)
        self.dashboard.clear()
        self.quality.set_data(None)
        self._update_actions()
        if doc is not None:
            self.document_changed.emit(None)
        if show_start:
            self._show_start()
        else:
            self._update_title()

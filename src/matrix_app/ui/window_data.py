"""The main window's data: the views' load, an edit's re-read, and ``settle``.

A mixin of ``MainWindow`` (``ui/main_window.py``), split from it by responsibility.
"""

from __future__ import annotations

from . import dialogs
from .project_data import Cancelled, ProjectData, load_project_data
from .tasks import CancelFlag, Progress, Task


class WindowData:
    """Dashboard, tree marks and quality panel data, loaded and refreshed off the GUI thread."""

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
            while self.preview_timer.isActive():
                self.preview_timer.stop()
                self._fill_preview()
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

"""The main window's file commands: new project, the sample, save a copy.

A mixin of ``MainWindow`` (``ui/main_window.py``), split from it by responsibility.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ..domain.file_names import derived_name, fit_path
from ..messages import MatrixError
from ..paths import sample_project
from . import dialogs
from .tasks import CancelFlag, Progress, Task


class WindowFiles:
    """Commands that make, copy or pick a project file (opening is ``OpenFlow``'s)."""

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
                if self.shown_path() == copy:
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

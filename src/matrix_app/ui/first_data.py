"""The first tree, dashboard and quality panel of a project, before SQLAlchemy is imported.

``open_preview`` runs in the worker that opens a project: every check of an ordinary open
(``check_project_file``: refusals come before anything of the file is read for showing),
then the outline and the views' data read with sqlite3 alone (``services/first_read.py``).
The window shows them at once and attaches the ``Document`` when the ORM has loaded
(``ui/open_flow.py``). Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .gc_pause import collector_paused
from .project_data import Cancelled, ProjectData, build_project_data, plans_only, release

if TYPE_CHECKING:
    from ..services.outline import PlanLine
    from ..storage.projectfile import CheckedFile


@dataclass
class Preview:
    """A checked file (its edit lock held) and what the views show of it."""

    checked: CheckedFile
    outline: list[PlanLine]
    data: ProjectData

    @property
    def path(self) -> Path:
        return self.checked.path

    @property
    def read_only_why(self) -> str | None:
        return self.checked.read_only_why


def open_preview(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Preview:
    """Check ``path`` as ``Project.open`` does and read its first data model-free."""
    from ..services.first_read import read_first
    from ..storage.projectfile import check_project_file

    with collector_paused():
        checked = check_project_file(Path(path))
        try:
            conn = checked.connect_read()
            try:
                outline, snapshot, _meta = read_first(conn, progress)
            finally:
                conn.close()
            if cancelled is not None and cancelled():
                raise Cancelled()
            try:
                data = build_project_data(snapshot, cancelled=cancelled)
                data.snapshot = plans_only(snapshot)
            finally:
                release(snapshot)
        except BaseException:
            checked.release()
            raise
    return Preview(checked, outline, data)

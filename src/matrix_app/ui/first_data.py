"""The first tree, dashboard and quality panel of a project, before SQLAlchemy is imported.

``open_preview`` runs in the worker that opens a project: the checks of an ordinary open
(``check_project_file``: refusals come before anything of the file is shown), then the
outline and the views' data read with sqlite3 alone (``services/first_read.py``). A file
never checked here is read beside the content check of what the window shows, and the
integrity check and the history's check run when the Document is attached
(``open_checked``), before it can be edited.
The window shows them at once and attaches the ``Document`` when the ORM has loaded
(``ui/open_flow.py``). Plain Python, no Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .gc_pause import collector_paused
from .project_data import Cancelled, ProjectData, build_project_data, plans_only, release

if TYPE_CHECKING:
    from ..services.outline import PlanLine
    from ..storage.projectfile import CheckedFile

T = TypeVar("T")


@dataclass
class Preview:
    """A checked file (its edit lock held) and what the views show of it."""

    checked: CheckedFile
    outline: list[PlanLine]
    data: ProjectData
    #: The project the window showed before (opened again if this one is refused later).
    replaced: Path | None = None

    @property
    def path(self) -> Path:
        return self.checked.path

    @property
    def read_only_why(self) -> str | None:
        return self.checked.read_only_why


def beside_check(check: Callable[[], None], read: Callable[[], T]) -> T:
    """``read()`` while ``check()`` runs in a thread; ``read``'s result only once ``check``
    has passed, and the check's refusal before anything ``read`` raised (rows that fail the
    check may well break the reader). On two cores the first open of a received file waits
    for the longer of the two, not for both (SQLite lets the GIL go while checking).

    ``read`` must end whatever the file holds: the first read only groups rows
    (``group_rows``) and follows no link from row to row, and the figures are computed from
    them after; the Document's worker imports the models beside ``check_rest``.
    """
    found: list[BaseException] = []

    def run() -> None:
        try:
            check()
        except BaseException as exc:  # handed to the opening thread
            found.append(exc)

    worker = threading.Thread(target=run, name="content-check", daemon=True)
    worker.start()
    try:
        result = read()
    except BaseException:
        worker.join()
        if found:
            raise found[0] from None
        raise
    worker.join()
    if found:
        raise found[0]
    return result


def open_preview(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Preview:
    """Check ``path`` as ``Project.open`` does and read its first data model-free."""
    from ..services.first_read import read_first
    from ..storage.projectfile import check_project_file

    with collector_paused():
        checked = check_project_file(Path(path), show_first=True)
        try:

            def read() -> tuple:
                conn = checked.connect_read()
                try:
                    return read_first(conn, progress)
                finally:
                    conn.close()

            outline, snapshot, _meta = beside_check(checked.check_shown, read)
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

"""The import wizard's reads of a workbook, off the GUI thread.

Recognising a workbook and reading a sheet for its table open the file and check it: most
take a fraction of a second, a 60,000-row sheet about 0.7 s each, and a hostile one several
seconds before it is refused. The window must not freeze meanwhile, so each read runs as a
task (progress after a moment, Cancel) and its result comes back to the page that asked,
which ignores it when the user has since asked for something else.

The task's progress dialog belongs to the wizard: the wizard is window-modal, so a dialog of
the main window would be blocked, its Cancel button included (seen under X11 with a real
click).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..messages import MatrixError

#: What a page is handed when the user cancelled the read.
CANCELLED = object()


def read_in_background(
    wizard: Any, title: str, read: Callable[[], Any], shown: Callable[[Any], None]
) -> None:
    """Run ``read()`` through the wizard's ``run_task``; ``shown`` receives its result, the
    ``MatrixError`` that refused the file (to show in the page, not as a dialog), or
    ``CANCELLED``."""

    def work(progress, cancelled) -> Any:
        try:
            return read()
        except MatrixError as exc:
            return exc

    wizard.run_task(title, work, shown, on_cancel=lambda: shown(CANCELLED), parent=wizard)

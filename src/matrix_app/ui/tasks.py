"""Run slow work off the GUI thread: progress, Cancel, errors as dialogs (Picard's run_task).

``TaskRunner.run(title, fn, on_done)`` runs ``fn(progress, cancelled)`` on the runner's own
QThreadPool. ``progress(done, total)`` may be called from the worker as often as it likes (it is
throttled); ``cancelled`` is a callable flag (``cancelled()`` or ``bool(cancelled)``) that
turns true when the user presses Cancel. The result is handed to ``on_done`` on the GUI
thread. A ``MatrixError`` becomes a dialog with its message in the user's language; any
other exception becomes an "unexpected error" dialog with the traceback in its details, and
is logged. Work that stops after Cancel is dropped quietly.

The progress dialog is not modal, so the window's close button and Ctrl+Q still reach the
window (which asks "cancel and quit?"); while it is up, ``busy_changed(True)`` tells the
window to lock its own editing. Closing the dialog (its X or Esc) asks before cancelling;
its Cancel button cancels at once.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ..messages import MatrixError
from . import dialogs

Progress = Callable[[int, int], None]

#: A progress dialog appears only for work that lasts longer than this (milliseconds).
PROGRESS_DELAY_MS = 400
#: Progress reports closer together than this (seconds) are merged.
PROGRESS_INTERVAL_S = 0.05


class CancelFlag:
    """Set from the GUI thread, read from the worker: ``if cancelled(): ...``."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()

    def __bool__(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress, CancelFlag], Any], signals: _Signals, flag) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.signals, self.flag = fn, signals, flag
        self._last = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.flag)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class ProgressDialog(QProgressDialog):
    """Progress with a Cancel button; its X or Esc asks first (``dialogs.confirm``)."""

    def __init__(self, task: Task, parent: QWidget | None) -> None:
        super().__init__(task.title, QCoreApplication.translate("Task", "Cancel"), 0, 0, parent)
        self.task = task
        for shortcut in self.findChildren(QShortcut):
            # Qt's own Esc shortcut cancels at once; Esc is to ask first (reject), like the X
            if shortcut.key() == QKeySequence(QKeySequence.StandardKey.Cancel):
                shortcut.setEnabled(False)

    def ask_cancel(self) -> None:
        if self.task.cancelled() or not self.task.running:
            return
        title = self.task.title.rstrip("…. ")
        question = QCoreApplication.translate("Task", "Cancel “{task}”?").format(task=title)
        if dialogs.confirm(self, self.task.title, question):
            self.task.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the dialog goes away when the work has stopped, not before
        self.ask_cancel()

    def reject(self) -> None:  # Esc
        self.ask_cancel()


class Task(QObject):
    """One piece of running work; ``finished`` fires on the GUI thread whatever happened."""

    finished = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        show_progress: bool,
        discard: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(runner)
        self.discard, self.on_cancel = discard, on_cancel
        self.runner, self.title = runner, title
        self.on_done, self.on_error = on_done, on_error
        self.cancelled = CancelFlag()
        self.signals = _Signals(self)
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        self.running = True
        # work the user asked for and watches (not a quiet refresh): quitting asks first
        self.visible = show_progress
        if show_progress:
            self.dialog = self._make_dialog(parent or runner.dialog_parent())

    def _make_dialog(self, parent: QWidget | None) -> QProgressDialog:
        dlg = ProgressDialog(self, parent)
        dlg.setWindowTitle(self.title)
        # wide enough for its title in the window's title bar ("Elabor… rme…" otherwise):
        # the text, the bar's icon and buttons, within the screen
        bar = dlg.fontMetrics().horizontalAdvance(self.title) + 160
        screen = dlg.screen().availableGeometry().width() if dlg.screen() else bar
        dlg.setMinimumWidth(max(dlg.minimumWidth(), min(bar, screen - 40)))
        dlg.setAccessibleName(self.title)
        dlg.setWindowModality(Qt.WindowModality.NonModal)
        quit_action = getattr(parent, "quit_action", None)
        if quit_action is not None:
            dlg.addAction(quit_action)  # Ctrl+Q works while the dialog has the focus
        dlg.setMinimumDuration(PROGRESS_DELAY_MS)
        dlg.setAutoReset(False)
        dlg.setAutoClose(False)
        dlg.canceled.connect(self.cancel)
        dlg.setValue(0)
        return dlg

    def cancel(self) -> None:
        self.cancelled.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.cancelled():
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total > 0 else 0)

    def _finish(self) -> None:
        self.running = False
        if self.dialog is not None:
            # A shown progress window took the keyboard focus; hand it back to the window
            # the user was working in (not every window manager does, and then typing goes
            # nowhere until the user clicks the window).
            had_focus = self.dialog.isVisible() and (
                self.dialog.isActiveWindow() or QApplication.activeWindow() is None
            )
            owner = self.dialog.parentWidget()
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
            if had_focus and owner is not None and owner.isVisible():
                owner.activateWindow()
        self.runner._forget(self)

    def _done_with(self) -> None:
        self.finished.emit()
        self.deleteLater()

    def _on_done(self, result: Any) -> None:
        was_cancelled = self.cancelled()
        self._finish()
        if not was_cancelled and self.on_done is not None:
            self.runner.deliver(self, self.on_done, result)
        elif was_cancelled and self.discard is not None:
            self.runner.deliver(self, self.discard, result)  # e.g. close a file nobody wants
        if was_cancelled:
            self._cancelled()
        self._done_with()

    def _cancelled(self) -> None:
        if self.on_cancel is not None:
            self.runner.deliver(self, lambda _: self.on_cancel(), None)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        was_cancelled = self.cancelled() or type(exc).__name__ == "Cancelled"
        self._finish()
        if not was_cancelled:
            self.runner.report(self.title, exc, details)
            if self.on_error is not None:
                self.runner.deliver(self, self.on_error, exc)
        else:
            self._cancelled()
        self._done_with()


class TaskRunner(QObject):
    """Owns the worker pool; ``wait()`` lets a window (or a test) finish every worker."""

    # True when the first task with a progress dialog starts, False when the last one ends
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.active: list[Task] = []

    def dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def run(
        self,
        title: str,
        fn: Callable[[Progress, CancelFlag], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        show_progress: bool = True,
        discard: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Task:
        """``discard(result)`` receives a result that arrives after Cancel (to release it),
        and ``on_cancel()`` is called once the work has stopped after Cancel, however it
        stopped (to say so where the result was awaited);
        ``parent`` owns the progress dialog when the work belongs to a window-modal dialog
        (the main window's children are blocked while it is open, Cancel included)."""
        was_busy = self.busy()
        task = Task(self, title, on_done, on_error, show_progress, discard, parent, on_cancel)
        self.active.append(task)
        if not was_busy and self.busy():
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(fn, task.signals, task.cancelled))
        return task

    def _forget(self, task: Task) -> None:
        if task in self.active:
            was_busy = self.busy()
            self.active.remove(task)
            if was_busy and not self.busy():
                self.busy_changed.emit(False)

    def visible_tasks(self) -> list[Task]:
        """Running work the user started and watches (a progress dialog), oldest first."""
        return [t for t in self.active if t.visible]

    def busy(self) -> bool:
        return bool(self.visible_tasks())

    def deliver(self, task: Task, callback: Callable[[Any], None], value: Any) -> None:
        """Call back on the GUI thread; a failure there is reported like a worker's."""
        try:
            callback(value)
        except Exception as exc:
            self.report(task.title, exc, traceback.format_exc())

    def report(self, title: str, exc: BaseException, details: str) -> None:
        parent = self.dialog_parent()
        if isinstance(exc, MatrixError):
            dialogs.show_error(parent, title, exc.message())
        else:
            dialogs.show_unexpected(
                parent,
                title,
                self.tr("An unexpected error stopped this task: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                ),
                details,
            )

    def cancel_all(self) -> None:
        for task in list(self.active):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker has returned; then deliver what they queued."""
        ok = self.pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(None, 0)
        QCoreApplication.processEvents()
        return ok

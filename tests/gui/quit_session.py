"""A long scripted session in the real application, ended by Ctrl+Q (issue 12).

    python -X faulthandler tests/gui/quit_session.py PROJECT.nap OUTDIR [--rounds N] [--seed S]
        [--quit-during-export]

Starts the app as ``matrix-app PROJECT.nap`` does (``ui.app.run_gui``), then drives it through
the event loop with real input: clicks commitments in the tree, walks the editor's tabs, types
a new title and undoes it, opens the dashboard, exports to Excel and builds a PDF report, and
finally presses Ctrl+Q on the window. The process must exit 0 (a crash at teardown shows up
as a negative return code and faulthandler's stack on stderr). File questions are answered
by patches, never by a real modal dialog. Used by tests/gui/shell/test_quit.py.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from matrix_app.ui import app as app_module
from matrix_app.ui import dialogs
from matrix_app.ui.actions import excel as excel_actions
from matrix_app.ui.actions import report as report_actions


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("project", type=Path)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--quit-during-export", action="store_true")
    ap.add_argument("--watchdog", type=float, default=0, help="dump stacks and exit after S")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--steps", default=",".join(ALL_STEPS), help="which kinds of step to run")
    args = ap.parse_args(argv)
    if args.watchdog:
        import faulthandler

        faulthandler.dump_traceback_later(args.watchdog, exit=True)
    rng = random.Random(args.seed)
    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)

    # modal questions answered by the script
    excel_actions.ask_save_path = lambda *a: str(out / f"export-{rng.randrange(10**6)}.xlsx")
    excel_actions.inform = lambda *a: None
    excel_actions.written = lambda *a: None  # "saved as …, open it now?"
    if args.quit_during_export:
        # The sample exports in a few ms: hold the export until the quit cancels it, so the
        # question is asked whatever the machine's speed (at most 20 s, then it goes on).
        import time

        from matrix_app.services.excel import export as export_service
        from matrix_app.services.excel.errors import Cancelled

        real_export = export_service.export_workbook

        def slow_export(project, path, lang, progress, cancelled):
            for _ in range(400):
                if cancelled():
                    raise Cancelled()
                time.sleep(0.05)
            return real_export(project, path, lang, progress, cancelled)

        export_service.export_workbook = slow_export
    report_actions.ReportAction.ask_open = lambda self, text: False
    report_actions.ReportAction.inform = lambda self, text: None
    dialogs.show_error = lambda *a: print("error dialog:", a[1:], file=sys.stderr)
    dialogs.show_unexpected = lambda *a: print("unexpected:", a[1:], file=sys.stderr)

    def confirm(parent, title, text):
        print("asked:", text, flush=True)
        return True

    dialogs.confirm = confirm

    def report_dialog(self, dialog):
        dialog.path.setText(str(out / f"report-{rng.randrange(10**6)}.pdf"))
        return True

    report_actions.ReportAction.exec_dialog = report_dialog

    original_open = app_module.open_given

    def open_then_script(window, path, lang="en"):
        task = original_open(window, path, lang)
        steps = list(script(window, rng, args.rounds, args.quit_during_export))
        runner = Stepper(window, steps)
        if task is not None:
            task.finished.connect(runner.start)
        else:
            runner.start()
        window._quit_script = runner  # keep it alive with the window
        return task

    global VERBOSE, STEPS
    VERBOSE = args.verbose
    STEPS = set(args.steps.split(","))
    app_module.open_given = open_then_script
    code = app_module.run_gui([str(args.project)])
    print(f"session done: exit {code}", flush=True)
    return code


VERBOSE = False
ALL_STEPS = ("plan", "commitment", "tabs", "edit", "quality", "excel", "report")
STEPS = set(ALL_STEPS)


class Stepper:
    """Runs one step per timer tick, waiting while background work is running."""

    def __init__(self, window, steps) -> None:
        self.window, self.steps = window, steps
        self.timer = QTimer(window)
        self.timer.setInterval(15)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.window.raise_()
        self.window.activateWindow()
        self.timer.start()

    def tick(self) -> None:
        if not self.steps:
            self.timer.stop()
            return
        wait_idle, step = self.steps[0]
        if wait_idle and (self.window.runner.active or self.window.refresh_timer.isActive()):
            return
        if QApplication.activeWindow() is None:
            # a window manager gives the focus back when a dialog closes; offscreen does not
            self.window.activateWindow()
            return
        self.steps.pop(0)
        if VERBOSE:
            before = sys.getrefcount(True)
        step()
        if VERBOSE:
            src = getattr(step, "__code__", None)
            where = src.co_firstlineno if src else step
            print(
                "step",
                where,
                len(self.steps),
                "True refs",
                before,
                sys.getrefcount(True),
                flush=True,
            )


def click_tree(window, row_id: str) -> None:
    view = window.tree.view
    index = window.tree.model.find(row_id)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def script(window, rng: random.Random, rounds: int, quit_during_export: bool):
    """(wait_until_idle, callable) pairs."""

    def commitments():
        return [c for p in window.tree.model.plans for c in p.commitments]

    on = STEPS.__contains__
    for r in range(rounds):
        if on("plan"):
            yield True, lambda: click_tree(window, rng.choice(window.tree.model.plans).id)
        for _ in range(3):
            if on("commitment"):
                yield True, lambda: click_tree(window, rng.choice(commitments()).id)
            if on("tabs"):
                for t in range(6):
                    yield False, lambda t=t: tab_click(window, t)
        if on("edit"):
            yield True, lambda: edit_title(window, f"Edited in round {rng.randrange(1000)}")
            yield (
                True,
                lambda: QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
            )
        if on("quality"):
            yield True, lambda: QTest.keyClick(window, Qt.Key.Key_F8)
        if r % 2 == 0 and on("excel"):
            yield True, lambda: trigger(window, "E&xport to Excel…")
        if r % 2 == 1 and on("report"):
            yield True, lambda: trigger(window, "Export r&eport…")
    if quit_during_export:
        yield True, lambda: trigger(window, "E&xport to Excel…")
        yield False, lambda: press_quit(window)  # while it runs
        return
    yield True, lambda: press_quit(window)


def press_quit(window) -> None:
    window.activateWindow()
    target = QApplication.focusWidget() or window
    if VERBOSE:
        print("quit: active", window.isActiveWindow(), "focus", type(target).__name__, flush=True)
        print(
            "active window",
            QApplication.activeWindow(),
            [
                (type(w).__name__, w.windowTitle())
                for w in QApplication.topLevelWidgets()
                if w.isVisible()
            ],
            flush=True,
        )
    QTest.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def tab_click(window, index: int) -> None:
    editor = window.editor
    if editor is None:
        return
    bar = editor.tab_widget.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def edit_title(window, text: str) -> None:
    editor = window.editor
    if editor is None or editor.read_only:
        return
    editor.tab_widget.setCurrentIndex(0)
    field = editor.tabs["overview"].fields["title"]
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def trigger(window, text: str) -> None:
    for action in window.file_menu.actions():
        if action.text() == text and action.isEnabled():
            action.trigger()
            return


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

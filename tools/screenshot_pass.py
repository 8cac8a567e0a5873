"""Screenshot pass: every screen and dialog, in English and Spanish, at 1280x800 and 1920x1080.

    python tools/screenshot_pass.py OUT_DIR [--langs en,es] [--sizes 1280x800,1920x1080]

For each size an X server of that size is started (``Xvfb`` with the ``openbox`` window
manager, when installed; otherwise Qt's offscreen platform with the window resized), and each
language runs in its own process the way the application starts (translators, locale). The
main window is maximized, the actions are triggered through the real menus, and every modal
dialog they open (``exec()``: file dialogs, questions, the report, publish, package, merge and
conflicts dialogs) is photographed with its window frame and then answered, so the pictures
are what a user sees. Works on copies of the sample project in a temporary folder. Writes
``OUT_DIR/<size>/<lang>/NN-<screen>.png`` and prints each path; look at every one.
``--readme`` then copies a few of the 1280x800 ones to ``docs/screenshots/`` (the README's);
``--readme-only start`` limits that to the pictures of the screens named.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("1280x800", "1920x1080")


# -- the child process: one language, one screen size ------------------------------------
class Shooter:
    """Photographs the window and each modal dialog that the action under way opens."""

    def __init__(self, app, out: Path) -> None:
        from PySide6.QtCore import QTimer

        self.app, self.out, self.count = app, out, 0
        self.queue: list[tuple[str, Callable]] = []
        self.seen: list[object] = []  # kept alive so that ids are never reused
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    # photographs ------------------------------------------------------------------------
    def wait(self, seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def shot(self, widget, name: str) -> Path:
        """The widget as on screen: with its frame on a real display, else grabbed."""
        self.wait(0.3)
        end = time.monotonic() + 3
        while widget.window().frameGeometry().width() < 50 and time.monotonic() < end:
            self.wait(0.1)  # a dialog just shown: the window manager has not framed it yet
        self.count += 1
        path = self.out / f"{self.count:02d}-{name}.png"
        if os.environ.get("QT_QPA_PLATFORM") == "xcb":
            frame = widget.window().frameGeometry()
            screen = widget.window().screen()
            image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        else:
            image = widget.window().grab()
        image.save(str(path))
        print(path, flush=True)
        return path

    # modal dialogs ----------------------------------------------------------------------
    def expect(self, name: str, answer: Callable | None = None) -> None:
        """The next modal dialog is photographed as ``name`` and then given to ``answer``
        (by default it is closed with Escape's meaning: reject)."""
        self.queue.append((name, answer or (lambda d: d.reject())))

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        widget = QApplication.activeModalWidget()
        if widget is None or not self.queue or any(widget is s for s in self.seen):
            return
        if isinstance(widget, QProgressDialog) and not self.queue[0][0].startswith("progress"):
            return
        self.seen.append(widget)
        name, answer = self.queue.pop(0)
        self.shot(widget, name)
        answer(widget)

    def settle(self, window, timeout: float = 60) -> None:
        """Until every expected dialog came and went and no task runs."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.wait(0.1)
            if not self.queue and not window.runner.busy():
                break
        else:
            raise SystemExit(f"screenshot pass: still waiting for {[n for n, _ in self.queue]}")
        window.settle()
        self.wait(0.2)


def save_as(path: Path) -> Callable:
    def answer(dialog) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit

        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        if edit is None:  # not Qt's own dialog
            dialog.selectFile(str(path))
            dialog.accept()
            return
        edit.setFocus()
        edit.selectAll()
        QTest.keyClicks(edit, str(path))
        QTest.keyClick(edit, Qt.Key.Key_Return)

        def still_open() -> None:  # Return taken by the name completer's popup
            if dialog.isVisible():
                dialog.selectFile(str(path))
                dialog.accept()

        QTimer.singleShot(1500, still_open)

    return answer


def accept(dialog) -> None:
    dialog.accept()


def click(text_part: str) -> Callable:
    """Press the dialog's button whose text holds ``text_part`` (mnemonics ignored)."""

    def answer(dialog) -> None:
        from PySide6.QtWidgets import QAbstractButton

        for button in dialog.findChildren(QAbstractButton):
            if text_part.replace("&", "").lower() in button.text().replace("&", "").lower():
                button.click()
                return
        dialog.reject()

    return answer


def menu_trigger(window, action) -> None:
    """Trigger ``action`` as the menu does (queued, so a modal ``exec`` does not block us)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, action.trigger)


def conflicting_package(window, tmp: Path, shooter: Shooter) -> Path:
    """A package for the first institution, edited as its focal point would, and the same
    field edited here: merging it back brings changes and a conflict."""
    from matrix_app.domain import models as m
    from matrix_app.services.project import Project

    actions = window.exchange_actions
    package = tmp / "package.nap"
    shooter.expect("package-dialog", accept)
    shooter.expect("package-save-as", save_as(package))
    shooter.expect("package-written")
    menu_trigger(window, actions.package_action)
    shooter.settle(window)
    with Project.open(package, author="Luis Pérez") as p:
        commitments = p.rows(m.Commitment)
        first = commitments[0]
        p.update(m.Commitment, first.id, title=first.title + " (revisado)")
        p.update(m.Commitment, first.id, description=(first.description or "") + " Actualizado.")
        for indicator in p.rows(m.Indicator)[:2]:
            p.update(m.Indicator, indicator.id, unit=(indicator.unit or "") + " (Luis)")
    window.document.update(m.Commitment, first.id, "edit", title=first.title + " (v2)")
    window.settle()
    return package


def shoot(lang: str, out: Path) -> None:
    import faulthandler

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from matrix_app.domain import models as m
    from matrix_app.paths import sample_project
    from matrix_app.ui.app import make_application
    from matrix_app.ui.i18n import LanguageSetup
    from matrix_app.ui.main_window import MainWindow
    from matrix_app.ui.settings import Settings

    faulthandler.dump_traceback_later(240, exit=True)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    LanguageSetup(app, lang).install()
    shooter = Shooter(app, out)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        # the project sits where a user keeps one, in a home folder of its own, so the
        # recent list (and every path shown) reads ~/Documentos/..., not /tmp/tmpab12/...
        home = tmp / "ana"
        os.environ["HOME"] = str(home)
        project = home / "Documentos" / "Gobierno abierto" / sample_project().name
        project.parent.mkdir(parents=True)
        shutil.copyfile(sample_project(), project)
        docs = project.parent
        settings = Settings.at(tmp / "settings.ini")
        settings.add_recent(project)
        window = MainWindow(settings)
        if os.environ.get("QT_QPA_PLATFORM") == "xcb":
            window.showMaximized()
        else:
            width, height = (int(v) for v in os.environ["SHOT_SIZE"].split("x"))
            window.resize(width, height)
            window.show()
        shooter.wait(1.0)
        shooter.shot(window, "start")

        shooter.expect("about")
        menu_trigger(window, window.about_action)
        shooter.settle(window)
        shooter.expect("preferences")
        menu_trigger(window, window.preferences_action)
        shooter.settle(window)

        # a file that is not a project: the error, and the project list stays
        bad = docs / "notas.nap"
        bad.write_text("not a project\n", encoding="utf-8")
        shooter.expect("open-file-dialog", save_as(bad))
        shooter.expect("open-error")
        menu_trigger(window, window.open_action)
        shooter.settle(window)

        window.open_path(project)
        window.settle()
        shooter.settle(window)
        shooter.shot(window, "dashboard")
        dash = window.dashboard
        search = getattr(dash, "search", None) or getattr(dash, "filter_edit", None)
        if search is not None:
            QTest.keyClicks(search, "zzzz")
            shooter.shot(window, "dashboard-nothing-found")
            search.clear()

        window.quality_dock.show()
        window.resizeDocks([window.quality_dock], [230], Qt.Orientation.Vertical)
        shooter.wait(0.3)
        shooter.shot(window, "quality-panel")
        window.quality_dock.hide()

        commitment = next(c for c in window.document.project.rows(m.Commitment) if c.code == "4")
        window.tree.select(commitment.id)
        window.settle()
        editor = window.editor
        for key, tab in editor.tabs.items():
            editor.tab_widget.setCurrentWidget(tab)
            if key == "indicators" and tab.list_model.rowCount():
                tab.select("indicator", tab.list_model.row_at(0).id)
            if key == "evidence":
                files = [e for e in editor.data.evidence if e.kind == "file"]
                if files:
                    tab.select("evidence", files[0].id)
            window.settle()
            shooter.shot(window, f"commitment-{key}")
        editor.tab_widget.setCurrentWidget(editor.tabs["overview"])
        end = editor.tabs["overview"].fields["end_date"]
        end.setFocus()
        end.selectAll()
        QTest.keyClicks(end, "2013-01-01")
        QTest.keyClick(end, Qt.Key.Key_Return)
        window.settle()
        shooter.shot(window, "error-banner")
        QTest.keyClick(end, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        window.settle()

        # Excel: export (file dialog, done), then the import wizard's pages
        workbook = docs / "matriz.xlsx"
        shooter.expect("excel-export-save-as", save_as(workbook))
        shooter.expect("excel-export-done")
        menu_trigger(window, window.excel_actions.export_action)
        shooter.settle(window)
        import_wizard(window, shooter, workbook)

        # report: the dialog, the work, the question at the end
        shooter.expect("report-dialog", accept)
        shooter.expect("report-done")
        menu_trigger(window, window.report_action.action)
        shooter.settle(window, timeout=180)
        shooter.expect("publish-dialog")
        menu_trigger(window, window.publish_action.action)
        shooter.settle(window)

        package = conflicting_package(window, docs, shooter)
        shooter.expect("merge-open-file", save_as(package))
        shooter.expect("merge-summary", click(app.translate("Exchange", "&Resolve conflicts…")))
        shooter.expect("merge-conflicts")
        menu_trigger(window, window.exchange_actions.merge_action)
        shooter.settle(window)
        # Edit › Undo merge… is offered once edits follow the merge
        window.document.update(m.Commitment, commitment.id, "edit", title=commitment.title + " ·")
        window.settle()
        undo_merge = window.exchange_actions.undo_merge_action
        if not undo_merge.isEnabled():
            raise SystemExit("screenshot pass: the merge left nothing to undo")
        shooter.expect("undo-merge-question")
        menu_trigger(window, undo_merge)
        shooter.settle(window)

        window.banner.show_reason("locked")
        shooter.shot(window, "read-only-banner")
        window.banner.show_reason(None)

        shooter.expect("new-project-save-as", save_as(docs / "nuevo.nap"))
        menu_trigger(window, window.new_action)
        shooter.settle(window)
        shooter.shot(window, "new-project")
        # a plan and a commitment with nothing in them yet: every tab's empty state
        window.tree.add_plan()
        window.settle()
        shooter.shot(window, "new-plan-dashboard")
        window.tree.add_commitment()
        window.settle()
        editor = window.editor
        if editor is not None:
            for key, tab in editor.tabs.items():
                editor.tab_widget.setCurrentWidget(tab)
                window.settle()
                shooter.shot(window, f"empty-{key}")
        window.close()
        window.runner.wait()


def import_wizard(window, shooter: Shooter, workbook: Path) -> None:
    from PySide6.QtWidgets import QWizard

    window.excel_actions.import_action.trigger()
    wizard = window.excel_actions.wizard
    shooter.wait(1.5)
    shooter.shot(wizard, "excel-import-file-empty")
    page = wizard.currentPage()
    page.path_edit.setText(str(workbook))
    shooter.shot(wizard, "excel-import-file-matrix")
    wizard.button(QWizard.WizardButton.NextButton).click()
    shooter.settle(window)
    shooter.shot(wizard, "excel-import-preview-matrix")
    wizard.restart()
    logframe = ROOT / "tests" / "data" / "excel_formats" / "handmade_hoja1.xlsx"
    wizard.currentPage().path_edit.setText(str(logframe))
    shooter.shot(wizard, "excel-import-file-other")
    wizard.button(QWizard.WizardButton.NextButton).click()
    shooter.settle(window)
    shooter.shot(wizard, "excel-import-mapping")
    wizard.button(QWizard.WizardButton.NextButton).click()
    shooter.settle(window)
    shooter.shot(wizard, "excel-import-preview-other")
    wizard.reject()
    shooter.wait(0.3)


# -- the README's pictures: a few of the 1280x800 ones ------------------------------------
#: README name (``{lang}`` filled in) <- the pass's screen name
README_PICTURES = {
    "start_{lang}.png": "start",
    "dashboard_{lang}.png": "dashboard",
    "quality_{lang}.png": "quality-panel",
    "commitment-overview-{lang}.png": "commitment-overview",
    "commitment-logframe-{lang}.png": "commitment-logframe",
    "commitment-indicators-{lang}.png": "commitment-indicators",
    "commitment-evidence-{lang}.png": "commitment-evidence",
    "commitment-narratives-{lang}.png": "commitment-narratives",
    "commitment-history-{lang}.png": "commitment-history",
    "excel-import-{lang}.png": "excel-import-mapping",
    "merge-summary-{lang}.png": "merge-summary",
    "merge-conflicts-{lang}.png": "merge-conflicts",
}


def copy_readme_pictures(out: Path, langs: list[str], screens: list[str] | None = None) -> None:
    """Copy the README's pictures (only those of ``screens``, e.g. ["start"], when given)."""
    target = ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        shots = {p.stem.split("-", 1)[1]: p for p in (out / "1280x800" / lang).glob("*.png")}
        for name, screen in README_PICTURES.items():
            if screens and screen not in screens:
                continue
            shutil.copyfile(shots[screen], target / name.format(lang=lang))
            print(target / name.format(lang=lang))


# -- the parent: X servers and one process per language ----------------------------------
def start_display(size: str, number: int) -> tuple[list[subprocess.Popen], dict]:
    """An Xvfb screen of ``size`` with openbox on it; ([], offscreen env) without them."""
    if not (shutil.which("Xvfb") and shutil.which("openbox")):
        return [], {"QT_QPA_PLATFORM": "offscreen"}
    display = f":{number}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    wm = subprocess.Popen(
        ["openbox"],
        env=dict(os.environ, DISPLAY=display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    return [wm, xvfb], {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--langs", default="en,es")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument(
        "--readme", action="store_true", help="then copy the README's pictures to docs/screenshots"
    )
    parser.add_argument(
        "--readme-only",
        default="",
        help="with --readme: only these screens' pictures, comma-separated (e.g. start)",
    )
    parser.add_argument("--child", nargs=2, metavar=("LANG", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        shoot(args.child[0], Path(args.child[1]))
        return 0
    failures = 0
    for n, size in enumerate(args.sizes.split(",")):
        procs, display_env = start_display(size, 140 + n)
        try:
            for lang in args.langs.split(","):
                env = dict(
                    os.environ,
                    **display_env,
                    SHOT_SIZE=size,
                    PYTHONPATH=str(ROOT / "src"),
                    MATRIX_AUTHOR="Ana Soto",
                )
                target = args.out / size / lang
                cmd = [sys.executable, __file__, str(args.out), "--child", lang, str(target)]
                failures += subprocess.run(cmd, env=env).returncode != 0
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(timeout=10)
    if args.readme and not failures:
        only = [name for name in args.readme_only.split(",") if name]
        copy_readme_pictures(args.out, args.langs.split(","), only or None)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

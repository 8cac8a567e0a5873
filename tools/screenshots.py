"""Screenshots of the main screens, in English and Spanish, on the sample project.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python tools/screenshots.py [OUT_DIR]

Writes ``start_<lang>.png``, ``dashboard_<lang>.png`` and ``quality_<lang>.png`` to
``docs/screenshots/`` (or OUT_DIR). Each language runs in its own process, the way the
application starts, so translators and locale are exactly what a user gets. Works on a
copy of the sample, never on the shipped file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)


def shoot(lang: str, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from matrix_app.paths import sample_project
    from matrix_app.ui.app import make_application
    from matrix_app.ui.i18n import LanguageSetup
    from matrix_app.ui.main_window import MainWindow
    from matrix_app.ui.settings import Settings

    app = make_application([])
    app.setStyle("Fusion")
    LanguageSetup(app, lang).install()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / sample_project().name
        shutil.copyfile(sample_project(), project)
        settings = Settings.at(Path(tmp) / "settings.ini")
        settings.add_recent(project)
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        QApplication.processEvents()
        window.grab().save(str(out / f"start_{lang}.png"))

        window.open_path(project)
        window.settle()
        QApplication.processEvents()
        window.grab().save(str(out / f"dashboard_{lang}.png"))

        window.quality_dock.show()
        window.resizeDocks([window.quality_dock], [230], Qt.Orientation.Vertical)
        plan = window.tree.model.plans[-1]
        window.tree.select(plan.commitments[-1].id)
        QApplication.processEvents()
        window.settle()
        QApplication.processEvents()
        window.grab().save(str(out / f"quality_{lang}.png"))
        window.close()


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--lang":
        shoot(sys.argv[2], Path(sys.argv[3]))
        return 0
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT / "src"),
        MATRIX_AUTHOR="Screenshots",
    )
    for lang in ("en", "es"):
        subprocess.run([sys.executable, __file__, "--lang", lang, str(out)], check=True, env=env)
        print(f"{out}/start_{lang}.png, dashboard_{lang}.png, quality_{lang}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

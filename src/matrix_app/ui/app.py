"""Start the desktop application: ``matrix-app [FILE]`` or ``python -m matrix_app [FILE]``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir
from .i18n import LanguageSetup, resolve_language
from .settings import APPLICATION, ORGANIZATION, Settings


def make_application(argv: list[str]) -> QApplication:
    """The QApplication (reused if one exists), named so QSettings finds our store."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    from .. import __version__

    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else "matrix-app", *argv]
    )
    icon = resources_dir() / "icons" / "matrix-app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


#: ``matrix-app --smoke-test``: build the whole window, show it, quit at once (exit 0).
SMOKE_TEST = "--smoke-test"


def run_gui(argv: list[str]) -> int:
    """Open the main window, on the project FILE given in ``argv`` if any; returns the exit code."""
    files = [a for a in argv if not a.startswith("-")]
    smoke = SMOKE_TEST in argv
    app = make_application([a for a in argv if a != SMOKE_TEST])
    settings = Settings()
    language = LanguageSetup(app, resolve_language(settings.language)).install()

    from .main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    if smoke:
        return _smoke_test(app, window, language)
    if files:
        path = Path(files[0])
        QTimer.singleShot(0, lambda: window.open_path(path))
    code = app.exec()
    language.remove()
    return int(code)


def _smoke_test(app: QApplication, window, language: LanguageSetup) -> int:
    """Prove an installed bundle starts: Qt platform, widgets, translations, main window.

    Run by packaging/build_and_check.sh against the frozen executable; prints one line and
    quits through the event loop, as closing the window would.
    """
    QTimer.singleShot(0, window.close)
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    print(
        f"smoke test: window {window.objectName() or 'main'} shown on "
        f"{app.platformName()}, language {language.lang}, "
        f"{len(language.translators)} translation catalogues"
    )
    language.remove()
    return int(code)

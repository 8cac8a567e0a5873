"""Start the desktop application: ``matrix-app [FILE]`` or ``python -m matrix_app [FILE]``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..paths import is_sample_project, resources_dir
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
        QTimer.singleShot(0, lambda: open_given(window, path, language.lang))
    code = app.exec()
    language.remove()
    return int(code)


#: Printed when ``matrix-app FILE`` names the bundled sample (en, es).
SAMPLE_COPY_NOTE = {
    "en": "The sample project opens as your own copy, {path} (the bundled file stays as it is).",
    "es": "El proyecto de ejemplo se abre como su propia copia, {path} "
    "(el archivo incluido no cambia).",
}


def open_given(window, path: Path, lang: str = "en"):
    """Open the FILE given on the command line, as the start screen would: the bundled sample
    opens as the user's own copy (said on stdout and in the status bar)."""
    if is_sample_project(path):
        print(
            SAMPLE_COPY_NOTE.get(lang, SAMPLE_COPY_NOTE["en"]).format(
                path=window.sample_copy_path()
            ),
            flush=True,
        )
        return window.open_sample()
    return window.open_path(path)


def _smoke_test(app: QApplication, window, language: LanguageSetup) -> int:
    """Prove an installed bundle starts: Qt platform, widgets, translations, main window.

    Run by packaging/build_and_check.sh against the frozen executable; prints one line and
    quits through the event loop, as closing the window would.
    """
    from .text_services import text_services_check

    QTimer.singleShot(0, window.close)
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    print(
        f"smoke test: window {window.objectName() or 'main'} shown on "
        f"{app.platformName()}, language {language.lang}, "
        f"{len(language.translators)} translation catalogues"
    )
    text_ok, text_line = text_services_check()  # the bundle's cut-down ICU data still serves
    print(text_line)
    language.remove()
    return int(code) or (0 if text_ok else 1)

"""Interface language: Qt translators, the default QLocale, and the engine's message language.

Each part of the GUI ships its own catalogue ``resources/i18n/matrix_<part>_<lang>.qm`` (the
shell, the commitment editor, feature actions...); every catalogue found for the language is
loaded, plus Qt's own ``qtbase`` catalogue for its standard dialogs and buttons.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import messages
from ..paths import resources_dir

SUPPORTED = ("en", "es")


def i18n_dir():
    return resources_dir() / "i18n"


def resolve_language(configured: str = "") -> str:
    """The setting if chosen, else MATRIX_LANG, else the system locale."""
    if configured in SUPPORTED:
        return configured
    env = os.environ.get("MATRIX_LANG", "")
    if env:
        return "es" if env.lower().startswith("es") else "en"
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def locale_for(lang: str) -> QLocale:
    """The system locale when it speaks ``lang`` (keeps its country), else a default one."""
    system = QLocale.system()
    wanted = QLocale.Language.Spanish if lang == "es" else QLocale.Language.English
    if system.language() == wanted:
        return system
    if lang == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Chile)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class LanguageSetup:
    """Installs (and can remove) everything that makes the interface speak ``lang``."""

    def __init__(self, app: QCoreApplication, lang: str) -> None:
        self.app = app
        self.lang = lang
        self.translators: list[QTranslator] = []

    def install(self) -> LanguageSetup:
        messages.set_language(self.lang)
        QLocale.setDefault(locale_for(self.lang))
        for qm in sorted(i18n_dir().glob(f"matrix_*_{self.lang}.qm")):
            self._load(str(qm.parent), qm.stem)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self.lang != "en":
            self._load(qt_dir, f"qtbase_{self.lang}")
        return self

    def _load(self, folder: str, name: str) -> None:
        translator = QTranslator(self.app)
        if translator.load(name, folder):
            self.app.installTranslator(translator)
            self.translators.append(translator)

    def remove(self) -> None:
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators.clear()
        messages.set_language(None)
        QLocale.setDefault(QLocale.system())

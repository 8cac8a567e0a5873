"""The commitment editor: overview, logframe matrix, indicators, evidence, narratives, history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ...paths import resources_dir


def install_translator(lang: str) -> QTranslator | None:
    """Load the editor's translation (resources/i18n/matrix_commitment_<lang>.qm) into the
    running application; None when the file is missing. English has one too: the singular
    and plural forms of the messages with a count ("1 change", "2 changes")."""
    translator = QTranslator(QCoreApplication.instance())
    path = resources_dir() / "i18n" / f"matrix_commitment_{lang}.qm"
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator

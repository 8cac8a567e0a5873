"""Whether a piece of evidence may be published: the column, the choice and the question.

``Evidence.public``: True may be published, False is internal, None is not decided yet (a
link counts as public, a file is left out of the website until someone decides). A link
added here starts public; attaching files asks once for the files attached together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from .table_model import Column


def choices() -> list[tuple[bool, str]]:
    return [
        (True, QCoreApplication.translate("EvidencePublic", "Public")),
        (False, QCoreApplication.translate("EvidencePublic", "Internal")),
    ]


def not_decided() -> str:
    return QCoreApplication.translate("EvidencePublic", "Not decided")


def column() -> Column:
    """The evidence list's "Publication" column, edited with a pick list."""
    return Column(
        "public",
        QCoreApplication.translate("EvidencePublic", "Publication"),
        "choice",
        editable=True,
        blank=not_decided(),
        choices=choices,
    )


def combo() -> QComboBox:
    """The same choice for the details of the selected evidence."""
    box = QComboBox()
    box.addItem(not_decided(), None)
    for value, text in choices():
        box.addItem(text, value)
    box.setToolTip(
        QCoreApplication.translate(
            "EvidencePublic",
            "Public evidence goes on the website and in the open data; internal evidence "
            "does not. A file not decided yet is left out; a link counts as public.",
        )
    )
    return box


def ask(parent: QWidget, names: list[str]) -> bool | None:
    """May the files ``names`` be published? True, False, or None (decide later)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EvidencePublic", "Publish the evidence?"))
    shown = "\n".join(f"• {n}" for n in names[:8])
    if len(names) > 8:
        shown += "\n…"
    box.setText(
        QCoreApplication.translate(
            "EvidencePublic",
            "May these files be published on the website and in the open data?",
        )
        + "\n\n"
        + shown
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EvidencePublic",
            "You can change this later in the Publication column. Files not decided are "
            "left out of the website.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("EvidencePublic", "&Public"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(
        QCoreApplication.translate("EvidencePublic", "&Internal"), QMessageBox.ButtonRole.NoRole
    )
    later = box.addButton(
        QCoreApplication.translate("EvidencePublic", "Decide &later"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(no)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is yes:
        return True
    if clicked is no:
        return False
    return None

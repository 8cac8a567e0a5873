"""Content translations as the GUI edits them: one twin editor per translatable field.

Why a "translations" mode that doubles the fields, rather than a button per field: a
translation is usually made in one sitting (before a report or the website goes out) by
someone who goes through a whole commitment; with the mode on, every translatable text has
its twin right below it, marked with the language, and Tab walks original, translation,
next original... With the mode off (the focal point's daily work) the screen is exactly
as before. Tables show the translation as an extra column.

Every edit is a Document command on a ``Translation`` row (create, update, or delete when
emptied), so it is journaled, undoable and travels in packages like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain import models as m
from ..commitment import labels
from ..commitment.widgets import TextEdit, set_editable, set_value
from ..document import EditCommand

if TYPE_CHECKING:
    from ...services.project import Project
    from ..document import Document


def other_lang(project: Project) -> str:
    """The language translations are written in: not the project's own."""
    from ...services import translations

    return translations.other_lang(translations.content_lang(project))


def language_name(lang: str) -> str:
    if lang == "en":
        return QCoreApplication.translate("Translations", "English")
    return QCoreApplication.translate("Translations", "Spanish")


class TranslationIndex:
    """The live translations into ``lang`` of some rows, by (entity, row id, field)."""

    def __init__(self, rows: list[m.Translation], lang: str) -> None:
        self.lang = lang
        self._rows = {(t.entity, t.row_id, t.field): t for t in rows if t.lang == lang}

    @classmethod
    def load(cls, project: Project, lang: str, **where: Any) -> TranslationIndex:
        return cls(project.rows(m.Translation, lang=lang, **where), lang)

    @classmethod
    def for_commitment(cls, project: Project, commitment_id: str) -> TranslationIndex:
        """A commitment's own translations and those of the institutions (shared rows)."""
        lang = other_lang(project)
        rows = project.rows(m.Translation, lang=lang, commitment_id=commitment_id)
        rows += project.rows(m.Translation, lang=lang, entity="institution")
        return cls(rows, lang)

    def row(self, entity: str, row_id: str, field: str) -> m.Translation | None:
        return self._rows.get((entity, row_id, field))

    def text(self, entity: str, row_id: str, field: str) -> str:
        row = self.row(entity, row_id, field)
        return row.text if row is not None else ""


#: The key suffix of a table column that shows a field's translation.
TRANSLATED = "_translation"


def translated_header(header: str, lang: str) -> str:
    """A table column of translations: "Narrative summary (EN)"."""
    return f"{header} ({lang.upper()})"


def undo_text(entity: str, field: str, lang: str) -> str:
    """ "Edit English translation of commitment title"."""
    return (
        QCoreApplication.translate("Translations", "Edit %1 translation of %2 %3")
        .replace("%1", language_name(lang))
        .replace("%2", labels.entity_label(entity))
        .replace("%3", labels.field_label(field))
    )


class TranslationCommand(EditCommand):
    """Set (or clear) one translation through the translations service; undo puts back the
    text it replaced (the service revives the same row: one id per translated field)."""

    def __init__(
        self, doc: Document, entity: str, row_id: str, field: str, lang: str, text: str, what: str
    ) -> None:
        super().__init__(doc, what)
        self.key = (entity, row_id, field, lang)
        self.text = text
        self.before: str | None = None

    def _set(self, text: str | None) -> str | None:
        from ...services import translations

        with self.doc.project.write() as w:
            before = translations.set_in(w, *self.key, text)
        self.doc.notify(m.Translation)
        return before

    def do(self) -> None:
        self.before = self._set(self.text)

    def undo_edit(self) -> None:
        self._set(self.before)


def save_translation(
    doc: Document,
    index: TranslationIndex,
    entity: str,
    row_id: str,
    field: str,
    text: str,
    commitment_id: str | None = None,
) -> bool:
    """Store ``text`` as the translation of ``entity.field`` of ``row_id``: one undoable edit.

    An emptied translation is cleared (the field has none again); the same text is no edit.
    (``commitment_id`` is the service's to work out; it is taken for the callers' symmetry.)
    """
    text = text.strip()
    if text == index.text(entity, row_id, field):
        return False
    what = undo_text(entity, field, index.lang)
    return doc.push(TranslationCommand(doc, entity, row_id, field, index.lang, text, what))


class LanguageTag(QLabel):
    """A small badge naming the language of the editor beside it ("EN")."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang.upper(), parent)
        self.setToolTip(
            QCoreApplication.translate("Translations", "%1 translation").replace(
                "%1", language_name(lang)
            )
        )
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet(
            "QLabel { background: #dfe9f7; color: #1d3f72; border-radius: 3px;"
            " padding: 2px 4px; font-weight: bold; }"
        )

    def set_lang(self, lang: str) -> None:
        self.setText(lang.upper())
        self.setToolTip(
            QCoreApplication.translate("Translations", "%1 translation").replace(
                "%1", language_name(lang)
            )
        )


class Twin(QWidget):
    """The translation editor under a field: a language tag and an editor of the same kind."""

    def __init__(self, original: QWidget, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.tag = LanguageTag(lang)
        if isinstance(original, TextEdit):
            lines = max(2, round((original.minimumHeight() - 14) / original.fontMetrics().height()))
            self.edit: QLineEdit | TextEdit = TextEdit(lines=min(lines, 3))
            self.edit.setMaximumHeight(original.maximumHeight())
        else:
            self.edit = QLineEdit()
        self.lang = ""
        self.base_name = original.accessibleName()
        self.set_lang(lang)
        row.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.edit, 1)

    def set_lang(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        self.tag.set_lang(lang)
        what = QCoreApplication.translate("Translations", "%1 translation").replace(
            "%1", language_name(lang)
        )
        self.edit.setPlaceholderText(what)
        self.edit.setToolTip(what)
        self.edit.setAccessibleName(f"{self.base_name} ({what})" if self.base_name else what)

    def value(self) -> str:
        edit = self.edit
        return edit.toPlainText() if isinstance(edit, TextEdit) else edit.text()


class TwinFields:
    """The twins of one form: where each field's translation is, shown only in the mode.

    ``add`` wraps a field's editor with its twin below it (put the returned widget in the
    form where the editor went); ``load`` shows the stored translations of ``row_id``.
    """

    def __init__(self, doc: Callable[[], Document], lang: str = "en") -> None:
        self._doc = doc
        self.lang = lang
        self.visible = False
        self.read_only = False
        self.index = TranslationIndex([], lang)
        self.row_id: str | None = None
        self.commitment_id: str | None = None
        self.twins: dict[tuple[str, str], Twin] = {}

    def add(self, entity: str, field: str, original: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(original)
        twin = Twin(original, self.lang)
        twin.setVisible(self.visible)
        column.addWidget(twin)
        twin.edit.editingFinished.connect(lambda e=entity, f=field: self.commit(e, f))
        self.twins[(entity, field)] = twin
        box.setFocusProxy(original)
        return box

    def twin(self, field: str, entity: str | None = None) -> Twin:
        if entity is not None:
            return self.twins[(entity, field)]
        return next(t for (_e, f), t in self.twins.items() if f == field)

    def load(
        self, index: TranslationIndex, row_id: str | None, commitment_id: str | None = None
    ) -> None:
        self.index, self.row_id, self.commitment_id = index, row_id, commitment_id
        self.lang = index.lang
        for (entity, field), twin in self.twins.items():
            twin.set_lang(index.lang)
            text = index.text(entity, row_id, field) if row_id else ""
            set_value(twin.edit, text)
        self.set_read_only(self.read_only)

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        for twin in self.twins.values():
            twin.setVisible(visible)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        waiting = QCoreApplication.translate("Translations", "Write the text first")
        for twin in self.twins.values():
            set_editable(twin.edit, not read_only and self.row_id is not None)
            twin.edit.setPlaceholderText(waiting if self.row_id is None else twin.edit.toolTip())

    def commit(self, entity: str, field: str) -> None:
        if self.read_only or self.row_id is None:
            return
        twin = self.twins[(entity, field)]
        saved = save_translation(
            self._doc(),
            self.index,
            entity,
            self.row_id,
            field,
            twin.value(),
            self.commitment_id,
        )
        if not saved:  # nothing changed or refused: show what is stored
            set_value(twin.edit, self.index.text(entity, self.row_id, field))

"""Translations: a user-entered text of a row in the language that is not the project's own.

The project's texts are written in its content language (Meta ``content_lang``, Spanish
unless set); a report or website in the other language prints a translation where there is
one and the original where there is not, and says so. A translation is an ordinary
journaled row (``models.Translation``) whose id is derived from what it translates, so
setting, clearing and setting again is one row that an undo, a merge and a package all see.

Undo: ``set_translation`` returns the text it replaced (None when there was none); setting
that back (None clears) is the undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from ..domain import models as m
from ..domain.vocabulary import LANGUAGES
from .project import Project, Writer
from .values import InvalidValue, coerce

CONTENT_LANG_KEY = "content_lang"
DEFAULT_CONTENT_LANG = "es"


def content_lang(project: Project) -> str:
    """The language the project's texts are written in ("es" unless set)."""
    value = project.meta(CONTENT_LANG_KEY, DEFAULT_CONTENT_LANG)
    return value if value in LANGUAGES else DEFAULT_CONTENT_LANG


def set_bilingual(project: Project, on: bool) -> None:
    """Ask (or stop asking) the quality panel to list texts lacking a translation even
    before the first one is entered; with any translation it lists them anyway."""
    from .translation_findings import BILINGUAL_KEY

    with project.write() as w:
        w.set_meta(BILINGUAL_KEY, "1" if on else "0")


def other_lang(lang: str) -> str:
    return "en" if lang == "es" else "es"


def set_content_lang(project: Project, lang: str) -> str:
    """Say which language the project's texts are in; returns the previous one (the undo)."""
    _check_lang(lang)
    before = content_lang(project)
    with project.write() as w:
        w.set_meta(CONTENT_LANG_KEY, lang)
    return before


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise InvalidValue("vocabulary", value=lang, field="lang", allowed=", ".join(LANGUAGES))


def _check_target(entity: str, fieldname: str) -> type[m.Row]:
    if entity not in m.TRANSLATABLE_TABLES:
        raise InvalidValue(
            "vocabulary", value=entity, field="entity", allowed=", ".join(m.TRANSLATABLE_TABLES)
        )
    if (entity, fieldname) not in m.TRANSLATABLE:
        raise InvalidValue("unknown_field", entity=entity, field=fieldname)
    return m.ENTITIES[entity]


def commitment_of(row: m.Row) -> str | None:
    """The commitment a translated row belongs to (what a package selects it by)."""
    if isinstance(row, m.Commitment):
        return row.id
    cfield = type(row).commitment_field
    return getattr(row, cfield) if cfield else None


def _find(s: Session, entity: str, row_id: str, fieldname: str, lang: str) -> m.Translation | None:
    """The translation row of that key: the derived id, else (a file made elsewhere) the
    live row with that key; tombstoned rows too, so that setting again revives it."""
    row = s.get(m.Translation, m.translation_id(entity, row_id, fieldname, lang))
    if row is not None:
        return row
    q = select(m.Translation).where(
        m.Translation.entity == entity,
        m.Translation.row_id == row_id,
        m.Translation.field == fieldname,
        m.Translation.lang == lang,
    )
    return s.exec(q.order_by(col(m.Translation.deleted_at).is_not(None))).first()


def get(s: Session, entity: str, row_id: str, fieldname: str, lang: str) -> str | None:
    """The live translation of ``entity.field`` of ``row_id`` into ``lang``, or None."""
    row = _find(s, entity, row_id, fieldname, lang)
    return None if row is None or row.deleted_at else row.text


def set_in(
    w: Writer, entity: str, row_id: str, fieldname: str, lang: str, text: str | None
) -> str | None:
    """``set_translation`` inside an open write (one transaction with other edits)."""
    cls = _check_target(entity, fieldname)
    _check_lang(lang)
    current = w.s.get(m.Meta, CONTENT_LANG_KEY)
    own = current.value if current and current.value in LANGUAGES else DEFAULT_CONTENT_LANG
    if lang == own:
        raise InvalidValue("same_lang", lang=lang)
    translated = w.get(cls, row_id)  # live, or "does not exist"
    value = coerce(m.Translation, "text", text or "")
    row = _find(w.s, entity, row_id, fieldname, lang)
    before = None if row is None or row.deleted_at else row.text
    if not value.strip():
        if before is not None and row is not None:
            w.delete(m.Translation, row.id)
        return before
    if row is None:
        w.create(
            m.Translation,
            id=m.translation_id(entity, row_id, fieldname, lang),
            entity=entity,
            row_id=row_id,
            field=fieldname,
            lang=lang,
            text=value,
            commitment_id=commitment_of(translated),
        )
        return None
    w.revive(row)
    w.update(m.Translation, row.id, text=value, commitment_id=commitment_of(translated))
    return before


def set_translation(
    project: Project, entity: str, row_id: str, fieldname: str, lang: str, text: str | None
) -> str | None:
    """Set (or, with empty ``text``, clear) a translation; returns the text it replaced."""
    with project.write() as w:
        return set_in(w, entity, row_id, fieldname, lang, text)


def clear(project: Project, entity: str, row_id: str, fieldname: str, lang: str) -> str | None:
    """Remove a translation (a tombstone, like every delete); returns the text it had."""
    return set_translation(project, entity, row_id, fieldname, lang, None)


@dataclass
class Translations:
    """Every live translation of a project, loaded once for a report or a website."""

    content_lang: str = DEFAULT_CONTENT_LANG
    texts: dict[tuple[str, str, str, str], str] = field(default_factory=dict)

    def translated(self, obj: m.Row, fieldname: str, lang: str) -> tuple[str, bool]:
        """(text to print in ``lang``, whether it *is* in ``lang``): the original when
        ``lang`` is the content language, else the translation, else the original (False)."""
        original = getattr(obj, fieldname) or ""
        if lang == self.content_lang or not original.strip():
            return original, True
        key = (type(obj).__tablename__, obj.id, fieldname, lang)
        text = self.texts.get(key)
        return (text, True) if text is not None else (original, False)

    def __len__(self) -> int:
        return len(self.texts)


def load(project: Project) -> Translations:
    """The project's live translations and content language."""
    with project.read() as s:
        rows = s.exec(select(m.Translation).where(col(m.Translation.deleted_at).is_(None)))
        texts = {(r.entity, r.row_id, r.field, r.lang): r.text for r in rows}
    return Translations(content_lang(project), texts)


def translated(
    obj: m.Row, fieldname: str, lang: str, index: Translations | None = None
) -> tuple[str, bool]:
    """(text, is in ``lang``) for ``obj.field``; ``index`` from ``load`` (without one, only
    the content language's original is known: Spanish texts count as Spanish)."""
    return (index or Translations()).translated(obj, fieldname, lang)


@dataclass(frozen=True)
class Missing:
    """A text with no translation into the asked language."""

    entity: str
    row_id: str
    field: str
    commitment_id: str | None
    text: str


def missing(project: Project, lang: str, index: Translations | None = None) -> list[Missing]:
    """Non-empty texts of live rows with no live translation into ``lang`` (none when
    ``lang`` is the content language), in table order."""
    index = index or load(project)
    if lang == index.content_lang:
        return []
    out: list[Missing] = []
    with project.read() as s:
        for table in m.TRANSLATABLE_TABLES:
            cls = m.ENTITIES[table]
            names = m.text_fields(table)
            for row in s.exec(select(cls).where(col(cls.deleted_at).is_(None))):
                for name in names:
                    text: Any = getattr(row, name)
                    if text and text.strip() and (table, row.id, name, lang) not in index.texts:
                        out.append(Missing(table, row.id, name, commitment_of(row), text))
    return out

"""The same plan on two sheets in two languages (a Spanish sheet and its English
translation, same layout): imported once, from the first sheet; the other sheet is known as
its translation - the same commitment codes in the same order, the same milestones with the
same dates and progress, other texts - and its titles and milestone texts are stored as
translations (``models.Translation``) of the first sheet's, never as second commitments.
Its institution names are not imported (the lead is the first sheet's), and it says so."""

from __future__ import annotations

from typing import Any

from ...domain import models as m
from .errors import ProblemList
from .parse import normalize

_WORDS = {
    "es": {"de", "la", "el", "los", "las", "y", "del", "para", "en", "con", "por", "un", "una"},
    "en": {"the", "of", "and", "for", "to", "in", "on", "with", "by", "a", "an", "up"},
}


def text_lang(mxs: list[Any]) -> str:
    """The language (``vocabulary.LANGUAGES``) most of the sheet's small words are in, or ""."""
    words = [w for t in _texts(mxs) for w in t.split()]
    hits = {lang: sum(w in small for w in words) for lang, small in _WORDS.items()}
    best = max(hits, key=hits.__getitem__)
    return best if hits[best] > min(hits.values()) else ""


def _shape(mxs: list[Any]) -> list[Any]:
    return [
        (mx.code, [(r.level, r.start_date, r.end_date, r.progress) for r in mx.rows]) for mx in mxs
    ]


def _texts(mxs: list[Any]) -> list[str]:
    return [normalize(t) for mx in mxs for t in (mx.title, *(r.narrative for r in mx.rows))]


def split_translations(matrices: list[Any]) -> tuple[list[Any], dict[str, tuple[str, list[Any]]]]:
    """The matrices to stage and, per translated sheet, (the sheet it translates, its
    matrices): a later sheet whose commitments have the codes, rows, dates and progress of an
    earlier sheet's and none of its texts."""
    by_sheet: dict[str, list[Any]] = {}
    for mx in matrices:
        by_sheet.setdefault(mx.sheet, []).append(mx)
    sheets = list(by_sheet)
    translated: dict[str, tuple[str, list[Any]]] = {}
    for i, later in enumerate(sheets):
        for first in sheets[:i]:
            if first in translated:
                continue
            a, b = by_sheet[first], by_sheet[later]
            coded = all(mx.code for mx in a)
            if coded and _shape(a) == _shape(b) and not set(_texts(a)) & set(_texts(b)):
                translated[later] = (first, b)
                break
    return [mx for mx in matrices if mx.sheet not in translated], translated


def stage_translations(
    stager: Any,
    staged_of: dict[int, tuple[str, list[Any]]],
    translated: dict[str, tuple[str, list[Any]]],
    matrices: list[Any],
    own: str,
    problems: ProblemList,
) -> None:
    """A translation row for each title and milestone of a translated sheet, of the row the
    first sheet staged (``staged_of``: id(matrix) -> (commitment id, its staged results)),
    in the sheet's language; a sheet in the project's own language ``own`` (or in none
    known) gives none, and the import says so."""
    for sheet, (first, theirs) in translated.items():
        lang = text_lang(theirs)
        if lang in ("", own):
            problems.add(sheet, None, None, sheet, "translated_sheet_unused", warning=True,
                         first=first, lang=own)  # fmt: skip
            continue
        ours = [mx for mx in matrices if mx.sheet == first]
        for mine, other in zip(ours, theirs, strict=True):
            cid, results = staged_of[id(mine)]
            pairs = [("commitment", cid, "title", other.title, other.row)]
            pairs += [("result", st.id, "narrative", r.narrative, r.row)
                      for st, r in zip(results, other.rows, strict=True)]  # fmt: skip
            for entity, row_id, field, text, row in pairs:
                stager.add("translation", {
                    "id": m.translation_id(entity, row_id, field, lang), "entity": entity,
                    "row_id": row_id, "field": field, "lang": lang, "text": text,
                    "commitment_id": cid,
                }, sheet, row)  # fmt: skip
        problems.add(sheet, None, None, sheet, "translated_sheet", warning=True, first=first)

"""Field values: checking vocabularies and types, and their JSON form for the journal."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from typing import Any

from ..domain import limits
from ..domain import models as m
from ..domain import vocabulary as v
from ..messages import MatrixError


class InvalidValue(MatrixError):
    TEMPLATES = {
        "vocabulary": (
            "“{value}” is not a valid {field}; use one of: {allowed}.",
            "“{value}” no es un valor válido para {field}; use uno de: {allowed}.",
        ),
        "number": (
            "“{value}” is not a number ({field}).",
            "“{value}” no es un número ({field}).",
        ),
        "date": (
            "“{value}” is not a date ({field}); write it as YYYY-MM-DD.",
            "“{value}” no es una fecha ({field}); escríbala como AAAA-MM-DD.",
        ),
        "unknown_field": (
            "{entity} has no field “{field}”.",
            "{entity} no tiene el campo “{field}”.",
        ),
        "missing_row": (
            "The {entity} {id} does not exist (it may have been deleted).",
            "El registro {entity} {id} no existe (puede haber sido eliminado).",
        ),
        "bad_parent": (
            "A {level} cannot be placed under a {parent}.",
            "Un(a) {level} no puede ir bajo un(a) {parent}.",
        ),
        "dates_order": (
            "The end date {end} is before the start date {start}.",
            "La fecha de término {end} es anterior a la de inicio {start}.",
        ),
        "too_large": (
            "“{name}” is {size} MB; evidence files can be at most {limit} MB. "
            "Store a link to it instead.",
            "“{name}” pesa {size} MB; los archivos de evidencia pueden pesar hasta {limit} MB. "
            "Guarde en su lugar un enlace.",
        ),
        "unreadable": ("Cannot read {name}: {detail}.", "No se puede leer {name}: {detail}."),
        "gone": (
            "“{name}” is no longer there (moved, renamed or deleted?), so it was not attached.",
            "“{name}” ya no está (¿se movió, se renombró o se eliminó?), por eso no se adjuntó.",
        ),
        "empty_title": ("The {field} cannot be empty.", "El campo {field} no puede quedar vacío."),
        "same_lang": (
            "The project's texts are written in “{lang}”; a translation is into the other "
            "language.",
            "Los textos del proyecto están escritos en “{lang}”; una traducción es al otro idioma.",
        ),
        "not_image": (
            "“{name}” is not a PNG or JPEG image; the report's logo must be one.",
            "“{name}” no es una imagen PNG o JPEG; el logotipo del informe debe serlo.",
        ),
        "too_long": (
            "The {field} has {length} characters; the most a text can hold is {limit}.",
            "El campo {field} tiene {length} caracteres; un texto puede tener como máximo {limit}.",
        ),
    }


#: Vocabulary constraint per (table, field) (kept in the domain: opening checks it too).
VOCAB = v.FIELD_VOCAB


@functools.cache
def field_kind(cls: type[m.Row], field: str) -> str:
    """'date', 'float', 'int', 'bool' or 'str' - the storage kind of a column."""
    ann = cls.model_fields[field].annotation
    text = str(ann)
    for kind, marker in (
        ("date", "datetime.date"),
        ("float", "float"),
        ("bool", "bool"),
        ("int", "int"),
    ):
        if marker in text:
            return kind
    return "str"


@functools.cache
def is_nullable(cls: type[m.Row], field: str) -> bool:
    text = str(cls.model_fields[field].annotation)
    return "Optional" in text or "None" in text


def _required(cls: type[m.Row], field: str) -> Any:
    default = cls.model_fields[field].default
    if default is None or default.__class__.__name__ == "PydanticUndefinedType":
        raise InvalidValue("empty_title", field=field)
    return default


@functools.cache
def _editable(cls: type[m.Row]) -> frozenset[str]:
    return frozenset(cls.model_fields) - m.BOOKKEEPING


@functools.cache
def _allowed(table: str, field: str) -> tuple[str, ...] | None:
    vocab = VOCAB.get((table, field))
    return None if vocab is None else tuple(e.value for e in vocab)


def coerce(cls: type[m.Row], field: str, value: Any) -> Any:
    """Check and convert one value for ``cls.field``; raises InvalidValue with the reason.

    Called for every imported cell, so what it needs to know of a column is cached."""
    table = cls.__tablename__
    if field not in _editable(cls):
        raise InvalidValue("unknown_field", entity=table, field=field)
    kind = field_kind(cls, field)
    nullable = is_nullable(cls, field)
    if value is None or (isinstance(value, str) and not value.strip() and kind != "str"):
        if nullable:
            return None
        return "" if kind == "str" else _required(cls, field)
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise InvalidValue("date", value=value, field=field) from None
    if kind == "float":
        if isinstance(value, bool):
            raise InvalidValue("number", value=value, field=field)
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise InvalidValue("number", value=value, field=field) from None
        if math.isnan(number) or math.isinf(number):
            raise InvalidValue("number", value=value, field=field)
        return number
    if kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise InvalidValue("number", value=value, field=field) from None
    if kind == "bool":
        return bool(value)
    text = str(value)
    if len(text) > limits.MAX_TEXT_CHARS:
        raise InvalidValue(
            "too_long", field=field, length=f"{len(text):,}", limit=f"{limits.MAX_TEXT_CHARS:,}"
        )
    allowed = _allowed(table, field)
    if allowed is not None:
        if text not in allowed:
            raise InvalidValue("vocabulary", value=text, field=field, allowed=", ".join(allowed))
    return text


def to_json(value: Any) -> str:
    """The journal's text form of a field value."""
    if isinstance(value, dt.date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def from_json(cls: type[m.Row], field: str, text: str | None) -> Any:
    if text is None:
        return None
    return coerce(cls, field, json.loads(text)) if field in cls.model_fields else json.loads(text)


def row_fields(row: m.Row) -> dict[str, Any]:
    """Content fields of a row as JSON-ready values."""
    out = {}
    for name in m.content_fields(type(row)):
        value = getattr(row, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out

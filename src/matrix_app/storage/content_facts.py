"""What the content check needs to know of the models, read from them (SQLAlchemy, SQLModel).

Opening a file uses the stored copy (``storage/content_stored.py``, written by
``tools/schema_text.py``) so that checking a file never imports SQLAlchemy, SQLModel or the
models (about 0.6 s of CPU); ``tests/unit/test_content_stored.py`` wants the copy equal to
what ``model_facts`` reads, so a changed model fails until the copy is written again.
"""

from __future__ import annotations

from typing import Any

#: Column kinds the content check tells apart.
KINDS = ("boolean", "integer", "float", "date", "blob", "string", "other")


def column_kind(column: Any) -> str:
    """The kind of one SQLAlchemy column, as the content check's rules tell them apart."""
    from sqlalchemy import Boolean, Date, Float, Integer, LargeBinary, String
    from sqlalchemy.types import TypeDecorator

    kind = column.type
    if isinstance(kind, TypeDecorator):  # SQLModel's AutoString
        kind = kind.impl_instance
    for cls, name in (
        (Boolean, "boolean"),
        (Integer, "integer"),
        (Float, "float"),
        (Date, "date"),
        (LargeBinary, "blob"),
        (String, "string"),
    ):
        if isinstance(kind, cls):
            return name
    return "other"


def model_facts() -> dict[str, Any]:
    """TABLES, ENTITIES, CONTENT_FIELDS, TRANSLATABLE, TRANSLATABLE_TABLES as stored."""
    from sqlmodel import SQLModel

    from ..domain import models as m

    tables = {
        name: tuple(
            (
                c.name,
                column_kind(c),
                bool(c.nullable),
                tuple(sorted(f"{fk.column.table.name}.{fk.column.name}" for fk in c.foreign_keys)),
            )
            for c in table.columns
        )
        for name, table in SQLModel.metadata.tables.items()
    }
    return {
        "TABLES": tables,
        "ENTITIES": {name: cls.commitment_field for name, cls in m.ENTITIES.items()},
        "CONTENT_FIELDS": {name: tuple(m.content_fields(cls)) for name, cls in m.ENTITIES.items()},
        "TRANSLATABLE": tuple(sorted(m.TRANSLATABLE)),
        "TRANSLATABLE_TABLES": tuple(m.TRANSLATABLE_TABLES),
    }

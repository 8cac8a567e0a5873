"""Rules across rows for the tables of schema 4: what a translation, a report profile and
its logo must point to. Part of the content check (content_check.py), split out by subject.

A translation names its row by table and id rather than by a foreign key (it may be of any
of ten tables), so SQLite's foreign key check cannot see it: these queries do.
"""

from __future__ import annotations

from collections.abc import Iterator

from .content_stored import ENTITIES, TRANSLATABLE, TRANSLATABLE_TABLES

#: Magic bytes of the logo formats a report can embed.
PNG = "X'89504E470D0A1A0A'"
JPEG = "X'FFD8FF'"

REASONS = {
    "translated_row": (
        "a translation of a row that does not exist, or of a field that is not a text",
        "una traducción de un registro que no existe, o de un campo que no es un texto",
    ),
    "translation_twice": (
        "two translations of the same text into the same language",
        "dos traducciones del mismo texto al mismo idioma",
    ),
    "profile_twice": (
        "two report settings for the same plan",
        "dos configuraciones del informe para el mismo plan",
    ),
    "logo": (
        "a logo that is not a PNG or JPEG image",
        "un logotipo que no es una imagen PNG o JPEG",
    ),
}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def translatable_pairs_sql() -> str:
    """SQL list of 'table.field' a translation may name."""
    return "(" + ", ".join(_quote(f"{t}.{f}") for t, f in TRANSLATABLE) + ")"


def _commitment_of(table: str) -> str:
    """SQL for the commitment of row ``p`` of ``table`` (NULL for plan-level tables)."""
    if table == "commitment":
        return "p.id"
    cfield = ENTITIES[table]
    return f"p.{cfield}" if cfield else "NULL"


def link_queries(
    db: str, tables: set[str], only: str | None
) -> Iterator[tuple[str, str, str | None, str]]:
    """(table, reason, column, SQL yielding bad ids) for schema 4's cross-row rules."""
    near = f"t.id IN (SELECT id FROM temp.{only}) AND " if only else ""
    if "translation" in tables:
        # The row exists (live or tombstoned) in the named table, and the translation
        # belongs to the same commitment as that row (packages carry it by that).
        found = " OR ".join(
            f"(t.entity = {_quote(table)} AND EXISTS (SELECT 1 FROM {db}.{table} p "
            f"WHERE p.id = t.row_id AND t.commitment_id IS {_commitment_of(table)}))"
            for table in TRANSLATABLE_TABLES
        )
        yield (
            "translation",
            "translated_row",
            "row_id",
            f"SELECT t.id FROM {db}.translation t WHERE {near}"
            f"(t.entity || '.' || t.field NOT IN {translatable_pairs_sql()} OR NOT ({found}))",
        )
        yield (
            "translation",
            "translation_twice",
            "field",
            f"SELECT max(t.id) FROM {db}.translation t WHERE {near}t.deleted_at IS NULL "
            f"AND EXISTS (SELECT 1 FROM {db}.translation o WHERE o.deleted_at IS NULL "
            f"AND o.id != t.id AND o.entity = t.entity AND o.row_id = t.row_id "
            f"AND o.field = t.field AND o.lang = t.lang) GROUP BY t.entity, t.row_id, t.field, t.lang",
        )
    if "report_profile" in tables:
        yield (
            "report_profile",
            "profile_twice",
            "plan_id",
            f"SELECT max(t.id) FROM {db}.report_profile t WHERE {near}t.deleted_at IS NULL "
            f"AND EXISTS (SELECT 1 FROM {db}.report_profile o WHERE o.deleted_at IS NULL "
            f"AND o.id != t.id AND o.plan_id = t.plan_id) GROUP BY t.plan_id",
        )
        yield (
            "report_profile",
            "logo",
            "logo_sha256",
            f"SELECT t.id FROM {db}.report_profile t JOIN {db}.blob b "
            f"ON b.sha256 = t.logo_sha256 WHERE {near}"
            f"substr(b.data, 1, 8) != {PNG} AND substr(b.data, 1, 3) != {JPEG}",
        )

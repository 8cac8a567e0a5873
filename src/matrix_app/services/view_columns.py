"""The columns the dashboard, the tree's marks and the quality panel read, per table.

A 2,000-commitment project has 100,000 measurements, 22,000 results, 20,000 indicators and
20,000 targets; their timestamps, comments and notes are shown by none of those views, and
reading every column cost half the load (bench/gui_open.py). The other tables (plans,
commitments, institutions, their links, narratives) are small and read whole.

Kept in step with what ``CommitmentData``'s figures and ``domain.quality`` read; the test
``tests/unit/test_view_columns.py`` computes every figure from both a whole and a narrow
read of the same projects and wants them equal. The texts a translation may be of are added
when the project is bilingual (``untranslated`` treats a missing attribute as no text).
"""

from __future__ import annotations

#: table -> the columns read (besides those ``with_texts`` adds).
NARROW: dict[str, tuple[str, ...]] = {
    "result": (
        "id", "commitment_id", "parent_id", "level", "narrative", "assumptions",
        "start_date", "end_date", "progress", "position",
    ),
    "indicator": (
        "id", "result_id", "commitment_id", "name", "formula", "unit", "direction",
        "baseline_value", "baseline_date", "means_of_verification", "position",
    ),
    "target": ("id", "indicator_id", "commitment_id", "due_date", "value"),
    "target_revision": ("id", "target_id", "commitment_id", "revised_on"),
    "measurement": ("id", "indicator_id", "commitment_id", "measured_on", "value"),
    "evidence": ("id", "commitment_id", "kind", "public", "title", "file_name", "url", "note"),
}  # fmt: skip


def view_columns(text_fields: dict[str, list[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """``NARROW``, with each table's translatable texts when ``text_fields`` is given."""
    if not text_fields:
        return dict(NARROW)
    return {
        table: cols + tuple(f for f in text_fields.get(table, ()) if f not in cols)
        for table, cols in NARROW.items()
    }

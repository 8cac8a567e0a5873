"""The Translations sheet on import: what a translation row must name, and its one id.

A translation is keyed by what it translates (table, row id, field, language), so each row's
id is derived from that key (``models.translation_id``), whatever the id cell says: a row a
user adds without an id, or copies from another row, updates the translation of that text
instead of making a second one. Its commitment is that of the translated row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select as sa_select

from ...domain import models as m
from ..project import Project
from ..translations import content_lang
from .errors import ProblemList
from .layout import SHEETS
from .staging import Staged


def key_ids(staged: dict[str, list[Staged]]) -> None:
    """Give every staged translation the id of its key (before duplicates are looked for)."""
    for st in staged.get("translation", []):
        v = st.values
        if all(
            isinstance(v.get(k), str) and v.get(k) for k in ("entity", "row_id", "field", "lang")
        ):
            v["id"] = m.translation_id(v["entity"], v["row_id"].lower(), v["field"], v["lang"])
            v["row_id"] = v["row_id"].lower()


def _project_rows(project: Project, wanted: dict[str, set[str]]) -> dict[tuple[str, str], Any]:
    """Live rows ((table, id) -> commitment id) of the translated tables the sheet names."""
    out: dict[tuple[str, str], Any] = {}
    with project.read() as s:
        conn = s.connection()
        for table, ids in wanted.items():
            t = m.ENTITIES[table].__table__  # type: ignore[attr-defined]
            cfield = "id" if table == "commitment" else m.ENTITIES[table].commitment_field
            cols = [t.c.id, t.c[cfield]] if cfield else [t.c.id]
            listed = sorted(ids)
            for i in range(0, len(listed), 900):
                q = sa_select(*cols).where(
                    t.c.id.in_(listed[i : i + 900]), t.c.deleted_at.is_(None)
                )
                for r in conn.execute(q):
                    out[(table, r[0])] = r[1] if cfield else None
    return out


def check(project: Project, by_table: dict[str, dict[str, Staged]], problems: ProblemList) -> None:
    """Refuse translations of nothing, of fields that are not texts, into the project's own
    language; skip empty ones (importing never deletes); fill in the commitment."""
    rows = by_table.get("translation", {})
    if not rows:
        return
    own = content_lang(project)
    wanted: dict[str, set[str]] = {}
    for st in rows.values():
        if st.values.get("entity") in m.TRANSLATABLE_TABLES and st.values.get("row_id"):
            wanted.setdefault(st.values["entity"], set()).add(st.values["row_id"])
    known = _project_rows(project, wanted)
    for row_id, st in list(rows.items()):
        v = st.values
        entity, target = v.get("entity"), v.get("row_id") or ""
        if (entity, v.get("field")) not in m.TRANSLATABLE:
            problems.add(st.sheet, st.row, st.where("field"), v.get("field"), "not_translatable")
            continue
        if v.get("lang") == own:
            problems.add(st.sheet, st.row, st.where("lang"), v.get("lang"), "same_lang")
            continue
        if not (v.get("text") or "").strip():
            problems.add(
                st.sheet, st.row, st.where("text"), None, "empty_translation", warning=True
            )
            del rows[row_id]
            continue
        staged = by_table.get(entity, {}).get(target)
        if staged is not None:
            cfield = "id" if entity == "commitment" else m.ENTITIES[entity].commitment_field
            v["commitment_id"] = staged.values.get(cfield) if cfield else None
        elif (entity, target) in known:
            v["commitment_id"] = known[(entity, target)]
        else:
            problems.add(
                st.sheet, st.row, st.where("row_id"), target, "dangling",
                entity=SHEETS[entity][0].lower(),
            )  # fmt: skip

"""Task lists exported from project tools (Asana, Jira, Planner, ClickUp, Trello with
subtasks): one row per task, a task name column and a parent column ("Parent task",
"Parent", "Tarea principal"). A task without a parent is a commitment ("Compromiso 1: …"
gives its number), its subtasks - tied by the parent's name or ID - its milestones, in the
order listed (a subtask may come before its parent). The other columns mean what the same
header means on a follow-up sheet (``ogp_words``: "Start Date", "Due Date", "Avance (%)",
a custom field "Institución responsable" the lead) and are read as ``ogp_followup`` reads
them; a commitment's own dates and notes are its dates and description. The tool's own
columns (IDs, created / modified / completed stamps, assignee, section, tags, projects)
are listed as not imported with why."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter

from ..logframe_cells import commitment_from_cell
from ..parse import normalize
from . import ogp_words as w
from .base import Cells, Match, Matrix
from .ogp_followup import _milestone

NAME = "task_export"
_NAME = ("name", "task name", "task", "title", "card name", "summary", "nombre", "tarea",
         "nombre de la tarea", "titulo", "titre", "nom", "tache", "nom de la tache", "nome",
         "tarefa", "nome da tarefa")  # fmt: skip
_PARENT = ("parent task", "parent", "parent id", "parent name", "parent summary",
           "parent issue", "tarea principal", "tarea primaria", "tarea padre",
           "tache parente", "tache principale", "tarefa principal", "tarefa pai")  # fmt: skip
_ID = ("task id", "id", "issue key", "issue id", "key", "card id", "id de tarea",
       "id de la tarea", "id de tache")  # fmt: skip
#: The tool's own columns: listed as not imported, with why.
_TOOL = ("section/column", "section", "column", "list", "list name", "bucket", "bucket name",
         "assignee", "assignee email", "assigned to", "assigned", "completed at", "completed",
         "created at", "created", "created by", "last modified", "modified at", "updated",
         "tags", "labels", "projects", "project", "priority", "issue type", "seccion",
         "responsable asignado", "asignado a", "etiquetas", "proyectos", "fecha de creacion",
         "completada el", "cree le", "modifie le", "etiquettes", "assigne a")  # fmt: skip
_NOTES = ("notes", "description", "notas", "descripcion", "notes de la tache", "descricao")
_ROLES = ("start", "end", "period", "progress", "evidence", "institution")
WHY = ("a field of the task tool (who, when it was created, its section or tags), not of the "
       "plan", "un campo de la herramienta de tareas (quién, cuándo se creó, su sección o "
       "etiquetas), no del plan")  # fmt: skip
NOTES_WHY = ("a milestone has no notes field; write it in the commitment's narrative",
             "un hito no tiene campo de notas; escríbalo en la narrativa del compromiso")  # fmt: skip


def _header(grid: list[list[Any]], r: int) -> dict[str, int] | None:
    """Column roles of a task export's header row, or None."""
    out: dict[str, int] = {}
    tool = 0
    for c, v in enumerate(grid[r]):
        if not isinstance(v, str) or not v.strip():
            continue
        t = normalize(v).rstrip(" :")
        if t in _PARENT:
            out.setdefault("parent", c)
        elif t in _NAME:
            out.setdefault("name", c)
        elif t in _ID:
            out.setdefault("id", c)
            tool += 1
        elif t in _TOOL:
            tool += 1
        elif t in _NOTES:
            out.setdefault("notes", c)
        elif (role := w.header_role(t, out)) in _ROLES:
            out[role] = c
    dated = {"start", "end", "period"} & out.keys()
    return out if {"name", "parent"} <= out.keys() and dated and tool >= 2 else None


def recognize(grid: list[list[Any]], sheet: str) -> Match | None:
    for r in range(min(len(grid), 10)):
        if _header(grid, r) is not None:
            return Match(NAME, 0.93, sheet, {"header": r})
    return None


def read(grid: list[list[Any]], match: Match, cells: Cells) -> list[Matrix]:
    head = match.data["header"]
    roles = _header(grid, head) or {}
    cells.use_row(head)
    rows = [r for r in range(head + 1, cells.rows) if cells.raw(r, roles["name"]) not in (None, "")]
    by_name: dict[str, Matrix] = {}
    by_id: dict[str, Matrix] = {}
    out: list[Matrix] = []
    for r in rows:  # the parents first: a subtask may be listed before its parent
        if cells.raw(r, roles["parent"]) not in (None, ""):
            continue
        text = cells.text(r, roles["name"])
        code, title = commitment_from_cell(text)
        mx = Matrix(cells.sheet, code, title or text, r + 1)
        if "institution" in roles:
            mx.institution = cells.text(r, roles["institution"])
        got = _milestone(
            cells, r, {k: v for k, v in roles.items() if k in ("start", "end")}, "", ""
        )
        mx.details = {k: v for k, v in (("start_date", got.start_date),
                                        ("end_date", got.end_date)) if v}  # fmt: skip
        if "notes" in roles and (notes := cells.text(r, roles["notes"])):
            mx.details["description"] = notes
        out.append(mx)
        by_name[normalize(text)] = mx
        if "id" in roles and (tid := cells.text(r, roles["id"])):
            by_id[normalize(tid)] = mx
    milestone_roles = {
        k: v for k, v in roles.items() if k in ("start", "end", "period", "progress", "evidence")
    }
    col = get_column_letter(roles["name"] + 1)
    for r in rows:
        parent = cells.raw(r, roles["parent"])
        if parent in (None, ""):
            continue
        key = normalize(parent)
        mx = by_name.get(key) or by_id.get(key)
        if mx is None:  # its parent is a subtask or not in the sheet: listed as not imported
            continue
        cells.get(r, roles["parent"])
        mx.rows.append(_milestone(cells, r, milestone_roles, cells.text(r, roles["name"]), col))
        if "institution" in roles and cells.norm(r, roles["institution"]) == normalize(
            mx.institution
        ):
            cells.get(r, roles["institution"])
    why = {
        c: WHY for c, v in enumerate(grid[head]) if c not in roles.values() or c == roles.get("id")
    }
    if "notes" in roles:
        why[roles["notes"]] = NOTES_WHY
    cells.leftovers(head, why)
    return out

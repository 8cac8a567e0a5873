"""How the exchange windows name tables, fields, values and stamps, in the user's language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
)

if TYPE_CHECKING:  # SQLModel and the exchange services load off the GUI thread
    from ...services.exchange import ConflictView


CONTEXT = "Exchange"


def _tr(text: str) -> str:
    # lupdate does not see calls of this wrapper: matrix_exchange_es.ts is kept by hand
    # (add the message there, then tools/i18n.py --release-only; a test checks it is complete)
    return QCoreApplication.translate(CONTEXT, text)


def _trn(text: str, n: int) -> str:
    """A message with a count: ``%n`` in ``text`` takes the plural form of ``n``."""
    return QCoreApplication.translate(CONTEXT, text, "", n)


def entity_label(table: str) -> str:
    labels = {
        "action_plan": _tr("Action plan"),
        "institution": _tr("Institution"),
        "commitment": _tr("Commitment"),
        "commitment_institution": _tr("Responsible institution"),
        "result": _tr("Logframe row"),
        "indicator": _tr("Indicator"),
        "target": _tr("Target"),
        "target_revision": _tr("Target revision"),
        "measurement": _tr("Measurement"),
        "evidence": _tr("Evidence"),
        "narrative": _tr("Narrative"),
        "translation": _tr("Translation"),
        "consultation_comment": _tr("Consultation comment"),
        "report_profile": _tr("Report settings"),
    }
    if table in labels:
        return labels[table]
    from ..commitment.labels import entity_label as editor_label  # every table, translated

    name = editor_label(table)
    return name[:1].upper() + name[1:]


def field_label(name: str | None) -> str:
    labels = {
        "title": _tr("title"),
        "name": _tr("name"),
        "narrative": _tr("narrative summary"),
        "assumptions": _tr("assumptions"),
        "objective": _tr("objective"),
        "description": _tr("description"),
        "completion": _tr("completion"),
        "value": _tr("value"),
        "due_date": _tr("due date"),
        "measured_on": _tr("date"),
        "baseline_value": _tr("baseline"),
        "position": _tr("order"),
        "text": _tr("text"),
        "progress": _tr("progress"),
        "start_date": _tr("start date"),
        "end_date": _tr("end date"),
        # the plan's own fields (the editor's labels cover the rest, schema 4 included)
        "government": _tr("government"),
        "period_start": _tr("period start"),
        "period_end": _tr("period end"),
        "coordinating_body": _tr("coordinating body"),
        "notes": _tr("notes"),
    }
    if not name:
        return ""
    if name in labels:
        return labels[name]
    from ..commitment.labels import field_label as editor_label  # every field, translated

    return editor_label(name)


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def show_stamp(author: str, at: str) -> str:
    """“Ana · 1 May 2024 14:03” in local time, as the History tab writes it."""
    from ..commitment.fmt import local_time_text

    when = local_time_text(at) if at else at
    return f"{author or _tr('unknown')} · {when}" if when else author


def side_text(c: ConflictView, side: str) -> str:
    """What one side did, in words: its value, or a deletion, or the edit against one."""
    value = c.ours_value if side == "ours" else c.theirs_value
    if c.kind == "delete":
        if c.deleted_by == side:
            return _tr("Deleted (with everything under it)")
        if not isinstance(value, dict):
            return _tr("Kept and edited")
        what = entity_label(value.get("edited", ""))
        what = what[:1].lower() + what[1:]  # inside a sentence
        action = value.get("action")
        if action == "create":
            return _tr("Added {what} under it").format(what=what)
        if value.get("below"):  # the change that keeps this batch is on a row under it
            if action == "restore":
                return _tr("Restored {what} under it").format(what=what)
            return _tr("Edited {what} under it: {field}").format(
                what=what, field=field_label(value.get("field"))
            )
        if action == "restore":
            return _tr("Restored (undid its deletion)")
        if value.get("field"):
            return _tr("Edited: {field}").format(field=field_label(value["field"]))
        return _tr("Kept and edited")
    return show_value(value)


def what_text(c: ConflictView) -> str:
    head = entity_label(c.entity)
    if c.field:
        head = f"{head} · {field_label(c.field)}"
    return f"{head}\n{c.label}" if c.label else head

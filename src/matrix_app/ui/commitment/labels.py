"""Human names of entities and fields, for forms, undo texts and the history tab.

Built on each call (not at import) so they follow the translator installed at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def entity_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "action_plan": t("Entities", "action plan"),
        "institution": t("Entities", "institution"),
        "commitment": t("Entities", "commitment"),
        "commitment_institution": t("Entities", "institution of the commitment"),
        "result": t("Entities", "logframe row"),
        "indicator": t("Entities", "indicator"),
        "target": t("Entities", "target"),
        "target_revision": t("Entities", "target revision"),
        "measurement": t("Entities", "measurement"),
        "evidence": t("Entities", "evidence"),
        "narrative": t("Entities", "narrative"),
    }


def field_labels() -> dict[str, str]:
    """Field name -> label; shared names (title, date, note...) mean the same everywhere."""
    t = QCoreApplication.translate
    return {
        # commitment
        "plan_id": t("Fields", "action plan"),
        "code": t("Fields", "code"),
        "title": t("Fields", "title"),
        "status_quo": t("Fields", "status quo"),
        "objective": t("Fields", "main objective"),
        "description": t("Fields", "description"),
        "ogp_access_to_information": t("Fields", "access to information"),
        "ogp_civic_participation": t("Fields", "civic participation"),
        "ogp_public_accountability": t("Fields", "public accountability"),
        "ogp_technology_innovation": t("Fields", "technology and innovation"),
        "themes": t("Fields", "themes"),
        "start_date": t("Fields", "start date"),
        "end_date": t("Fields", "end date"),
        "focal_point_name": t("Fields", "focal point name"),
        "focal_point_email": t("Fields", "focal point e-mail"),
        "completion": t("Fields", "self-assessed completion"),
        "continues_id": t("Fields", "continues"),
        "irm_specificity": t("Fields", "IRM specificity"),
        "irm_potential_impact": t("Fields", "IRM potential impact"),
        "irm_completion_mid_term": t("Fields", "IRM completion (mid-term)"),
        "irm_completion_end_of_term": t("Fields", "IRM completion (end of term)"),
        "irm_on_time": t("Fields", "IRM on time"),
        "irm_opened_government": t("Fields", "IRM did it open government"),
        "irm_starred": t("Fields", "IRM starred verdict"),
        "irm_notes": t("Fields", "IRM notes"),
        "position": t("Fields", "order"),
        # institution and link
        "name": t("Fields", "name"),
        "acronym": t("Fields", "acronym"),
        "kind": t("Fields", "kind"),
        "commitment_id": t("Fields", "commitment"),
        "institution_id": t("Fields", "institution"),
        "role": t("Fields", "role"),
        # result
        "parent_id": t("Fields", "parent row"),
        "level": t("Fields", "level"),
        "narrative": t("Fields", "narrative summary"),
        "assumptions": t("Fields", "assumptions"),
        "progress": t("Fields", "progress"),
        # indicator
        "result_id": t("Fields", "logframe row"),
        "formula": t("Fields", "formula"),
        "unit": t("Fields", "unit"),
        "direction": t("Fields", "direction"),
        "dimension": t("Fields", "dimension"),
        "baseline_value": t("Fields", "baseline"),
        "baseline_date": t("Fields", "baseline date"),
        "means_of_verification": t("Fields", "means of verification"),
        "data_source": t("Fields", "data source"),
        "frequency": t("Fields", "frequency"),
        "responsible": t("Fields", "responsible"),
        # target, revision, measurement
        "indicator_id": t("Fields", "indicator"),
        "due_date": t("Fields", "due date"),
        "value": t("Fields", "value"),
        "note": t("Fields", "note"),
        "target_id": t("Fields", "target"),
        "old_value": t("Fields", "old value"),
        "old_due_date": t("Fields", "old due date"),
        "new_value": t("Fields", "new value"),
        "new_due_date": t("Fields", "new due date"),
        "revised_on": t("Fields", "revised on"),
        "reason": t("Fields", "reason"),
        "measured_on": t("Fields", "date"),
        "comment": t("Fields", "comment"),
        "reported_by": t("Fields", "reported by"),
        "evidence_id": t("Fields", "evidence"),
        # evidence
        "date": t("Fields", "date"),
        "url": t("Fields", "URL"),
        "about": t("Fields", "what it documents"),
        "file_name": t("Fields", "file name"),
        "media_type": t("Fields", "media type"),
        "sha256": t("Fields", "SHA-256"),
        "size": t("Fields", "size"),
        # narrative
        "period": t("Fields", "period"),
        "section": t("Fields", "section"),
        "text": t("Fields", "text"),
    }


def entity_label(entity: str) -> str:
    return entity_labels().get(entity, entity)


def field_label(field: str | None) -> str:
    if not field:
        return ""
    return field_labels().get(field, field.replace("_", " "))


def edit_text(entity: str, field: str) -> str:
    """The undo text of a one-field edit: "Edit indicator baseline"."""
    return (
        QCoreApplication.translate("Undo", "Edit %1 %2")
        .replace("%1", entity_label(entity))
        .replace("%2", field_label(field))
    )


def action_text(action: str, noun: str) -> str:
    """Undo texts of whole-row actions: "Add output", "Delete target"..."""
    t = QCoreApplication.translate
    templates = {
        "add": t("Undo", "Add %1"),
        "delete": t("Undo", "Delete %1"),
        "move": t("Undo", "Move %1"),
    }
    return templates[action].replace("%1", noun)


def undo_text(action: str, entity: str) -> str:
    return action_text(action, entity_label(entity))

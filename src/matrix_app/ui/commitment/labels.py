"""Human names of entities and fields, for forms, undo texts and the history tab.

Built on each call (not at import) so they follow the translator installed at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def entity_labels() -> dict[str, str]:
    return {
        "action_plan": QCoreApplication.translate("Entities", "action plan"),
        "institution": QCoreApplication.translate("Entities", "institution"),
        "commitment": QCoreApplication.translate("Entities", "commitment"),
        "commitment_institution": QCoreApplication.translate(
            "Entities", "institution of the commitment"
        ),
        "result": QCoreApplication.translate("Entities", "logframe row"),
        "indicator": QCoreApplication.translate("Entities", "indicator"),
        "target": QCoreApplication.translate("Entities", "target"),
        "target_revision": QCoreApplication.translate("Entities", "target revision"),
        "measurement": QCoreApplication.translate("Entities", "measurement"),
        "evidence": QCoreApplication.translate("Entities", "evidence"),
        "narrative": QCoreApplication.translate("Entities", "narrative"),
        "translation": QCoreApplication.translate("Entities", "translation"),
        "consultation_comment": QCoreApplication.translate("Entities", "consultation comment"),
        "report_profile": QCoreApplication.translate("Entities", "report settings"),
    }


def field_labels() -> dict[str, str]:
    """Field name -> label; shared names (title, date, note...) mean the same everywhere."""
    return {
        # commitment
        "plan_id": QCoreApplication.translate("Fields", "action plan"),
        "code": QCoreApplication.translate("Fields", "code"),
        "title": QCoreApplication.translate("Fields", "title"),
        "status_quo": QCoreApplication.translate("Fields", "status quo"),
        "objective": QCoreApplication.translate("Fields", "main objective"),
        "description": QCoreApplication.translate("Fields", "description"),
        "ogp_access_to_information": QCoreApplication.translate("Fields", "access to information"),
        "ogp_civic_participation": QCoreApplication.translate("Fields", "civic participation"),
        "ogp_public_accountability": QCoreApplication.translate("Fields", "public accountability"),
        "ogp_technology_innovation": QCoreApplication.translate(
            "Fields", "technology and innovation"
        ),
        "themes": QCoreApplication.translate("Fields", "themes"),
        "start_date": QCoreApplication.translate("Fields", "start date"),
        "end_date": QCoreApplication.translate("Fields", "end date"),
        "focal_point_name": QCoreApplication.translate("Fields", "focal point name"),
        "focal_point_email": QCoreApplication.translate("Fields", "focal point e-mail"),
        "completion": QCoreApplication.translate("Fields", "self-assessed completion"),
        "continues_id": QCoreApplication.translate("Fields", "continues"),
        "irm_specificity": QCoreApplication.translate("Fields", "IRM specificity"),
        "irm_potential_impact": QCoreApplication.translate("Fields", "IRM potential impact"),
        "irm_completion_mid_term": QCoreApplication.translate(
            "Fields", "IRM completion (mid-term)"
        ),
        "irm_completion_end_of_term": QCoreApplication.translate(
            "Fields", "IRM completion (end of term)"
        ),
        "irm_on_time": QCoreApplication.translate("Fields", "IRM on time"),
        "irm_opened_government": QCoreApplication.translate("Fields", "IRM did it open government"),
        "irm_starred": QCoreApplication.translate("Fields", "IRM starred verdict"),
        "irm_notes": QCoreApplication.translate("Fields", "IRM notes"),
        "relevance_access_to_information": QCoreApplication.translate(
            "Fields", "relevance to access to information"
        ),
        "relevance_civic_participation": QCoreApplication.translate(
            "Fields", "relevance to civic participation"
        ),
        "relevance_public_accountability": QCoreApplication.translate(
            "Fields", "relevance to public accountability"
        ),
        "relevance_technology_innovation": QCoreApplication.translate(
            "Fields", "relevance to technology and innovation"
        ),
        "budget": QCoreApplication.translate("Fields", "budget"),
        "national_plan_links": QCoreApplication.translate("Fields", "links to national plans"),
        "sdgs": QCoreApplication.translate("Fields", "SDG targets"),
        "partners": QCoreApplication.translate("Fields", "partners outside government"),
        "position": QCoreApplication.translate("Fields", "order"),
        # institution and link
        "name": QCoreApplication.translate("Fields", "name"),
        "acronym": QCoreApplication.translate("Fields", "acronym"),
        "kind": QCoreApplication.translate("Fields", "kind"),
        "commitment_id": QCoreApplication.translate("Fields", "commitment"),
        "institution_id": QCoreApplication.translate("Fields", "institution"),
        "role": QCoreApplication.translate("Fields", "role"),
        # result
        "parent_id": QCoreApplication.translate("Fields", "parent row"),
        "level": QCoreApplication.translate("Fields", "level"),
        "narrative": QCoreApplication.translate("Fields", "narrative summary"),
        "assumptions": QCoreApplication.translate("Fields", "assumptions"),
        "progress": QCoreApplication.translate("Fields", "progress"),
        # indicator
        "result_id": QCoreApplication.translate("Fields", "logframe row"),
        "formula": QCoreApplication.translate("Fields", "formula"),
        "unit": QCoreApplication.translate("Fields", "unit"),
        "direction": QCoreApplication.translate("Fields", "direction"),
        "dimension": QCoreApplication.translate("Fields", "dimension"),
        "baseline_value": QCoreApplication.translate("Fields", "baseline"),
        "baseline_date": QCoreApplication.translate("Fields", "baseline date"),
        "means_of_verification": QCoreApplication.translate("Fields", "means of verification"),
        "data_source": QCoreApplication.translate("Fields", "data source"),
        "frequency": QCoreApplication.translate("Fields", "frequency"),
        "responsible": QCoreApplication.translate("Fields", "responsible"),
        # target, revision, measurement
        "indicator_id": QCoreApplication.translate("Fields", "indicator"),
        "due_date": QCoreApplication.translate("Fields", "due date"),
        "value": QCoreApplication.translate("Fields", "value"),
        "note": QCoreApplication.translate("Fields", "note"),
        "target_id": QCoreApplication.translate("Fields", "target"),
        "old_value": QCoreApplication.translate("Fields", "old value"),
        "old_due_date": QCoreApplication.translate("Fields", "old due date"),
        "new_value": QCoreApplication.translate("Fields", "new value"),
        "new_due_date": QCoreApplication.translate("Fields", "new due date"),
        "revised_on": QCoreApplication.translate("Fields", "revised on"),
        "reason": QCoreApplication.translate("Fields", "reason"),
        "measured_on": QCoreApplication.translate("Fields", "date"),
        "comment": QCoreApplication.translate("Fields", "comment"),
        "reported_by": QCoreApplication.translate("Fields", "reported by"),
        "evidence_id": QCoreApplication.translate("Fields", "evidence"),
        # evidence
        "date": QCoreApplication.translate("Fields", "date"),
        "url": QCoreApplication.translate("Fields", "URL"),
        "about": QCoreApplication.translate("Fields", "what it documents"),
        "file_name": QCoreApplication.translate("Fields", "file name"),
        "media_type": QCoreApplication.translate("Fields", "media type"),
        "sha256": QCoreApplication.translate("Fields", "SHA-256"),
        "size": QCoreApplication.translate("Fields", "size"),
        # narrative
        "period": QCoreApplication.translate("Fields", "period"),
        "section": QCoreApplication.translate("Fields", "section"),
        "text": QCoreApplication.translate("Fields", "text"),
        # evidence publication, translation, consultation, report settings
        "public": QCoreApplication.translate("Fields", "publication"),
        "entity": QCoreApplication.translate("Fields", "record"),
        "row_id": QCoreApplication.translate("Fields", "record id"),
        "field": QCoreApplication.translate("Fields", "field"),
        "lang": QCoreApplication.translate("Fields", "language"),
        "author": QCoreApplication.translate("Fields", "who"),
        "organisation": QCoreApplication.translate("Fields", "organisation"),
        "received_on": QCoreApplication.translate("Fields", "received on"),
        "response": QCoreApplication.translate("Fields", "response"),
        "issuing_body": QCoreApplication.translate("Fields", "issuing body"),
        "cover_text": QCoreApplication.translate("Fields", "cover text"),
        "logo_sha256": QCoreApplication.translate("Fields", "logo"),
        "sections": QCoreApplication.translate("Fields", "sections"),
        "consultation_start": QCoreApplication.translate("Fields", "consultation start"),
        "consultation_end": QCoreApplication.translate("Fields", "consultation end"),
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
    templates = {
        "add": QCoreApplication.translate("Undo", "Add %1"),
        "delete": QCoreApplication.translate("Undo", "Delete %1"),
        "move": QCoreApplication.translate("Undo", "Move %1"),
    }
    return templates[action].replace("%1", noun)


def undo_text(action: str, entity: str) -> str:
    return action_text(action, entity_label(entity))

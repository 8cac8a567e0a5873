"""The "what changed since the last publication" page's fixed texts, in English and Spanish:
the page's own words, one sentence per kind of change, and how each published field is
named in a change (``chg.v.*``: a field whose old and new values are shown; ``chg.t.*``: a
text whose change is told without its values). Added to ``labels.SITE_TEXTS``."""

from __future__ import annotations

#: key -> (English, Spanish)
CHANGE_TEXTS: dict[str, tuple[str, str]] = {
    "nav.changes": ("Changes", "Cambios"),
    "changes.heading": (
        "What changed since the last publication",
        "Qué cambió desde la última publicación",
    ),
    "changes.lead": (
        "{n} changes published on {date}, since the previous publication of {since}.",
        "{n} cambios publicados el {date}, desde la publicación anterior del {since}.",
    ),
    "changes.lead.one": (
        "1 change published on {date}, since the previous publication of {since}.",
        "1 cambio publicado el {date}, desde la publicación anterior del {since}.",
    ),
    "changes.none": (
        "Nothing this site publishes has changed since the previous publication of {since}.",
        "Nada de lo que publica este sitio ha cambiado desde la publicación anterior del {since}.",
    ),
    "changes.first": (
        "First publication: this site was first published here on {date}, so there is no "
        "earlier publication to compare it with. From the next publication on, this page "
        "lists what changed since the one before.",
        "Primera publicación: este sitio se publicó aquí por primera vez el {date}, así que "
        "no hay una publicación anterior con la cual compararlo. A partir de la próxima "
        "publicación, esta página indicará lo que cambió desde la anterior.",
    ),
    "changes.source": (
        "From the project's change journal: each line is a change since the previous "
        "publication, with the date it was made; newest first.",
        "Según el historial de cambios del proyecto: cada línea es un cambio posterior a la "
        "publicación anterior, con la fecha en que se hizo; los más recientes primero.",
    ),
    "changes.summary": ("Summary", "Resumen"),
    "changes.summary.first": ("What this publication holds", "Qué contiene esta publicación"),
    "changes.col.what": ("Change", "Cambio"),
    "changes.col.kind": ("Published", "Publicado"),
    "changes.col.n": ("Number", "Cantidad"),
    "changes.n.total": ("All changes", "Total de cambios"),
    "changes.n.commitments": ("Commitments with changes", "Compromisos con cambios"),
    "changes.n.others": (
        "Action plans and institutions with changes",
        "Planes de acción e instituciones con cambios",
    ),
    "changes.n.commitment_added": ("New commitments", "Compromisos nuevos"),
    "changes.n.commitment_removed": ("Commitments removed", "Compromisos eliminados"),
    "changes.n.completion": ("Completion changed", "Cambios de cumplimiento"),
    "changes.n.measurement": ("New measurements", "Mediciones nuevas"),
    "changes.n.target": ("Targets revised or changed", "Metas revisadas o modificadas"),
    "changes.n.evidence": ("Evidence added", "Evidencias agregadas"),
    "changes.n.other": ("Other changes", "Otros cambios"),
    "changes.holds.institutions": ("Institutions", "Instituciones"),
    "changes.holds.indicators": ("Indicators", "Indicadores"),
    "changes.holds.measurements": ("Measurements", "Mediciones"),
    "changes.holds.evidence": ("Evidence items", "Evidencias"),
    "changes.others": ("Action plans and institutions", "Planes de acción e instituciones"),
    "changes.group.plan": ("Action plan: {title}", "Plan de acción: {title}"),
    "changes.group.institution": ("Institution: {name}", "Institución: {name}"),
    "changes.removed": ("(removed)", "(eliminado)"),
    "changes.more": (
        "… and {n} more changes, not listed here.",
        "… y {n} cambios más, que no se detallan aquí.",
    ),
    "changes.more_groups": (
        "… and {n} more with changes, not listed here.",
        "… y {n} más con cambios, que no se detallan aquí.",
    ),
    "changes.q": ("“{text}”", "«{text}»"),
    "changes.none_value": ("none", "sin valor"),
    # whose change a line tells (the group's own row goes without)
    "chg.s.commitment": ("Commitment", "Compromiso"),
    "chg.s.action_plan": ("Action plan", "Plan de acción"),
    "chg.s.institution": ("Institution", "Institución"),
    "chg.s.commitment_institution": ("Institution {name}", "Institución {name}"),
    "chg.s.result": ("{level} {name}", "{level} {name}"),
    "chg.s.indicator": ("Indicator {name}", "Indicador {name}"),
    "chg.s.target": ("Indicator {name}, target", "Indicador {name}, meta"),
    "chg.s.target_revision": (
        "Indicator {name}, target revision",
        "Indicador {name}, revisión de la meta",
    ),
    "chg.s.measurement": (
        "Indicator {name}, measurement of {date}",
        "Indicador {name}, medición del {date}",
    ),
    "chg.s.evidence": ("Evidence {title}", "Evidencia {title}"),
    "chg.s.narrative": ("Narrative: {section}, {period}", "Relato: {section}, {period}"),
    "chg.s.consultation_comment": (
        "Consultation comment from {org}",
        "Comentario de la consulta de {org}",
    ),
    "chg.s.consultation_comment.anonymous": ("Consultation comment", "Comentario de la consulta"),
    # a row added, removed or restored
    "chg.commitment.create": ("New commitment", "Nuevo compromiso"),
    "chg.commitment.delete": ("Commitment removed", "Compromiso eliminado"),
    "chg.commitment.restore": ("Commitment restored", "Compromiso restablecido"),
    "chg.action_plan.create": ("New action plan", "Nuevo plan de acción"),
    "chg.action_plan.restore": ("Action plan restored", "Plan de acción restablecido"),
    "chg.institution.create": ("New institution", "Nueva institución"),
    "chg.institution.restore": ("Institution restored", "Institución restablecida"),
    "chg.commitment_institution.create": (
        "Institution {name} takes part ({role})",
        "Se incorpora la institución {name} ({role})",
    ),
    "chg.commitment_institution.delete": (
        "Institution {name} no longer takes part",
        "La institución {name} deja de participar",
    ),
    "chg.result.create": ("New logframe row: {subject}", "Nueva fila en la matriz: {subject}"),
    "chg.result.delete": (
        "Logframe row removed: {subject}",
        "Fila eliminada de la matriz: {subject}",
    ),
    "chg.indicator.create": ("New indicator {name}", "Nuevo indicador {name}"),
    "chg.indicator.delete": ("Indicator {name} removed", "Indicador {name} eliminado"),
    "chg.target.create": (
        "Indicator {name}: new target {value}",
        "Indicador {name}: nueva meta de {value}",
    ),
    "chg.target.delete": (
        "Indicator {name}: target {value} removed",
        "Indicador {name}: se eliminó la meta de {value}",
    ),
    "chg.target_revision.create": (
        "Indicator {name}: target revised on {date}, {old} → {new}. Reason: {reason}",
        "Indicador {name}: meta revisada el {date}, {old} → {new}. Motivo: {reason}",
    ),
    "chg.target_revision.delete": (
        "Indicator {name}: a target revision was removed",
        "Indicador {name}: se eliminó una revisión de la meta",
    ),
    "chg.measurement.create": (
        "Indicator {name}: new measurement {value} ({date})",
        "Indicador {name}: nueva medición de {value} ({date})",
    ),
    "chg.measurement.delete": (
        "Indicator {name}: measurement {value} ({date}) removed",
        "Indicador {name}: se eliminó la medición de {value} ({date})",
    ),
    "chg.evidence.create": ("Evidence added: {title}", "Evidencia agregada: {title}"),
    "chg.evidence.delete": ("Evidence removed: {title}", "Evidencia eliminada: {title}"),
    "chg.narrative.create": (
        "New narrative: {section}, {period}",
        "Nuevo relato: {section}, {period}",
    ),
    "chg.narrative.delete": (
        "Narrative removed: {section}, {period}",
        "Relato eliminado: {section}, {period}",
    ),
    "chg.consultation_comment.create": (
        "New consultation comment: {subject}",
        "Nuevo comentario de la consulta: {subject}",
    ),
    "chg.consultation_comment.delete": (
        "Consultation comment removed: {subject}",
        "Comentario de la consulta eliminado: {subject}",
    ),
    "chg.translation.create": (
        "{subject}: new translation into {language}",
        "{subject}: nueva traducción al {language}",
    ),
    "chg.translation.update": (
        "{subject}: translation into {language} updated",
        "{subject}: traducción al {language} actualizada",
    ),
    "chg.translation.delete": (
        "{subject}: translation into {language} removed",
        "{subject}: traducción al {language} eliminada",
    ),
    "chg.lang.en": ("English", "inglés"),
    "chg.lang.es": ("Spanish", "español"),
    # a field changed: "{field}: {old} → {new}", or the text's own sentence
    "chg.value": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "chg.value.of": ("{subject}: {field} {old} → {new}", "{subject}: {field} {old} → {new}"),
    "chg.text.of": ("{subject}: {text}", "{subject}: {text}"),
    "chg.v.action_plan.period_start": ("period start", "inicio del período"),
    "chg.v.action_plan.period_end": ("period end", "fin del período"),
    "chg.v.institution.kind": ("kind", "tipo"),
    "chg.v.commitment.code": ("code", "código"),
    "chg.v.commitment.start_date": ("start date", "fecha de inicio"),
    "chg.v.commitment.end_date": ("end date", "fecha de término"),
    "chg.v.commitment.completion": ("completion", "cumplimiento"),
    "chg.v.commitment.ogp_access_to_information": (
        "OGP value access to information",
        "valor OGP acceso a la información",
    ),
    "chg.v.commitment.ogp_civic_participation": (
        "OGP value civic participation",
        "valor OGP participación ciudadana",
    ),
    "chg.v.commitment.ogp_public_accountability": (
        "OGP value public accountability",
        "valor OGP rendición de cuentas",
    ),
    "chg.v.commitment.ogp_technology_innovation": (
        "OGP value technology and innovation",
        "valor OGP tecnología e innovación",
    ),
    "chg.v.commitment.irm_specificity": ("IRM specificity", "especificidad según el MRI"),
    "chg.v.commitment.irm_potential_impact": (
        "IRM potential impact",
        "impacto potencial según el MRI",
    ),
    "chg.v.commitment.irm_completion_mid_term": (
        "IRM completion at mid-term",
        "cumplimiento según el MRI a medio término",
    ),
    "chg.v.commitment.irm_completion_end_of_term": (
        "IRM completion at the end of term",
        "cumplimiento según el MRI al término",
    ),
    "chg.v.commitment.irm_on_time": ("IRM: on time", "MRI: a tiempo"),
    "chg.v.commitment.irm_opened_government": (
        "IRM: did it open government?",
        "MRI: ¿abrió el gobierno?",
    ),
    "chg.v.commitment.irm_starred": ("IRM starred", "estelar según el MRI"),
    "chg.v.commitment_institution.role": ("role", "rol"),
    "chg.v.result.level": ("level", "nivel"),
    "chg.v.result.start_date": ("start date", "fecha de inicio"),
    "chg.v.result.end_date": ("end date", "fecha de término"),
    "chg.v.result.progress": ("progress", "avance"),
    "chg.v.indicator.direction": ("direction", "sentido"),
    "chg.v.indicator.dimension": ("dimension", "dimensión"),
    "chg.v.indicator.baseline_value": ("baseline", "línea base"),
    "chg.v.indicator.baseline_date": ("baseline date", "fecha de la línea base"),
    "chg.v.target.value": ("value", "valor"),
    "chg.v.target.due_date": ("due date", "plazo"),
    "chg.v.target_revision.revised_on": ("date", "fecha"),
    "chg.v.target_revision.old_value": ("previous value", "valor anterior"),
    "chg.v.target_revision.new_value": ("new value", "valor nuevo"),
    "chg.v.target_revision.old_due_date": ("previous due date", "plazo anterior"),
    "chg.v.target_revision.new_due_date": ("new due date", "plazo nuevo"),
    "chg.v.measurement.value": ("value", "valor"),
    "chg.v.measurement.measured_on": ("date", "fecha"),
    "chg.v.evidence.kind": ("kind", "tipo"),
    "chg.v.evidence.date": ("date", "fecha"),
    "chg.v.consultation_comment.received_on": ("date received", "fecha de recepción"),
    "chg.t.action_plan.title": ("title changed", "título modificado"),
    "chg.t.action_plan.government": ("government changed", "gobierno modificado"),
    "chg.t.action_plan.coordinating_body": (
        "coordinating body changed",
        "organismo coordinador modificado",
    ),
    "chg.t.action_plan.notes": ("internal notes changed", "notas internas modificadas"),
    "chg.t.institution.name": ("name changed", "nombre modificado"),
    "chg.t.institution.acronym": ("acronym changed", "sigla modificada"),
    "chg.t.commitment.title": ("title changed", "título modificado"),
    "chg.t.commitment.status_quo": ("status quo changed", "situación actual modificada"),
    "chg.t.commitment.objective": ("objective changed", "objetivo modificado"),
    "chg.t.commitment.description": ("description changed", "descripción modificada"),
    "chg.t.commitment.themes": ("themes changed", "temas modificados"),
    "chg.t.commitment.focal_point_name": ("focal point changed", "punto focal modificado"),
    "chg.t.commitment.focal_point_email": (
        "focal point e-mail changed",
        "correo del punto focal modificado",
    ),
    "chg.t.commitment.continues_id": (
        "commitment it continues changed",
        "compromiso al que da continuidad modificado",
    ),
    "chg.t.commitment.irm_notes": ("IRM notes changed", "notas del MRI modificadas"),
    "chg.t.commitment.relevance_access_to_information": (
        "relevance to access to information changed",
        "relevancia para el acceso a la información modificada",
    ),
    "chg.t.commitment.relevance_civic_participation": (
        "relevance to civic participation changed",
        "relevancia para la participación ciudadana modificada",
    ),
    "chg.t.commitment.relevance_public_accountability": (
        "relevance to public accountability changed",
        "relevancia para la rendición de cuentas modificada",
    ),
    "chg.t.commitment.relevance_technology_innovation": (
        "relevance to technology and innovation changed",
        "relevancia para la tecnología y la innovación modificada",
    ),
    "chg.t.commitment.budget": ("budget changed", "presupuesto modificado"),
    "chg.t.commitment.national_plan_links": (
        "links to national plans changed",
        "vínculos con planes nacionales modificados",
    ),
    "chg.t.commitment.sdgs": (
        "Sustainable Development Goals changed",
        "Objetivos de Desarrollo Sostenible modificados",
    ),
    "chg.t.commitment.partners": (
        "non-government partners changed",
        "socios no gubernamentales modificados",
    ),
    "chg.t.result.narrative": ("narrative summary changed", "resumen narrativo modificado"),
    "chg.t.result.assumptions": ("assumptions changed", "supuestos modificados"),
    "chg.t.indicator.name": ("name changed", "nombre modificado"),
    "chg.t.indicator.formula": ("formula changed", "fórmula modificada"),
    "chg.t.indicator.unit": ("unit changed", "unidad modificada"),
    "chg.t.indicator.means_of_verification": (
        "means of verification changed",
        "medios de verificación modificados",
    ),
    "chg.t.indicator.data_source": ("data source changed", "fuente de datos modificada"),
    "chg.t.indicator.frequency": ("frequency changed", "frecuencia modificada"),
    "chg.t.indicator.responsible": ("responsible changed", "responsable modificado"),
    "chg.t.target.note": ("note changed", "nota modificada"),
    "chg.t.target_revision.reason": ("reason changed", "motivo modificado"),
    "chg.t.measurement.comment": ("comment changed", "comentario modificado"),
    "chg.t.measurement.reported_by": ("“reported by” changed", "«informado por» modificado"),
    "chg.t.evidence.title": ("title changed", "título modificado"),
    "chg.t.evidence.url": ("link changed", "enlace modificado"),
    "chg.t.evidence.note": ("note changed", "nota modificada"),
    "chg.t.evidence.file_name": ("file name changed", "nombre del archivo modificado"),
    "chg.t.evidence.sha256": ("file replaced", "archivo reemplazado"),
    "chg.t.narrative.text": ("text changed", "texto modificado"),
    "chg.t.consultation_comment.organisation": (
        "organisation changed",
        "organización modificada",
    ),
    "chg.t.consultation_comment.comment": ("comment changed", "comentario modificado"),
    "chg.t.consultation_comment.response": ("response changed", "respuesta modificada"),
}

#: The published fields a change is told of, "table.field" -> "value" (old and new values
#: shown, formatted by the field's type) or "text" (told without its values). A field not
#: named here is never told (positions, parent ids, sizes, media types...).
FIELD_KINDS: dict[str, str] = {
    key[len("chg.v.") :]: "value" for key in CHANGE_TEXTS if key.startswith("chg.v.")
} | {key[len("chg.t.") :]: "text" for key in CHANGE_TEXTS if key.startswith("chg.t.")}

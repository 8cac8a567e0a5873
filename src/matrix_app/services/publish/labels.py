"""The published site's fixed texts in English and Spanish.

Keys the PDF report already words (column titles, facts, logframe, indicators...) come from
``services.report.labels`` so the site and the report say the same thing the same way; this
table holds only what the site adds.
"""

from __future__ import annotations

from ..report.labels import TEXTS as REPORT_TEXTS
from .change_labels import CHANGE_TEXTS

#: key -> (English, Spanish)
SITE_TEXTS: dict[str, tuple[str, str]] = {
    "site.title": ("Action plan monitoring", "Monitoreo del plan de acción"),
    "site.subtitle": (
        "Open Government Partnership: commitments, indicators and evidence",
        "Alianza para el Gobierno Abierto: compromisos, indicadores y evidencia",
    ),
    "lang.name": ("English", "Español"),
    "lang.switch": ("Leer en español", "Read in English"),
    "nav.home": ("Home", "Inicio"),
    "nav.institutions": ("Institutions", "Instituciones"),
    "nav.data": ("Open data", "Datos abiertos"),
    "skip": ("Skip to content", "Saltar al contenido"),
    "published": ("Published on {date}", "Publicado el {date}"),
    "changed": ("content last changed on {date}", "contenido modificado por última vez el {date}"),
    "changed.by": (
        "content last changed on {date} by {author}",
        "contenido modificado por última vez el {date} por {author}",
    ),
    "changed.unknown": ("no recorded changes", "sin cambios registrados"),
    "as_of": (
        "Schedules and indicator statuses are computed as of {date}.",
        "Los plazos y el estado de los indicadores se calculan al {date}.",
    ),
    "plans": ("Action plans", "Planes de acción"),
    "plans.none": ("No action plan is published.", "No se publica ningún plan de acción."),
    "plan.period": ("Period", "Período"),
    "plan.government": ("Government", "Gobierno"),
    "plan.coordinating_body": ("Coordinating body", "Coordinación"),
    "plan.commitments": ("{n} commitments", "{n} compromisos"),
    "plan.notes": ("Internal notes", "Notas internas"),
    "summary.heading": ("Completion summary", "Resumen del cumplimiento"),
    "summary.text": ("{label}: {n} of {total}", "{label}: {n} de {total}"),
    "table.heading": ("Commitments", "Compromisos"),
    "col.indicator_progress": ("Indicator progress", "Avance de indicadores"),
    "filter.heading": ("Filter the commitments", "Filtrar los compromisos"),
    "filter.institution": ("Institution", "Institución"),
    "filter.theme": ("Theme", "Tema"),
    "filter.completion": ("Completion", "Cumplimiento"),
    "filter.all": ("All", "Todos"),
    "filter.shown": ("{n} of {total} commitments shown", "{n} de {total} compromisos visibles"),
    "filter.reset": ("Show all", "Mostrar todos"),
    "noscript.filter": (
        "Filtering needs JavaScript; every commitment is listed below, and each "
        "institution's page lists its own.",
        "El filtro necesita JavaScript; todos los compromisos están en la lista y la página "
        "de cada institución muestra los suyos.",
    ),
    "commitment.plan": ("Action plan", "Plan de acción"),
    "fact.email": ("Focal point e-mail", "Correo del punto focal"),
    "fact.indicator_progress": ("Indicator progress (mean)", "Avance de indicadores (promedio)"),
    "fact.continues": ("Continues", "Continúa"),
    "irm": ("IRM assessment", "Evaluación del MRI"),
    "irm.specificity": ("Specificity", "Especificidad"),
    "irm.potential_impact": ("Potential impact", "Impacto potencial"),
    "irm.mid_term": ("Completion (IRM, mid-term)", "Cumplimiento (MRI, medio término)"),
    "irm.end_of_term": ("Completion (IRM, end of term)", "Cumplimiento (MRI, término)"),
    "irm.on_time": ("On time", "A tiempo"),
    "irm.opened_government": ("Did it open government?", "¿Abrió el gobierno?"),
    "irm.notes": ("IRM notes (internal)", "Notas del MRI (internas)"),
    "indicator.formula": ("Formula", "Fórmula"),
    "indicator.dimension": ("Dimension", "Dimensión"),
    "indicator.source": ("Data source", "Fuente de datos"),
    "indicator.frequency": ("Frequency", "Frecuencia"),
    "indicator.responsible": ("Responsible", "Responsable"),
    "indicator.result": ("Logframe row", "Fila de la matriz"),
    "indicator.measurements": ("Actual values", "Valores efectivos"),
    "indicator.no_measurements": ("No actual values yet.", "Aún no hay valores efectivos."),
    "indicator.no_targets": ("No targets yet.", "Aún no hay metas."),
    "indicator.chart_title": (
        "{name}: actual values against the target path",
        "{name}: valores efectivos frente a la trayectoria de metas",
    ),
    "indicator.chart_table": ("The chart's values", "Los valores del gráfico"),
    "col.value": ("Value", "Valor"),
    "col.target": ("Target", "Meta"),
    "col.actual": ("Actual", "Valor efectivo"),
    "col.comment": ("Comment", "Comentario"),
    "col.reported_by": ("Reported by", "Informado por"),
    "col.due": ("Due", "Plazo"),
    "col.revisions": ("Revisions", "Revisiones"),
    "col.point": ("Point", "Punto"),
    "chart.baseline": ("Baseline", "Línea base"),
    "revision.text": (
        "Revised on {date}: {old} → {new}. Reason: {reason}",
        "Revisada el {date}: {old} → {new}. Motivo: {reason}",
    ),
    "milestones": ("Milestones (activities) as of {date}", "Hitos (actividades) al {date}"),
    "milestones.none": ("No activities recorded.", "No hay actividades registradas."),
    "untranslated.mark": ("(not translated)", "(sin traducir)"),
    "untranslated.block": (
        "Not translated yet: shown in the original language.",
        "Aún sin traducir: se muestra en el idioma original.",
    ),
    "untranslated.page": (
        "Texts of this page with no translation yet are shown in the original language and "
        "marked “not translated” ({n}).",
        "Los textos de esta página que aún no tienen traducción se muestran en el idioma "
        "original, marcados «sin traducir» ({n}).",
    ),
    "relevance": ("Relevance: {value}", "Relevancia: {value}"),
    "budget": ("Budget", "Presupuesto"),
    "national_plans": ("Links to national plans", "Vínculos con planes nacionales"),
    "partners": ("Non-government partners", "Socios no gubernamentales"),
    "fact.sdgs": ("Sustainable Development Goals", "Objetivos de Desarrollo Sostenible"),
    "consultation": ("Public consultation", "Consulta pública"),
    "consultation.n": ("comments received: {n}", "comentarios recibidos: {n}"),
    "consultation.response": ("Response", "Respuesta"),
    "lang.in.es": ("Spanish", "español"),
    "lang.in.en": ("English", "inglés"),
    "reports.heading": ("Self-assessment reports", "Informes de autoevaluación"),
    "reports.item.mid_term": ("Mid-term self-assessment", "Autoevaluación de medio término"),
    "reports.item.end_of_term": ("End-of-term self-assessment", "Autoevaluación de fin de término"),
    "reports.pdf": ("PDF in {language}", "PDF en {language}"),
    "report.page.heading": ("{period}: {plan}", "{period}: {plan}"),
    "report.page.lead": (
        "What the government reports in this self-assessment of the action plan: the plan's "
        "texts and each commitment's progress, challenges and next steps.",
        "Lo que informa el gobierno en esta autoevaluación del plan de acción: los textos del "
        "plan y el avance, las dificultades y los próximos pasos de cada compromiso.",
    ),
    "report.page.back": ("The plan as it stands", "El plan a la fecha"),
    "report.page.pdf": ("The report", "El informe"),
    "report.page.download": (
        "Download the report in {language} (PDF)",
        "Descargar el informe en {language} (PDF)",
    ),
    "report.page.plan_texts": ("The plan", "El plan"),
    "report.page.no_texts": (
        "No text of the plan for this period.",
        "Ningún texto del plan para este período.",
    ),
    "report.page.commitments": ("Commitments", "Compromisos"),
    "report.page.no_commitment_texts": (
        "No text for this period.",
        "Ningún texto para este período.",
    ),
    "report.page.irm": ("Completion (IRM)", "Cumplimiento (MRI)"),
    "timeline.title": (
        "Activities from start to end date, filled up to their progress, as of {date}",
        "Actividades de su fecha de inicio a la de término, rellenas según su avance, al {date}",
    ),
    "timeline.today": ("{date}", "{date}"),
    "plan.timeline": ("Timeline", "Calendario"),
    "plan.timeline.title": (
        "Commitments from start to end date, filled up to their indicator progress, as of {date}",
        "Compromisos de su fecha de inicio a la de término, rellenos según el avance de sus "
        "indicadores, al {date}",
    ),
    "plan.timeline.caption": (
        "Each bar runs from a commitment's start to its end date and is filled up to the mean "
        "progress of its indicators; a red outline marks one behind schedule or overdue; the "
        "dashed line is {date}.",
        "Cada barra va de la fecha de inicio de un compromiso a la de término y se rellena según "
        "el avance medio de sus indicadores; un borde rojo marca uno atrasado o vencido; la línea "
        "discontinua es el {date}.",
    ),
    "plan.timeline.table": ("The timeline's dates and figures", "Fechas y cifras del calendario"),
    "timeline.caption": (
        "Each bar runs from an activity's start to its end date and is filled up to its "
        "progress; a red outline marks an activity behind schedule or overdue; the dashed line "
        "is {date}. The table gives the same figures.",
        "Cada barra va de la fecha de inicio de una actividad a la de término y se rellena "
        "según su avance; un borde rojo marca una actividad atrasada o vencida; la línea "
        "discontinua es el {date}. La tabla da las mismas cifras.",
    ),
    "col.activity": ("Activity", "Actividad"),
    "col.start": ("Start", "Inicio"),
    "col.end": ("End", "Término"),
    "col.done": ("Done", "Avance"),
    "evidence.download": ("Download {name}", "Descargar {name}"),
    "evidence.withheld": (
        "File not published (a program or script).",
        "Archivo no publicado (un programa o script).",
    ),
    "evidence.note_private": ("(note not published)", "(nota no publicada)"),
    "col.sha256": ("SHA-256", "SHA-256"),
    "col.size": ("Size", "Tamaño"),
    "narratives.heading": ("Narratives", "Relatos"),
    "quality": ("Matrix quality findings", "Observaciones de calidad de la matriz"),
    "quality.none": ("No findings.", "Sin observaciones."),
    "institution.kind": ("Kind", "Tipo"),
    "institution.commitments": ("Commitments", "Compromisos"),
    "institution.role": ("Role", "Rol"),
    "institution.none": ("No published commitment.", "Ningún compromiso publicado."),
    "institutions.heading": ("Institutions", "Instituciones"),
    "data.heading": ("Open data", "Datos abiertos"),
    "data.text": (
        "Everything on this site is also published as open data: one CSV file per kind of "
        "record (UTF-8, ISO dates, ids and parent ids) described by a Frictionless Data "
        "Package (datapackage.json).",
        "Todo lo que muestra este sitio se publica también como datos abiertos: un archivo CSV "
        "por tipo de registro (UTF-8, fechas ISO, identificadores y referencias a sus padres) "
        "descritos por un Frictionless Data Package (datapackage.json).",
    ),
    "data.package": ("Data package description", "Descripción del paquete de datos"),
    "data.rows": ("{n} rows", "{n} filas"),
    "generator": ("Published with Monitoring Matrix.", "Publicado con Monitoring Matrix."),
    "choose.lang": ("Choose a language", "Elija un idioma"),
    "percent_unknown": ("–", "–"),
}


SITE_TEXTS.update(CHANGE_TEXTS)  # the changes page's words (change_labels)


def text(key: str, lang: str, **params: object) -> str:
    """The fixed text ``key`` in ``lang`` ("es" or "en"), with ``params`` filled in."""
    en, es = SITE_TEXTS.get(key) or REPORT_TEXTS[key]
    template = es if lang == "es" else en
    return template.format(**params) if params else template

"""Every fixed text of the report in English and Spanish, in one table.

Vocabulary values (levels, completion, status...) come from ``domain.vocabulary.label``;
this module holds the report's own headings, column titles and sentences. Templates use
``str.format`` fields; user text is escaped before it is put in.
"""

from __future__ import annotations

#: key -> (English, Spanish)
TEXTS: dict[str, tuple[str, str]] = {
    # cover and running header/footer
    "report.mid_term": (
        "Mid-term self-assessment report",
        "Informe de autoevaluación de medio término",
    ),
    "report.end_of_term": (
        "End-of-term self-assessment report",
        "Informe de autoevaluación de término",
    ),
    "ogp": ("Open Government Partnership", "Alianza para el Gobierno Abierto"),
    "subject": (
        "Self-assessment of an OGP national action plan",
        "Autoevaluación de un plan de acción nacional de la Alianza para el Gobierno Abierto",
    ),
    "cover.government": ("Government", "Gobierno"),
    "cover.period": ("Action plan period", "Período del plan de acción"),
    "cover.coordinating_body": ("Coordinating body", "Coordinación"),
    "cover.date": ("Date of the report", "Fecha del informe"),
    "cover.commitments": ("Commitments", "Compromisos"),
    "cover.produced": (
        "Produced with Monitoring Matrix from the plan's monitoring matrices.",
        "Elaborado con Monitoring Matrix a partir de las matrices de monitoreo del plan.",
    ),
    "untitled": ("Untitled action plan", "Plan de acción sin título"),
    "page_of": ("Page {page} of {pages}", "Página {page} de {pages}"),
    # contents
    "contents": ("Contents", "Índice"),
    # process
    "process": ("The process", "El proceso"),
    "process.none": (
        "No process narrative has been written for this period yet.",
        "Aún no se ha redactado el relato del proceso para este período.",
    ),
    # summary
    "summary": ("Summary of commitments", "Resumen de los compromisos"),
    "summary.intro": (
        "Commitments: {n}; starred: {starred}. Completion is the working group's "
        "self-assessment; schedule and indicator status are computed as of {date}.",
        "Compromisos: {n}; estelares: {starred}. El nivel de cumplimiento es la autoevaluación "
        "de la mesa de trabajo; los plazos y el estado de los indicadores se calculan al {date}.",
    ),
    "summary.chart": ("Commitments per completion level", "Compromisos por nivel de cumplimiento"),
    "summary.none": (
        "This action plan has no commitments yet.",
        "Este plan de acción aún no tiene compromisos.",
    ),
    "col.code": ("No.", "N.º"),
    "col.commitment": ("Commitment", "Compromiso"),
    "col.lead": ("Lead institution", "Institución responsable"),
    "col.completion": ("Completion", "Cumplimiento"),
    "col.schedule": ("Schedule", "Plazos"),
    "col.starred": ("Starred", "Estelar"),
    "yes": ("Yes", "Sí"),
    "no": ("No", "No"),
    # commitments
    "commitments": ("Commitments", "Compromisos"),
    "commitment.heading": ("Commitment {code}: {title}", "Compromiso {code}: {title}"),
    "commitment.heading_nocode": ("Commitment: {title}", "Compromiso: {title}"),
    "fact.lead": ("Lead institution", "Institución responsable"),
    "fact.support": ("Supporting institutions", "Instituciones colaboradoras"),
    "fact.dates": ("Start and end dates", "Fechas de inicio y término"),
    "fact.values": ("OGP values", "Valores OGP"),
    "fact.themes": ("Themes", "Temas"),
    "fact.focal_point": ("Focal point", "Punto focal"),
    "fact.completion": ("Completion (self-assessed)", "Cumplimiento (autoevaluado)"),
    "fact.schedule": ("Schedule as of {date}", "Plazos al {date}"),
    "fact.starred": ("Starred commitment", "Compromiso estelar"),
    "none": ("None", "Ninguna"),
    "status_quo": ("Status quo or problem addressed", "Situación actual o problema que aborda"),
    "objective": ("Main objective", "Objetivo principal"),
    "description": ("Description", "Descripción"),
    "not_given": ("Not stated.", "No indicado."),
    # logframe
    "logframe": ("Logical framework matrix", "Matriz de marco lógico"),
    "col.level": ("Level", "Nivel"),
    "col.narrative": ("Narrative summary", "Resumen narrativo"),
    "col.indicators": ("Indicators", "Indicadores"),
    "col.verification": ("Means of verification", "Medios de verificación"),
    "col.assumptions": ("Assumptions", "Supuestos"),
    "logframe.none": ("The matrix has no rows yet.", "La matriz aún no tiene filas."),
    "activity.done": ("{p} done", "{p} de avance"),
    # indicators
    "indicators": ("Indicators: results against targets", "Indicadores: resultados y metas"),
    "col.indicator": ("Indicator", "Indicador"),
    "col.baseline": ("Baseline", "Línea base"),
    "col.targets": ("Targets", "Metas"),
    "col.latest": ("Latest actual", "Último valor"),
    "latest.evidence": ("Verified by: {title}", "Verificado en: {title}"),
    "col.progress": ("Progress", "Avance"),
    "col.status": ("Status", "Estado"),
    "indicator.unit": ("Unit: {unit}", "Unidad: {unit}"),
    "indicator.decreasing": ("lower is better", "menor es mejor"),
    "target.by": ("{value} by {date}", "{value} al {date}"),
    "target.revised": (
        "Revised on {date} (was {old}): {reason}",
        "Revisada el {date} (antes {old}): {reason}",
    ),
    "indicators.none": ("No indicators defined.", "No hay indicadores definidos."),
    "chart.heading": (
        "Actual values against the target path",
        "Valores efectivos frente a la trayectoria de metas",
    ),
    "chart.target": ("Target path", "Trayectoria de metas"),
    "chart.actual": ("Actual", "Valor efectivo"),
    "chart.none": (
        "No indicator has dated targets or measurements to chart yet.",
        "Ningún indicador tiene aún metas con fecha o mediciones para graficar.",
    ),
    # evidence
    "evidence": ("Evidence", "Evidencia"),
    "col.title": ("Title", "Título"),
    "col.date": ("Date", "Fecha"),
    "col.kind": ("Kind", "Tipo"),
    "col.source": ("Link, file or note", "Enlace, archivo o nota"),
    "evidence.none": ("No evidence recorded.", "No hay evidencia registrada."),
    # narratives
    "narratives": ("Progress, challenges and next steps", "Avance, dificultades y próximos pasos"),
    "narratives.none": (
        "No narrative has been written for this period yet.",
        "Aún no se ha redactado un relato para este período.",
    ),
    # annex
    "annex": ("Annex: matrix quality findings", "Anexo: observaciones de calidad de las matrices"),
    "annex.intro": (
        "What the monitoring matrices still lack before every commitment can be followed "
        "with indicators, targets and evidence.",
        "Lo que aún falta en las matrices de monitoreo para que cada compromiso pueda seguirse "
        "con indicadores, metas y evidencia.",
    ),
    "annex.none": (
        "No findings: every matrix is complete.",
        "Sin observaciones: todas las matrices están completas.",
    ),
    "annex.counts": (
        "Errors: {errors}; warnings: {warnings}; notes: {infos}.",
        "Errores: {errors}; advertencias: {warnings}; notas: {infos}.",
    ),
    "col.severity": ("Severity", "Gravedad"),
    "col.finding": ("Finding", "Observación"),
    "severity.error": ("Error", "Error"),
    "severity.warning": ("Warning", "Advertencia"),
    "severity.info": ("Note", "Nota"),
}


def text(key: str, lang: str, **params: object) -> str:
    """The fixed text ``key`` in ``lang`` ("es" or "en"), with ``params`` filled in."""
    en, es = TEXTS[key]
    template = es if lang == "es" else en
    return template.format(**params) if params else template

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
    "cover.full": ("The cover's texts in full", "Textos completos de la portada"),
    "cover.shortened": (
        "Texts shortened on this cover are printed in full on the next page.",
        "Los textos abreviados en esta portada figuran completos en la página siguiente.",
    ),
    "cover.title": ("Title", "Título"),
    # shortened texts
    "shortened": ("[… shortened: {n} characters in all]", "[… abreviado: {n} caracteres en total]"),
    "shortened.note": (
        "[… continued in note {n} below the table]",
        "[… continúa en la nota {n} bajo la tabla]",
    ),
    "shortened.below": ("[… the full title follows]", "[… el título completo sigue]"),
    "shortened.commitment": (
        "[… in full on the commitment's pages]",
        "[… completo en las páginas del compromiso]",
    ),
    "note.label": ("Note {n} to the table: {label}", "Nota {n} a la tabla: {label}"),
    "full_title": ("Full title", "Título completo"),
    "more": ("and {n} more", "y {n} más"),
    "continued": ("{label} (cont.)", "{label} (cont.)"),
    # contents
    "contents": ("Contents", "Índice"),
    "toc.update": (
        "Right-click here and choose Update Field to fill in the contents.",
        "Haga clic derecho aquí y elija Actualizar campo para completar el índice.",
    ),
    # process
    "process": ("The process", "El proceso"),
    "process.none": (
        "No process narrative has been written for this period yet.",
        "Aún no se ha redactado el relato del proceso para este período.",
    ),
    # summary
    "summary": ("Summary of commitments", "Resumen de los compromisos"),
    "summary.intro": (
        "Commitments: {n}; starred according to the IRM: {irm}; by our estimate (the IRM's "
        "rule applied to its ratings, where the file holds no IRM verdict): {estimate}. "
        "Completion is the working group's self-assessment. Everything in this report is as "
        "of {date}: later measurements, evidence and target revisions are left out, and "
        "schedule and indicator status are judged against the targets due by that date.",
        "Compromisos: {n}; estelares según el MRI: {irm}; según nuestra estimación (la regla "
        "del MRI aplicada a sus calificaciones, donde el archivo no tiene su veredicto): "
        "{estimate}. El nivel de cumplimiento es la autoevaluación de la mesa de trabajo. Todo "
        "este informe es al {date}: no incluye mediciones, evidencias ni revisiones de metas "
        "posteriores, y los plazos y el estado de los indicadores se juzgan frente a las metas "
        "que vencían a esa fecha.",
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
    "starred.irm.yes": ("Yes: the IRM's verdict", "Sí: veredicto del MRI"),
    "starred.irm.no": ("No: the IRM's verdict", "No: veredicto del MRI"),
    "starred.estimate.yes": (
        "Yes by our estimate: the IRM's rule applied to the IRM's ratings in this file "
        "(the file holds no IRM verdict)",
        "Sí según nuestra estimación: la regla del MRI aplicada a las calificaciones del MRI "
        "de este archivo (el archivo no contiene un veredicto del MRI)",
    ),
    "starred.estimate.no": (
        "No by our estimate: the IRM's rule applied to the IRM's ratings in this file "
        "(the file holds no IRM verdict)",
        "No según nuestra estimación: la regla del MRI aplicada a las calificaciones del MRI "
        "de este archivo (el archivo no contiene un veredicto del MRI)",
    ),
    "starred.unknown": (
        "Not assessed: no IRM verdict or ratings in this file",
        "Sin evaluar: el archivo no contiene veredicto ni calificaciones del MRI",
    ),
    "star.irm.yes": ("Yes (IRM)", "Sí (MRI)"),
    "star.irm.no": ("No (IRM)", "No (MRI)"),
    "star.estimate.yes": ("Yes (est.)", "Sí (estim.)"),
    "star.estimate.no": ("No (est.)", "No (estim.)"),
    "star.unknown": ("–", "–"),
    "missing": (
        "Not yet recorded for this commitment: {items}.",
        "Aún no se registra para este compromiso: {items}.",
    ),
    "missing.logframe": ("logical framework matrix", "matriz de marco lógico"),
    "missing.indicators": ("indicators", "indicadores"),
    "missing.evidence": ("evidence", "evidencia"),
    "missing.narratives": (
        "progress narrative for this report",
        "relato de avance para este informe",
    ),
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
    # draft for consultation
    "draft.mark": ("DRAFT FOR CONSULTATION", "BORRADOR PARA CONSULTA"),
    "draft.cover": (
        "Draft for public consultation. Comments are welcome until it is final.",
        "Borrador para consulta pública. Se reciben comentarios hasta su versión final.",
    ),
    "draft.cover_dates": (
        "Draft for public consultation from {start} to {end}.",
        "Borrador para consulta pública del {start} al {end}.",
    ),
    # consultation (schema 4)
    "consultation.intro": (
        "Comments received in the public consultation of this report ({n}){dates}, and the "
        "government's response to each.",
        "Comentarios recibidos en la consulta pública de este informe ({n}){dates}, y la "
        "respuesta del gobierno a cada uno.",
    ),
    "consultation.dates": (", from {start} to {end}", ", del {start} al {end}"),
    "col.who": ("Who", "Quién"),
    "col.organisation": ("Organisation", "Organización"),
    "col.comment": ("Comment", "Comentario"),
    "col.response": ("Response", "Respuesta"),
    "consultation.no_response": ("No response yet.", "Aún sin respuesta."),
    # translations (schema 4)
    "untranslated.heading": ("Texts not yet translated", "Textos aún sin traducir"),
    "untranslated": (
        "{n} of this report's texts have no English translation yet: they are printed in "
        "the original language and marked {mark}.",
        "{n} textos de este informe aún no tienen traducción al español: se imprimen en el "
        "idioma original, marcados {mark}.",
    ),
    # profile and colophon (schema 4)
    "cover.issuing_body": ("Issued by", "Emitido por"),
    "cover.text": ("Cover text", "Texto de portada"),
    "colophon": (
        "Prepared from the plan's monitoring matrices with Monitoring Matrix.",
        "Elaborado a partir de las matrices de monitoreo del plan con Monitoring Matrix.",
    ),
    # new commitment fields (schema 4)
    "relevance.heading": ("Relevance to the OGP values", "Relevancia para los valores OGP"),
    "fact.budget": ("Budget", "Presupuesto"),
    "fact.national_plans": ("Links to national plans", "Vínculo con planes nacionales"),
    "fact.sdgs": ("Sustainable Development Goals", "Objetivos de Desarrollo Sostenible"),
    "fact.partners": ("Partners outside government", "Socios fuera del gobierno"),
    # parts of the report, per kind (outline.py)
    "part.development": ("Development of the action plan", "Elaboración del plan de acción"),
    "part.consultation": (
        "Public consultation on this report",
        "Consulta pública de este informe",
    ),
    "part.relevance": (
        "Relevance and ambition of the commitments",
        "Relevancia y ambición de los compromisos",
    ),
    "part.progress": ("Progress to date", "Avance a la fecha"),
    "part.commitments": ("Commitments", "Compromisos"),
    "part.next": ("Lessons so far and next steps", "Aprendizajes y próximos pasos"),
    "part.results": ("Final results", "Resultados finales"),
    "part.participation": (
        "Participation during implementation",
        "Participación durante la implementación",
    ),
    "part.lessons": ("Lessons learned and next steps", "Lecciones aprendidas y próximos pasos"),
    "part.annex": (
        "Annex: matrix quality findings",
        "Anexo: observaciones de calidad de las matrices",
    ),
    "sub.mid_term.process": (
        "Co-creation and public consultation",
        "Co-creación y consulta pública",
    ),
    "sub.mid_term.meetings": ("The multi-stakeholder forum", "El foro multiactor"),
    "sub.mid_term.lessons": ("Lessons so far", "Aprendizajes hasta ahora"),
    "sub.mid_term.next_steps": ("Next steps", "Próximos pasos"),
    "sub.end_of_term.process": (
        "Participation and consultation during implementation",
        "Participación y consulta durante la implementación",
    ),
    "sub.end_of_term.meetings": (
        "Meetings of the multi-stakeholder forum",
        "Reuniones del foro multiactor",
    ),
    "sub.end_of_term.lessons": ("Lessons learned", "Lecciones aprendidas"),
    "sub.end_of_term.next_steps": ("Next steps", "Próximos pasos"),
    "not_written": (
        "Not yet written for this report: {items}.",
        "Aún no redactado para este informe: {items}.",
    ),
    "relevance.intro": (
        "The OGP values each commitment is tagged with and, where the file holds them, the "
        "IRM's ratings of its specificity and potential impact (its ambition).",
        "Los valores OGP de cada compromiso y, donde el archivo las contiene, las "
        "calificaciones del MRI de su especificidad e impacto potencial (su ambición).",
    ),
    "col.values": ("OGP values", "Valores OGP"),
    "col.specificity": ("Specificity (IRM)", "Especificidad (MRI)"),
    "col.impact": ("Potential impact (IRM)", "Impacto potencial (MRI)"),
    "opened.heading": ("Did it open government?", "¿Contribuyó a abrir el gobierno?"),
    "opened.intro": (
        "The IRM's verdict per commitment, where the file holds it: {counts}.",
        "El veredicto del MRI por compromiso, donde el archivo lo contiene: {counts}.",
    ),
    "opened.count": ("{label}: {n}", "{label}: {n}"),
    "fact.opened": ("Did it open government? (IRM)", "¿Abrió el gobierno? (MRI)"),
    # scripts
    "unprintable.heading": ("Characters not printed", "Caracteres no impresos"),
    "unprintable": (
        "{n} characters of this report's texts ({chars}) are in a script no font on this "
        "computer can print; they are shown as \ufffd. Installing a TrueType font that has "
        "them (or placing one in the program's fonts/extra folder) prints them.",
        "{n} caracteres de los textos de este informe ({chars}) están en una escritura que "
        "ninguna fuente de este equipo puede imprimir; se muestran como \ufffd. Instalar una "
        "fuente TrueType que los tenga (o copiarla en la carpeta fonts/extra del programa) "
        "permite imprimirlos.",
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

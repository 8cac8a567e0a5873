<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ReportAction</name>
    <message>
        <source>Report ready</source>
        <translation>Informe listo</translation>
    </message>
    <message>
        <source>This project has no action plan to report on yet.</source>
        <translation>Este proyecto aún no tiene un plan de acción sobre el cual informar.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Elaborando el informe…</translation>
    </message>
    <message numerus="yes">
        <source>The report was saved as {path} (%n page(s)). Open it now?</source>
        <translation>
            <numerusform>El informe se guardó como {path} (%n página). ¿Abrirlo ahora?</numerusform>
            <numerusform>El informe se guardó como {path} (%n páginas). ¿Abrirlo ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was saved as {path}. Open it now?</source>
        <translation>El informe se guardó como {path}. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>Export r&amp;eport…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Write the self-assessment report of an action plan as a PDF or a Word document, in Spanish or English</source>
        <translation>Escribir el informe de autoevaluación de un plan de acción en PDF o como documento de Word, en español o en inglés</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Ajustes del informe</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>(untitled plan)</source>
        <translation>(plan sin título)</translation>
    </message>
    <message>
        <source>Mid-term self-assessment</source>
        <translation>Autoevaluación de medio término</translation>
    </message>
    <message>
        <source>End-of-term self-assessment</source>
        <translation>Autoevaluación de término</translation>
    </message>
    <message>
        <source>The report&apos;s date; schedules and statuses are computed at it</source>
        <translation>Fecha del informe; los plazos y estados se calculan a esa fecha</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Report &amp;settings…</source>
        <translation>A&amp;justes del informe…</translation>
    </message>
    <message>
        <source>Issuing body, cover text, logo and sections of this plan&apos;s report</source>
        <translation>Organismo emisor, texto de portada, logotipo y secciones del informe de este plan</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Build report</source>
        <translation>Elaborar informe</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Guardar informe como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
</context>
<context>
    <name>ReportOptionsBox</name>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Draft for the public consultation</source>
        <translation>Borrador para la consulta pública</translation>
    </message>
    <message>
        <source>Marks every page as a draft and puts the consultation dates on the cover</source>
        <translation>Marca cada página como borrador y pone las fechas de la consulta en la portada</translation>
    </message>
    <message>
        <source>Development of the action plan</source>
        <translation>Elaboración del plan de acción</translation>
    </message>
    <message>
        <source>Public consultation on this report</source>
        <translation>Consulta pública de este informe</translation>
    </message>
    <message>
        <source>Relevance and ambition of the commitments</source>
        <translation>Relevancia y ambición de los compromisos</translation>
    </message>
    <message>
        <source>Progress to date</source>
        <translation>Avance a la fecha</translation>
    </message>
    <message>
        <source>A page per commitment</source>
        <translation>Una página por compromiso</translation>
    </message>
    <message>
        <source>Lessons so far and next steps</source>
        <translation>Aprendizajes y próximos pasos</translation>
    </message>
    <message>
        <source>Final results</source>
        <translation>Resultados finales</translation>
    </message>
    <message>
        <source>Participation during implementation</source>
        <translation>Participación durante la implementación</translation>
    </message>
    <message>
        <source>Lessons learned and next steps</source>
        <translation>Lecciones aprendidas y próximos pasos</translation>
    </message>
    <message>
        <source>Annex: matrix quality findings (internal)</source>
        <translation>Anexo: observaciones de calidad de las matrices (uso interno)</translation>
    </message>
</context>
<context>
    <name>ReportProfileBox</name>
    <message>
        <source>Cover and consultation</source>
        <translation>Portada y consulta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Consultation from</source>
        <translation>Consulta del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Organismo emisor</translation>
    </message>
    <message>
        <source>Cover text</source>
        <translation>Texto de portada</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Logo for the cover</source>
        <translation>Logotipo para la portada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Saved logo</source>
        <translation>Logotipo guardado</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ReportAction</name>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar &amp;informe (PDF)…</translation>
    </message>
    <message>
        <source>Write the self-assessment report of an action plan as a PDF, in Spanish or English</source>
        <translation>Escribir el informe de autoevaluación de un plan de acción en PDF, en español o en inglés</translation>
    </message>
    <message>
        <source>Export report (PDF)</source>
        <translation>Exportar informe (PDF)</translation>
    </message>
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
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report (PDF)</source>
        <translation>Exportar informe (PDF)</translation>
    </message>
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
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ReportAction</name>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="150" />
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar &amp;informe (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="153" />
        <source>Write the self-assessment report of an action plan as a PDF, in Spanish or English</source>
        <translation>Escribir el informe de autoevaluación de un plan de acción en PDF, en español o en inglés</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="171" />
        <source>Export report (PDF)</source>
        <translation>Exportar informe (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="176" />
        <source>Report ready</source>
        <translation>Informe listo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="194" />
        <source>This project has no action plan to report on yet.</source>
        <translation>Este proyecto aún no tiene un plan de acción sobre el cual informar.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="220" />
        <source>Building the report…</source>
        <translation>Elaborando el informe…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="225" />
        <source>The report was saved as {path} ({pages} pages). Open it now?</source>
        <translation>El informe se guardó como {path} ({pages} páginas). ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>The report was saved as {path}. Open it now?</source>
        <translation>El informe se guardó como {path}. ¿Abrirlo ahora?</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="47" />
        <source>Export report (PDF)</source>
        <translation>Exportar informe (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="54" />
        <source>(untitled plan)</source>
        <translation>(plan sin título)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="56" />
        <source>Mid-term self-assessment</source>
        <translation>Autoevaluación de medio término</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="57" />
        <source>End-of-term self-assessment</source>
        <translation>Autoevaluación de término</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="66" />
        <source>The report's date; schedules and statuses are computed at it</source>
        <translation>Fecha del informe; los plazos y estados se calculan a esa fecha</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="70" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="77" />
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="78" />
        <source>Kind of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="79" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="80" />
        <source>Date of the report</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="81" />
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="85" />
        <source>Build report</source>
        <translation>Elaborar informe</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="120" />
        <source>Save report as</source>
        <translation>Guardar informe como</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/report.py" line="120" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="31" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="53" />
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportar a Excel…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="56" />
        <source>Write the project to a workbook, with a printable logframe per commitment</source>
        <translation>Escribir el proyecto en un libro Excel, con una matriz de marco lógico imprimible por compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="62" />
        <source>&amp;Import from Excel…</source>
        <translation>Importar &amp;desde Excel…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="65" />
        <source>Bring in a workbook: an export, a template, a logframe matrix or any sheet</source>
        <translation>Traer un libro: una exportación, una plantilla, una matriz de marco lógico o cualquier hoja</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="71" />
        <source>New Excel &amp;template…</source>
        <translation>Nueva plan&amp;tilla Excel…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="74" />
        <source>A blank workbook that focal points can fill in without the application</source>
        <translation>Un libro en blanco que los puntos focales pueden completar sin la aplicación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="111" />
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="127" />
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="128" />
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="157" />
        <source>Written: {path}</source>
        <translation>Escrito: {path}</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="64" />
        <source>The workbook was saved as {path}. Open it now?</source>
        <translation>El libro se guardó como {path}. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="132" />
        <source>Exporting to Excel</source>
        <translation>Exportando a Excel</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="138" />
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="156" />
        <source>New Excel template</source>
        <translation>Nueva plantilla Excel</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="139" />
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="161" />
        <source>Writing the template</source>
        <translation>Escribiendo la plantilla</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="184" />
        <source>{a} added, {u} updated, {s} unchanged.</source>
        <translation>{a} agregados, {u} actualizados, {s} sin cambios.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/actions/excel.py" line="187" />
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
</context>
<context>
    <name>ExcelImportWizard</name>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="139" />
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="140" />
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="141" />
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="142" />
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="150" />
        <source>Choose a workbook</source>
        <translation>Elija un libro Excel</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="152" />
        <source>A workbook exported by Monitoring Matrix, a filled-in template, a logframe matrix or any other sheet.</source>
        <translation>Un libro exportado por Monitoring Matrix, una plantilla completada, una matriz de marco lógico o cualquier otra hoja.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="159" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="194" />
        <source>A Monitoring Matrix workbook: rows are matched by their ids.</source>
        <translation>Un libro de Monitoring Matrix: las filas se reconocen por su id.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="199" />
        <source>Logframe matrices found in: {sheets}.</source>
        <translation>Matrices de marco lógico encontradas en: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="202" />
        <source>No known layout: on the next page, say what each column holds.</source>
        <translation>Formato no reconocido: en la página siguiente, indique qué contiene cada columna.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="221" />
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="223" />
        <source>Pick the sheet, the header row and the column of each item; then the level.</source>
        <translation>Elija la hoja, la fila de encabezado y la columna de cada elemento; luego el nivel.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="236" />
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="237" />
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="239" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="240" />
        <source>Narrative summary</source>
        <translation>Resumen narrativo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="241" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="242" />
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="245" />
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="246" />
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="247" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="248" />
        <source>Target date</source>
        <translation>Fecha de la meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="249" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="250" />
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="265" />
        <source>Decimal comma (86,7)</source>
        <translation>Coma decimal (86,7)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="268" />
        <source>Decimal point (86.7)</source>
        <translation>Punto decimal (86.7)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="270" />
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="273" />
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="347" />
        <source>(not a level)</source>
        <translation>(no es un nivel)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="390" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="392" />
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="410" />
        <source>Checking the workbook…</source>
        <translation>Revisando el libro…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="413" />
        <source>Checking the workbook</source>
        <translation>Revisando el libro</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="425" />
        <source>The workbook could not be checked.</source>
        <translation>No se pudo revisar el libro.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="434" />
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="439" />
        <source>{n} problem(s): fix them in the workbook and try again; nothing will be imported.</source>
        <translation>{n} problema(s): corríjalos en el libro e intente de nuevo; no se importará nada.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="446" />
        <source>{a} to add, {u} to update, {s} unchanged.</source>
        <translation>{a} por agregar, {u} por actualizar, {s} sin cambios.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="475" />
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="498" />
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="484" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="500" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/excel_import_wizard.py" line="528" />
        <source>Importing the workbook</source>
        <translation>Importando el libro</translation>
    </message>
</context>
</TS>
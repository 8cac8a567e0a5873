<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ExcelActions</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportar a Excel…</translation>
    </message>
    <message>
        <source>Write the project to a workbook, with a printable logframe per commitment</source>
        <translation>Escribir el proyecto en un libro Excel, con una matriz de marco lógico imprimible por compromiso</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Importar &amp;desde Excel…</translation>
    </message>
    <message>
        <source>Bring in a workbook: an export, a template, a logframe matrix or any sheet</source>
        <translation>Traer un libro: una exportación, una plantilla, una matriz de marco lógico o cualquier hoja</translation>
    </message>
    <message>
        <source>New Excel &amp;template…</source>
        <translation>Nueva plan&amp;tilla Excel…</translation>
    </message>
    <message>
        <source>A blank workbook that focal points can fill in without the application</source>
        <translation>Un libro en blanco que los puntos focales pueden completar sin la aplicación</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>The workbook was saved as {path}. Open it now?</source>
        <translation>El libro se guardó como {path}. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Exportando a Excel</translation>
    </message>
    <message>
        <source>New Excel template</source>
        <translation>Nueva plantilla Excel</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>Writing the template</source>
        <translation>Escribiendo la plantilla</translation>
    </message>
    <message>
        <source>{a} added, {u} updated, {s} unchanged.</source>
        <translation>{a} agregados, {u} actualizados, {s} sin cambios.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
</context>
<context>
    <name>ExcelImportWizard</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>Elija un libro Excel</translation>
    </message>
    <message>
        <source>A workbook exported by Monitoring Matrix, a filled-in template, a logframe matrix or any other sheet.</source>
        <translation>Un libro exportado por Monitoring Matrix, una plantilla completada, una matriz de marco lógico o cualquier otra hoja.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Leyendo el libro…</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Leyendo el libro</translation>
    </message>
    <message>
        <source>{name} is a folder: choose a workbook in it (Browse…).</source>
        <translation>{name} es una carpeta: elija un libro dentro de ella (Examinar…).</translation>
    </message>
    <message>
        <source>There is no file {name} there: check the name or use Browse….</source>
        <translation>No hay ningún archivo {name} ahí: revise el nombre o use Examinar….</translation>
    </message>
    <message>
        <source>Not read: cancelled. Choose the workbook again.</source>
        <translation>No se leyó: se canceló. Vuelva a elegir el libro.</translation>
    </message>
    <message>
        <source>A Monitoring Matrix workbook: rows are matched by their ids.</source>
        <translation>Un libro de Monitoring Matrix: las filas se reconocen por su id.</translation>
    </message>
    <message>
        <source>Logframe matrices found in: {sheets}.</source>
        <translation>Matrices de marco lógico encontradas en: {sheets}.</translation>
    </message>
    <message>
        <source>No known layout: on the next page, say what each column holds.</source>
        <translation>Formato no reconocido: en la página siguiente, indique qué contiene cada columna.</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Pick the sheet, the header row and the column of each item; then the level.</source>
        <translation>Elija la hoja, la fila de encabezado y la columna de cada elemento; luego el nivel.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Narrative summary</source>
        <translation>Resumen narrativo</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Current value (date)</source>
        <translation>Valor actual (fecha)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha de la meta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Fecha de la línea base</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Decimal comma (86,7)</source>
        <translation>Coma decimal (86,7)</translation>
    </message>
    <message>
        <source>Decimal point (86.7)</source>
        <translation>Punto decimal (86.7)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>Leyendo la hoja…</translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation>Leyendo la hoja</translation>
    </message>
    <message>
        <source>Not read: cancelled. Pick the sheet again.</source>
        <translation>No se leyó: se canceló. Vuelva a elegir la hoja.</translation>
    </message>
    <message>
        <source>Not recognised: the columns whose header says what they hold are picked below; check them and pick the others.</source>
        <translation>No reconocida: abajo están elegidas las columnas cuyo encabezado dice qué contienen; revíselas y elija las demás.</translation>
    </message>
    <message>
        <source>(not a level)</source>
        <translation>(no es un nivel)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>Revisando el libro…</translation>
    </message>
    <message>
        <source>Checking the workbook</source>
        <translation>Revisando el libro</translation>
    </message>
    <message>
        <source>Not checked: cancelled. Press Back, then Next, to check again.</source>
        <translation>No se revisó: se canceló. Pulse Atrás y luego Siguiente para revisarlo de nuevo.</translation>
    </message>
    <message>
        <source>The workbook could not be checked.</source>
        <translation>No se pudo revisar el libro.</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix them in the workbook and try again; nothing will be imported.</source>
        <translation>
            <numerusform>%n problema: corríjalo en el libro e inténtelo de nuevo; no se importará nada.</numerusform>
            <numerusform>%n problemas: corríjalos en el libro e inténtelo de nuevo; no se importará nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>{a} to add, {u} to update, {s} unchanged.</source>
        <translation>{a} por agregar, {u} por actualizar, {s} sin cambios.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Spreadsheets: Excel or LibreOffice (*.xlsx *.ods)</source>
        <translation>Hojas de cálculo: Excel o LibreOffice (*.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Importing the workbook</source>
        <translation>Importando el libro</translation>
    </message>
    <message>
        <source>DFID / UK logframe (Impact, Outcome, Output blocks)</source>
        <translation>marco lógico DFID / Reino Unido (bloques Impacto, Efecto, Producto)</translation>
    </message>
    <message>
        <source>World Bank results framework (PDO and intermediate results)</source>
        <translation>marco de resultados del Banco Mundial (ODP y resultados intermedios)</translation>
    </message>
    <message>
        <source>IDB results matrix (Matriz de Resultados)</source>
        <translation>matriz de resultados del BID</translation>
    </message>
    <message>
        <source>USAID Indicator Performance Tracking Table</source>
        <translation>tabla de seguimiento de indicadores de USAID (IPTT)</translation>
    </message>
    <message>
        <source>USAID Performance Indicator Reference Sheet (one indicator)</source>
        <translation>Ficha de referencia de indicador de USAID (PIRS, un indicador)</translation>
    </message>
    <message>
        <source>OGP follow-up sheet (one row per milestone)</source>
        <translation>planilla de seguimiento OGP (una fila por hito)</translation>
    </message>
    <message>
        <source>OGP commitment template (one commitment per sheet)</source>
        <translation>plantilla de compromiso OGP (un compromiso por hoja)</translation>
    </message>
    <message>
        <source>activity plan (activities under the logframe&apos;s outputs)</source>
        <translation>plan de actividades (actividades bajo los productos del marco lógico)</translation>
    </message>
    <message>
        <source>results form (a label and its value on each line)</source>
        <translation>formulario de resultados (una etiqueta y su valor en cada línea)</translation>
    </message>
    <message>
        <source>commitments as blocks of labelled lines</source>
        <translation>compromisos en bloques de líneas con etiqueta</translation>
    </message>
    <message>
        <source>task list export (Asana, Jira, Planner: tasks and subtasks)</source>
        <translation>exportación de una lista de tareas (Asana, Jira, Planner: tareas y subtareas)</translation>
    </message>
    <message>
        <source>EU logframe / cadre logique</source>
        <translation>marco lógico de la UE / cadre logique</translation>
    </message>
    <message>
        <source>ILPES / CEPAL logframe matrix</source>
        <translation>matriz de marco lógico ILPES / CEPAL</translation>
    </message>
    <message>
        <source>logframe matrix</source>
        <translation>matriz de marco lógico</translation>
    </message>
    <message>
        <source>Read this sheet as recognised</source>
        <translation>Leer esta hoja tal como se reconoció</translation>
    </message>
    <message>
        <source>Read as they are</source>
        <translation>Leerlas tal como están</translation>
    </message>
    <message>
        <source>Skip (not imported)</source>
        <translation>Omitir (no se importan)</translation>
    </message>
    <message>
        <source>A section row: {level}</source>
        <translation>Fila de sección: {level}</translation>
    </message>
    <message>
        <source>Apply to the selected rows</source>
        <translation>Aplicar a las filas seleccionadas</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula de cálculo</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Filas seleccionadas</translation>
    </message>
    <message>
        <source>Recognised as {name}: it is read as the command line reads it.</source>
        <translation>Reconocida como {name}: se lee tal como la lee la línea de comandos.</translation>
    </message>
    <message>
        <source>Recognised as {name}: the columns below are what was found; change any.</source>
        <translation>Reconocida como {name}: las columnas de abajo son las encontradas; cambie las que quiera.</translation>
    </message>
    <message>
        <source>Not recognised: say what each column holds.</source>
        <translation>No reconocida: indique qué contiene cada columna.</translation>
    </message>
    <message>
        <source>Rows skipped: {rows}.</source>
        <translation>Filas omitidas: {rows}.</translation>
    </message>
    <message>
        <source>Section rows: {rows}.</source>
        <translation>Filas de sección: {rows}.</translation>
    </message>
    <message>
        <source>Nothing to import: the workbook would add or change nothing ({s} unchanged). Check the sheet and the columns on the previous page.</source>
        <translation>Nada que importar: el libro no agregaría ni cambiaría nada ({s} sin cambios). Revise la hoja y las columnas en la página anterior.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CompletionChart</name>
    <message>
        <source>Commitments per completion level</source>
        <translation>Compromisos por nivel de cumplimiento</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Search code, title or institution</source>
        <translation>Buscar código, título o institución</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Buscar compromisos</translation>
    </message>
    <message>
        <source>Filter by institution</source>
        <translation>Filtrar por institución</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrar por tema</translation>
    </message>
    <message>
        <source>Filter by completion</source>
        <translation>Filtrar por cumplimiento</translation>
    </message>
    <message>
        <source>Filter by schedule</source>
        <translation>Filtrar por plazos</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>C&amp;ompletion:</source>
        <translation>&amp;Cumplimiento:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Plazos:</translation>
    </message>
    <message>
        <source>Commitments of the plan</source>
        <translation>Compromisos del plan</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation>(plan sin título)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n commitment(s) shown</source>
        <translation>
            <numerusform>{shown} de %n compromiso mostrados</numerusform>
            <numerusform>{shown} de %n compromisos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>{commitments}, {starred}.</source>
        <translation>{commitments}, {starred}.</translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n estelar</numerusform>
            <numerusform>%n estelares</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan has no commitments yet. Add one with “Add commitment” (Ctrl+Shift+N).</source>
        <translation>Este plan aún no tiene compromisos. Agregue uno con «Agregar compromiso» (Ctrl+Mayús+N).</translation>
    </message>
    <message>
        <source>No commitment matches the filters. “Clear filters” shows them all.</source>
        <translation>Ningún compromiso coincide con los filtros. «Quitar filtros» los muestra todos.</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Avance de indicadores</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Estelar</translation>
    </message>
    <message>
        <source>Mean share of the way from baseline to final target covered by the latest measurement of each indicator.</source>
        <translation>Proporción media del camino entre la línea base y la meta final que cubre la última medición de cada indicador.</translation>
    </message>
    <message>
        <source>Time elapsed compared with work done.</source>
        <translation>Tiempo transcurrido comparado con el trabajo realizado.</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>No estelar</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Monitoring Matrix projects (*.nap)</source>
        <translation>Proyectos de Monitoring Matrix (*.nap)</translation>
    </message>
    <message>
        <source>Nothing already saved was lost. Please report this problem with the details below.</source>
        <translation>No se perdió nada de lo ya guardado. Informe este problema junto con los detalles que siguen.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select a plan to see its dashboard, or a commitment to edit it.</source>
        <extracomment>Share of the screen&apos;s free width and height the window takes on first start. Edits arriving closer together than this are summarised in one reload of the project (an edit that concerns only some commitments re-reads just those, at once). The open Document, or None after closing (feature actions enable themselves on it). Dashboard/quality data finished loading (for tests and benchmarks). The project shown from its model-free read while its Document is on its way. Commitments edited since their rows were last re-read (one read per event-loop turn for the notices an edit sends, e.g. a target and its revision). ``show_preview``&apos;s steps, one event-loop turn apart (``_fill_preview``).</extracomment>
        <translation>Seleccione un plan para ver su tablero, o un compromiso para editarlo.</translation>
    </message>
    <message>
        <source>Matrix quality</source>
        <translation>Calidad de la matriz</translation>
    </message>
    <message>
        <source>Matrix quality panel</source>
        <translation>Panel de calidad de la matriz</translation>
    </message>
    <message>
        <source>Monitoring Matrix</source>
        <translation>Monitoring Matrix</translation>
    </message>
    <message>
        <source>{name} [read-only]</source>
        <translation>{name} [solo lectura]</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>“{task}” is still running. Cancel it and quit?</source>
        <translation>«{task}» sigue en curso. ¿Cancelarlo y salir?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <source>Opening {name}…</source>
        <extracomment>Modules the first window does not need, imported by the worker that opens a project so that no action enabled by the open document imports them on the GUI thread. ``show_preview``&apos;s steps, each its own turn of the event loop (``_fill_preview``): on a 2,000-commitment project each takes 5-25 ms of the GUI thread, together 100-150 ms (the GUI thread was blocked that long when they ran at once). From ``ATTACH_STEP`` on, the worker making the ``Project`` holds the file&apos;s edit lock.</extracomment>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Abriendo {name}</translation>
    </message>
    <message>
        <source>Checking {name} before it can be edited…</source>
        <translation>Revisando {name} antes de que se pueda editar…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>Written to the change history of every edit you make.</source>
        <translation>Se registra en el historial de cambios de cada edición que haga.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Nombre del &amp;autor:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>A new language takes effect when the application restarts.</source>
        <translation>Un nuevo idioma se aplica al reiniciar la aplicación.</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <source>Plans and commitments</source>
        <translation>Planes y compromisos</translation>
    </message>
    <message>
        <source>Select a plan for its dashboard or a commitment to edit it. F2 renames.</source>
        <translation>Seleccione un plan para ver su tablero o un compromiso para editarlo. F2 cambia el nombre.</translation>
    </message>
    <message>
        <source>This project has no plan yet. Add one with “Add plan” (Ctrl+Shift+P).</source>
        <translation>Este proyecto aún no tiene planes. Agregue uno con «Agregar plan» (Ctrl+Mayús+P).</translation>
    </message>
    <message>
        <source>Add &amp;plan</source>
        <translation>Agregar &amp;plan</translation>
    </message>
    <message>
        <source>Add &amp;commitment</source>
        <translation>Agregar &amp;compromiso</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Eliminar (Supr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Co&amp;nsultation comments…</source>
        <translation>Co&amp;mentarios de la consulta…</translation>
    </message>
    <message>
        <source>Comments received in the public consultation of the plan&apos;s report</source>
        <translation>Comentarios recibidos en la consulta pública del informe del plan</translation>
    </message>
    <message>
        <source>&amp;Report settings…</source>
        <translation>A&amp;justes del informe…</translation>
    </message>
    <message>
        <source>Issuing body, cover text, logo and sections of the plan&apos;s report</source>
        <translation>Organismo emisor, texto de portada, logotipo y secciones del informe del plan</translation>
    </message>
    <message>
        <source>Add plan</source>
        <extracomment>Open plan windows by (kind, plan id), raised instead of opened twice.</extracomment>
        <translation>Agregar plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Agregar compromiso</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan “{title}” with its %n commitment(s)? You can bring it back with Edit &gt; Undo.</source>
        <translation>
            <numerusform>¿Eliminar el plan «{title}» con su %n compromiso? Puede recuperarlo con Edición &gt; Deshacer.</numerusform>
            <numerusform>¿Eliminar el plan «{title}» con sus %n compromisos? Puede recuperarlo con Edición &gt; Deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
    <message>
        <source>Delete commitment {code} “{title}” with its logframe, indicators and evidence? You can bring it back with Edit &gt; Undo.</source>
        <translation>¿Eliminar el compromiso {code} «{title}» con su matriz, indicadores y evidencias? Puede recuperarlo con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Eliminar compromiso</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>ProjectTreeModel</name>
    <message>
        <source>(untitled plan)</source>
        <extracomment>The tree&apos;s nodes are the outline service&apos;s plain records.</extracomment>
        <translation>(plan sin título)</translation>
    </message>
    <message numerus="yes">
        <source>Plan: {title} (%n commitment(s))</source>
        <translation>
            <numerusform>Plan: {title} (%n compromiso)</numerusform>
            <numerusform>Plan: {title} (%n compromisos)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled commitment)</source>
        <translation>(compromiso sin título)</translation>
    </message>
    <message>
        <source>Commitment {code}: {title}. Completion: {completion}.</source>
        <translation>Compromiso {code}: {title}. Cumplimiento: {completion}.</translation>
    </message>
    <message>
        <source>Schedule: {schedule}.</source>
        <translation>Plazos: {schedule}.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Renombrar plan</translation>
    </message>
    <message>
        <source>Rename commitment</source>
        <translation>Renombrar compromiso</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Observación</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Show findings of severity</source>
        <translation>Mostrar observaciones de gravedad</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Todas las observaciones</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Matrix quality findings</source>
        <translation>Observaciones de calidad de la matriz</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia</numerusform>
            <numerusform>%n sugerencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save an &amp;editable copy…</source>
        <translation>Guardar una copia &amp;editable…</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>Guardar una copia editable</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything, but changes cannot be saved.</source>
        <translation>Solo lectura: {reason}. Puede consultar todo, pero los cambios no se pueden guardar.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Monitoring Matrix</source>
        <translation>Monitoring Matrix</translation>
    </message>
    <message>
        <source>Monitor the commitments of an Open Government action plan with a logical framework: results, indicators, targets, measurements and evidence.</source>
        <translation>Haga el seguimiento de los compromisos de un plan de acción de Gobierno Abierto con marco lógico: resultados, indicadores, metas, mediciones y evidencias.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Create an empty project file (Ctrl+N)</source>
        <translation>Crear un archivo de proyecto vacío (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Open a .nap project file (Ctrl+O)</source>
        <translation>Abrir un archivo de proyecto .nap (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Abrir el proyecto de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Abrir el proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Chile&apos;s 2014-2016 action plan, to explore the application</source>
        <translation>El plan de acción 2014-2016 de Chile, para explorar la aplicación</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Press Enter to open the chosen project.</source>
        <translation>Pulse Intro para abrir el proyecto elegido.</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Aún no hay proyectos recientes.</translation>
    </message>
    <message>
        <source>(missing) {folder}</source>
        <translation>(no encontrado) {folder}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <extracomment>A progress dialog appears only for work that lasts longer than this (milliseconds). Progress reports closer together than this (seconds) are merged.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel “{task}”?</source>
        <translation>¿Cancelar «{task}»?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>An unexpected error stopped this task: {error}</source>
        <translation>Un error inesperado detuvo esta tarea: {error}</translation>
    </message>
</context>
<context>
    <name>WindowData</name>
    <message>
        <source>Loading {name}</source>
        <translation>Cargando {name}</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Open sample project</source>
        <translation>Abrir proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Could not copy the sample project to {path}: {error}</source>
        <translation>No se pudo copiar el proyecto de ejemplo en {path}: {error}</translation>
    </message>
    <message>
        <source>This is your own copy of the sample project: {path}</source>
        <translation>Esta es su propia copia del proyecto de ejemplo: {path}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Choose another file name: {name} is the project that is open.</source>
        <translation>Elija otro nombre de archivo: {name} es el proyecto abierto.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Se guardó una copia en {path}</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Guardando una copia</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Crear un archivo de proyecto vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Abrir un archivo de proyecto</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;sample project</source>
        <translation>Abrir proyecto de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open your own copy of Chile&apos;s 2014-2016 action plan</source>
        <translation>Abrir su propia copia del plan de acción 2014-2016 de Chile</translation>
    </message>
    <message>
        <source>Save &amp;a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file</source>
        <translation>Escribir una copia del proyecto en otro archivo</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Quality panel</source>
        <translation>Panel de &amp;calidad</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Monitoring Matrix</source>
        <translation>&amp;Acerca de Monitoring Matrix</translation>
    </message>
    <message>
        <source>Clear &amp;list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start the application.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie la aplicación.</translation>
    </message>
    <message>
        <source>About Monitoring Matrix</source>
        <translation>Acerca de Monitoring Matrix</translation>
    </message>
    <message>
        <source>&lt;b&gt;Monitoring Matrix&lt;/b&gt; {version}&lt;br&gt;Logical-framework monitoring of Open Government Partnership action-plan commitments.&lt;br&gt;Every change is saved in the project file at once and recorded in its history.</source>
        <translation>&lt;b&gt;Monitoring Matrix&lt;/b&gt; {version}&lt;br&gt;Seguimiento con marco lógico de los compromisos de los planes de acción de la Alianza para el Gobierno Abierto.&lt;br&gt;Cada cambio se guarda de inmediato en el archivo del proyecto y queda registrado en su historial.</translation>
    </message>
</context>
</TS>

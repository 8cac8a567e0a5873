<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>Commitment editor</source>
        <extracomment>Which tab shows the rows of each entity. Whether the translation twins are shown; the next editor opens the same way. Show Document errors in the editor&apos;s message bar (a shell with its own dialog for ``Document.error`` may turn this off).</extracomment>
        <translation>Editor del compromiso</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>The language translations are written in, and the commitment&apos;s translations.</extracomment>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Translations (%1)</source>
        <translation>Traducciones (%1)</translation>
    </message>
    <message>
        <source>Show an editor for the %1 translation under every text that reports and the website print (Ctrl+Shift+L)</source>
        <translation>Muestra, bajo cada texto que imprimen los informes y el sitio web, un editor para su traducción al %1 (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>Commitment sections</source>
        <translation>Secciones del compromiso</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Logframe matrix</source>
        <translation>&amp;Matriz de marco lógico</translation>
    </message>
    <message>
        <source>&amp;Indicators and progress</source>
        <translation>&amp;Indicadores y avance</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;videncia</translation>
    </message>
    <message>
        <source>&amp;Narratives</source>
        <translation>&amp;Narrativas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>This commitment has been deleted.</source>
        <translation>Este compromiso fue eliminado.</translation>
    </message>
    <message>
        <source>(untitled commitment)</source>
        <translation>(compromiso sin título)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>institution of the commitment</source>
        <translation>institución del compromiso</translation>
    </message>
    <message>
        <source>logframe row</source>
        <translation>fila de la matriz</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>target revision</source>
        <translation>revisión de meta</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>narrativa</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>consultation comment</source>
        <translation>comentario de la consulta</translation>
    </message>
    <message>
        <source>report settings</source>
        <translation>ajustes del informe</translation>
    </message>
</context>
<context>
    <name>EvidenceIn</name>
    <message>
        <source>Attach evidence files</source>
        <translation>Adjuntar archivos de evidencia</translation>
    </message>
    <message>
        <source>Attaching cancelled: nothing was added.</source>
        <translation>Cancelado: no se adjuntó ningún archivo.</translation>
    </message>
    <message>
        <source>Attaching files…</source>
        <translation>Adjuntando archivos…</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel came too late: the files had been saved. Edit &gt; Undo removes them.</source>
        <translation>La cancelación llegó tarde: los archivos ya se habían guardado. Edición &gt; Deshacer los quita.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it must start with http:// or https://.</source>
        <translation>“%1” no es una dirección web; debe comenzar con http:// o https://.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>EvidencePublic</name>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Public evidence goes on the website and in the open data; internal evidence does not. A file not decided yet is left out; a link counts as public.</source>
        <translation>La evidencia pública va al sitio web y a los datos abiertos; la interna, no. Un archivo sin decidir queda fuera; un enlace cuenta como público.</translation>
    </message>
    <message>
        <source>Publish the evidence?</source>
        <translation>¿Publicar la evidencia?</translation>
    </message>
    <message>
        <source>May these files be published on the website and in the open data?</source>
        <translation>¿Se pueden publicar estos archivos en el sitio web y en los datos abiertos?</translation>
    </message>
    <message>
        <source>You can change this later in the Publication column. Files not decided are left out of the website.</source>
        <translation>Puede cambiarlo después en la columna Publicación. Los archivos sin decidir quedan fuera del sitio web.</translation>
    </message>
    <message>
        <source>&amp;Public</source>
        <translation>&amp;Pública</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>&amp;Interna</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;después</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Drop files here to attach them (at most %1 MB each).</source>
        <extracomment>Lines of a long note (or title) a row of the list grows to before it is elided. Fields shown with hidden direction/control characters spelled out as [U+XXXX].</extracomment>
        <translation>Suelte archivos aquí para adjuntarlos (hasta %1 MB cada uno).</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Agregar &amp;archivo…</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Agregar &amp;enlace…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected evidence (Del)</source>
        <translation>Quitar la evidencia seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Respalda a</translation>
    </message>
    <message>
        <source>File, address or note</source>
        <translation>Archivo, dirección o nota</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Evidence of the commitment</source>
        <translation>Evidencia del compromiso</translation>
    </message>
    <message>
        <source>Selected evidence</source>
        <translation>Evidencia seleccionada</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>Res&amp;palda a:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation>Pub&amp;licación:</translation>
    </message>
    <message>
        <source>File name and size</source>
        <translation>Nombre y tamaño del archivo</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>Suma de verificación SHA-256</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the file or link (Enter)</source>
        <translation>Abrir el archivo o enlace (Intro)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>The commitment</source>
        <translation>El compromiso</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicador: %1</translation>
    </message>
    <message>
        <source>Opened and saved as “%1”.</source>
        <translation>Se abre y se guarda como “%1”.</translation>
    </message>
    <message>
        <source>The stored name has hidden characters that change how it reads; they are shown as [U+…].</source>
        <translation>El nombre guardado tiene caracteres ocultos que cambian cómo se lee; se muestran como [U+…].</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it must start with http:// or https://.</source>
        <translation>“%1” no es una dirección web; debe comenzar con http:// o https://.</translation>
    </message>
    <message>
        <source>The evidence needs a title.</source>
        <translation>La evidencia necesita un título.</translation>
    </message>
    <message>
        <source>Remove the evidence “%1”? Edit &gt; Undo brings it back.</source>
        <translation>¿Quitar la evidencia “%1”? Edición &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <source>This link has no valid web address to open.</source>
        <translation>Este enlace no tiene una dirección web válida que abrir.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir “%1”: %2</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”. A copy is at %2.</source>
        <translation>No hay un programa configurado para abrir “%1”. Hay una copia en %2.</translation>
    </message>
    <message>
        <source>Save evidence file as</source>
        <extracomment>The folder of the last evidence file saved in this session (None: the user&apos;s documents).</extracomment>
        <translation>Guardar archivo de evidencia como</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>“%1” is a program, script or launcher (%2). Opening it lets it run on this computer with your permissions. Open it only if you trust whoever made it. Open it anyway?</source>
        <translation>“%1” es un programa, script o lanzador (%2). Abrirlo le permite ejecutarse en este equipo con sus permisos. Ábralo solo si confía en quien lo hizo. ¿Abrirlo de todos modos?</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>¿Abrir un programa?</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>No se puede guardar “%1”: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>status quo</source>
        <translation>situación actual</translation>
    </message>
    <message>
        <source>main objective</source>
        <translation>objetivo principal</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>access to information</source>
        <translation>acceso a la información</translation>
    </message>
    <message>
        <source>civic participation</source>
        <translation>participación ciudadana</translation>
    </message>
    <message>
        <source>public accountability</source>
        <translation>rendición de cuentas</translation>
    </message>
    <message>
        <source>technology and innovation</source>
        <translation>tecnología e innovación</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de término</translation>
    </message>
    <message>
        <source>focal point name</source>
        <translation>nombre del punto focal</translation>
    </message>
    <message>
        <source>focal point e-mail</source>
        <translation>correo del punto focal</translation>
    </message>
    <message>
        <source>self-assessed completion</source>
        <translation>cumplimiento autoevaluado</translation>
    </message>
    <message>
        <source>continues</source>
        <translation>da continuidad a</translation>
    </message>
    <message>
        <source>IRM specificity</source>
        <translation>especificidad (IRM)</translation>
    </message>
    <message>
        <source>IRM potential impact</source>
        <translation>impacto potencial (IRM)</translation>
    </message>
    <message>
        <source>IRM completion (mid-term)</source>
        <translation>cumplimiento de medio término (IRM)</translation>
    </message>
    <message>
        <source>IRM completion (end of term)</source>
        <translation>cumplimiento final (IRM)</translation>
    </message>
    <message>
        <source>IRM on time</source>
        <translation>a tiempo (IRM)</translation>
    </message>
    <message>
        <source>IRM did it open government</source>
        <translation>¿abrió el gobierno? (IRM)</translation>
    </message>
    <message>
        <source>IRM starred verdict</source>
        <translation>veredicto estelar (IRM)</translation>
    </message>
    <message>
        <source>IRM notes</source>
        <translation>notas del IRM</translation>
    </message>
    <message>
        <source>relevance to access to information</source>
        <translation>relevancia para el acceso a la información</translation>
    </message>
    <message>
        <source>relevance to civic participation</source>
        <translation>relevancia para la participación ciudadana</translation>
    </message>
    <message>
        <source>relevance to public accountability</source>
        <translation>relevancia para la rendición de cuentas</translation>
    </message>
    <message>
        <source>relevance to technology and innovation</source>
        <translation>relevancia para la tecnología e innovación</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>links to national plans</source>
        <translation>vínculos con planes nacionales</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>metas ODS</translation>
    </message>
    <message>
        <source>partners outside government</source>
        <translation>socios fuera del gobierno</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>sigla</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>parent row</source>
        <translation>fila superior</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>narrative summary</source>
        <translation>resumen narrativo</translation>
    </message>
    <message>
        <source>assumptions</source>
        <translation>supuestos</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>avance</translation>
    </message>
    <message>
        <source>logframe row</source>
        <translation>fila de la matriz</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>fórmula</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sentido</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimensión</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>fecha de línea base</translation>
    </message>
    <message>
        <source>means of verification</source>
        <translation>medios de verificación</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>fuente de datos</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>old value</source>
        <translation>valor anterior</translation>
    </message>
    <message>
        <source>old due date</source>
        <translation>fecha anterior</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>valor nuevo</translation>
    </message>
    <message>
        <source>new due date</source>
        <translation>fecha nueva</translation>
    </message>
    <message>
        <source>revised on</source>
        <translation>revisada el</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>informado por</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>medio de verificación</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>what it documents</source>
        <translation>lo que respalda</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nombre de archivo</translation>
    </message>
    <message>
        <source>media type</source>
        <translation>tipo de archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>id del registro</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>who</source>
        <translation>quién</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>recibido el</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>issuing body</source>
        <translation>organismo emisor</translation>
    </message>
    <message>
        <source>cover text</source>
        <translation>texto de portada</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotipo</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>secciones</translation>
    </message>
    <message>
        <source>consultation start</source>
        <translation>inicio de la consulta</translation>
    </message>
    <message>
        <source>consultation end</source>
        <translation>fin de la consulta</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>The numeric date format for typing, per language (ISO is accepted in both).</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-AAAA</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2.</source>
        <translation>“%1” no es una fecha; escríbala como %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values.</source>
        <extracomment>For ``choice``: the (value, label) pairs offered now (rows of the project, e.g. the commitment&apos;s live evidence), asked on each use so they follow the data.</extracomment>
        <translation>“%1” no es uno de los valores permitidos.</translation>
    </message>
    <message>
        <source>That item is no longer available; choose another.</source>
        <translation>Ese elemento ya no está disponible; elija otro.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <extracomment>Newest entries shown; the journal of a busy commitment can be long. Columns: &quot;What&quot; stretches; the old and new values are sized to what they show. Most of the table&apos;s width one value column takes before its text is elided. Steps further apart than this are separate changes, not an undo or redo. Fields of a created row that name it best, in order of preference.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Change history of the commitment</source>
        <translation>Historial de cambios del compromiso</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n cambio, del más reciente al más antiguo.</numerusform>
            <numerusform>%n cambios, del más reciente al más antiguo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>%1, then undone</source>
        <translation>%1 y luego deshecho</translation>
    </message>
    <message>
        <source>%1 (undone and redone)</source>
        <translation>%1 (deshecho y rehecho)</translation>
    </message>
    <message numerus="yes">
        <source>%n undo or redo step(s) folded into the change they undid or redid.</source>
        <translation>
            <numerusform>%n paso de deshacer o rehacer se muestra junto al cambio que deshizo o rehízo.</numerusform>
            <numerusform>%n pasos de deshacer o rehacer se muestran junto al cambio que deshicieron o rehicieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
</context>
<context>
    <name>IndicatorListPane</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Indicators of the commitment</source>
        <translation>Indicadores del compromiso</translation>
    </message>
    <message>
        <source>Add in&amp;dicator</source>
        <translation>Agregar in&amp;dicador</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected indicator (Del)</source>
        <translation>Quitar el indicador seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move indicator up</source>
        <translation>Subir el indicador</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Move indicator down</source>
        <translation>Bajar el indicador</translation>
    </message>
    <message>
        <source>Add a row to the logframe matrix first: indicators measure a row.</source>
        <translation>Agregue primero una fila a la matriz de marco lógico: los indicadores miden una fila.</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>Remove the indicator “%1” with its targets and measurements? Edit &gt; Undo brings it back.</source>
        <translation>¿Quitar el indicador “%1” con sus metas y mediciones? Edición &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Quitar indicador</translation>
    </message>
    <message>
        <source>Indicators are ordered within their logframe row.</source>
        <translation>Los indicadores se ordenan dentro de su fila de la matriz.</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Indicator sheet</source>
        <extracomment>The fields of the indicator sheet that reports print, so that have a translation.</extracomment>
        <translation>Ficha del indicador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>Fór&amp;mula:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Dir&amp;ection:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <source>Di&amp;mension:</source>
        <translation>D&amp;imensión:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>F&amp;recuencia:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Línea &amp;base:</translation>
    </message>
    <message>
        <source>Baseline da&amp;te:</source>
        <translation>Fec&amp;ha de línea base:</translation>
    </message>
    <message>
        <source>Means of &amp;verification:</source>
        <translation>Medios de &amp;verificación:</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Fuente de d&amp;atos:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>Progress and status</source>
        <translation>Avance y estado</translation>
    </message>
    <message>
        <source>Logframe ro&amp;w:</source>
        <translation>&amp;Fila de la matriz:</translation>
    </message>
    <message>
        <source>No indicator selected.</source>
        <translation>No hay un indicador seleccionado.</translation>
    </message>
    <message>
        <source>This commitment has no indicator yet. Add one with “Add indicator” (Ins in the list).</source>
        <translation>Este compromiso aún no tiene indicadores. Agregue uno con «Agregar indicador» (Insert en la lista).</translation>
    </message>
    <message>
        <source>Progress: %1 · Status today: %2</source>
        <translation>Avance: %1 · Estado hoy: %2</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>no calculable</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>El indicador necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add link</source>
        <translation>Agregar enlace</translation>
    </message>
    <message>
        <source>Title of the link</source>
        <translation>Título del enlace</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Enter a web address that starts with http:// or https://.</source>
        <translation>Escriba una dirección web que comience con http:// o https://.</translation>
    </message>
</context>
<context>
    <name>LogframeTab</name>
    <message>
        <source>Double-click or press F2 to edit a cell. Ins adds a row like the selected one, Del removes it, Ctrl+Up / Ctrl+Down move it.</source>
        <translation>Doble clic o F2 para editar una celda. Insert agrega una fila como la seleccionada, Supr la quita, Ctrl+Arriba / Ctrl+Abajo la mueven.</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Agregar &amp;fin</translation>
    </message>
    <message>
        <source>Add &amp;purpose</source>
        <translation>Agregar &amp;propósito</translation>
    </message>
    <message>
        <source>Add o&amp;utput</source>
        <translation>Agregar co&amp;mponente</translation>
    </message>
    <message>
        <source>Add &amp;activity</source>
        <translation>Agregar &amp;actividad</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add an output under the selected purpose</source>
        <translation>Agregar un componente bajo el propósito seleccionado</translation>
    </message>
    <message>
        <source>Add an activity under the selected output</source>
        <translation>Agregar una actividad bajo el componente seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected row and what hangs under it (Del)</source>
        <translation>Quitar la fila seleccionada y lo que depende de ella (Supr)</translation>
    </message>
    <message>
        <source>Move the selected row up (Ctrl+Up)</source>
        <translation>Subir la fila seleccionada (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected row down (Ctrl+Down)</source>
        <translation>Bajar la fila seleccionada (Ctrl+Abajo)</translation>
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
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Avance %</translation>
    </message>
    <message>
        <source>Logframe matrix</source>
        <translation>Matriz de marco lógico</translation>
    </message>
    <message>
        <source>Progress is a percentage between 0 and 100, not %1.</source>
        <translation>El avance es un porcentaje entre 0 y 100, no %1.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La fecha de término (%1) es anterior a la de inicio (%2).</translation>
    </message>
    <message>
        <source>Add a purpose first: outputs hang under a purpose.</source>
        <translation>Agregue primero un propósito: los componentes dependen de un propósito.</translation>
    </message>
    <message>
        <source>Select the purpose the new output belongs to.</source>
        <translation>Seleccione el propósito al que pertenece el nuevo componente.</translation>
    </message>
    <message>
        <source>Add an output first: activities hang under an output.</source>
        <translation>Agregue primero un componente: las actividades dependen de un componente.</translation>
    </message>
    <message>
        <source>Select the output the new activity belongs to.</source>
        <translation>Seleccione el componente al que pertenece la nueva actividad.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>It took %1 rows and indicators under it with it; Undo brings them back.</source>
        <translation>Se llevó consigo %1 filas e indicadores que dependían de ella; Deshacer los recupera.</translation>
    </message>
</context>
<context>
    <name>MeasurementsPane</name>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Medio de verificación</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Add measu&amp;rement</source>
        <translation>Agregar medi&amp;ción</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Quitar medición</translation>
    </message>
    <message>
        <source>Remove the selected measurement (Del)</source>
        <translation>Quitar la medición seleccionada (Supr)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>NarrativesTab</name>
    <message>
        <source>What the self-assessment report says about this commitment, per reporting period. Text is saved when you leave the box.</source>
        <extracomment>The translation twin of each text (a narrative row exists once text is written).</extracomment>
        <translation>Lo que el informe de autoevaluación dice sobre este compromiso, por período de reporte. El texto se guarda al salir del cuadro.</translation>
    </message>
    <message>
        <source>&amp;Progress summary:</source>
        <translation>Resumen de &amp;avance:</translation>
    </message>
    <message>
        <source>&amp;Challenges:</source>
        <translation>&amp;Dificultades:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Próximos pasos:</translation>
    </message>
    <message>
        <source>Mid-term report</source>
        <translation>Informe de medio término</translation>
    </message>
    <message>
        <source>End-of-term report</source>
        <translation>Informe de término</translation>
    </message>
    <message>
        <source>Edit narrative: %1 (%2)</source>
        <translation>Editar narrativa: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewInstitutionDialog</name>
    <message>
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Nombre de la institución</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <source>Role in the commitment</source>
        <translation>Rol en el compromiso</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation>La institución necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Commitment</source>
        <extracomment>The groups of each column when the tab is wide enough for two.</extracomment>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Status &amp;quo / problem:</source>
        <translation>&amp;Situación actual / problema:</translation>
    </message>
    <message>
        <source>Main o&amp;bjective:</source>
        <translation>Ob&amp;jetivo principal:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Separate themes with “;”</source>
        <translation>Separe los temas con “;”</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>Te&amp;mas:</translation>
    </message>
    <message>
        <source>Relevance to OGP values</source>
        <translation>Relevancia para los valores OGP</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participación ciudadana</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Presupuesto:</translation>
    </message>
    <message>
        <source>National plans:</source>
        <translation>Planes nacionales:</translation>
    </message>
    <message>
        <source>SDGs:</source>
        <translation>ODS:</translation>
    </message>
    <message>
        <source>Partners outside government:</source>
        <translation>Socios fuera del gobierno:</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Focal point &amp;name:</source>
        <translation>Nom&amp;bre del punto focal:</translation>
    </message>
    <message>
        <source>Focal &amp;point e-mail:</source>
        <translation>Co&amp;rreo del punto focal:</translation>
    </message>
    <message>
        <source>Ne&amp;w institution…</source>
        <translation>Nue&amp;va institución…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Specificit&amp;y:</source>
        <translation>Es&amp;pecificidad:</translation>
    </message>
    <message>
        <source>Comp&amp;letion (mid-term):</source>
        <translation>Cump&amp;limiento (medio término):</translation>
    </message>
    <message>
        <source>IRM starred &amp;verdict:</source>
        <translation>Veredicto estelar del IRM:</translation>
    </message>
    <message>
        <source>I&amp;RM notes:</source>
        <translation>N&amp;otas del IRM:</translation>
    </message>
    <message>
        <source>Self-assessed &amp;completion:</source>
        <translation>C&amp;umplimiento autoevaluado:</translation>
    </message>
    <message>
        <source>Why the commitment is relevant to this value</source>
        <translation>Por qué el compromiso es relevante para este valor</translation>
    </message>
    <message>
        <source>Relevance to %1</source>
        <translation>Relevancia para %1</translation>
    </message>
    <message>
        <source>Budget, alignment and partners</source>
        <translation>Presupuesto, alineación y socios</translation>
    </message>
    <message>
        <source>Amount and source, e.g. the budget line</source>
        <translation>Monto y fuente, p. ej. la partida presupuestaria</translation>
    </message>
    <message>
        <source>National development plans or strategies it serves</source>
        <translation>Planes nacionales de desarrollo o estrategias a los que contribuye</translation>
    </message>
    <message>
        <source>SDG targets separated by “;”, e.g. 16.6; 16.10</source>
        <translation>Metas ODS separadas por “;”, p. ej. 16.6; 16.10</translation>
    </message>
    <message>
        <source>Civil society, academia or private partners, each with a contact</source>
        <translation>Sociedad civil, academia o sector privado, cada uno con un contacto</translation>
    </message>
    <message>
        <source>Contin&amp;ues:</source>
        <translation>Da conti&amp;nuidad a:</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Institutions of the commitment</source>
        <translation>Instituciones del compromiso</translation>
    </message>
    <message>
        <source>Existing institution to add</source>
        <translation>Institución existente que se agregará</translation>
    </message>
    <message>
        <source>Role of the institution to add</source>
        <translation>Rol de la institución que se agregará</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the chosen institution</source>
        <translation>Agregar la institución elegida</translation>
    </message>
    <message>
        <source>Remove the selected institution (Del)</source>
        <translation>Quitar la institución seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move institution up</source>
        <translation>Subir la institución</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Move institution down</source>
        <translation>Bajar la institución</translation>
    </message>
    <message>
        <source>IRM assessment</source>
        <translation>Evaluación del IRM</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Potential &amp;impact:</source>
        <translation>&amp;Impacto potencial:</translation>
    </message>
    <message>
        <source>Completion (end o&amp;f term):</source>
        <translation>Cumplimiento (&amp;final):</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>On ti&amp;me:</source>
        <translation>&amp;A tiempo:</translation>
    </message>
    <message>
        <source>Did it open &amp;government?</source>
        <translation>¿Abrió el &amp;gobierno?</translation>
    </message>
    <message>
        <source>No published verdict</source>
        <translation>Sin veredicto publicado</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Estelar</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>No estelar</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Starred by the IRM rule</source>
        <translation>Estelar según la regla del IRM</translation>
    </message>
    <message>
        <source>Schedule status</source>
        <translation>Estado del cronograma</translation>
    </message>
    <message>
        <source>Starred by the rule:</source>
        <translation>Estelar según la regla:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Cronograma:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>medium or high specificity</source>
        <translation>especificidad media o alta</translation>
    </message>
    <message>
        <source>relevant to an OGP value</source>
        <translation>relevante para un valor OGP</translation>
    </message>
    <message>
        <source>moderate or transformative potential impact</source>
        <translation>impacto potencial moderado o transformador</translation>
    </message>
    <message>
        <source>substantial or complete implementation</source>
        <translation>implementación sustancial o completa</translation>
    </message>
    <message>
        <source>The IRM&apos;s published verdict differs and prevails.</source>
        <translation>El veredicto publicado por el IRM es distinto y prevalece.</translation>
    </message>
    <message>
        <source>time elapsed %1</source>
        <translation>tiempo transcurrido %1</translation>
    </message>
    <message>
        <source>work done %1</source>
        <translation>trabajo realizado %1</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” no es una dirección de correo.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La fecha de término (%1) es anterior a la de inicio (%2).</translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation>La institución necesita un nombre.</translation>
    </message>
    <message>
        <source>Add new institution %1</source>
        <translation>Agregar nueva institución %1</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Chart of actual values against the target path</source>
        <translation>Gráfico de valores efectivos frente a la trayectoria de metas</translation>
    </message>
    <message>
        <source>Target path: %1.</source>
        <translation>Trayectoria de metas: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Actual values: %1.</source>
        <translation>Valores efectivos: %1.</translation>
    </message>
    <message>
        <source>No dated targets or measurements yet.</source>
        <translation>Aún no hay metas con fecha ni mediciones.</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>Trayectoria de metas</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
</context>
<context>
    <name>ReviseTargetDialog</name>
    <message>
        <source>Revise target</source>
        <translation>Revisar meta</translation>
    </message>
    <message>
        <source>Current target: %1 by %2</source>
        <translation>Meta actual: %1 al %2</translation>
    </message>
    <message>
        <source>New target value</source>
        <translation>Nuevo valor de la meta</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nueva fecha</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>Motivo de la revisión</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Nuevo &amp;valor:</translation>
    </message>
    <message>
        <source>New &amp;due date:</source>
        <translation>Nueva &amp;fecha:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Say why the target changes: the reason is required.</source>
        <translation>Indique por qué cambia la meta: el motivo es obligatorio.</translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Targets of the indicator</source>
        <translation>Metas del indicador</translation>
    </message>
    <message>
        <source>Add tar&amp;get</source>
        <translation>Agregar me&amp;ta</translation>
    </message>
    <message>
        <source>Rev&amp;ise target…</source>
        <translation>R&amp;evisar meta…</translation>
    </message>
    <message>
        <source>Change the selected target and record why; the old value stays in history</source>
        <translation>Cambiar la meta seleccionada y registrar por qué; el valor anterior queda en el historial</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Quitar meta</translation>
    </message>
    <message>
        <source>Remove the selected target (Del)</source>
        <translation>Quitar la meta seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Target revisions (kept for the record)</source>
        <translation>Revisiones de metas (quedan registradas)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>Old date</source>
        <translation>Fecha anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Fecha nueva</translation>
    </message>
    <message>
        <source>Revised on</source>
        <translation>Revisada el</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Target revisions</source>
        <translation>Revisiones de metas</translation>
    </message>
    <message>
        <source>Select the target to revise.</source>
        <translation>Seleccione la meta que desea revisar.</translation>
    </message>
    <message>
        <source>Say why the target changes: the reason is required.</source>
        <translation>Indique por qué cambia la meta: el motivo es obligatorio.</translation>
    </message>
    <message>
        <source>Revise target</source>
        <translation>Revisar meta</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>Editar %1: %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
</context>
</TS>

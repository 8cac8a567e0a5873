<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="55" />
        <source>Commitment editor</source>
        <extracomment>Which tab shows the rows of each entity. Show Document errors in the editor's message bar (a shell with its own dialog for ``Document.error`` may turn this off).</extracomment>
        <translation>Editor del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="66" />
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="71" />
        <source>Commitment sections</source>
        <translation>Secciones del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="84" />
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="85" />
        <source>&amp;Logframe matrix</source>
        <translation>&amp;Matriz de marco lógico</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="86" />
        <source>&amp;Indicators and progress</source>
        <translation>&amp;Indicadores y avance</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="87" />
        <source>E&amp;vidence</source>
        <translation>E&amp;videncia</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="88" />
        <source>&amp;Narratives</source>
        <translation>&amp;Narrativas</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="89" />
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="133" />
        <source>This commitment has been deleted.</source>
        <translation>Este compromiso fue eliminado.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/editor.py" line="139" />
        <source>(untitled commitment)</source>
        <translation>(compromiso sin título)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/widgets.py" line="43" />
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="13" />
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="14" />
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="15" />
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="16" />
        <source>institution of the commitment</source>
        <translation>institución del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="19" />
        <source>logframe row</source>
        <translation>fila de la matriz</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="20" />
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="21" />
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="22" />
        <source>target revision</source>
        <translation>revisión de meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="23" />
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="24" />
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="25" />
        <source>narrative</source>
        <translation>narrativa</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="58" />
        <source>Drop files here to attach them (at most %1 MB each).</source>
        <translation>Suelte archivos aquí para adjuntarlos (hasta %1 MB cada uno).</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="64" />
        <source>Add &amp;file…</source>
        <translation>Agregar &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="66" />
        <source>Add &amp;link…</source>
        <translation>Agregar &amp;enlace…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="68" />
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="70" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="71" />
        <source>Remove the selected evidence (Del)</source>
        <translation>Quitar la evidencia seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="87" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="88" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="89" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="90" />
        <source>About</source>
        <translation>Respalda a</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="92" />
        <source>File, address or note</source>
        <translation>Archivo, dirección o nota</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="94" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="103" />
        <source>Evidence of the commitment</source>
        <translation>Evidencia del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="117" />
        <source>Selected evidence</source>
        <translation>Evidencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="119" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="120" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="122" />
        <source>A&amp;bout:</source>
        <translation>Res&amp;palda a:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="123" />
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="124" />
        <source>Not&amp;e:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="127" />
        <source>File name and size</source>
        <translation>Nombre y tamaño del archivo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="130" />
        <source>SHA-256 checksum</source>
        <translation>Suma de verificación SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="134" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="135" />
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="139" />
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="140" />
        <source>Open the file or link (Enter)</source>
        <translation>Abrir el archivo o enlace (Intro)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="142" />
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="170" />
        <source>The commitment</source>
        <translation>El compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="177" />
        <source>Indicator: %1</source>
        <translation>Indicador: %1</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="237" />
        <source>Opened and saved as “%1”.</source>
        <translation>Se abre y se guarda como “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="240" />
        <source>The stored name has hidden characters that change how it reads; they are shown as [U+…].</source>
        <translation>El nombre guardado tiene caracteres ocultos que cambian cómo se lee; se muestran como [U+…].</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="292" />
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="371" />
        <source>“%1” is not a web address; it must start with http:// or https://.</source>
        <translation>“%1” no es una dirección web; debe comenzar con http:// o https://.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="298" />
        <source>The evidence needs a title.</source>
        <translation>La evidencia necesita un título.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="306" />
        <source>Attach evidence files</source>
        <translation>Adjuntar archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="339" />
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="377" />
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="394" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="397" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="410" />
        <source>Remove the evidence “%1”? Edit &gt; Undo brings it back.</source>
        <translation>¿Quitar la evidencia “%1”? Edición &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence.py" line="413" />
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="124" />
        <source>This link has no valid web address to open.</source>
        <translation>Este enlace no tiene una dirección web válida que abrir.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="140" />
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="147" />
        <source>No program is set up to open “%1”. A copy is at %2.</source>
        <translation>No hay un programa configurado para abrir “%1”. Hay una copia en %2.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="63" />
        <source>Save evidence file as</source>
        <extracomment>The folder of the last evidence file saved in this session (None: the user's documents).</extracomment>
        <translation>Guardar archivo de evidencia como</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="102" />
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="104" />
        <source>“%1” is a program, script or launcher (%2). Opening it lets it run on this computer with your permissions. Open it only if you trust whoever made it. Open it anyway?</source>
        <translation>“%1” es un programa, script o lanzador (%2). Abrirlo le permite ejecutarse en este equipo con sus permisos. Ábralo solo si confía en quien lo hizo. ¿Abrirlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="113" />
        <source>Open a program?</source>
        <translation>¿Abrir un programa?</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="168" />
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="187" />
        <source>Cannot save “%1”: %2</source>
        <translation>No se puede guardar “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_out.py" line="194" />
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="33" />
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="34" />
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="35" />
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="36" />
        <source>status quo</source>
        <translation>situación actual</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="37" />
        <source>main objective</source>
        <translation>objetivo principal</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="38" />
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="39" />
        <source>access to information</source>
        <translation>acceso a la información</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="40" />
        <source>civic participation</source>
        <translation>participación ciudadana</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="41" />
        <source>public accountability</source>
        <translation>rendición de cuentas</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="42" />
        <source>technology and innovation</source>
        <translation>tecnología e innovación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="45" />
        <source>themes</source>
        <translation>temas</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="46" />
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="47" />
        <source>end date</source>
        <translation>fecha de término</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="48" />
        <source>focal point name</source>
        <translation>nombre del punto focal</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="49" />
        <source>focal point e-mail</source>
        <translation>correo del punto focal</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="50" />
        <source>self-assessed completion</source>
        <translation>cumplimiento autoevaluado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="51" />
        <source>continues</source>
        <translation>da continuidad a</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="52" />
        <source>IRM specificity</source>
        <translation>especificidad (IRM)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="53" />
        <source>IRM potential impact</source>
        <translation>impacto potencial (IRM)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="54" />
        <source>IRM completion (mid-term)</source>
        <translation>cumplimiento de medio término (IRM)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="57" />
        <source>IRM completion (end of term)</source>
        <translation>cumplimiento final (IRM)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="60" />
        <source>IRM on time</source>
        <translation>a tiempo (IRM)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="61" />
        <source>IRM did it open government</source>
        <translation>¿abrió el gobierno? (IRM)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="62" />
        <source>IRM starred verdict</source>
        <translation>veredicto estelar (IRM)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="63" />
        <source>IRM notes</source>
        <translation>notas del IRM</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="64" />
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="66" />
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="67" />
        <source>acronym</source>
        <translation>sigla</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="68" />
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="69" />
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="70" />
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="71" />
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="73" />
        <source>parent row</source>
        <translation>fila superior</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="74" />
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="75" />
        <source>narrative summary</source>
        <translation>resumen narrativo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="76" />
        <source>assumptions</source>
        <translation>supuestos</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="77" />
        <source>progress</source>
        <translation>avance</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="79" />
        <source>logframe row</source>
        <translation>fila de la matriz</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="80" />
        <source>formula</source>
        <translation>fórmula</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="81" />
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="82" />
        <source>direction</source>
        <translation>sentido</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="83" />
        <source>dimension</source>
        <translation>dimensión</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="84" />
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="85" />
        <source>baseline date</source>
        <translation>fecha de línea base</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="86" />
        <source>means of verification</source>
        <translation>medios de verificación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="87" />
        <source>data source</source>
        <translation>fuente de datos</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="88" />
        <source>frequency</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="89" />
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="91" />
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="92" />
        <source>due date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="93" />
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="94" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="95" />
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="96" />
        <source>old value</source>
        <translation>valor anterior</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="97" />
        <source>old due date</source>
        <translation>fecha anterior</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="98" />
        <source>new value</source>
        <translation>valor nuevo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="99" />
        <source>new due date</source>
        <translation>fecha nueva</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="100" />
        <source>revised on</source>
        <translation>revisada el</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="101" />
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="102" />
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="107" />
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="103" />
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="104" />
        <source>reported by</source>
        <translation>informado por</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="105" />
        <source>evidence</source>
        <translation>medio de verificación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="108" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="109" />
        <source>what it documents</source>
        <translation>lo que respalda</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="110" />
        <source>file name</source>
        <translation>nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="111" />
        <source>media type</source>
        <translation>tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="112" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="113" />
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="115" />
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="116" />
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="117" />
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="63" />
        <source>YYYY-MM-DD</source>
        <extracomment>The numeric date format for typing, per language (ISO is accepted in both).</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="65" />
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-AAAA</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="86" />
        <source>“%1” is not a date; write it as %2.</source>
        <translation>“%1” no es una fecha; escríbala como %2.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="119" />
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="123" />
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="141" />
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="145" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="148" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="171" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/fmt.py" line="173" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/table_model.py" line="112" />
        <source>“%1” is not one of the allowed values.</source>
        <extracomment>For ``choice``: the (value, label) pairs offered now (rows of the project, e.g. the commitment's live evidence), asked on each use so they follow the data.</extracomment>
        <translation>“%1” no es uno de los valores permitidos.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/table_model.py" line="122" />
        <source>That item is no longer available; choose another.</source>
        <translation>Ese elemento ya no está disponible; elija otro.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="46" />
        <source>When</source>
        <extracomment>Newest entries shown; the journal of a busy commitment can be long. Fields of a created row that name it best, in order of preference.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="47" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="48" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="49" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="50" />
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="51" />
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="57" />
        <source>Change history of the commitment</source>
        <translation>Historial de cambios del compromiso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="76" />
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n cambio, del más reciente al más antiguo.</numerusform>
            <numerusform>%n cambios, del más reciente al más antiguo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="92" />
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="93" />
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="0" />
        <source>%1, then undone</source>
        <translation>%1 y luego deshecho</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="0" />
        <source>%1 (undone and redone)</source>
        <translation>%1 (deshecho y rehecho)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="0" />
        <source>%n undo or redo step(s) folded into the change they undid or redid.</source>
        <translation>
            <numerusform>%n paso de deshacer o rehacer se muestra junto al cambio que deshizo o rehízo.</numerusform>
            <numerusform>%n pasos de deshacer o rehacer se muestran junto al cambio que deshicieron o rehicieron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="0" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="94" />
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/history.py" line="95" />
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="124" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="125" />
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="126" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="127" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="133" />
        <source>Indicators of the commitment</source>
        <translation>Indicadores del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="145" />
        <source>Add in&amp;dicator</source>
        <translation>Agregar in&amp;dicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="148" />
        <source>Remove the selected indicator (Del)</source>
        <translation>Quitar el indicador seleccionado (Supr)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="150" />
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="151" />
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="152" />
        <source>Move indicator up</source>
        <translation>Subir el indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="154" />
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="155" />
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="156" />
        <source>Move indicator down</source>
        <translation>Bajar el indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="180" />
        <source>Indicator sheet</source>
        <translation>Ficha del indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="189" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="190" />
        <source>&amp;Formula:</source>
        <translation>Fór&amp;mula:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="191" />
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="192" />
        <source>Dir&amp;ection:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="195" />
        <source>Di&amp;mension:</source>
        <translation>D&amp;imensión:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="196" />
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="201" />
        <source>Fre&amp;quency:</source>
        <translation>F&amp;recuencia:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="202" />
        <source>&amp;Baseline:</source>
        <translation>Línea &amp;base:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="203" />
        <source>Baseline da&amp;te:</source>
        <translation>Fec&amp;ha de línea base:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="204" />
        <source>Means of &amp;verification:</source>
        <translation>Medios de &amp;verificación:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="205" />
        <source>Data &amp;source:</source>
        <translation>Fuente de d&amp;atos:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="206" />
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="226" />
        <source>Progress and status</source>
        <translation>Avance y estado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="231" />
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="235" />
        <source>Due date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="236" />
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="289" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="237" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="242" />
        <source>Targets of the indicator</source>
        <translation>Metas del indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="245" />
        <source>Add tar&amp;get</source>
        <translation>Agregar me&amp;ta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="147" />
        <source>Rem&amp;ove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="188" />
        <source>Logframe ro&amp;w:</source>
        <translation>&amp;Fila de la matriz:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="247" />
        <source>Rev&amp;ise target…</source>
        <translation>R&amp;evisar meta…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="249" />
        <source>Change the selected target and record why; the old value stays in history</source>
        <translation>Cambiar la meta seleccionada y registrar por qué; el valor anterior queda en el historial</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="252" />
        <source>Remove target</source>
        <translation>Quitar meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="253" />
        <source>Remove the selected target (Del)</source>
        <translation>Quitar la meta seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="261" />
        <source>Target revisions (kept for the record)</source>
        <translation>Revisiones de metas (quedan registradas)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="265" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="266" />
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="267" />
        <source>Old date</source>
        <translation>Fecha anterior</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="268" />
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="269" />
        <source>New date</source>
        <translation>Fecha nueva</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="270" />
        <source>Revised on</source>
        <translation>Revisada el</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="271" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="275" />
        <source>Target revisions</source>
        <translation>Revisiones de metas</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="284" />
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="305" />
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="288" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="290" />
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="291" />
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="294" />
        <source>Evidence</source>
        <translation>Medio de verificación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="298" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="321" />
        <source>Add measu&amp;rement</source>
        <translation>Agregar medi&amp;ción</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="323" />
        <source>Remove measurement</source>
        <translation>Quitar medición</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="324" />
        <source>Remove the selected measurement (Del)</source>
        <translation>Quitar la medición seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="440" />
        <source>No indicator selected.</source>
        <translation>No hay un indicador seleccionado.</translation>
    </message>
    <message>
        <source>This commitment has no indicator yet. Add one with “Add indicator” (Ins in the list).</source>
        <translation>Este compromiso aún no tiene indicadores. Agregue uno con «Agregar indicador» (Insert en la lista).</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="462" />
        <source>Progress: %1 · Status today: %2</source>
        <translation>Avance: %1 · Estado hoy: %2</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="463" />
        <source>not computable</source>
        <translation>no calculable</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="536" />
        <source>The indicator needs a name.</source>
        <translation>El indicador necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="561" />
        <source>Add a row to the logframe matrix first: indicators measure a row.</source>
        <translation>Agregue primero una fila a la matriz de marco lógico: los indicadores miden una fila.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="567" />
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="581" />
        <source>Remove the indicator “%1” with its targets and measurements? Edit &gt; Undo brings it back.</source>
        <translation>¿Quitar el indicador “%1” con sus metas y mediciones? Edición &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="584" />
        <source>Remove indicator</source>
        <translation>Quitar indicador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="596" />
        <source>Indicators are ordered within their logframe row.</source>
        <translation>Los indicadores se ordenan dentro de su fila de la matriz.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="645" />
        <source>Select the target to revise.</source>
        <translation>Seleccione la meta que desea revisar.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="652" />
        <source>Say why the target changes: the reason is required.</source>
        <translation>Indique por qué cambia la meta: el motivo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="654" />
        <source>Revise target</source>
        <translation>Revisar meta</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_link.py" line="21" />
        <source>Add link</source>
        <translation>Agregar enlace</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_link.py" line="24" />
        <source>Title of the link</source>
        <translation>Título del enlace</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_link.py" line="27" />
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_link.py" line="29" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_link.py" line="30" />
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/evidence_link.py" line="45" />
        <source>Enter a web address that starts with http:// or https://.</source>
        <translation>Escriba una dirección web que comience con http:// o https://.</translation>
    </message>
</context>
<context>
    <name>LogframeTab</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="44" />
        <source>Double-click or press F2 to edit a cell. Ins adds a row like the selected one, Del removes it, Ctrl+Up / Ctrl+Down move it.</source>
        <translation>Doble clic o F2 para editar una celda. Insert agrega una fila como la seleccionada, Supr la quita, Ctrl+Arriba / Ctrl+Abajo la mueven.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="51" />
        <source>Add &amp;goal</source>
        <translation>Agregar &amp;fin</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="52" />
        <source>Add &amp;purpose</source>
        <translation>Agregar &amp;propósito</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="53" />
        <source>Add o&amp;utput</source>
        <translation>Agregar co&amp;mponente</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="54" />
        <source>Add &amp;activity</source>
        <translation>Agregar &amp;actividad</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="55" />
        <source>&amp;Remove row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="56" />
        <source>&amp;Move up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="57" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="65" />
        <source>Add an output under the selected purpose</source>
        <translation>Agregar un componente bajo el propósito seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="66" />
        <source>Add an activity under the selected output</source>
        <translation>Agregar una actividad bajo el componente seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="67" />
        <source>Remove the selected row and what hangs under it (Del)</source>
        <translation>Quitar la fila seleccionada y lo que depende de ella (Supr)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="68" />
        <source>Move the selected row up (Ctrl+Up)</source>
        <translation>Subir la fila seleccionada (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="69" />
        <source>Move the selected row down (Ctrl+Down)</source>
        <translation>Bajar la fila seleccionada (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="86" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="87" />
        <source>Narrative summary</source>
        <translation>Resumen narrativo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="88" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="89" />
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="90" />
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="91" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="92" />
        <source>End</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="93" />
        <source>Progress %</source>
        <translation>Avance %</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="102" />
        <source>Logframe matrix</source>
        <translation>Matriz de marco lógico</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="187" />
        <source>Progress is a percentage between 0 and 100, not %1.</source>
        <translation>El avance es un porcentaje entre 0 y 100, no %1.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="197" />
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La fecha de término (%1) es anterior a la de inicio (%2).</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="224" />
        <source>Add a purpose first: outputs hang under a purpose.</source>
        <translation>Agregue primero un propósito: los componentes dependen de un propósito.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="226" />
        <source>Select the purpose the new output belongs to.</source>
        <translation>Seleccione el propósito al que pertenece el nuevo componente.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="234" />
        <source>Add an output first: activities hang under an output.</source>
        <translation>Agregue primero un componente: las actividades dependen de un componente.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="236" />
        <source>Select the output the new activity belongs to.</source>
        <translation>Seleccione el componente al que pertenece la nueva actividad.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="265" />
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/logframe.py" line="268" />
        <source>It took %1 rows and indicators under it with it; Undo brings them back.</source>
        <translation>Se llevó consigo %1 filas e indicadores que dependían de ella; Deshacer los recupera.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/widgets.py" line="232" />
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/widgets.py" line="240" />
        <source>Dismiss (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/widgets.py" line="241" />
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>NarrativesTab</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/narratives.py" line="27" />
        <source>What the self-assessment report says about this commitment, per reporting period. Text is saved when you leave the box.</source>
        <translation>Lo que el informe de autoevaluación dice sobre este compromiso, por período de reporte. El texto se guarda al salir del cuadro.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/narratives.py" line="35" />
        <source>&amp;Progress summary:</source>
        <translation>Resumen de &amp;avance:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/narratives.py" line="36" />
        <source>&amp;Challenges:</source>
        <translation>&amp;Dificultades:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/narratives.py" line="37" />
        <source>&amp;Next steps:</source>
        <translation>&amp;Próximos pasos:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/narratives.py" line="40" />
        <source>Mid-term report</source>
        <translation>Informe de medio término</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/narratives.py" line="41" />
        <source>End-of-term report</source>
        <translation>Informe de término</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/narratives.py" line="99" />
        <source>Edit narrative: %1 (%2)</source>
        <translation>Editar narrativa: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewInstitutionDialog</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="60" />
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="63" />
        <source>Institution name</source>
        <translation>Nombre de la institución</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="65" />
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="67" />
        <source>Kind of institution</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="69" />
        <source>Role in the commitment</source>
        <translation>Rol en el compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="72" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="73" />
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="74" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="75" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="88" />
        <source>The institution needs a name.</source>
        <translation>La institución necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="119" />
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="122" />
        <source>C&amp;ode:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="124" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="125" />
        <source>Status &amp;quo / problem:</source>
        <translation>&amp;Situación actual / problema:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="126" />
        <source>Main o&amp;bjective:</source>
        <translation>Ob&amp;jetivo principal:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="127" />
        <source>&amp;Description:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="129" />
        <source>Separate themes with “;”</source>
        <translation>Separe los temas con “;”</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="130" />
        <source>T&amp;hemes:</source>
        <translation>Te&amp;mas:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="135" />
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="136" />
        <source>Civic participation</source>
        <translation>Participación ciudadana</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="137" />
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="138" />
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="145" />
        <source>OGP values:</source>
        <translation>Valores OGP:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="150" />
        <source>Implementation</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="156" />
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="157" />
        <source>End date</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="158" />
        <source>&amp;Start:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="160" />
        <source>&amp;End:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="165" />
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="166" />
        <source>Focal point &amp;name:</source>
        <translation>Nom&amp;bre del punto focal:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="167" />
        <source>Focal &amp;point e-mail:</source>
        <translation>Co&amp;rreo del punto focal:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="214" />
        <source>Ne&amp;w institution…</source>
        <translation>Nue&amp;va institución…</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="216" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="242" />
        <source>Specificit&amp;y:</source>
        <translation>Es&amp;pecificidad:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="253" />
        <source>Comp&amp;letion (mid-term):</source>
        <translation>Cump&amp;limiento (medio término):</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="277" />
        <source>IRM starred &amp;verdict:</source>
        <translation>Veredicto estelar del IRM:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="278" />
        <source>I&amp;RM notes:</source>
        <translation>N&amp;otas del IRM:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="169" />
        <source>Self-assessed &amp;completion:</source>
        <translation>C&amp;umplimiento autoevaluado:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="171" />
        <source>Contin&amp;ues:</source>
        <translation>Da conti&amp;nuidad a:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="175" />
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="179" />
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="180" />
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="181" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="190" />
        <source>Institutions of the commitment</source>
        <translation>Instituciones del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="199" />
        <source>Existing institution to add</source>
        <translation>Institución existente que se agregará</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="205" />
        <source>Role of the institution to add</source>
        <translation>Rol de la institución que se agregará</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="206" />
        <source>&amp;Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="207" />
        <source>Add the chosen institution</source>
        <translation>Agregar la institución elegida</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="217" />
        <source>Remove the selected institution (Del)</source>
        <translation>Quitar la institución seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="219" />
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="220" />
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="221" />
        <source>Move institution up</source>
        <translation>Subir la institución</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="223" />
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="224" />
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="225" />
        <source>Move institution down</source>
        <translation>Bajar la institución</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="238" />
        <source>IRM assessment</source>
        <translation>Evaluación del IRM</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="240" />
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="247" />
        <source>Potential &amp;impact:</source>
        <translation>&amp;Impacto potencial:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="259" />
        <source>Completion (end o&amp;f term):</source>
        <translation>Cumplimiento (&amp;final):</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="264" />
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="382" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="265" />
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="382" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="266" />
        <source>On ti&amp;me:</source>
        <translation>&amp;A tiempo:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="270" />
        <source>Did it open &amp;government?</source>
        <translation>¿Abrió el &amp;gobierno?</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="274" />
        <source>No published verdict</source>
        <translation>Sin veredicto publicado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="275" />
        <source>Starred</source>
        <translation>Estelar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="276" />
        <source>Not starred</source>
        <translation>No estelar</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="282" />
        <source>Computed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="286" />
        <source>Starred by the IRM rule</source>
        <translation>Estelar según la regla del IRM</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="289" />
        <source>Schedule status</source>
        <translation>Estado del cronograma</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="290" />
        <source>Starred by the rule:</source>
        <translation>Estelar según la regla:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="291" />
        <source>Schedule:</source>
        <translation>Cronograma:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="341" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="369" />
        <source>medium or high specificity</source>
        <translation>especificidad media o alta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="371" />
        <source>relevant to an OGP value</source>
        <translation>relevante para un valor OGP</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="375" />
        <source>moderate or transformative potential impact</source>
        <translation>impacto potencial moderado o transformador</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="379" />
        <source>substantial or complete implementation</source>
        <translation>implementación sustancial o completa</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="386" />
        <source>The IRM's published verdict differs and prevails.</source>
        <translation>El veredicto publicado por el IRM es distinto y prevalece.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="394" />
        <source>time elapsed %1</source>
        <translation>tiempo transcurrido %1</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="396" />
        <source>work done %1</source>
        <translation>trabajo realizado %1</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="431" />
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” no es una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="439" />
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La fecha de término (%1) es anterior a la de inicio (%2).</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="483" />
        <source>The institution needs a name.</source>
        <translation>La institución necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/overview.py" line="486" />
        <source>Add new institution %1</source>
        <translation>Agregar nueva institución %1</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="64" />
        <source>Chart of actual values against the target path</source>
        <translation>Gráfico de valores efectivos frente a la trayectoria de metas</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="89" />
        <source>Target path: %1.</source>
        <translation>Trayectoria de metas: %1.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="94" />
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="101" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="96" />
        <source>Actual values: %1.</source>
        <translation>Valores efectivos: %1.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="117" />
        <source>No dated targets or measurements yet.</source>
        <translation>Aún no hay metas con fecha ni mediciones.</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="214" />
        <source>Target path</source>
        <translation>Trayectoria de metas</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="215" />
        <source>Actual</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/chart.py" line="224" />
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
</context>
<context>
    <name>ReviseTargetDialog</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="56" />
        <source>Revise target</source>
        <translation>Revisar meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="59" />
        <source>Current target: %1 by %2</source>
        <translation>Meta actual: %1 al %2</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="66" />
        <source>New target value</source>
        <translation>Nuevo valor de la meta</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="69" />
        <source>New due date</source>
        <translation>Nueva fecha</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="71" />
        <source>Reason for the revision</source>
        <translation>Motivo de la revisión</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="72" />
        <source>New &amp;value:</source>
        <translation>Nuevo &amp;valor:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="73" />
        <source>New &amp;due date:</source>
        <translation>Nueva &amp;fecha:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="74" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/indicators.py" line="96" />
        <source>Say why the target changes: the reason is required.</source>
        <translation>Indique por qué cambia la meta: el motivo es obligatorio.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="134" />
        <source>Edit %1 %2</source>
        <translation>Editar %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="143" />
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="144" />
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../../src/matrix_app/ui/commitment/labels.py" line="145" />
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
</context>
</TS>
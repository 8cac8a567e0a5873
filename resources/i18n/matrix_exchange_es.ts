<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Exchange</name>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Logframe row</source>
        <translation>Fila de la matriz</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Target revision</source>
        <translation>Revisión de meta</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Consultation comment</source>
        <translation>Comentario de la consulta</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Ajustes del informe</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gobierno</translation>
    </message>
    <message>
        <source>period start</source>
        <translation>inicio del período</translation>
    </message>
    <message>
        <source>period end</source>
        <translation>fin del período</translation>
    </message>
    <message>
        <source>coordinating body</source>
        <translation>organismo coordinador</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
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
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>cumplimiento</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha meta</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>avance</translation>
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
        <source>Kept and edited</source>
        <translation>Conservado y editado</translation>
    </message>
    <message>
        <source>Merge changes from file</source>
        <translation>Combinar cambios desde archivo</translation>
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
        <source>Deleted (with everything under it)</source>
        <translation>Eliminado (con todo lo que contiene)</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflictos de la combinación</translation>
    </message>
    <message>
        <source>These changes were made differently in the two files. Both values are kept; the bold one is in the project now. Choose which to keep for each, then Apply.</source>
        <translation>Estos cambios se hicieron de distinta forma en los dos archivos. Se conservan ambos valores; el que está en negrita es el que tiene ahora el proyecto. Elija cuál conservar en cada caso y luego pulse Aplicar.</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>Conservar el &amp;nuestro</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar el &amp;de ellos</translation>
    </message>
    <message>
        <source>All ours</source>
        <translation>Todos los nuestros</translation>
    </message>
    <message>
        <source>All theirs</source>
        <translation>Todos los de ellos</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir más &amp;tarde</translation>
    </message>
    <message>
        <source>Merge summary</source>
        <translation>Resumen de la combinación</translation>
    </message>
    <message>
        <source>{file} has no changes that this project does not already have.</source>
        <translation>{file} no tiene cambios que este proyecto no tenga ya.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Package for institution</source>
        <translation>Paquete para una institución</translation>
    </message>
    <message>
        <source>The package is a project file with the plan and only the commitments where this institution is lead or support. Send it to the institution; when it comes back, use File › Merge changes from file.</source>
        <translation>El paquete es un archivo de proyecto con el plan y solo los compromisos en que esta institución es responsable o colaboradora. Envíelo a la institución; cuando vuelva, use Archivo › Combinar cambios desde archivo.</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Package…</source>
        <translation>&amp;Empaquetar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Package for institution…</source>
        <translation>&amp;Paquete para una institución…</translation>
    </message>
    <message>
        <source>Write a project file with one institution&apos;s commitments, to send it</source>
        <translation>Escribir un archivo de proyecto con los compromisos de una institución, para enviárselo</translation>
    </message>
    <message>
        <source>&amp;Merge changes from file…</source>
        <translation>Co&amp;mbinar cambios desde archivo…</translation>
    </message>
    <message>
        <source>Bring in the changes made in a copy or package of this project</source>
        <translation>Traer los cambios hechos en una copia o paquete de este proyecto</translation>
    </message>
    <message>
        <source>Merge &amp;conflicts…</source>
        <translation>&amp;Conflictos de la combinación…</translation>
    </message>
    <message>
        <source>Choose which value to keep for each conflict</source>
        <translation>Elegir qué valor conservar en cada conflicto</translation>
    </message>
    <message>
        <source>Save package as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <source>Packaging…</source>
        <translation>Empaquetando…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Combinando…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Ours (this file)</source>
        <translation>Nuestro (este archivo)</translation>
    </message>
    <message>
        <source>Who, when</source>
        <translation>Quién, cuándo</translation>
    </message>
    <message>
        <source>Theirs (merged file)</source>
        <translation>De ellos (archivo combinado)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
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
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>&amp;Resolver conflictos…</translation>
    </message>
    <message>
        <source>No institution is lead or support of a commitment yet.</source>
        <translation>Todavía ninguna institución es responsable o colaboradora de un compromiso.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Added {what} under it</source>
        <translation>Agregó {what} dentro</translation>
    </message>
    <message>
        <source>Edited: {field}</source>
        <translation>Editado: {field}</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nuestro</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>De ellos</translation>
    </message>
    <message>
        <source>Ours ({who}): {value}
Theirs ({who2}): {value2}
From: {source}</source>
        <translation>Nuestro ({who}): {value}
De ellos ({who2}): {value2}
Desde: {source}</translation>
    </message>
    <message>
        <source>Restored {what} under it</source>
        <translation>Restauró {what} dentro</translation>
    </message>
    <message>
        <source>Edited {what} under it: {field}</source>
        <translation>Editó {what} dentro: {field}</translation>
    </message>
    <message>
        <source>Restored (undid its deletion)</source>
        <translation>Restaurado (deshizo su eliminación)</translation>
    </message>
    <message>
        <source>Undo &amp;merge…</source>
        <translation>Deshacer co&amp;mbinación…</translation>
    </message>
    <message>
        <source>Put the project back as it was just before the last merge</source>
        <translation>Devolver el proyecto al estado de justo antes de la última combinación</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer combinación</translation>
    </message>
    <message>
        <source>Put {project} back as it was just before merging {file}? Everything the merge brought in, and any conflict choices made since, will be gone. The copy from before the merge is {copy}.</source>
        <translation>¿Devolver {project} al estado de justo antes de combinar {file}? Se perderá todo lo que trajo la combinación y las decisiones sobre conflictos tomadas desde entonces. La copia de antes de la combinación es {copy}.</translation>
    </message>
    <message>
        <source>merge of {file}</source>
        <translation>combinación de {file}</translation>
    </message>
    <message>
        <source>The merge of {file} was undone.</source>
        <translation>Se deshizo la combinación de {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both values were kept and the later change is shown for now. Choose which to keep.</source>
        <translation>
            <numerusform>%n conflicto: se conservaron ambos valores y por ahora se muestra el cambio más reciente. Elija cuál conservar.</numerusform>
            <numerusform>%n conflictos: se conservaron ambos valores y por ahora se muestra el cambio más reciente. Elija cuál conservar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} – %n commitment(s)</source>
        <translation>
            <numerusform>{name} – %n compromiso</numerusform>
            <numerusform>{name} – %n compromisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} was written for {name}: %n commitment(s) ({codes}).</source>
        <translation>
            <numerusform>Se escribió {file} para {name}: %n compromiso ({codes}).</numerusform>
            <numerusform>Se escribió {file} para {name}: %n compromisos ({codes}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new evidence file(s) stored.</source>
        <translation>
            <numerusform>Se guardó %n archivo de evidencia nuevo.</numerusform>
            <numerusform>Se guardaron %n archivos de evidencia nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n change(s) in {file} differ from this project&apos;s own; nothing was overwritten.</source>
        <translation>
            <numerusform>El cambio de {file} difiere del de este proyecto; no se sobrescribió nada.</numerusform>
            <numerusform>Los %n cambios de {file} difieren de los de este proyecto; no se sobrescribió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n change(s) in {file} were already in this project; nothing changed.</source>
        <translation>
            <numerusform>El cambio de {file} ya estaba en este proyecto; no cambió nada.</numerusform>
            <numerusform>Los %n cambios de {file} ya estaban en este proyecto; no cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed by the merge from {file}</source>
        <translation>
            <numerusform>%n fila modificada al combinar desde {file}</numerusform>
            <numerusform>%n filas modificadas al combinar desde {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo &amp;merge of {file} and the %n edit(s) after it…</source>
        <translation>
            <numerusform>Deshacer co&amp;mbinación de {file} y la edición posterior…</numerusform>
            <numerusform>Deshacer co&amp;mbinación de {file} y las %n ediciones posteriores…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n edit(s) made after the merge are undone too.</source>
        <translation>
            <numerusform>También se deshace la edición hecha después de la combinación.</numerusform>
            <numerusform>También se deshacen las %n ediciones hechas después de la combinación.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>PublishAction</name>
    <message>
        <source>Publish &amp;website…</source>
        <translation>Pu&amp;blicar sitio web…</translation>
    </message>
    <message>
        <source>Write the monitoring as a static website with open data, in a folder</source>
        <translation>Escribir el seguimiento como un sitio web estático con datos abiertos, en una carpeta</translation>
    </message>
    <message>
        <source>Publish website</source>
        <translation>Publicar sitio web</translation>
    </message>
    <message>
        <source>Website published</source>
        <translation>Sitio web publicado</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>This project has no action plan to publish yet.</source>
        <translation>Este proyecto aún no tiene un plan de acción que publicar.</translation>
    </message>
    <message>
        <source>Publishing the website…</source>
        <translation>Publicando el sitio web…</translation>
    </message>
    <message>
        <source>The website was published in {folder}: {pages} pages, {written} files written, {removed} removed.</source>
        <translation>El sitio web se publicó en {folder}: {pages} páginas, {written} archivos escritos, {removed} eliminados.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) were not published: nobody has marked them public yet (mark them in the commitment&apos;s evidence list).</source>
        <translation>
            <numerusform>%n archivo de evidencia no se publicó: nadie lo ha marcado como público todavía (márquelo en la lista de evidencias del compromiso).</numerusform>
            <numerusform>%n archivos de evidencia no se publicaron: nadie los ha marcado como públicos todavía (márquelos en la lista de evidencias del compromiso).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) marked internal were not published.</source>
        <translation>
            <numerusform>%n evidencia marcada como interna no se publicó.</numerusform>
            <numerusform>%n evidencias marcadas como internas no se publicaron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish website</source>
        <translation>Publicar sitio web</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>All action plans</source>
        <translation>Todos los planes de acción</translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation>(plan sin título)</translation>
    </message>
    <message>
        <source>Also publish (private by default)</source>
        <translation>Publicar también (privado por defecto)</translation>
    </message>
    <message>
        <source>Focal points&apos; e-mail addresses</source>
        <translation>Correos electrónicos de los puntos focales</translation>
    </message>
    <message>
        <source>Internal notes (plan, IRM and evidence notes)</source>
        <translation>Notas internas (del plan, del MRI y de las evidencias)</translation>
    </message>
    <message>
        <source>Matrix quality findings</source>
        <translation>Observaciones de calidad de la matriz</translation>
    </message>
    <message>
        <source>Who made the last change (author names)</source>
        <translation>Quién hizo el último cambio (nombres de autores)</translation>
    </message>
    <message>
        <source>The public consultation&apos;s comments and responses (not their authors)</source>
        <translation>Los comentarios de la consulta pública y sus respuestas (no sus autores)</translation>
    </message>
    <message>
        <source>The self-assessment reports as PDF files (each plan, each period)</source>
        <translation>Los informes de autoevaluación en PDF (cada plan, cada período)</translation>
    </message>
    <message>
        <source>Publish even if the folder holds other files (kept)</source>
        <translation>Publicar aunque la carpeta contenga otros archivos (se conservan)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish the website into</source>
        <translation>Publicar el sitio web en</translation>
    </message>
</context>
</TS>

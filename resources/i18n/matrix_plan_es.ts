<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultation comments</source>
        <extracomment>Fields of a comment that reports print, so that have a translation column.</extracomment>
        <translation>Comentarios de la consulta</translation>
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
        <source>Report the comments were made on</source>
        <translation>Informe sobre el que se comentó</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Show &amp;translations (%1)</source>
        <translation>Mostrar &amp;traducciones (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>Nuestra respuesta</translation>
    </message>
    <message>
        <source>Comments received</source>
        <translation>Comentarios recibidos</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>&amp;Agregar comentario</translation>
    </message>
    <message>
        <source>Add a comment received (Ins)</source>
        <translation>Agregar un comentario recibido (Insert)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected comment (Del)</source>
        <translation>Quitar el comentario seleccionado (Supr)</translation>
    </message>
    <message>
        <source>This plan has been deleted.</source>
        <translation>Este plan fue eliminado.</translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation>(plan sin título)</translation>
    </message>
    <message>
        <source>Edit consultation comment</source>
        <translation>Editar comentario de la consulta</translation>
    </message>
    <message>
        <source>Add consultation comment</source>
        <translation>Agregar comentario de la consulta</translation>
    </message>
    <message>
        <source>Delete consultation comment</source>
        <translation>Eliminar comentario de la consulta</translation>
    </message>
    <message>
        <source>Removed the comment of %1; Edit &gt; Undo brings it back.</source>
        <translation>Se quitó el comentario de %1; Editar &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>an unnamed person</source>
        <translation>una persona sin nombre</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>“%1” is %2 MB; a logo may have at most %3 MB.</source>
        <translation>“%1” pesa %2 MB; un logotipo puede tener como máximo %3 MB.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>No se pudo leer “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG image.</source>
        <translation>“%1” no es una imagen PNG ni JPEG.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
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
</context>
<context>
    <name>ReportProfileDialog</name>
    <message>
        <source>Report settings</source>
        <translation>Ajustes del informe</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Whether the cover texts may carry a translation (the data layer says which do).</extracomment>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Rename the plan in the project tree (F2)</source>
        <translation>Cambie el nombre del plan en el árbol del proyecto (F2)</translation>
    </message>
    <message>
        <source>Plan title:</source>
        <translation>Título del plan:</translation>
    </message>
    <message>
        <source>The institution that issues the report</source>
        <translation>La institución que emite el informe</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Organismo &amp;emisor:</translation>
    </message>
    <message>
        <source>A short text printed on the cover, under the title</source>
        <translation>Un texto breve impreso en la portada, bajo el título</translation>
    </message>
    <message>
        <source>Cover &amp;text:</source>
        <translation>&amp;Texto de portada:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>&amp;Elegir imagen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image printed on the cover</source>
        <translation>Una imagen PNG o JPEG impresa en la portada</translation>
    </message>
    <message>
        <source>Remo&amp;ve logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Show &amp;translations (%1)</source>
        <translation>Mostrar t&amp;raducciones (%1)</translation>
    </message>
    <message>
        <source>Public consultation of the draft</source>
        <translation>Consulta pública del borrador</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>While it runs, the report is marked as a draft for consultation.</source>
        <translation>Mientras dura, el informe se marca como borrador en consulta.</translation>
    </message>
    <message>
        <source>Sections in the report</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <source>&amp;Default sections</source>
        <translation>Secciones &amp;predeterminadas</translation>
    </message>
    <message>
        <source>Every section the kind of report has</source>
        <translation>Todas las secciones que tiene el tipo de informe</translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation>(plan sin título)</translation>
    </message>
    <message>
        <source>This plan has been deleted.</source>
        <translation>Este plan fue eliminado.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>The consultation ends (%1) before it starts (%2).</source>
        <translation>La consulta termina (%1) antes de comenzar (%2).</translation>
    </message>
    <message>
        <source>Edit report settings</source>
        <translation>Editar ajustes del informe</translation>
    </message>
    <message>
        <source>A report needs at least one section.</source>
        <translation>Un informe necesita al menos una sección.</translation>
    </message>
    <message>
        <source>Choose report sections</source>
        <translation>Elegir secciones del informe</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Poner logotipo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Co-creation and public consultation</source>
        <translation>Co-creación y consulta pública</translation>
    </message>
    <message>
        <source>The multi-stakeholder forum</source>
        <translation>El foro multiactor</translation>
    </message>
    <message>
        <source>Lessons so far</source>
        <translation>Aprendizajes hasta ahora</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Participation and consultation during implementation</source>
        <translation>Participación y consulta durante la implementación</translation>
    </message>
    <message>
        <source>Meetings of the multi-stakeholder forum</source>
        <translation>Reuniones del foro multiactor</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>How the plan was made or carried out with civil society; the consultations</source>
        <translation>Cómo se elaboró o ejecutó el plan con la sociedad civil; las consultas</translation>
    </message>
    <message>
        <source>The forum or working group: who took part, how often it met, what it decided</source>
        <translation>El foro o mesa de trabajo: quiénes participaron, cada cuánto se reunió, qué decidió</translation>
    </message>
    <message>
        <source>What worked, what did not, and why</source>
        <translation>Qué funcionó, qué no y por qué</translation>
    </message>
    <message>
        <source>What the next period or the next plan will do</source>
        <translation>Qué hará el próximo período o el próximo plan</translation>
    </message>
    <message>
        <source>Report te&amp;xts…</source>
        <translation>Te&amp;xtos del informe…</translation>
    </message>
    <message>
        <source>The plan&apos;s texts in the report: its development, participation and lessons</source>
        <translation>Los textos del plan en el informe: su elaboración, la participación y los aprendizajes</translation>
    </message>
</context>
<context>
    <name>ReportTextsDialog</name>
    <message>
        <source>Report texts</source>
        <translation>Textos del informe</translation>
    </message>
    <message>
        <source>What the self-assessment report says about the plan as a whole, under these headings. Text is saved when you leave the box.</source>
        <translation>Lo que el informe de autoevaluación dice del plan en su conjunto, bajo estos títulos. El texto se guarda al salir del recuadro.</translation>
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
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Show &amp;translations (%1)</source>
        <translation>Mostrar &amp;traducciones (%1)</translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation>(plan sin título)</translation>
    </message>
    <message>
        <source>This plan has been deleted.</source>
        <translation>Este plan fue eliminado.</translation>
    </message>
    <message>
        <source>Edit report text: %1</source>
        <translation>Editar texto del informe: %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Edit %1 translation of %2 %3</source>
        <extracomment>The key suffix of a table column that shows a field&apos;s translation.</extracomment>
        <translation>Editar traducción al %1: %2, %3</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>Traducción al %1</translation>
    </message>
    <message>
        <source>Write the text first</source>
        <translation>Escriba primero el texto</translation>
    </message>
</context>
</TS>

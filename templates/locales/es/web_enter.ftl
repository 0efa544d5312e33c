# Lo que escribe el código en Rust de las páginas para participar y para
# evaluar: avisos, rechazos y etiquetas (plaza-web/src/enter y plaza-web/src/judge).

## plaza-web/src/enter/idea_files.rs
# $error: el motivo técnico por el que no se pudo leer el archivo subido.
web-enter-idea-files-upload-unreadable = No se pudo leer el archivo subido: { $error }
web-enter-idea-files-question-too-long = El formulario envió una respuesta a “¿Qué es este archivo?” más larga que cualquier opción de la lista. Elija una opción de la lista y vuelva a adjuntar el archivo.
web-enter-idea-files-too-large = El archivo pesa más de { $mb } MB, el máximo que aceptamos para un adjunto. Hágalo más pequeño (por ejemplo, guarde las fotos en un tamaño menor) y vuelva a adjuntarlo.
web-enter-idea-files-not-a-file-question = Esa pregunta no recibe archivos.
web-enter-idea-files-choose-a-file = Elija un archivo para adjuntar.
web-enter-idea-files-wrong-kind = Aceptamos archivos PDF e imágenes (PNG, JPEG, GIF o WebP). Este archivo no es ninguno de ellos, aunque su nombre diga otra cosa.
web-enter-idea-files-too-many = Una idea puede tener como máximo { $max } archivos. Primero quite uno y luego adjunte este.

## plaza-web/src/enter/idea_form.rs
# El título de la página (la pestaña del navegador); $title es el título de la idea.
web-enter-idea-form-title-edit = Cambiar “{ $title }”
web-enter-idea-form-title-new-assisted = Ingresar una idea para un residente
web-enter-idea-form-title-new = Escribir una idea

## plaza-web/src/enter/ideas.rs
# $when: cómo está el desafío, una oración completa.
web-enter-ideas-closed = { $when } Solo se pueden ingresar y cambiar ideas mientras el desafío está abierto.
web-enter-ideas-terms-first-title = Primero acepte las condiciones de uso
web-enter-ideas-terms-first-action = Ir a la página de su cuenta
web-enter-ideas-not-taking-title = Ahora no se reciben ideas
web-enter-ideas-back-to-track = Volver a la categoría
web-enter-ideas-notice-sent = Su idea fue enviada. Le enviamos una copia por correo. Puede cambiarla hasta que cierre el desafío.
web-enter-ideas-notice-saved = Su borrador está guardado. Todavía no se envió: el jurado no lo verá hasta que usted lo envíe.
web-enter-ideas-withdrawn = Esta idea fue retirada; ya no se puede cambiar.

## plaza-web/src/enter/submissions.rs
web-enter-submissions-not-scored = Esta categoría recibe ideas, no archivos para puntuar.
web-enter-submissions-terms-needed = Antes de participar, acepte las condiciones de uso en la página de su cuenta.
web-enter-submissions-too-large = El archivo pesa más de { $mb } MB, el máximo que aceptamos.
web-enter-submissions-empty = El archivo está vacío.
# $reason: por qué se rechazó el programa, una oración completa.
web-enter-submissions-bad-program = { $reason } Esta entrega no se envió y no cuenta.
web-enter-submissions-no-file = Elija un archivo para enviar (campo 'file' del formulario).
# $next: un momento ("28 de febrero de 2027 a las 17:59, hora de Chicago").
web-enter-submissions-quota-refused = { $limit ->
    [one] Hoy su equipo envió 1 archivo que no se pudo leer como predicciones. Compare su archivo con el ejemplo y revise los mensajes de error de sus últimas entregas. Puede volver a enviar a partir del { $next }.
   *[other] Hoy su equipo envió { $limit } archivos que no se pudieron leer como predicciones. Compare su archivo con el ejemplo y revise los mensajes de error de sus últimas entregas. Puede volver a enviar a partir del { $next }.
}
web-enter-submissions-quota-used = { $limit ->
    [one] Su equipo ya usó su entrega de hoy en esta categoría. La próxima se puede enviar a partir del { $next }.
   *[other] Su equipo ya usó sus { $limit } entregas de hoy en esta categoría. La próxima se puede enviar a partir del { $next }.
}
# $opens: un momento ("28 de febrero de 2027 a las 17:59, hora de Chicago").
web-enter-submissions-opens-on = Este desafío abre el { $opens }. Se aceptan entregas desde ese momento.
web-enter-submissions-closed = Este desafío ya cerró; no recibe más entregas.
web-enter-submissions-no-team = Usted no está en un equipo de este desafío.
web-enter-submissions-too-many-selected = Eligió { $count } entregas, pero cada equipo puede elegir como máximo { $max } para la clasificación final. Desmarque algunas y vuelva a guardar.

## plaza-web/src/enter/teams.rs
# Aparece en la columna "Enviada a" para un enlace de invitación.
web-enter-teams-a-link-to-share = un enlace para compartir
web-enter-teams-closed = Este desafío ya cerró, así que no pueden entrar equipos nuevos.
web-enter-teams-terms-needed = Antes de participar en un desafío, acepte las condiciones de uso en la página de su cuenta.
web-enter-teams-no-team-yet = Todavía no está en un equipo de este desafío.
web-enter-teams-settings-saved = Se guardó la configuración de su equipo.
web-enter-teams-new-link = Aquí tiene un nuevo enlace de invitación. Cualquier persona con quien lo comparta puede unirse durante { $days } días, o hasta que usted lo cancele más abajo. Solo se muestra ahora, así que cópielo.
web-enter-teams-too-many-invitations = Envió muchas invitaciones en la última hora. Vuelva a intentarlo más tarde.
web-enter-teams-invitation-sent = Se envió una invitación a { $email }. Sirve por { $days } días para una persona, o hasta que usted la cancele más abajo.
web-enter-teams-invitation-cancelled = La invitación se canceló: ya no sirve.
web-enter-teams-invitation-not-pending = Esa invitación no está entre las invitaciones pendientes de su equipo. Tal vez ya se canceló.
web-enter-teams-left = Usted salió del equipo.
web-enter-teams-invitation-does-not-work = Esta invitación no sirve
web-enter-teams-see-the-challenges = Ver los desafíos
web-enter-teams-closed-title = Este desafío ya cerró
web-enter-teams-one-more-step = Falta un paso
web-enter-teams-your-account = Su cuenta
web-enter-teams-could-not-join = No pudo unirse a este equipo
web-enter-teams-your-team-page = La página de su equipo

## plaza-web/src/judge/idea_changes.rs
# Etiquetas de los campos de una idea, en la lista de lo que cambió.
web-judge-idea-changes-title = Título
web-judge-idea-changes-summary = Resumen
web-judge-idea-changes-problem = El problema
web-judge-idea-changes-proposal = La propuesta
web-judge-idea-changes-beneficiaries = Quién se beneficia
web-judge-idea-changes-datasets = Conjuntos de datos usados
web-judge-idea-changes-nothing-to-confirm = No hay nada que confirmar: usted no ha puntuado esta idea, o sus puntuaciones ya corresponden a la idea como está ahora.

## plaza-web/src/judge/judging.rs
# Etiquetas de los conflictos que declara un miembro del jurado.
web-judge-judging-organizations = Organizaciones
web-judge-judging-people = Personas
web-judge-judging-neighbourhoods = Barrios
web-judge-judging-declaration-frozen = La evaluación ya empezó, así que su declaración ya no se puede cambiar aquí. No se cambió nada. Para agregar o quitar un nombre, comuníquese con el equipo organizador de este desafío.
web-judge-judging-not-open = La evaluación no está abierta, así que las puntuaciones no se pueden cambiar.
# El avance del miembro del jurado en una categoría: "3 de 10 puntuadas".
web-judge-judging-progress = { $done } de { $total } puntuadas
web-judge-judging-comment-too-long = Los comentarios y la nota pueden tener como máximo { $max } caracteres cada uno.
web-judge-judging-closed = La evaluación está cerrada.

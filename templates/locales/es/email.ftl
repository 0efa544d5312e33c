### Correos: templates/email/.
### Los ids que terminan en -html son la forma de una frase en la parte HTML
### del correo (comillas tipográficas, o etiquetas cuando se usan con t_html);
### los demás ids los usa la parte de texto, y la parte HTML cuando el texto es igual.

## email/layout.html.tera

email-layout-stop = Dejar de recibir estos correos

## email/partials/idea_copy.html.tera, email/partials/idea_copy.txt.tera

email-partial-idea-copy-title = Título: { $title }
email-partial-idea-copy-summary = Resumen
email-partial-idea-copy-problem = El problema
email-partial-idea-copy-proposal = La propuesta
email-partial-idea-copy-datasets = Los datos que usa
email-partial-idea-copy-beneficiaries = A quién beneficia

## email/partials/offline.html.tera, email/partials/offline.txt.tera

email-partial-offline-no-computer = ¿No tiene computadora?
email-partial-offline-call = Llame al { $phone }.
email-partial-offline-write = También puede enviar una carta o dejar un formulario en papel en: { $address }.

## email/challenge_update/subject.txt.tera, body.txt.tera, body.html.tera

email-challenge-update-subject = { $challenge_title }: { $title }
email-challenge-update-hello = Hola, { $name }:
email-challenge-update-intro = Los organizadores de "{ $challenge_title }" publicaron una novedad.
email-challenge-update-intro-html = Los organizadores de “{ $challenge_title }” publicaron una novedad.
email-challenge-update-question = Preguntan: { $question }
email-challenge-update-answer = Responda del 1 al 5, o escríbales, en la página de la novedad (no necesita una cuenta):
email-challenge-update-question-html = Preguntan: <strong>{ $question }</strong> Responda del 1 al 5, o escríbales, en la página de la novedad. No necesita una cuenta.
email-challenge-update-button = Leer la novedad y responder

## email/dataset_updated/subject.txt.tera, body.txt.tera, body.html.tera

email-dataset-updated-subject = Se actualizó { $dataset_title }: { $change_note }
email-dataset-updated-hello = Hola, { $name }:
email-dataset-updated-intro = Los organizadores de "{ $challenge_title }" subieron un archivo nuevo al conjunto de datos "{ $dataset_title }". Esto es lo que cambió, según ellos:
email-dataset-updated-intro-html = Los organizadores de “{ $challenge_title }” subieron un archivo nuevo al conjunto de datos “{ $dataset_title }”. Esto es lo que cambió, según ellos:
email-dataset-updated-rows =
    El archivo nuevo tiene { $rows } { $rows ->
        [one] fila
       *[other] filas
    }. Todavía puede descargar el archivo anterior desde la guía de datos, junto con cada nota de cambios:
email-dataset-updated-rows-html =
    El archivo nuevo tiene { $rows } { $rows ->
        [one] fila
       *[other] filas
    }. Todavía puede descargar el archivo anterior desde la guía de datos, junto con cada nota de cambios.
email-dataset-updated-button = Abrir la guía de datos

## email/deadline_reminder/subject.txt.tera, body.txt.tera, body.html.tera

email-deadline-reminder-subject = { $challenge_title } cierra en menos de un día
email-deadline-reminder-hello = Hola, { $name }:
email-deadline-reminder-closes = "{ $challenge_title }" cierra el { $closes }. Su equipo, { $team_name }, todavía no ha enviado nada.
email-deadline-reminder-closes-html = “{ $challenge_title }” cierra el <strong>{ $closes }</strong>. Su equipo, { $team_name }, todavía no ha enviado nada.
email-deadline-reminder-drafts = Su equipo tiene borradores guardados que todavía no se han enviado:
email-deadline-reminder-send-draft = Abra un borrador y envíelo para participar.
email-deadline-reminder-take-part = Participe aquí:
email-deadline-reminder-button = Participar
email-deadline-reminder-only-reminder = Este es el único recordatorio que le enviamos para este desafío.

## email/follow_confirm/subject.txt.tera, body.txt.tera, body.html.tera

email-follow-confirm-subject = Confirme: novedades de { $challenge_title }
email-follow-confirm-hello = Hola:
email-follow-confirm-intro = Alguien, probablemente usted, pidió recibir en esta dirección novedades de "{ $challenge_title }": noticias sobre cómo se llevan a cabo las ideas ganadoras.
email-follow-confirm-intro-html = Alguien, probablemente usted, pidió recibir en esta dirección novedades de “{ $challenge_title }”: noticias sobre cómo se llevan a cabo las ideas ganadoras.
email-follow-confirm-open-link = Para recibirlas, abra este enlace y confirme:
email-follow-confirm-button = Confirmar que quiero recibir las novedades
email-follow-confirm-not-you = Si no fue usted, ignore este correo: no recibirá nada más.

## email/idea_confirm/subject.txt.tera, body.txt.tera, body.html.tera

email-idea-confirm-subject = Por favor, confirme su idea para "{ $challenge_title }"
email-idea-confirm-hello = Hola, { $name }:
email-idea-confirm-intro = { $staff_role } pasó al sistema la idea que usted le dio { $channel }, "{ $title }", para "{ $challenge_title }". Por favor, léala y confirme que dice lo que usted quería decir:
email-idea-confirm-intro-html = { $staff_role } pasó al sistema la idea que usted le dio { $channel }, “{ $title }”, para “{ $challenge_title }”. Por favor, léala y confirme que dice lo que usted quería decir.
email-idea-confirm-button = Leer y confirmar
email-idea-confirm-until = Hasta que usted la confirme, el jurado no la verá. Si usted no envió ninguna idea, puede ignorar este correo.

## email/idea_received/subject.txt.tera, body.txt.tera, body.html.tera

email-idea-received-subject = Recibimos su idea para "{ $challenge_title }"
email-idea-received-hello = Hola, { $name }:
email-idea-received-intro = Gracias: su idea para "{ $challenge_title }" ({ $track_title }) se envió a los organizadores. Puede cambiarla hasta el { $deadline }:
email-idea-received-intro-html = Gracias: su idea para “{ $challenge_title }” ({ $track_title }) se envió a los organizadores. Puede cambiarla hasta el { $deadline }.
email-idea-received-button = Ver su idea
email-idea-received-copy = Aquí tiene una copia de lo que envió.

## email/invitation/subject.txt.tera, body.txt.tera, body.html.tera

email-invitation-subject = Tiene una invitación para ser { $role_article } { $role } de "{ $challenge_title }"
email-invitation-hello = Hola:
email-invitation-intro = { $inviter } le envió una invitación para ser { $role_article } { $role } del desafío "{ $challenge_title }" en { $site_name }.
email-invitation-intro-html = { $inviter } le envió una invitación para ser { $role_article } <strong>{ $role }</strong> del desafío “{ $challenge_title }” en { $site_name }.
email-invitation-accept = Para aceptar, abra este enlace e inicie sesión con esta dirección de correo ({ $email }):
email-invitation-valid =
    La invitación es válida por { $days } { $days ->
        [one] día
       *[other] días
    }. Si no la quiere, ignore este correo.
email-invitation-button = Aceptar la invitación
email-invitation-sign-in-html =
    Inicie sesión con esta dirección de correo ({ $email }). La invitación es válida por { $days } { $days ->
        [one] día
       *[other] días
    }. Si el botón no funciona, copie esta dirección en su navegador:
email-invitation-ignore = Si no la quiere, ignore este correo.

## email/judge_reminder/subject.txt.tera, body.txt.tera, body.html.tera

email-judge-reminder-subject =
    { $left ->
        [one] { $left } idea espera
       *[other] { $left } ideas esperan
    } su puntuación en "{ $challenge_title }"
email-judge-reminder-hello = Hola, { $name }:
email-judge-reminder-progress =
    En "{ $challenge_title }" le asignaron { $total } { $total ->
        [one] idea
       *[other] ideas
    } y usted ya puntuó { $done }. { $left ->
        [one] Todavía falta { $left } por puntuar.
       *[other] Todavía faltan { $left } por puntuar.
    }
email-judge-reminder-progress-html =
    En “{ $challenge_title }” le asignaron { $total } { $total ->
        [one] idea
       *[other] ideas
    } y usted ya puntuó { $done }. { $left ->
        [one] Todavía falta { $left } por puntuar.
       *[other] Todavía faltan { $left } por puntuar.
    }
email-judge-reminder-queue = Sus ideas por puntuar:
email-judge-reminder-button = Ver sus ideas por puntuar
email-judge-reminder-thanks = Gracias por ser parte del jurado.

## email/organizer_digest/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-digest-subject = Lo que pasó en sus desafíos { $period }
email-organizer-digest-hello = Hola, { $name }:
email-organizer-digest-intro = Esto es lo que pasó { $period } en los desafíos que usted organiza.
email-organizer-digest-open = Abrir
email-organizer-digest-settings = Recibe este correo una vez al día, y solo cuando pasó algo. En la página de su cuenta puede elegir qué eventos incluye, o recibir un correo cada vez que pase algo: { $settings_link }
email-organizer-digest-settings-html = Recibe este correo una vez al día, y solo cuando pasó algo. <a href="{ $settings_link }" style="color:#0b5cad">Elija qué eventos incluye</a>, o reciba un correo cada vez que pase algo.

## email/organizer_entry_failed/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-entry-failed-subject = Plaza no pudo puntuar una entrega en "{ $challenge_title }"
email-organizer-entry-failed-hello = Hola, { $name }:
email-organizer-entry-failed-intro =
    Plaza no pudo puntuar una entrega de { $entrant } en "{ $challenge_title }" ({ $track_title }) por un problema de Plaza, no del participante. Plaza lo intentó { $attempts } { $attempts ->
        [one] vez
       *[other] veces
    }. Esta entrega no cuenta para el límite diario del participante, y le pedimos que la envíe otra vez más tarde.
email-organizer-entry-failed-intro-html =
    Plaza no pudo puntuar una entrega de { $entrant } en “{ $challenge_title }” ({ $track_title }) por un problema de Plaza, no del participante. Plaza lo intentó { $attempts } { $attempts ->
        [one] vez
       *[other] veces
    }. Esta entrega no cuenta para el límite diario del participante, y le pedimos que la envíe otra vez más tarde.
email-organizer-entry-failed-file = Archivo: { $file_name }
email-organizer-entry-failed-file-html = Archivo: <strong>{ $file_name }</strong>
email-organizer-entry-failed-entries-page = La página de entregas muestra qué salió mal. Cuando se resuelva el problema, desde allí puede volver a puntuar la entrega:
email-organizer-entry-failed-entries-page-html = La página de entregas muestra qué salió mal. Cuando se resuelva el problema, desde allí puede volver a puntuar la entrega.
email-organizer-entry-failed-button = Abrir la página de entregas
email-organizer-entry-failed-settings = Recibe este correo porque organiza "{ $challenge_title }". En la página de su cuenta puede elegir cuáles de estos correos recibe, o recibir uno solo al día: { $settings_link }
email-organizer-entry-failed-settings-html = Recibe este correo porque organiza “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Elija cuáles de estos correos recibe</a>, o reciba uno solo al día.

## email/organizer_idea_confirmed/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-idea-confirmed-subject = Un residente confirmó su idea para "{ $challenge_title }"
email-organizer-idea-confirmed-hello = Hola, { $name }:
email-organizer-idea-confirmed-intro = { $entrant } confirmó la idea que se registró a su nombre en "{ $challenge_title }" ({ $track_title }). Ya está lista para que el jurado la evalúe.
email-organizer-idea-confirmed-intro-html = { $entrant } confirmó la idea que se registró a su nombre en “{ $challenge_title }” ({ $track_title }). Ya está lista para que el jurado la evalúe.
email-organizer-idea-confirmed-title = Título: { $idea_title }
email-organizer-idea-confirmed-title-html = Título: <strong>{ $idea_title }</strong>
email-organizer-idea-confirmed-see-all = Vea todas las ideas de la categoría:
email-organizer-idea-confirmed-button = Ver las ideas
email-organizer-idea-confirmed-settings = Recibe este correo porque organiza "{ $challenge_title }". En la página de su cuenta puede elegir cuáles de estos correos recibe, o recibir uno solo al día: { $settings_link }
email-organizer-idea-confirmed-settings-html = Recibe este correo porque organiza “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Elija cuáles de estos correos recibe</a>, o reciba uno solo al día.

## email/organizer_idea_sent/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-idea-sent-subject = Una idea nueva para "{ $challenge_title }"
email-organizer-idea-sent-hello = Hola, { $name }:
email-organizer-idea-sent-by-staff = { $staff_name } registró una idea a nombre de { $entrant } en "{ $challenge_title }" ({ $track_title }), { $channel }.
email-organizer-idea-sent-by-staff-html = { $staff_name } registró una idea a nombre de { $entrant } en “{ $challenge_title }” ({ $track_title }), { $channel }.
email-organizer-idea-sent-by-entrant = { $entrant } envió una idea a "{ $challenge_title }" ({ $track_title }).
email-organizer-idea-sent-by-entrant-html = { $entrant } envió una idea a “{ $challenge_title }” ({ $track_title }).
email-organizer-idea-sent-title = Título: { $idea_title }
email-organizer-idea-sent-title-html = Título: <strong>{ $idea_title }</strong>
email-organizer-idea-sent-see-all = Vea todas las ideas de la categoría:
email-organizer-idea-sent-button = Ver las ideas
email-organizer-idea-sent-settings = Recibe este correo porque organiza "{ $challenge_title }". En la página de su cuenta puede elegir cuáles de estos correos recibe, o recibir uno solo al día: { $settings_link }
email-organizer-idea-sent-settings-html = Recibe este correo porque organiza “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Elija cuáles de estos correos recibe</a>, o reciba uno solo al día.

## email/organizer_judge_recused/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-judge-recused-subject = Un miembro del jurado se retiró de una idea en "{ $challenge_title }"
email-organizer-judge-recused-hello = Hola, { $name }:
email-organizer-judge-recused-intro = { $judge_name } se retiró de una idea en "{ $challenge_title }" ({ $track_title }).
email-organizer-judge-recused-intro-html = { $judge_name } se retiró de una idea en “{ $challenge_title }” ({ $track_title }).
email-organizer-judge-recused-idea = Idea: { $idea_title }
email-organizer-judge-recused-idea-html = Idea: <strong>{ $idea_title }</strong>
email-organizer-judge-recused-reason = Motivo: { $reason }
email-organizer-judge-recused-replaced = Plaza le dio la idea a otro miembro del jurado.
email-organizer-judge-recused-not-replaced = No había otro miembro del jurado disponible, así que a la idea le falta una evaluación. Puede agregar un miembro del jurado en la página de evaluación.
email-organizer-judge-recused-button = Abrir la página de evaluación
email-organizer-judge-recused-settings = Recibe este correo porque organiza "{ $challenge_title }". En la página de su cuenta puede elegir cuáles de estos correos recibe, o recibir uno solo al día: { $settings_link }
email-organizer-judge-recused-settings-html = Recibe este correo porque organiza “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Elija cuáles de estos correos recibe</a>, o reciba uno solo al día.

## email/organizer_judging_complete/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-judging-complete-subject = Terminó la evaluación de "{ $challenge_title }"
email-organizer-judging-complete-hello = Hola, { $name }:
email-organizer-judging-complete-intro =
    Cada miembro del jurado puntuó todas las ideas que le tocaron en "{ $challenge_title }" ({ $track_title }): { $reviews } { $reviews ->
        [one] evaluación
       *[other] evaluaciones
    } en total.
email-organizer-judging-complete-intro-html =
    Cada miembro del jurado puntuó todas las ideas que le tocaron en “{ $challenge_title }” ({ $track_title }): { $reviews } { $reviews ->
        [one] evaluación
       *[other] evaluaciones
    } en total.
email-organizer-judging-complete-next = Ahora puede leer las puntuaciones y los comentarios, cerrar la evaluación y elegir a los ganadores:
email-organizer-judging-complete-next-html = Ahora puede leer las puntuaciones y los comentarios, cerrar la evaluación y elegir a los ganadores.
email-organizer-judging-complete-button = Abrir la página de evaluación
email-organizer-judging-complete-settings = Recibe este correo porque organiza "{ $challenge_title }". En la página de su cuenta puede elegir cuáles de estos correos recibe, o recibir uno solo al día: { $settings_link }
email-organizer-judging-complete-settings-html = Recibe este correo porque organiza “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Elija cuáles de estos correos recibe</a>, o reciba uno solo al día.

## email/results_entrant/subject.txt.tera, body.txt.tera, body.html.tera

email-results-entrant-subject = Resultados de "{ $challenge_title }" y los comentarios del jurado sobre su idea
email-results-entrant-hello = Hola, { $name }:
email-results-entrant-published = Ya hay resultados de "{ $challenge_title }".
email-results-entrant-published-html = Ya hay resultados de “{ $challenge_title }”.
email-results-entrant-chosen = Su idea "{ $title }" fue elegida: { $place }.
email-results-entrant-chosen-html = Su idea “{ $title }” fue elegida: <strong>{ $place }</strong>.
email-results-entrant-not-chosen = Su idea "{ $title }" no quedó entre las ganadoras esta vez. Gracias por participar.
email-results-entrant-not-chosen-html = Su idea “{ $title }” no quedó entre las ganadoras esta vez. Gracias por participar.
email-results-entrant-feedback = Esto escribió el jurado sobre su idea:
email-results-entrant-no-feedback = El jurado no dejó comentarios escritos para compartir.
email-results-entrant-see-winners = Vea a los ganadores:
email-results-entrant-button = Ver a los ganadores

## email/results_follower/subject.txt.tera, body.txt.tera, body.html.tera

email-results-follower-subject = Los ganadores de "{ $challenge_title }"
email-results-follower-hello = Hola, { $name }:
email-results-follower-published = Ya hay resultados de "{ $challenge_title }".
email-results-follower-published-html = Ya hay resultados de “{ $challenge_title }”.
email-results-follower-no-winners = Los organizadores no eligieron ganadores.
email-results-follower-see-winners = Vea a los ganadores y lo que sigue:
email-results-follower-button = Ver a los ganadores

## email/sign_in/subject.txt.tera, body.txt.tera, body.html.tera

email-sign-in-subject = Su enlace para iniciar sesión en { $site_name }
email-sign-in-hello = Hola:
email-sign-in-intro = Alguien (esperamos que usted) pidió iniciar sesión en { $site_name } con esta dirección de correo.
email-sign-in-open-link = Abra este enlace para iniciar sesión:
email-sign-in-button = Iniciar sesión en { $site_name }
email-sign-in-code = O escriba este código en la página donde pidió iniciar sesión:
email-sign-in-expiry =
    El enlace y el código sirven una sola vez, durante { $minutes } { $minutes ->
        [one] minuto
       *[other] minutos
    }. Si abre el enlace en un teléfono o computadora distinto al que usó para pedirlo, esa página le pedirá un código que aparece donde lo pidió.
email-sign-in-copy-link = Si el botón no funciona, copie esta dirección en su navegador:
email-sign-in-not-you = Si usted no lo pidió, puede ignorar este correo: nadie puede iniciar sesión sin el enlace o el código.

## email/submission_scored/subject.txt.tera, body.txt.tera, body.html.tera

email-submission-scored-subject-scored = Su entrega para "{ $challenge_title }" ya tiene puntuación
email-submission-scored-subject-not-scored = Su entrega para "{ $challenge_title }" no se pudo puntuar
email-submission-scored-hello = Hola:
email-submission-scored-result = Su entrega { $file_name } para "{ $track_title }" en el desafío "{ $challenge_title }" tiene un resultado: { $verdict_label }.
email-submission-scored-result-html = Su entrega <strong>{ $file_name }</strong> para “{ $track_title }” en el desafío “{ $challenge_title }” tiene un resultado: <strong>{ $verdict_label }</strong>.
email-submission-scored-public-score = Puntuación pública ({ $metric }): { $public_score }
email-submission-scored-public-score-html = Puntuación pública ({ $metric }): <strong>{ $public_score }</strong>
email-submission-scored-see-details = Vea los detalles y cuántas entregas le quedan hoy:
email-submission-scored-button = Ver los detalles

## email/team_invitation/subject.txt.tera, body.txt.tera, body.html.tera

email-team-invitation-subject = Tiene una invitación para unirse a un equipo en "{ $challenge_title }" en { $site_name }
email-team-invitation-hello = Hola:
email-team-invitation-intro = { $inviter } le envió una invitación para unirse al equipo "{ $team_name }" en el desafío "{ $challenge_title }" en { $site_name }.
email-team-invitation-intro-html = { $inviter } le envió una invitación para unirse al equipo “{ $team_name }” en el desafío “{ $challenge_title }” en { $site_name }.
email-team-invitation-open-link = Para unirse, abra este enlace e inicie sesión:
email-team-invitation-button = Unirse al equipo
email-team-invitation-copy-link = Si el botón no funciona, copie esta dirección en su navegador:
email-team-invitation-not-join = Si no quiere unirse, ignore este correo.

# Lo que escribe el código en Rust de más páginas del equipo organizador:
# avisos, rechazos y etiquetas (plaza-web/src/organize: entregas, conjuntos
# de datos, categorías, ideas ingresadas para residentes, personas,
# novedades, evaluación, proyectos).

## plaza-web/src/organize/entries.rs
web-organize-entries-showing-none = No hay entregas.
web-organize-entries-showing-one = Se muestra 1 entrega.
# $page: el número de página pedido; $total: cuántas entregas hay ("3,204"); $pages: cuántas páginas.
web-organize-entries-showing-past-end = No hay entregas en la página { $page }: hay { $total } entregas en { $pages } páginas.
# $first, $last, $total: números escritos con separador de miles ("3,204").
web-organize-entries-showing-range = Se muestran las entregas { $first }–{ $last } de { $total }.
web-organize-entries-rerun-queued = La entrega está en la fila para calificarse de nuevo.
web-organize-entries-rerun-refused = Solo se pueden volver a calificar las entregas ya calificadas o que fallaron.
web-organize-entries-rerun-all-queued = { $count ->
        [one] { $count } entrega está en la fila para calificarse de nuevo.
       *[other] { $count } entregas están en la fila para calificarse de nuevo.
    }
web-organize-entries-cancelled = La entrega se canceló. Ya no cuenta para el límite del equipo.
web-organize-entries-cancel-refused = Solo se pueden cancelar las entregas que todavía esperan o que se están calificando.
web-organize-entries-disqualified = La entrega se descalificó. El equipo ve el motivo que usted dio.

## plaza-web/src/organize/dataset_form.rs
web-organize-dataset-form-added = El archivo se agregó como un conjunto de datos nuevo. Descríbalo abajo: los residentes leen esto en la guía de datos.
web-organize-dataset-form-replaced = El archivo nuevo ya está en uso. El archivo anterior se guarda como versión { $version }: todavía se puede descargar desde la guía de datos, junto con su nota de cambios. Las personas que siguen el desafío recibieron un aviso por correo.
# $columns: los nombres de las columnas, separados por comas.
web-organize-dataset-form-columns-removed = Estas columnas no están en el archivo nuevo, así que se quitaron del diccionario de datos: { $columns }.
web-organize-dataset-form-saved-draft = Se guardó la descripción. Los residentes la leerán en la guía de datos cuando se publique el desafío.
web-organize-dataset-form-saved = Se guardó la descripción. Ya todos la ven en la guía de datos.
web-organize-dataset-form-separated-by-semicolons = Los valores estaban separados por punto y coma. El archivo guardado los separa con comas.
web-organize-dataset-form-separated-by-tabs = Los valores estaban separados por tabulaciones. El archivo guardado los separa con comas.
web-organize-dataset-form-separated-by-bars = Los valores estaban separados por barras verticales (|). El archivo guardado los separa con comas.
# $rows: un número escrito con separador de miles ("1,234").
web-organize-dataset-form-rows = El archivo tiene { $rows } filas de datos.

## plaza-web/src/organize/track_settings.rs
web-organize-track-settings-rescored = { $count ->
        [one] { $count } entrega se está calificando de nuevo con las respuestas nuevas.
       *[other] { $count } entregas se están calificando de nuevo con las respuestas nuevas.
    }
# Un archivo oculto: su tamaño y el comienzo de su huella (hash).
web-organize-track-settings-file-mb = { $mb } MB, huella { $fingerprint }
web-organize-track-settings-file-kb = { $kb } KB, huella { $fingerprint }
web-organize-track-settings-locked-kind = El tipo no se puede cambiar: esta categoría ya tiene entregas, y se calificaron con él.
web-organize-track-settings-locked-metric = La métrica no se puede cambiar: esta categoría ya tiene entregas, y se calificaron con ella.
web-organize-track-settings-locked-id-column = La columna de id no se puede cambiar: esta categoría ya tiene entregas, y se calificaron con ella.
web-organize-track-settings-locked-target-column = La columna objetivo no se puede cambiar: esta categoría ya tiene entregas, y se calificaron con ella.
# $setting: el nombre técnico de otro ajuste de la categoría.
web-organize-track-settings-locked = El ajuste “{ $setting }” no se puede cambiar: esta categoría ya tiene entregas, y se calificaron con él.
web-organize-track-settings-files-gone = Los archivos que había que confirmar ya no están. Vuelva a elegirlos.
# Qué archivo es, en "Elija el archivo de entrada." y "El archivo de entrada está vacío."
web-organize-track-settings-what-input-file = archivo de entrada
web-organize-track-settings-what-answers-file = archivo de respuestas
web-organize-track-settings-last-case = Una categoría de programas necesita al menos un caso, así que su último caso se queda.
web-organize-track-settings-choose-case-to-remove = Elija un caso para quitar.
web-organize-track-settings-choose-case-to-replace = Elija el caso cuyos archivos quiere reemplazar.
web-organize-track-settings-files-do-not-fit = Estos archivos no sirven para este tipo de categoría.

## plaza-web/src/organize/assisted.rs
# Cómo llegó la idea al equipo, en "El residente la dio en un formulario en papel" y en los correos.
web-organize-assisted-channel-paper-form = en un formulario en papel
web-organize-assisted-channel-phone = por teléfono
web-organize-assisted-channel-in-person = en persona
web-organize-assisted-name-needed = Escriba el nombre del residente (máximo 200 caracteres).
web-organize-assisted-not-an-email = '{ $email }' no es una dirección de correo.
web-organize-assisted-email-or-read-back = Escriba la dirección de correo del residente para que pueda confirmar, o marque la casilla cuando le haya leído la entrega.
web-organize-assisted-channel-needed = Indique cómo le llegó la idea.
web-organize-assisted-not-taking-title = No se reciben ideas ahora
# Quién pasó la idea al sistema, al comienzo de una oración del correo al residente.
web-organize-assisted-staff-role = Una persona del equipo organizador
# $name: el nombre del residente; $channel: "en un formulario en papel", "por teléfono" o "en persona".
web-organize-assisted-entered-by-staff = { $name } (la dio { $channel }, la ingresó el equipo)
web-organize-assisted-confirmed = Confirmada por el residente
web-organize-assisted-read-back = Leída al residente
web-organize-assisted-counts = { $sent ->
        [one] { $sent } idea enviada
       *[other] { $sent } ideas enviadas
    }; { $drafts ->
        [one] { $drafts } borrador en preparación
       *[other] { $drafts } borradores en preparación
    } (solo sus autores ven los borradores hasta que los envían)
web-organize-assisted-already-confirmed = El residente ya confirmó esta idea (o usted se la leyó), así que ya no se puede corregir aquí.
web-organize-assisted-confirmed-while-correcting = El residente confirmó esta idea mientras usted la corregía.
web-organize-assisted-no-email = No tenemos una dirección de correo de este residente. Léale la idea por teléfono, o corrija la idea para agregar su dirección.
web-organize-assisted-confirmed-meanwhile = El residente confirmó esta idea mientras tanto.

## plaza-web/src/organize/people.rs
web-organize-people-role-organizer = Organizador
web-organize-people-role-judge = Jurado
web-organize-people-role-intermediary = Organización asociada
web-organize-people-choose-role = Elija si quiere invitar a un organizador o a un miembro del jurado.
web-organize-people-too-many-invitations = Envió muchas invitaciones en la última hora. Vuelva a intentarlo más tarde.
# El correo de invitación: el rol en minúsculas y la palabra que va antes
# ("para ser un organizador de", "para ser un miembro del jurado de").
web-organize-people-email-role-organizer = organizador
web-organize-people-email-article-organizer = un
web-organize-people-email-explanation-organizer = El equipo organizador dirige el desafío: maneja sus datos, sus fechas, su jurado y sus resultados.
web-organize-people-email-role-judge = miembro del jurado
web-organize-people-email-article-judge = un
web-organize-people-email-explanation-judge = El jurado lee las ideas enviadas al desafío y las califica con su rúbrica. No ve quién las escribió.
web-organize-people-email-role-intermediary = organización asociada
web-organize-people-email-article-intermediary = una
web-organize-people-email-explanation-intermediary = Las organizaciones asociadas ayudan a los residentes a participar. Revisan los avisos de los residentes sobre los datos y envían ideas en nombre de los residentes que las llaman o las visitan. La página del desafío las nombra como un lugar donde pedir ayuda.
web-organize-people-unknown-role = Rol desconocido.
web-organize-people-last-organizer = Usted es el único organizador. Invite a otro organizador antes de dejar su rol.
web-organize-people-unknown-title = Este enlace de invitación no funciona
web-organize-people-unknown-text = Puede que la invitación se haya cancelado o que una más nueva la haya reemplazado, o que el enlace esté incompleto. Use el enlace del correo más reciente y copie la dirección completa, o pida a los organizadores que la envíen de nuevo.
web-organize-people-expired-title = Esta invitación venció
web-organize-people-expired-text = Las invitaciones valen por 14 días. Pida al organizador que le invite de nuevo.
web-organize-people-already-accepted-title = Esta invitación ya se aceptó
web-organize-people-already-accepted-text = Solo se puede usar una vez. Si no fue usted, avise al organizador.
web-organize-people-other-account-title = Esta invitación es para otra dirección de correo
# $email: la dirección con la que la persona inició sesión.
web-organize-people-other-account-text = Usted inició sesión como { $email }, pero la invitación se envió a otra dirección. Cierre la sesión y luego inicie sesión con la dirección que recibió la invitación para aceptarla.
web-organize-people-your-account = Su cuenta
web-organize-people-accepted-title = Invitación aceptada
web-organize-people-accepted-organizer = Ahora usted forma parte del equipo organizador de “{ $challenge }”.
web-organize-people-accepted-organizer-action = Administrar el desafío
web-organize-people-accepted-judge = Ahora usted es miembro del jurado de “{ $challenge }”.
web-organize-people-accepted-judge-action = Declarar sus conflictos y ver sus ideas
web-organize-people-accepted-intermediary = Ahora usted ayuda a los residentes a participar en “{ $challenge }” como organización asociada.
web-organize-people-accepted-intermediary-action = Ver los avisos sobre los datos
# $who: una dirección de correo.
web-organize-people-creator-added = { $who } ya puede crear desafíos.
web-organize-people-creator-removed = { $who } ya no puede crear desafíos. Los desafíos que creó siguen siendo suyos.
web-organize-people-admin-draft = Borrador: todavía no se publicó

## plaza-web/src/organize/updates.rs
web-organize-updates-tell-us = Escríbanos (mensajes en cualquier momento)
web-organize-updates-posted-nobody = La novedad está publicada. Todavía nadie pidió recibir noticias por correo.
web-organize-updates-posted = { $count ->
        [one] La novedad está publicada y se está enviando por correo a { $count } persona.
       *[other] La novedad está publicada y se está enviando por correo a { $count } personas.
    }
web-organize-updates-saved = Se guardó.
web-organize-updates-replied = Su respuesta está publicada debajo del mensaje.
# $error: el motivo técnico por el que no se pudo leer el archivo subido.
web-organize-updates-upload-unreadable = No se pudo leer lo que se subió: { $error }
# $n: el número de la foto en el formulario.
web-organize-updates-picture-too-large = La foto { $n } pesa más de { $mb } MB, el máximo que aceptamos. Guárdela en un tamaño menor y vuelva a elegirla.
# $field: el nombre técnico del campo del formulario.
web-organize-updates-field-too-long = El campo { $field } es más largo de lo que permite cualquier novedad.
web-organize-updates-results-first = Las novedades empiezan cuando se publican los resultados: primero publique los resultados.
web-organize-updates-picture-wrong-kind = La foto { $n } no es de un tipo que aceptamos (PNG, JPEG, GIF o WebP), aunque su nombre diga otra cosa.
# $problem: por qué no se pudo limpiar la foto, una oración.
web-organize-updates-picture-problem = Foto { $n }: { $problem }
web-organize-updates-pictures-not-kept = Por su seguridad, las fotos no se guardaron: vuelva a elegirlas antes de publicar.
web-organize-updates-reply-empty = La respuesta está vacía: escríbala antes de publicar.
web-organize-updates-reply-too-long = La respuesta tiene { $length } caracteres. El máximo permitido es { $max }.
web-organize-updates-choose-state = Elija leído, respondido o no leído.

## plaza-web/src/organize/judging.rs
web-organize-judging-place-winner = Ganador
web-organize-judging-place-runner-up = Segundo lugar
web-organize-judging-stale = { $stale ->
        [one] { $stale } de { $total } revisiones corresponde a una versión anterior
       *[other] { $stale } de { $total } revisiones corresponden a una versión anterior
    }
# Se muestra en lugar de una cifra de acuerdo.
web-organize-judging-not-enough-overlap = todavía no hay suficientes ideas en común
# Una idea con menos miembros del jurado de los que necesita; $judges de $needed.
web-organize-judging-short = “{ $title }” tiene { $judges } de { $needed }
web-organize-judging-check-near = Antes de asignar ideas, revise { $count ->
        [one] el par de nombres
       *[other] los { $count } pares de nombres
    } en “Nombres parecidos”, más abajo: confirme cada uno como conflicto o indique que no lo es.
# $reason: por qué no se pudieron repartir las ideas entre el jurado.
web-organize-judging-not-assigned-or-lower = No se pudo asignar la evaluación: { $reason }. Invite a más miembros del jurado desde la página “Organizadores y jurado”, o baje el número de miembros del jurado por idea en “Rúbrica”, más abajo.
web-organize-judging-not-assigned = No se pudo asignar la evaluación: { $reason }. Invite a más miembros del jurado desde la página “Organizadores y jurado”.
web-organize-judging-choose-place = Elija ganador, segundo lugar o sin lugar.
web-organize-judging-reason-needed = Escriba por qué eligió “{ $title }” (máximo 2000 caracteres): se publica junto a la idea.

## plaza-web/src/organize/projects.rs
web-organize-projects-created = Se creó el proyecto.
web-organize-projects-statuses-saved = Se guardó la lista de estados.
# La entrega ganadora de una categoría de código; también el título del proyecto si el organizador no escribe otro.
web-organize-projects-entry-of = { $track }: la entrega de { $team }
# El lugar de la entrega ganadora de una categoría de código.
web-organize-projects-first = Primer lugar
web-organize-projects-not-a-winner = Eso no es un ganador de este desafío: elija uno de la lista, u otro trabajo.
# $status: el nombre del estado.
web-organize-projects-progress-number = El avance de "{ $status }" debe ser un número entero del 0 al 100.
web-organize-projects-status-name-needed = Cada estado necesita un nombre de 1 a { $max } caracteres ("{ $status }" no tiene).
web-organize-projects-status-name-too-long = El nombre de un estado tiene como máximo { $max } caracteres.
web-organize-projects-same-status-names = Dos estados tienen el mismo nombre: dele a cada uno un nombre propio.
web-organize-projects-project-created = Se creó el proyecto. Agregue sus etapas abajo.
web-organize-projects-project-saved = Se guardó. Los residentes lo ven en la página de avance del desafío.
web-organize-projects-part-added = Se agregó el subproyecto.
web-organize-projects-milestone-added = Se agregó la etapa.
web-organize-projects-milestone-done = La etapa está marcada como cumplida.
web-organize-projects-milestone-ahead = La etapa está marcada como todavía pendiente.
# $text: lo que se escribió.
web-organize-projects-not-a-date = "{ $text }" no es una fecha: escríbala como año-mes-día, por ejemplo 2027-05-01.
web-organize-projects-choose-milestone-state = Elija si la etapa se cumplió o si todavía está pendiente.

## plaza-web/src/organize/tracks.rs
web-organize-tracks-kind-predictions-explanation = Los participantes suben un archivo de predicciones. Plaza lo califica enseguida con las respuestas ocultas que usted sube.
web-organize-tracks-kind-code-explanation = Los participantes suben un programa. Plaza lo ejecuta con los datos ocultos que usted sube, en un entorno aislado y seguro, y califica lo que el programa produce.
web-organize-tracks-kind-ideas-explanation = Los participantes describen una idea con palabras sencillas. Los miembros del jurado que usted invite califican cada idea con una rúbrica.
web-organize-tracks-kind-predictions = Predicciones
web-organize-tracks-kind-code = Programa
web-organize-tracks-kind-ideas = Ideas
web-organize-tracks-question-short-text = Una línea de texto
web-organize-tracks-question-long-text = Párrafos de texto
web-organize-tracks-question-single-choice = Una opción de una lista
web-organize-tracks-question-multiple-choice = Varias opciones de una lista
web-organize-tracks-question-link = Una dirección web
web-organize-tracks-question-file = Un archivo PDF o una imagen
# Cómo se califica una categoría de ideas, en la lista de categorías.
web-organize-tracks-judges-scores = Puntuaciones del jurado
# $error: el motivo técnico por el que no se pudo leer el archivo subido.
web-organize-tracks-upload-unreadable = No se pudo leer lo que se subió: { $error }
web-organize-tracks-form-too-large = El formulario es demasiado grande.
web-organize-tracks-too-many-fields = El formulario tiene demasiados campos.
web-organize-tracks-not-utf8 = El formulario tiene texto que no está en UTF-8.
# $what: qué archivo ("archivo de respuestas", "archivo de entrada").
web-organize-tracks-file-too-large = El { $what } pesa más de { $mb } MB, el máximo que Plaza recibe en el navegador.
web-organize-tracks-file-empty = El { $what } está vacío. Vuelva a elegir el archivo CSV.
web-organize-tracks-choose-file = Elija el { $what }.
web-organize-tracks-what-first-input-file = archivo de entrada del primer caso
web-organize-tracks-what-answers-file = archivo de respuestas
web-organize-tracks-tick-to-remove = Marque la casilla para confirmar que quiere eliminar la categoría.

## plaza-web/src/organize/notices.rs: líneas del resumen diario del equipo organizador
# $entrant: quién la envió; $track: el título de la categoría; $idea: el título de la idea.
web-organize-digest-idea-sent = { $entrant } envió una idea a { $track }: “{ $idea }”.
# $staff: la persona del equipo; $channel: cómo llegó la idea ("en un formulario de papel").
web-organize-digest-idea-entered = { $staff } ingresó una idea en nombre de { $entrant } en { $track }, { $channel }: “{ $idea }”.
web-organize-digest-idea-confirmed = { $entrant } confirmó la idea que se ingresó en su nombre en { $track }: “{ $idea }”.
# $judge: el nombre del miembro del jurado; $reason: por qué se apartó.
web-organize-digest-recused = { $judge } se apartó de “{ $idea }” en { $track } ({ $reason }).
web-organize-digest-recused-unreplaced = { $judge } se apartó de “{ $idea }” en { $track } ({ $reason }). No había otro miembro del jurado disponible.
web-organize-digest-judging-complete = La evaluación de { $track } terminó: cada miembro del jurado puntuó todas las ideas que se le asignaron.
web-organize-assisted-language-unknown = Elija un idioma de la lista.

## Motivos que quedan en el registro de la evaluación (en el idioma del sitio)
# $judge_text y $idea_text: lo que coincidió.
web-organize-reason-conflict-confirmed = El equipo organizador confirmó un conflicto: '{ $judge_text }' y '{ $idea_text }'
web-organize-reason-conflict-declared = Conflicto declarado por el equipo organizador
web-organize-reason-now-tied = El miembro del jurado ahora tiene un vínculo con esta idea
web-organize-reason-recused-by-judge = El miembro del jurado se apartó

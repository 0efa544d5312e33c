### Messages of the resident-facing pages: entering (ideas, entries, teams),
### the account pages, the judges' pages, and the partials they share.

## pages/enter/idea.html.tera

enter-idea-breadcrumb = Ruta de navegación
enter-idea-challenges = Desafíos
enter-idea-current = Idea
enter-idea-status = Estado
enter-idea-entered = Ingresada
# $confirmation: pending, confirmed, attested, or anything else (no confirmation needed).
enter-idea-entered-by = { $confirmation ->
        [pending] Por los organizadores, para { $contact } (esperando que el residente la confirme)
        [confirmed] Por los organizadores, para { $contact } (confirmada por el residente)
        [attested] Por los organizadores, para { $contact } (leída en voz alta al residente)
       *[other] Por los organizadores, para { $contact }
    }
enter-idea-team-contact = Equipo y contacto
enter-idea-organizations = Organizaciones (los miembros del jurado vinculados a ellas no evalúan esta idea)
enter-idea-neighbourhood = Barrio
enter-idea-finish = Terminar y enviar
enter-idea-change = Cambiar su idea
enter-idea-draft-hint = Esto es un borrador: todavía no se ha enviado. El jurado no lo verá hasta que usted lo envíe.
# Shown after a sentence saying when the challenge closed.
enter-idea-closed = Ya no se pueden hacer cambios en las ideas.
enter-idea-result-heading = El resultado
enter-idea-not-winner = Esta idea no estuvo entre las ganadoras.
# Followed by a period.
enter-idea-see-winners = Ver a los ganadores
enter-idea-judges-wrote = Lo que escribió el jurado
enter-idea-no-feedback = El jurado no dejó comentarios escritos para compartir.
enter-idea-attach-heading = Adjuntar un archivo
enter-idea-upload-problem = No se adjuntó el archivo
enter-idea-file-question = ¿Qué es este archivo?
enter-idea-another-attachment = Otro archivo adjunto
# After the question's label, in a list of choices.
enter-idea-replaces = (reemplaza a { $file })
enter-idea-file-label = Archivo
enter-idea-file-hint = Un PDF o una imagen (PNG, JPEG, GIF o WebP) de hasta { $max_mb } MB. Antes de que el jurado lo vea, quitamos los datos ocultos que podrían revelar quién es usted, como el autor guardado en un PDF o los datos de la cámara en una foto.
enter-idea-attach-button = Adjuntar el archivo
enter-idea-remove-heading = Quitar un archivo
enter-idea-remove-button = Quitar { $file }
enter-idea-discard-heading = Descartar este borrador
enter-idea-discard-text = Si ya no quiere enviar esta idea, descarte el borrador. Esto no se puede deshacer.
enter-idea-withdraw-heading = Retirar
enter-idea-withdraw-text = Si ya no quiere que el jurado evalúe esta idea, retírela. Esto no se puede deshacer.
enter-idea-discard-button = Descartar este borrador
enter-idea-withdraw-button = Retirar esta idea

## pages/enter/idea_confirm.html.tera

enter-idea-confirm-title-confirmed = Gracias: su idea está confirmada
enter-idea-confirm-title = ¿Es esta su idea?
enter-idea-confirm-lead = “{ $idea }”, para el desafío “{ $challenge }”.
enter-idea-confirm-done = Su idea está confirmada. El jurado la leerá sin saber quién la escribió. Le enviaremos un correo cuando se publiquen los resultados.
enter-idea-confirm-text = El equipo del desafío escribió esta idea por usted. Por favor, léala. Si dice lo que usted quería decir, confírmela. Mientras no la confirme, el jurado no la verá. Si algo está mal, no la confirme. Dígales a los organizadores del desafío qué hay que cambiar, de la misma forma en que les dio su idea. Ellos la corregirán y le enviarán un nuevo enlace.
enter-idea-confirm-button = Sí, esta es mi idea

## pages/enter/idea_form.html.tera

enter-idea-form-breadcrumb = Ruta de navegación
enter-idea-form-challenges = Desafíos
enter-idea-form-current-new = Nueva idea
enter-idea-form-current-correct = Corregir una idea
enter-idea-form-current-change = Cambiar su idea
enter-idea-form-title-new-assisted = Ingresar una idea para un residente
enter-idea-form-title-new = Escriba su idea
enter-idea-form-title-correct = Corregir la idea que ingresó para un residente
enter-idea-form-title-change = Cambiar su idea
enter-idea-form-lead-correct = Cambie lo que el residente le pidió cambiar. Cuando guarde, el enlace que le enviamos al residente dejará de funcionar. El residente recibirá uno nuevo por correo para confirmar la idea corregida (o marque la casilla de abajo después de leerle la idea en voz alta).
enter-idea-form-lead-assisted = Escriba lo que el residente escribió o le dijo, con sus propias palabras.
enter-idea-form-lead-draft = Escriba con palabras sencillas, como se lo explicaría a un vecino. Puede guardar un borrador y volver más tarde.
# “Save changes” is the button enter-idea-form-save-changes.
enter-idea-form-lead-sent = Su idea ya se envió. Cambie lo que quiera y presione “Guardar cambios”. Los organizadores verán la nueva versión.
enter-idea-form-problems-heading = Por favor, corrija { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
enter-idea-form-resident = El residente
enter-idea-form-contact-name = Nombre del residente
enter-idea-form-contact-email = Correo electrónico del residente (opcional)
enter-idea-form-contact-email-hint = Le enviaremos una copia con un enlace para confirmarla. Si no tiene correo, marque la casilla de abajo después de leerle la idea en voz alta.
enter-idea-form-channel-legend = Cómo le llegó la idea
# $channel is computed by Plaza, such as “on a paper form”, “by phone” or “in person”.
enter-idea-form-channel = El residente la entregó { $channel }
enter-idea-form-attested = Le leí toda la idea en voz alta al residente y estuvo de acuerdo en que dice lo que quería decir
enter-idea-form-title-label = Título
enter-idea-form-title-hint = Unas pocas palabras que nombren la idea, por ejemplo “Cruces más seguros cerca de las escuelas”.
enter-idea-form-summary-label = Resumen
enter-idea-form-summary-hint = Un párrafo corto: qué propone la idea y por qué es importante. Máximo 600 caracteres.
enter-idea-form-problem-label = El problema
enter-idea-form-problem-hint = ¿Qué está mal hoy y quién lo nota? Ayuda dar ejemplos de su calle o de su barrio.
enter-idea-form-proposal-label = La propuesta
enter-idea-form-proposal-hint = ¿Qué se debe hacer, quién lo debe hacer y cómo sabremos que funciona?
enter-idea-form-datasets-legend = ¿Qué datos del desafío usa la idea? (opcional)
enter-idea-form-beneficiaries-label = ¿Quién se beneficia? (opcional)
enter-idea-form-beneficiaries-hint = Las personas o los lugares que estarían mejor.
# After the label of a question the organizers added.
enter-idea-form-optional = (opcional)
enter-idea-form-team-legend-assisted = El equipo del residente y sus vínculos
enter-idea-form-team-legend = Usted y su equipo
enter-idea-form-team-hint = El jurado nunca ve esta parte: lee las ideas sin saber quién las escribió.
enter-idea-form-team-contact-label = Equipo y contacto
enter-idea-form-team-contact-hint-assisted = Quién trabajó en esta idea y cómo pueden comunicarse los organizadores con el residente.
enter-idea-form-team-contact-hint = Quién trabajó en esta idea y cómo pueden comunicarse los organizadores con usted.
enter-idea-form-organizations-label-assisted = Organizaciones a las que pertenece el residente o con las que trabaja (opcional)
enter-idea-form-organizations-label = Organizaciones a las que usted pertenece o con las que trabaja (opcional)
enter-idea-form-organizations-hint = Una por línea. Los miembros del jurado vinculados a esas organizaciones no evaluarán la idea.
enter-idea-form-neighbourhoods-label-assisted = Barrio del residente (opcional)
enter-idea-form-neighbourhoods-label = Su barrio (opcional)
enter-idea-form-send-assisted = Enviar la idea
enter-idea-form-save-correction = Guardar la corrección
enter-idea-form-attach-later = Después de guardar, puede adjuntar archivos (un dibujo, un mapa, un PDF).
enter-idea-form-save-draft = Guardar como borrador
enter-idea-form-send = Enviar mi idea
enter-idea-form-save-changes = Guardar cambios

## pages/enter/ideas_track.html.tera

enter-ideas-track-breadcrumb = Ruta de navegación
enter-ideas-track-challenges = Desafíos
enter-ideas-track-see-winners = Ver a los ganadores
enter-ideas-track-send-heading = Enviar una idea
# Shown after a sentence saying when the challenge opens or closed.
enter-ideas-track-closed = Solo se aceptan ideas mientras el desafío está abierto.
enter-ideas-track-need-account = Necesita una cuenta para enviar una idea. Solo hace falta un correo electrónico, sin contraseña.
enter-ideas-track-sign-in = Inicie sesión para enviar una idea
enter-ideas-track-describe = Describa su idea con palabras sencillas. Puede guardar un borrador y terminarlo después. También puede cambiar su idea hasta que cierre el desafío ({ $closes }).
enter-ideas-track-enter-idea = Escribir una idea
enter-ideas-track-paper = ¿No tiene una computadora a mano? <a href="{ $url }">Imprima un formulario en papel</a> y escriba su idea a mano. También puede pedir ayuda a la organización anfitriona del desafío, { $host }: su personal puede ingresar su idea por usted desde un formulario en papel, por teléfono o en persona.
enter-ideas-track-mine-heading = Las ideas de su equipo
# After the idea's title and a colon.
enter-ideas-track-idea-status = { $status }, último cambio: { $updated }
enter-ideas-track-org-heading = Para los organizadores
enter-ideas-track-org-all-ideas = Todas las ideas enviadas a esta categoría
enter-ideas-track-org-assisted = <a href="{ $url }">Ingresar una idea para un residente</a> (desde un formulario en papel o una llamada telefónica)
enter-ideas-track-org-paper-form = <a href="{ $url }">El formulario en papel para imprimir</a>, hecho con las preguntas de esta categoría
enter-ideas-track-org-judging = Evaluación: rúbrica, jurado, resultados y ganadores
enter-ideas-track-rubric-heading = Cómo se evalúan las ideas
enter-ideas-track-rubric-intro = { $judges ->
        [one] Cada idea la lee un miembro del jurado, que no sabe quién la escribió. Le da una puntuación del 1 al 5 en cada uno de estos criterios:
       *[other] Cada idea la leen { $judges } miembros del jurado, que no saben quién la escribió. Le dan una puntuación del 1 al 5 en cada uno de estos criterios:
    }
enter-ideas-track-weight = peso { $weight }

## pages/enter/join_team.html.tera

enter-join-team-title = Unirse a { $team }
enter-join-team-lead = Recibió una invitación para unirse al equipo “{ $team }” ({ $members } { $members ->
        [one] miembro
       *[other] miembros
    }) en el desafío “{ $challenge }”.
enter-join-team-button = Unirse al equipo

## pages/enter/submission.html.tera

enter-submission-breadcrumb = Ruta de navegación
enter-submission-challenges = Desafíos
enter-submission-current = Entrega { $id }
enter-submission-title = Entrega { $id }: { $file }
enter-submission-sent = Enviada
enter-submission-status = Estado
enter-submission-public-score = Puntuación pública
enter-submission-rank-this-final = Esta es la mejor entrega de su equipo: ocupa el puesto <strong>{ $rank } de { $teams }</strong> en la tabla final.
enter-submission-rank-this-public = Esta es la mejor entrega de su equipo: ocupa el puesto <strong>{ $rank } de { $teams }</strong> en la tabla pública.
enter-submission-rank-best-final = La <a href="{ $url }">mejor entrega</a> de su equipo ocupa el puesto <strong>{ $rank } de { $teams }</strong> en la tabla final.
enter-submission-rank-best-public = La <a href="{ $url }">mejor entrega</a> de su equipo ocupa el puesto <strong>{ $rank } de { $teams }</strong> en la tabla pública.
enter-submission-see-leaderboard = Ver la tabla de posiciones
enter-submission-pending-hint = Esta página mostrará la puntuación automáticamente en cuanto se evalúe la entrega.
enter-submission-disqualified = Los organizadores descalificaron esta entrega: { $reason }
enter-submission-cases-heading = Casos ocultos
enter-submission-case = Caso
enter-submission-result = Resultado
enter-submission-time = Tiempo (segundos)
enter-submission-details = Detalles
enter-submission-back = Volver a la categoría
enter-submission-stderr-heading = Lo que el programa escribió en stderr y por qué Plaza rechazó su salida
enter-submission-stderr-hint = Solo los organizadores ven esto. Puede contener datos ocultos, por eso el equipo nunca lo ve.
enter-submission-nothing = Nada.

## pages/enter/team.html.tera

enter-team-breadcrumb = Ruta de navegación
enter-team-challenges = Desafíos
enter-team-current = Su equipo
enter-team-title = Su equipo
enter-team-lead = Usted participa en “{ $challenge }” como <strong>{ $team }</strong>. En las tablas de posiciones aparece como “{ $public_name }”.
enter-team-next-heading = Qué hacer ahora
# Shown after a sentence saying when the challenge opens or closed.
enter-team-closed = Puede enviar entregas mientras el desafío esté abierto.
enter-team-step-predictions = Enviar predicciones: { $track }
enter-team-step-predictions-text = Descargue los datos, haga una predicción para cada fila y envíe sus predicciones en un archivo CSV. La página de la categoría tiene un archivo de ejemplo para empezar.
enter-team-step-code = Enviar un programa: { $track }
enter-team-step-code-text = Escriba un programa que haga las predicciones y envíelo como archivo WebAssembly (.wasm). La página de la categoría explica qué lee el programa y qué debe imprimir.
enter-team-step-idea = Escribir una idea: { $track }
enter-team-step-idea-text = Describa su idea con palabras sencillas. Puede guardar un borrador y terminarlo después.
enter-team-invite-below = Más abajo también puede invitar a otras personas a su equipo.
enter-team-members-heading = Miembros ({ $count } de un máximo de { $max })
# After the member's name.
enter-team-you = (usted)
enter-team-invite-heading = Invitar a otras personas
enter-team-invite-link-label = Comparta este enlace con las personas que quiere en su equipo:
enter-team-invite-email-label = Enviar una invitación por correo electrónico
enter-team-invite-email-placeholder = nombre@example.org
enter-team-send-invitation = Enviar invitación
enter-team-make-link = Crear un enlace de invitación
enter-team-invite-hint = Una invitación por correo permite que se una una persona. Un enlace permite que se una cualquier persona con quien usted lo comparta. Cada una sirve por { $days } días, o hasta que usted la cancele.
enter-team-pending-heading = Invitaciones pendientes
enter-team-col-sent-to = Enviada a
enter-team-col-made-by = Creada por
enter-team-col-made = Fecha de creación
enter-team-col-works-until = Válida hasta
enter-team-col-cancel = Cancelar
# The hidden part is read only by screen readers.
enter-team-cancel-invitation = Cancelar invitación<span class="visually-hidden"> para { $sent_to }, creada el { $created }</span>
enter-team-settings-heading = Nombre en las tablas de posiciones
enter-team-team-name = Nombre del equipo
enter-team-alias = Alias anónimo
enter-team-show-legend = Mostrar en las tablas públicas
enter-team-show-name = el nombre del equipo
enter-team-show-alias = el alias anónimo
enter-team-save = Guardar
enter-team-leave-heading = Salir del equipo
enter-team-leave-text = Cuando su equipo envía una entrega o una idea, sus miembros ya no pueden cambiar: nadie puede salir del equipo. Así, las entregas, las puntuaciones y los límites diarios se quedan con el equipo que los hizo. Antes de eso, usted puede salir. Si es el último miembro, el equipo se elimina.
enter-team-leave-button = Salir de { $team }
enter-team-no-team-lead = Todos participan en equipo. Si no tiene compañeros, usted es un equipo de una persona. En este desafío, los equipos tienen como máximo { $max } miembros.
enter-team-terms-needed = Por favor, <a href="/account">acepte las condiciones de uso</a> antes de participar en un desafío.
enter-team-team-name-hint = Puede cambiarlo después. También puede mostrar un alias anónimo en las tablas de posiciones.
enter-team-enter-button = Participar en este desafío
enter-team-ask-invitation = ¿Alguien ya creó un equipo? Pídale un enlace de invitación.

## pages/account/account.html.tera

account-account-title = Su cuenta
account-account-new-token-heading = Su nuevo token de API “{ $name }”
account-account-new-token-copy = <strong>Cópielo ahora: solo se muestra esta vez.</strong> No se lo dé a nadie: es como una contraseña.
account-account-new-token-label = Token
account-account-new-token-hint = Envíelo en cada solicitud así: <code>Authorization: Bearer &lt;token&gt;</code>.
account-account-terms-heading = Aceptar las condiciones de uso
account-account-terms-text = Antes de participar en un desafío, por favor lea y acepte las <a href="/terms">condiciones de uso</a>.
account-account-terms-label = Acepto las condiciones de uso.
account-account-terms-save = Guardar
account-account-profile-heading = Perfil
account-account-signs-in-with = Usted inicia sesión con <strong>{ $email }</strong>.
account-account-display-name = Su nombre, tal como lo verán los demás
account-account-save-name = Guardar nombre
account-account-time-zone = Su zona horaria (opcional)
account-account-time-zone-hint = Cada desafío muestra sus horarios en su propia zona horaria. Elija la suya, por ejemplo America/Mexico_City, para ver también su hora local. Déjelo vacío para ver solo la hora del desafío.
account-account-language = Su idioma
account-account-language-hint = Las páginas y los correos de este sitio estarán en este idioma.
account-account-language-browser = El que pide mi navegador
account-account-save-language = Guardar idioma
account-account-save-time-zone = Guardar zona horaria
account-account-teams-heading = Sus equipos
account-account-team-item = <a href="{ $url }">{ $team }</a> en “{ $challenge }” ({ $members } { $members ->
        [one] miembro
       *[other] miembros
    })
# “Enter this challenge” is the button enter-team-enter-button.
account-account-no-teams = Todavía no está en ningún equipo. Abra un desafío y elija “Participar en este desafío” para crear uno.
account-account-roles-heading = Desafíos que usted ayuda a organizar
# $role is computed by Plaza, such as “Organizer” or “Judge”.
account-account-role-manage = { $role } de “{ $challenge }”: <a href="{ $url }">administrar personas</a>
account-account-role = { $role } de “{ $challenge }”
account-account-email-heading = Correos electrónicos
account-account-email-legend = Enviarme un correo cuando
account-account-notify-results = mis entregas reciban una puntuación y se publiquen los resultados
account-account-notify-news = los desafíos en los que participo tengan novedades
account-account-email-hint = Los enlaces para iniciar sesión y las invitaciones se envían siempre.
account-account-save-email = Guardar mis preferencias de correo
account-account-organizer-email-heading = Correos sobre los desafíos que usted organiza
account-account-organizer-email-legend = Enviarme un correo cuando
account-account-delivery-legend = Con qué frecuencia
account-account-delivery-each = Un correo cada vez que pase algo
account-account-delivery-digest = Un correo al día con lo que pasó (ninguno en los días sin novedades)
account-account-save-organizer-email = Guardar mis preferencias de correo como organizador
account-account-tokens-heading = Tokens personales de API
account-account-tokens-text = Los tokens permiten que sus propios programas usen la API de { $site } en su nombre, por ejemplo para enviar entregas.
account-account-tokens-caption = Sus tokens activos
account-account-col-name = Nombre
account-account-col-can = Permisos
account-account-col-created = Creado
account-account-col-last-used = Último uso
account-account-col-actions = Acciones
# The hidden part is read only by screen readers.
account-account-revoke = Revocar<span class="visually-hidden"> { $name }</span>
account-account-token-name = Nombre, para reconocer el token después
account-account-token-name-placeholder = Mi computadora portátil
account-account-scope-legend = El token puede
account-account-scope-read = Solo leer
account-account-scope-submit = Leer y enviar entregas
account-account-create-token = Crear token
account-account-sign-out-heading = Cerrar sesión en todas partes
account-account-sign-out-text = Cierra su sesión en todas las computadoras y teléfonos. Sirve, por ejemplo, si usó una computadora compartida.
account-account-sign-out-button = Cerrar sesión en todas partes
account-account-sent-heading = Sus ideas y entregas
account-account-nothing-sent = Todavía no ha enviado ninguna idea ni entrega. <a href="/">Busque un desafío</a> para participar.
account-account-my-ideas-heading = Sus ideas
account-account-col-idea = Idea
account-account-col-challenge = Desafío
account-account-col-status = Estado
account-account-no-title = (todavía sin título)
account-account-my-entries-heading = Las entregas de su equipo
account-account-my-entries-hint = Como máximo, las { $count } más recientes. La página de cada categoría muestra todas las entregas de su equipo en esa categoría.
account-account-col-entry = Entrega
account-account-col-challenge-track = Desafío y categoría
account-account-col-sent = Enviada
account-account-col-public-score = Puntuación pública

## pages/account/check_email.html.tera

account-check-email-title = Revise su correo
account-check-email-lead = Si { $email } puede recibir correos, le estamos enviando un correo para iniciar sesión. Sirve durante { $minutes } minutos. ¿No le llegó nada? Revise su carpeta de correo no deseado (spam) o <a href="/sign-in">pida uno nuevo</a>.
account-check-email-same-device-heading = ¿Está leyendo el correo en este dispositivo?
account-check-email-same-device-text = Abra el enlace del correo. Así iniciará sesión aquí.
account-check-email-code-heading = ¿Está leyendo el correo en otro teléfono o computadora?
account-check-email-code-text = Escriba aquí el código del correo:
account-check-email-code-label = El código del correo
account-check-email-code-hint = 8 dígitos, por ejemplo 1234 5678.
account-check-email-sign-in = Iniciar sesión
account-check-email-other-device = O, si prefiere iniciar sesión en ese otro dispositivo, abra allí el enlace. Le pedirá este código:

## pages/account/sign_in.html.tera

account-sign-in-title = Iniciar sesión
account-sign-in-signed-in-as = Ya inició sesión como { $name }. <a href="/account">Ir a su cuenta</a>.
account-sign-in-lead = No necesita contraseña: le enviamos por correo un enlace para iniciar sesión. ¿Es la primera vez que viene? Ese mismo enlace crea su cuenta.
account-sign-in-email-label = Su correo electrónico
account-sign-in-email-hint = Por ejemplo, nombre@example.org. Solo lo usamos para que inicie sesión y para enviarle los correos que usted elija.
account-sign-in-button = Enviarme un enlace para iniciar sesión
account-sign-in-providers-heading = O inicie sesión con
account-sign-in-provider = Iniciar sesión con { $provider }

## pages/account/sign_in_elsewhere.html.tera

account-sign-in-elsewhere-title = ¿Iniciar sesión en este dispositivo?
# $device describes the browser; $ago is computed by Plaza, such as “5 minutes ago”; $at is a date and time.
account-sign-in-elsewhere-lead = Este enlace para iniciar sesión se pidió desde otro dispositivo: <strong>{ $device }</strong>, { $ago } ({ $at }).
# "Check your email" is the title account-check-email-title.
account-sign-in-elsewhere-text = Si fue usted, puede iniciar sesión aquí. Escriba el código que aparece en ese dispositivo, en la página que dice “Revise su correo”. Si usted no pidió iniciar sesión, cierre esta página: nadie puede iniciar sesión sin ese código.
account-sign-in-elsewhere-code-label = El código que aparece en el otro dispositivo
account-sign-in-elsewhere-code-hint = 8 dígitos, por ejemplo 1234 5678. No es el código que viene en el correo.
account-sign-in-elsewhere-button = Iniciar sesión en este dispositivo
account-sign-in-elsewhere-go-back = O vuelva al dispositivo desde donde lo pidió y abra allí el enlace, o <a href="/sign-in">pida un nuevo enlace en este dispositivo</a>.

## pages/account/sign_up.html.tera

account-sign-up-title = Cree su cuenta
account-sign-up-lead = Ya confirmamos su correo { $email }. Solo faltan dos cosas:
account-sign-up-display-name = Su nombre, tal como lo verán los demás
account-sign-up-display-name-hint = Puede ser un apodo. En las tablas de posiciones, su equipo puede usar otro nombre.
account-sign-up-terms = Acepto las <a href="/terms">condiciones de uso</a>.
account-sign-up-button = Crear mi cuenta

## pages/account/unsubscribe.html.tera

account-unsubscribe-title = Dejar de recibir correos
account-unsubscribe-lead-organizer = ¿Dejar de recibir en { $email } los correos de novedades, de resultados y para organizadores? Seguirá recibiendo los correos que usted pida, como los enlaces para iniciar sesión.
account-unsubscribe-lead = ¿Dejar de recibir en { $email } los correos de novedades y de resultados? Seguirá recibiendo los correos que usted pida, como los enlaces para iniciar sesión.
account-unsubscribe-button = Dejar de recibir estos correos

## pages/judge/conflicts.html.tera

judge-conflicts-breadcrumb = Ruta de navegación
judge-conflicts-challenges = Desafíos
judge-conflicts-current = Conflictos de interés
judge-conflicts-title = Sus conflictos de interés
judge-conflicts-frozen-lead = La evaluación ya comenzó, así que ya no puede cambiar su declaración aquí. Para agregar o quitar un nombre, comuníquese con los organizadores de este desafío. Ellos pueden cambiarla por usted.
judge-conflicts-none-declared = Nada declarado
judge-conflicts-go-to-queue = Ir a su lista de ideas para evaluar
judge-conflicts-lead = Antes de leer cualquier idea, díganos con quién tiene vínculos. Plaza no le dará ideas de esas organizaciones, personas o barrios. Los participantes también declaran los suyos. Solo los organizadores ven lo que usted escribe aquí. Cuando empiece la evaluación, solo los organizadores podrán cambiar su declaración.
judge-conflicts-organizations-label = Organizaciones para las que trabaja, en las que hace voluntariado o a las que asesora
judge-conflicts-organizations-hint = Una por línea.
judge-conflicts-people-label = Personas cercanas que podrían participar (familia, compañeros de trabajo, amigos)
judge-conflicts-people-hint = Un nombre por línea.
judge-conflicts-neighbourhoods-label = Barrios donde vive o tiene una propiedad
judge-conflicts-neighbourhoods-hint = Uno por línea. Deje el cuadro vacío si no hay nada que declarar.
judge-conflicts-save = Guardar mi declaración
judge-conflicts-declare = Declarar y continuar
judge-conflicts-later-hint = Si más adelante nota un conflicto con una idea, puede apartarse de ella en la página de esa idea.

## pages/judge/idea.html.tera

judge-idea-breadcrumb = Ruta de navegación
judge-idea-challenges = Desafíos
judge-idea-judging = Evaluación
judge-idea-current = Idea
judge-idea-jump = <a href="#score-heading">Ir a sus puntuaciones</a> (debajo de la idea)
judge-idea-assisted-tag = Ingreso asistido
judge-idea-assisted-text = El personal escribió esta idea por un residente (desde un formulario en papel o una llamada telefónica).
judge-idea-changed-heading = Esta idea cambió después de que usted la evaluó
judge-idea-changes-text = Lo que cambió desde la versión que usted evaluó: las palabras quitadas aparecen tachadas y las palabras agregadas aparecen subrayadas.
judge-idea-no-changes-text = Ya no se guarda el texto que usted evaluó, así que no se pueden mostrar los cambios. Por favor, vuelva a leer la idea más abajo.
judge-idea-still-stands-text = Si sus puntuaciones todavía corresponden a la idea como está ahora, indíquelo. Si no, cámbielas más abajo y guarde.
judge-idea-still-stands-button = Mantengo mis puntuaciones
judge-idea-score-heading = Sus puntuaciones
judge-idea-undo = Deshacer mi último cambio
judge-idea-weight = peso { $weight }
judge-idea-feedback-label = Comentarios para el participante
judge-idea-feedback-hint = Se envían al participante con los resultados, sin su nombre. Escriba con amabilidad y de forma concreta.
judge-idea-private-note-label = Nota para los organizadores (privada)
judge-idea-private-note-hint = Solo los organizadores leen esto.
judge-idea-save-next = Guardar e ir a la siguiente idea
judge-idea-save = Guardar
judge-idea-closed = La evaluación no está abierta, así que las puntuaciones no se pueden cambiar.
judge-idea-recuse-heading = Apartarse
judge-idea-recuse-text = Si sabe quién escribió esta idea, o tiene cualquier otro conflicto, apártese. Se borrarán sus puntuaciones para esta idea y otro miembro del jurado la tomará si hay alguno disponible (si no hay, los organizadores lo verán en su panel).
judge-idea-reason-label = Por qué (para los organizadores, opcional)
judge-idea-recuse-button = Apartarme de esta idea
judge-idea-back = Volver a su lista

## pages/judge/queue.html.tera

judge-queue-breadcrumb = Ruta de navegación
judge-queue-challenges = Desafíos
judge-queue-current = Evaluación
judge-queue-title = Su lista de ideas para evaluar
judge-queue-lead = Usted lee las ideas sin saber quién las escribió. Dé una puntuación a cada una según la rúbrica. Puede cambiar sus puntuaciones hasta que cierre la evaluación.
judge-queue-conflicts = Sus conflictos de interés
judge-queue-progress = { $done } de { $total } evaluadas
# Inside a progress bar.
judge-queue-progress-short = { $done } de { $total }
judge-queue-next = Evaluar la siguiente idea
# After an idea's title and a dash.
judge-queue-changed = cambió después de que usted la evaluó: por favor, revise sus puntuaciones
judge-queue-scored = evaluada
judge-queue-not-scored = todavía sin evaluar
judge-queue-none-assigned = No tiene ideas asignadas en esta categoría.
judge-queue-not-open = Los organizadores todavía no abrieron la evaluación. Le enviaremos un correo cuando haya ideas para leer.

## partials/idea.html.tera

partial-idea-summary = Resumen
partial-idea-problem = El problema
partial-idea-proposal = La propuesta
partial-idea-beneficiaries = Quién se beneficia
partial-idea-datasets = Datos que usa
partial-idea-files = Archivos adjuntos

## partials/feedback_items.html.tera

partial-feedback-items-rating = { $rating } de 5
partial-feedback-items-no-rating = Sin calificación
partial-feedback-items-published-reply = Su respuesta publicada:
# The hidden parts are read only by screen readers.
partial-feedback-items-mark-read = Marcar como leído<span class="visually-hidden"> (mensaje { $id })</span>
partial-feedback-items-mark-answered = Marcar como respondido<span class="visually-hidden"> (mensaje { $id })</span>
partial-feedback-items-mark-new = Marcar como no leído<span class="visually-hidden"> (mensaje { $id })</span>
partial-feedback-items-reply-label = Responder en público (opcional)
partial-feedback-items-publish = Publicar la respuesta<span class="visually-hidden"> al mensaje { $id }</span>

## partials/track_limits.html.tera

partial-track-limits-legend = Límites para cada ejecución de un programa
partial-track-limits-time-label = Tiempo, en milisegundos
partial-track-limits-time-hint = De 1 a 600000. 10000 son 10 segundos, el límite habitual.
partial-track-limits-memory-label = Memoria, en MB
partial-track-limits-memory-hint = De 1 a 4096. 512 es el límite habitual.
partial-track-limits-output-label = Salida, en KB
partial-track-limits-output-hint = De 1 a 1048576. 4096 es el límite habitual.

## partials/track_questions.html.tera

partial-track-questions-legend = Preguntas adicionales en el formulario de participación
partial-track-questions-hint = Todos los formularios de ideas ya piden un título, un resumen, el problema, la propuesta, los datos usados, quién se beneficia, el equipo y un contacto. Agregue aquí sus propias preguntas. Deje la clave vacía para no usar una fila, o borre una clave existente para quitar su pregunta.
partial-track-questions-question-legend = Pregunta { $number }
partial-track-questions-key-label = Clave
partial-track-questions-key-hint = Un nombre corto para el archivo de respuestas: letras minúsculas, dígitos y _, por ejemplo distrito.
partial-track-questions-label-label = Pregunta
partial-track-questions-label-hint = Tal como la leerán los participantes. Máximo 200 caracteres.
partial-track-questions-kind-label = Tipo de respuesta
partial-track-questions-kind-hint = Lo que los participantes dan como respuesta.
partial-track-questions-help-label = Ayuda
partial-track-questions-help-hint = Opcional. Se muestra debajo de la pregunta.
partial-track-questions-options-label = Opciones
partial-track-questions-options-hint = Solo para preguntas de opciones: de 2 a 50 opciones, una por línea.
partial-track-questions-required-label = Los participantes deben responderla

## partials/track_scoring.html.tera

partial-track-scoring-locked = Esta categoría ya tiene entregas, así que no se puede cambiar cómo se puntúan: la métrica es <strong>{ $metric }</strong>, la columna de id es <strong>{ $id_column }</strong> y la columna objetivo es <strong>{ $target_column }</strong>. Para puntuar de otra forma, agregue una nueva categoría.
partial-track-scoring-metric-label = Cómo se puntúan las entregas
partial-track-scoring-metric-hint = Cada opción indica qué mide la puntuación y si es mejor un número más alto o más bajo.
partial-track-scoring-metric-choose = Elija una forma de puntuar
partial-track-scoring-id-column-label = Columna de id
partial-track-scoring-target-column-label = Columna objetivo
partial-track-scoring-id-column-hint = La columna que identifica cada fila, por ejemplo Inspection_ID. La tienen tanto los archivos de los participantes como las respuestas ocultas.
partial-track-scoring-target-column-hint = La columna que los participantes predicen, por ejemplo criticalFound. Las respuestas ocultas tienen sus valores reales.
partial-track-scoring-columns-hint = Las opciones son las columnas de los conjuntos de datos de este desafío.
partial-track-scoring-column-choose = Elija una columna
partial-track-scoring-daily-limit-label = Entregas por día
partial-track-scoring-daily-limit-hint = Cuántas entregas puede enviar cada equipo por día, de 1 a 1000.
partial-track-scoring-final-selections-label = Entregas elegidas para la clasificación final
partial-track-scoring-final-selections-hint = Cuántas de sus entregas puede elegir cada equipo para que cuenten al final, de 1 a 10.
enter-idea-form-contact-language = Idioma de los correos para el residente
enter-idea-form-contact-language-hint = El enlace para confirmar la idea y los resultados se escriben en este idioma.

# Lo que escribe el código en Rust de las páginas de la cuenta, las páginas
# públicas y las vistas compartidas: avisos, rechazos, títulos de página y
# etiquetas (plaza-web/src/account, plaza-web/src/public, plaza-web/src/render).

## plaza-web/src/account/profile.rs
# Cuándo se usó por última vez un token personal de API, si nunca se usó.
web-account-profile-never = nunca
web-account-profile-welcome = ¡Le damos la bienvenida! Su cuenta está lista.
web-account-profile-name-saved = Se guardó su nombre.
web-account-profile-notifications-saved = Se guardaron sus preferencias de correo.
web-account-profile-time-zone-saved = Se guardó su zona horaria.
web-account-profile-language-saved = Se guardó su idioma.
web-account-profile-organizer-emails-saved = Se guardó su elección de correos sobre los desafíos que organiza.
web-account-profile-terms-accepted = Gracias por aceptar las condiciones de uso.
web-account-profile-token-revoked = Se revocó el token. Los programas que lo usan ya no pueden iniciar sesión.
# $problem: por qué lo que se escribió no es una zona horaria, una oración completa.
web-account-profile-time-zone-problem = { $problem } Deje el campo vacío para ver los horarios propios de cada desafío.
# $typed: lo que eligió la persona; $languages: los idiomas del sitio, separados por comas.
web-account-profile-unknown-language = Plaza no tiene mensajes en "{ $typed }". Elija uno de estos: { $languages }.
web-account-profile-not-an-organizer = Estas opciones son para quienes organizan un desafío, y usted no organiza ninguno.
web-account-profile-unknown-email-kind = No se reconoció uno de los tipos de correo. Inténtelo de nuevo.
web-account-profile-choose-delivery = Elija un correo cada vez o un correo al día.
web-account-profile-tick-terms = Marque la casilla para aceptar las condiciones de uso.
web-account-profile-choose-token-scope = Elija qué puede hacer el token.
web-account-profile-signed-out-title = Sesión cerrada en todas partes
web-account-profile-signed-out-message = Su sesión está cerrada en todas las computadoras y teléfonos. Los tokens personales de API siguen funcionando hasta que usted los revoque.
web-account-profile-sign-in-again = Iniciar sesión de nuevo
web-account-profile-invalid-link-title = Este enlace no es válido
web-account-profile-invalid-link-message = Puede que el enlace para dejar de recibir correos esté incompleto. También puede cambiar sus preferencias de correo en la página de su cuenta.
web-account-profile-your-account = Su cuenta
web-account-profile-unsubscribed-title = Ya no recibirá estos correos
web-account-profile-unsubscribed-message = { $email } solo recibirá los correos que pida, como los enlaces para iniciar sesión. Puede volver a activar los correos de novedades, de resultados y de organización en la página de su cuenta.

## plaza-web/src/account/sign_in.rs
web-account-sign-in-too-many-links = Se pidieron demasiados enlaces para iniciar sesión en la última hora. Use el enlace más reciente que recibió o vuelva a intentarlo en una hora.
web-account-sign-in-nothing-waiting-title = No hay ningún inicio de sesión pendiente en este navegador
web-account-sign-in-nothing-waiting-message = Este navegador no pidió un correo para iniciar sesión en los últimos { $minutes } minutos, o ese inicio de sesión ya se usó. Pida uno nuevo.
web-account-sign-in-ask-for-email = Pedir un correo para iniciar sesión
web-account-sign-in-code-format = Escriba los 8 dígitos del código, por ejemplo 1234 5678.
web-account-sign-in-code-nothing-waiting = No hay ningún inicio de sesión pendiente para este código. Pida un nuevo correo para iniciar sesión.
web-account-sign-in-code-expired = Este código venció: los códigos sirven durante { $minutes } minutos. Pida un nuevo correo para iniciar sesión.
web-account-sign-in-code-already-used = Este inicio de sesión ya se usó. Pida un nuevo correo para iniciar sesión.
# $left: cuántos códigos más se pueden probar.
web-account-sign-in-code-wrong = Ese código no es correcto. Revíselo y vuelva a intentarlo ({ $left ->
        [one] le queda { $left } intento
       *[other] le quedan { $left } intentos
    }).
web-account-sign-in-code-too-many-tries = Ese código no es correcto, y era el último intento: este inicio de sesión ya no sirve. Pida un nuevo correo para iniciar sesión.
web-account-sign-in-code-too-many-today = Hoy se probaron demasiados códigos para esta dirección de correo. Mejor abra el enlace del correo.
web-account-sign-in-no-longer-works = Este inicio de sesión ya no sirve
web-account-sign-in-ask-for-new-email = Pedir un nuevo correo para iniciar sesión
# Cuándo se pidió un enlace para iniciar sesión.
web-account-sign-in-just-now = hace un momento
web-account-sign-in-minutes-ago = { $minutes ->
        [one] hace { $minutes } minuto
       *[other] hace { $minutes } minutos
    }
web-account-sign-in-ask-for-new-link = Pedir un nuevo enlace para iniciar sesión
web-account-sign-in-link-expired-title = Este enlace venció
web-account-sign-in-link-expired-message = Los enlaces para iniciar sesión sirven durante 15 minutos. Pida uno nuevo abajo.
web-account-sign-in-link-already-used-title = Este enlace ya se usó
web-account-sign-in-link-already-used-message = Cada enlace para iniciar sesión sirve una sola vez. Si no inició sesión, pida uno nuevo abajo.
web-account-sign-in-link-other-browser-title = Abra el enlace en el mismo navegador
web-account-sign-in-link-other-browser-message = Este enlace se pidió en otro navegador. Ábralo allí, o escriba el código del correo en la página donde lo pidió.
web-account-sign-in-link-unknown-title = Este enlace no es válido
web-account-sign-in-link-unknown-message = Puede que el enlace esté incompleto. Copie la dirección completa del correo o pida un nuevo enlace.
web-account-sign-in-sign-up-expired-title = Empiece de nuevo
web-account-sign-in-sign-up-expired-message = Su registro venció o se empezó en otro navegador. Pida un nuevo enlace para iniciar sesión y continuar.
web-account-sign-in-sign-in = Iniciar sesión
web-account-sign-in-tick-terms = Marque la casilla para aceptar las condiciones de uso.
# Iniciar sesión con otro sitio: $provider es su nombre, como GitHub o Google.
web-account-sign-in-oauth-expired-title = El inicio de sesión tardó demasiado
web-account-sign-in-oauth-expired-message = La respuesta de { $provider } venció o ya se usó. Inténtelo de nuevo.
web-account-sign-in-oauth-no-email-title = No hay un correo confirmado
web-account-sign-in-oauth-no-email-message = { $provider } no confirmó ninguna dirección de correo para su cuenta. Confirme allí su dirección de correo, o mejor inicie sesión con un enlace por correo.
web-account-sign-in-oauth-not-verified-title = No pudimos verificar el inicio de sesión
web-account-sign-in-oauth-not-verified-message = La respuesta de { $provider } no pasó nuestras revisiones, así que no iniciamos su sesión. Inténtelo de nuevo.
web-account-sign-in-oauth-no-answer-title = El servicio para iniciar sesión no respondió
web-account-sign-in-oauth-no-answer-message = No pudimos comunicarnos con { $provider }, o respondió con un error. Vuelva a intentarlo en un minuto o inicie sesión con un enlace por correo.
web-account-sign-in-oauth-not-set-up-title = Esta forma de iniciar sesión no funciona
web-account-sign-in-oauth-not-set-up-message = Iniciar sesión con { $provider } no está bien configurado en este sitio. Mejor inicie sesión con un enlace por correo.
web-account-sign-in-back-to-sign-in = Volver a iniciar sesión
web-account-sign-in-oauth-cancelled-title = Inicio de sesión cancelado
web-account-sign-in-oauth-cancelled-message = Usted no permitió que { $provider } iniciara su sesión, así que no pasó nada. Puede intentarlo de nuevo o iniciar sesión con un enlace por correo.
web-account-sign-in-oauth-error-title = El servicio para iniciar sesión informó un problema
# $error: el código de error del otro sitio, como server_error.
web-account-sign-in-oauth-error-message = { $provider } respondió con un error ({ $error }). Inténtelo de nuevo o inicie sesión con un enlace por correo.
web-account-sign-in-oauth-attempt-expired-title = Este intento de iniciar sesión venció
web-account-sign-in-oauth-attempt-expired-message = El inicio de sesión con { $provider } tardó más de 10 minutos, ya había terminado o se empezó en otro navegador. Empiece de nuevo.
web-account-sign-in-oauth-no-code = { $provider } nos devolvió sin un código para iniciar sesión. Inténtelo de nuevo.

## plaza-web/src/public/follow_email.rs
# Títulos de página.
web-public-follow-email-title-get-news = Reciba las noticias por correo
web-public-follow-email-title-check = Revise su correo
web-public-follow-email-title-invalid = Este enlace no es válido
web-public-follow-email-title-confirm = Confirme las noticias por correo
web-public-follow-email-title-confirmed = Recibirá las noticias
web-public-follow-email-title-stop = Dejar de recibir las noticias
web-public-follow-email-title-stopped = Ya no recibirá noticias
# $problem: qué está mal en la dirección escrita, sin punto final.
web-public-follow-email-bad-address = { $problem }. Vuelva a escribir la dirección, por ejemplo nombre@ejemplo.org.
web-public-follow-email-too-many = Hubo demasiadas solicitudes desde aquí o para esta dirección en la última hora. Vuelva a intentarlo más tarde.

## plaza-web/src/public/leaderboard.rs
# Qué puntuación es mejor, como $direction en las explicaciones de abajo.
web-public-leaderboard-higher-is-better = más alto es mejor
web-public-leaderboard-lower-is-better = más bajo es mejor
web-public-leaderboard-explanation-public = La mejor puntuación de cada equipo en la parte pública de las respuestas ocultas ({ $direction }). Los puestos finales usan la parte privada y se muestran cuando los organizadores publican los resultados.
web-public-leaderboard-explanation-private = Clasificación final en la parte privada de las respuestas ocultas ({ $direction }), con las entregas que eligió cada equipo.
web-public-leaderboard-search-too-long = Busque como máximo { $max } caracteres del nombre de un equipo. Se muestran todos los equipos.

## plaza-web/src/public/paper_form.rs
# Las preguntas de todo formulario en papel para ideas, cada una con su ayuda.
web-public-paper-form-title = Título
web-public-paper-form-title-hint = Unas pocas palabras que nombren la idea, por ejemplo “Cruces más seguros cerca de las escuelas”.
web-public-paper-form-summary = Resumen
web-public-paper-form-summary-hint = Qué propone la idea y por qué es importante, en pocas oraciones.
web-public-paper-form-problem = El problema
web-public-paper-form-problem-hint = ¿Qué está mal hoy y quién lo nota?
web-public-paper-form-proposal = La propuesta
web-public-paper-form-proposal-hint = ¿Qué se debe hacer, quién lo debe hacer y cómo sabremos que funciona?
web-public-paper-form-beneficiaries = ¿Quién se beneficia?
web-public-paper-form-beneficiaries-hint = Las personas o los lugares que estarían mejor.
web-public-paper-form-tick-one = Marque una.
web-public-paper-form-tick-any = Marque todas las que correspondan.

## plaza-web/src/public/poster.rs
# $paper: lo que se pidió en la dirección (?paper=).
web-public-poster-unknown-paper = "{ $paper }" no es un tamaño de papel en el que Plaza imprima carteles: use a4 o letter.
# Lo que dice un lector de pantalla sobre el código QR; $title es el del desafío.
web-public-poster-qr-what-happened = Código QR: escanéelo para ver qué pasó después en { $title }
web-public-poster-qr-open = Código QR: escanéelo para abrir { $title } en su teléfono
web-public-poster-paper-a4 = A4 (210 x 297 mm)
web-public-poster-paper-letter = Carta (8,5 x 11 pulgadas)

## plaza-web/src/public/progress.rs
# Un proyecto al que los organizadores no le pusieron estado.
web-public-progress-no-status = Sin estado
# Las respuestas a "qué tanto" en la opinión de un residente.
web-public-progress-rating-1 = 1, nada
web-public-progress-rating-2 = 2, un poco
web-public-progress-rating-3 = 3, en parte
web-public-progress-rating-4 = 4, casi del todo
web-public-progress-rating-5 = 5, del todo
web-public-progress-too-many = Gracias, pero desde esta conexión se enviaron { $count } mensajes en la última hora, el máximo que recibimos. Vuelva a intentarlo más tarde.
# El título del canal Atom de novedades; $title es el del desafío.
web-public-progress-feed-title = { $title }: novedades

## plaza-web/src/public/sample_file.rs
# La respuesta cuando se pide el archivo de ejemplo de una categoría que no tiene; $track es su título.
web-public-sample-file-code-track = “{ $track }” recibe programas, no archivos de predicciones, así que no tiene archivo de ejemplo. Su programa lee las filas que hay que predecir y escribe un archivo CSV con las mismas columnas que en una categoría de predicciones.
web-public-sample-file-ideas-track = “{ $track }” recibe ideas, no archivos, así que no tiene archivo de ejemplo.

## plaza-web/src/render/views.rs
# El tiempo máximo de una categoría de código.
web-render-views-seconds = { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
# $seconds: un número con un decimal, como 2.5.
web-render-views-seconds-decimal = { $seconds } segundos
# El tamaño de un archivo pequeño; los más grandes se dicen en KB, MB, GB.
web-render-views-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }

## plaza-web/src/render/idea_view.rs
# El tipo de un archivo adjunto: un PDF o una imagen.
web-render-idea-view-image = imagen
# Un adjunto como lo ve el jurado, sin su nombre de archivo: $number cuenta desde 1; $kind es PDF o imagen.
web-render-idea-view-attachment = Adjunto { $number } ({ $kind })

## plaza-web/src/render/notice.rs
# Los avisos de una línea que muestra una página después de un formulario.
web-render-notice-idea-file = El archivo está adjunto.
web-render-notice-idea-removed = Se quitó el archivo.
web-render-notice-idea-withdrawn = Su idea fue retirada. No será evaluada.
web-render-notice-idea-updated = Sus cambios están guardados.
web-render-notice-idea-new-version = Sus cambios están guardados. Los miembros del jurado que ya puntuaron su idea verán qué cambió y revisarán sus puntuaciones.
web-render-notice-judging-rubric = La rúbrica está guardada.
web-render-notice-judging-opened = La evaluación está abierta: cada idea tiene su jurado. Le enviamos un correo a cada miembro del jurado.
web-render-notice-judging-closed = La evaluación está cerrada. Las puntuaciones ya no pueden cambiar.
web-render-notice-judging-assigned = Las ideas nuevas tienen su jurado. Le enviamos un correo a cada miembro del jurado que tiene ideas nuevas.
web-render-notice-judging-nothing-new = Cada idea ya tiene su jurado: no había nada nuevo que asignar.
web-render-notice-judging-reopened = La evaluación está abierta de nuevo: el jurado puede cambiar sus puntuaciones hasta que usted la cierre.
web-render-notice-judging-reminded = El recordatorio ya va en camino.
web-render-notice-judging-decided = Su decisión está guardada. Se publicará con los resultados.
web-render-notice-judging-undecided = Se quitó la decisión.
web-render-notice-judging-declaration = La declaración del miembro del jurado está guardada y anotada en el registro de auditoría.
web-render-notice-judging-declaration-moved = La declaración del miembro del jurado está guardada y anotada en el registro de auditoría. Las ideas con las que ahora tiene un conflicto pasaron a otros miembros del jurado.
web-render-notice-judging-conflict-confirmed = El conflicto está confirmado: ese miembro del jurado no evaluará esa idea.
web-render-notice-judging-conflict-dismissed = Anotado: esos nombres no son un conflicto.
web-render-notice-ideas-list-confirm = La idea está registrada. Le enviamos al residente un enlace por correo para confirmarla; el jurado la verá cuando la confirme.
web-render-notice-ideas-list-attested = La idea está registrada y cuenta como confirmada.
web-render-notice-ideas-list-corrected = La idea está corregida. El enlace anterior ya no funciona; le enviamos al residente uno nuevo por correo para confirmarla.
web-render-notice-ideas-list-corrected-phone = La idea está corregida. Léasela al residente y luego pulse “Se la leí a la persona por teléfono”.
web-render-notice-ideas-list-resent = Le enviamos al residente un nuevo enlace por correo para confirmar la idea. El enlace anterior ya no funciona.
web-render-notice-ideas-list-scanned = El escaneo del formulario en papel se guarda con la idea. Solo los organizadores pueden abrirlo.
web-render-notice-reviews-held = La opinión está retenida: quien hizo la entrega no la verá. El motivo está en el registro de auditoría.
web-render-notice-reviews-released = La opinión ya no está retenida: quien hizo la entrega la verá cuando se publiquen los resultados.
web-render-notice-people-invited = Se envió la invitación. Aparece en “Invitaciones que todavía no se aceptaron” hasta que la acepten.
web-render-notice-people-removed = Se quitó el rol.
web-render-notice-people-cancelled = Se canceló la invitación: su enlace ya no funciona.
web-render-notice-team-created = Su equipo está listo: ya participa en este desafío.
web-render-notice-team-joined = Se unió al equipo: ya participa en este desafío.
web-render-notice-queue-all-scored = Sus puntuaciones están guardadas y ya puntuó todas las ideas que le tocaron. ¡Gracias! Puede cambiar sus puntuaciones hasta que cierre la evaluación.
web-render-notice-queue-declared = Gracias. Su declaración está guardada.
web-render-notice-judge-idea-saved = Sus puntuaciones están guardadas.
web-render-notice-judge-idea-undone = Se deshizo su último cambio.
web-render-notice-judge-idea-nothing = No hay nada que deshacer.
web-render-notice-judge-idea-confirmed = Sus puntuaciones se mantienen: ahora valen para la idea tal como está.

## plaza-web/src/public/leaderboard_files.rs
# $track: el título de la categoría.
web-public-leaderboard-files-no-board = “{ $track }” es una categoría de ideas: el jurado puntúa sus ideas, por eso no tiene tabla de posiciones. Sus ganadores aparecen en la página de ganadores del desafío cuando se publiquen los resultados.

## plaza-web/src/extract (archivos subidos y formularios) y error.rs
# $error: el motivo técnico.
web-upload-interrupted = Se interrumpió la subida del archivo: { $error }
web-upload-unreadable = No se pudo leer el archivo subido: { $error }
# $size y $max: megabytes.
web-upload-program-too-large = El programa pesa { $size } MB; Plaza ejecuta programas de hasta { $max } MB.
web-form-too-large = Este formulario es más grande de lo que aceptamos. Acorte lo que escribió.
web-form-incomplete = Este formulario no llegó completo. Envíelo de nuevo.
web-form-unreadable = No se pudo leer este formulario ({ $error }). Vuelva atrás e inténtelo de nuevo.
# $problems: cada problema encontrado, uno tras otro.
web-bundle-cannot-import = No se puede importar el paquete: { $problems }

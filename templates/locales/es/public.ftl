# El marco del sitio (encabezado, pie de página, cambio de idioma), la página
# de error y las páginas públicas que cualquiera puede leer: la lista de
# desafíos, un desafío, sus categorías, las guías de datos, las tablas de
# posiciones, los ganadores, qué pasó después, las noticias por correo, el
# cartel, el formulario en papel y las condiciones de uso.
# (pages/message.html.tera y partials/card.html.tera no tienen texto propio.)

## base.html.tera
base-skip-link = Ir al contenido principal
base-nav-label = Principal
base-nav-challenges = Desafíos
base-nav-manage = Administrar
base-nav-admin = Administración
base-nav-account-hint = (su cuenta)
base-sign-out = Cerrar sesión
base-nav-your-account = Su cuenta
base-sign-in = Iniciar sesión
base-footer = { $site_name } organiza desafíos con datos cívicos abiertos. Cada conjunto de datos de este sitio se publica con su licencia y su fuente.
base-language = Idioma

## error/error.html.tera
error-status = Error { $status }.
error-home-link = Ir a la lista de desafíos

## pages/public/home.html.tera
public-home-heading = Desafíos de datos cívicos
public-home-lead = Las ciudades y los grupos comunitarios publican datos abiertos y piden ayuda. Elija un desafío, lea la descripción, descargue los datos y envíe una predicción, un programa o una idea.
public-home-open-heading = Abiertos ahora
public-home-none-open = En este momento no hay ningún desafío abierto.
public-home-see-upcoming = Más abajo puede ver los que abren pronto.
public-home-upcoming-heading = Abren pronto
public-home-past-heading = Desafíos anteriores

## pages/public/challenge.html.tera
public-challenge-breadcrumb = Ruta de navegación
public-challenge-breadcrumb-home = Desafíos
public-challenge-just-published = El desafío está publicado. Ahora todos pueden verlo.
public-challenge-draft = Este desafío es un borrador: solo lo ven sus organizadores. <a href="{ $url }">Revíselo y publíquelo</a>.
public-challenge-hosted-by = Organizado por
public-challenge-questions = ¿Preguntas?
public-challenge-status = Estado
public-challenge-enter = Participar en este desafío o ver su equipo
public-challenge-choose-how = Elegir cómo participar
public-challenge-sign-in-to-take-part = Iniciar sesión para participar
public-challenge-see-winners = Ver los ganadores y los resultados finales
public-challenge-next-heading = Qué pasó después
public-challenge-progress-link = Vea cómo se llevan a cabo las ideas ganadoras, lea las novedades y díganos qué opina
public-challenge-judging-queue = Sus ideas por evaluar
public-challenge-people-link = Organizadores y jurado de este desafío
public-challenge-toc = En esta página
public-challenge-brief-heading = La descripción del desafío
public-challenge-timeline-heading = Calendario
public-challenge-tracks-heading = Cómo participar
public-challenge-toc-offline = Sin computadora
public-challenge-data-heading = Los datos
public-challenge-opens = Abre:
public-challenge-closes = Cierra:
public-challenge-send-entry = Enviar una entrega
public-challenge-sample-file = Archivo de ejemplo
public-challenge-leaderboard = Tabla de posiciones
public-challenge-all-entries = Todas las entregas (organizadores)
# $metric: el nombre del método de puntuación de la categoría.
public-challenge-scoring = Puntuación: { $metric }.
# $time_zone: la zona horaria del desafío en palabras, como "hora de Toronto".
public-challenge-daily-limit =
    Puede recibir puntuación para hasta { $limit } { $limit ->
        [one] entrega
       *[other] entregas
    } por día (cada día va de medianoche a medianoche, { $time_zone }).
# $time: una duración en palabras, como "10 segundos".
public-challenge-code-limits = Cada vez que se ejecuta su programa, puede durar hasta { $time }, usar hasta { $memory_mb } MB de memoria e imprimir hasta { $output_kb } KB.
public-challenge-send-idea = Enviar una idea
public-challenge-write-idea = Escribir una idea
public-challenge-about-track = Sobre esta categoría
public-challenge-sign-in-to-send-idea = Iniciar sesión para enviar una idea
public-challenge-all-ideas = Todas las ideas (organizadores)
public-challenge-judging = Evaluación (organizadores)
public-challenge-judges-per-idea =
    { $judges ->
        [one] Cada idea la lee y la puntúa { $judges } miembro del jurado, que no sabe quién la escribió.
       *[other] Cada idea la leen y la puntúan { $judges } miembros del jurado, que no saben quién la escribió.
    }
public-challenge-rubric-heading = Cómo se evalúan las ideas
public-challenge-rubric-label = Criterios de evaluación de { $track }
public-challenge-rubric-caption = Criterios de evaluación. Un peso más alto cuenta más.
public-challenge-rubric-criterion = Criterio
public-challenge-rubric-weight = Peso
public-challenge-rubric-description = Qué busca el jurado
public-challenge-rubric-levels = Puntuaciones del 1 al 5
public-challenge-offline-heading = ¿No tiene computadora? Igual puede participar
# Va seguido de un número de teléfono.
public-challenge-offline-call = Llame al
public-challenge-offline-call-help = El personal escribe su idea por usted y se la vuelve a leer.
# Va seguido de una dirección.
public-challenge-offline-drop-off = Entregue un formulario en papel en
# Va seguido de una dirección.
public-challenge-offline-partner = Pida ayuda en
public-challenge-poster = <a href="{ $url }">Imprima un cartel sobre este desafío</a> para ponerlo en una biblioteca, un centro comunitario o la vitrina de una tienda.
public-challenge-poster-organizers = Organizadores: <a href="{ $url }">indique la línea telefónica, la dirección de entrega y el tamaño del papel</a>.
# $rows: un número ya escrito con sus separadores, como "2,192".
public-challenge-data-rows = { $rows } filas
public-challenge-data-columns =
    { $columns ->
        [one] { $columns } columna
       *[other] { $columns } columnas
    }
public-challenge-data-guide = Leer la guía de datos
# $size: como "1.4 MB".
public-challenge-data-download = Descargar { $file } ({ $size })

## pages/public/dataset.html.tera
public-dataset-breadcrumb = Ruta de navegación
public-dataset-breadcrumb-home = Desafíos
public-dataset-lead = Guía de datos de <a href="{ $url }">{ $title }</a>.
public-dataset-download = Descargar { $file } ({ $size })
public-dataset-file = Archivo
public-dataset-file-value = { $file }, un archivo CSV (valores separados por comas) que se abre en cualquier programa de hojas de cálculo
public-dataset-size = Tamaño
# $rows: un número ya escrito con sus separadores, como "2,192".
public-dataset-size-value =
    { $size }: { $rows } filas y { $columns ->
        [one] { $columns } columna
       *[other] { $columns } columnas
    }
public-dataset-licence = Licencia
public-dataset-licence-missing = Todavía no se indica. Pregunte a los organizadores antes de volver a usar los datos.
public-dataset-source = Fuente
public-dataset-source-missing = Todavía no se indica.
public-dataset-hash-hint = Es como una huella del archivo. Sirve para comprobar que su descarga está completa y sin cambios.
public-dataset-caveats-heading = Antes de usarlos
public-dataset-columns-heading = Qué significa cada columna
public-dataset-column = Columna
public-dataset-column-type = Tipo
public-dataset-column-meaning = Significado
# Va seguido de una lista de nombres de columnas.
public-dataset-undescribed = Los organizadores no describieron estas otras columnas del archivo:
public-dataset-preview-heading = Las primeras filas
public-dataset-versions-heading = Versiones
public-dataset-versions-intro = Los organizadores reemplazaron este archivo. Los archivos anteriores siguen aquí, para que se pueda revisar el trabajo hecho con ellos.
public-dataset-version = Versión
public-dataset-version-replaced = Reemplazada el
public-dataset-version-change = Qué cambió después
public-dataset-version-download = Descargar
public-dataset-version-link = { $file }, versión { $version }
public-dataset-version-size = ({ $size }, { $rows } filas)

## pages/public/follow_email.html.tera
public-follow-email-sent = Le enviamos un correo a <strong>{ $email }</strong>.
public-follow-email-check = Ábralo y confirme. Así recibirá las noticias de “{ $title }”: novedades sobre cómo se llevan a cabo las ideas ganadoras. Si el correo no llega en unos minutos, revise su carpeta de correo no deseado.
public-follow-email-back = Volver a qué pasó después
public-follow-email-label = Su correo electrónico
public-follow-email-send = Envíenme las noticias
public-follow-email-confirm = ¿Quiere recibir las noticias de “{ $title }” en <strong>{ $email }</strong>? Puede dejar de recibirlas cuando quiera desde cualquiera de los correos.
public-follow-email-confirm-button = Sí, envíenme las noticias
public-follow-email-confirmed = Listo. Recibirá las noticias de “{ $title }” por correo.
public-follow-email-see-next = Ver qué pasó después
public-follow-email-stop = ¿Quiere dejar de recibir por correo las noticias de este desafío?
public-follow-email-stop-button = Dejar de recibir las noticias
public-follow-email-stopped = Listo. { $email } ya no recibirá noticias de este desafío.
public-follow-email-all-challenges = Ver todos los desafíos
public-follow-email-invalid = Puede que el enlace esté incompleto o que se haya reemplazado por uno más nuevo. Puede volver a pedir las noticias en la página del desafío.

## pages/public/leaderboard.html.tera
public-leaderboard-breadcrumb = Ruta de navegación
public-leaderboard-breadcrumb-home = Desafíos
public-leaderboard-breadcrumb-current = Tabla de posiciones
public-leaderboard-heading = Tabla de posiciones: { $track }
public-leaderboard-yours = Su equipo, { $team }, está en el puesto { $rank } de { $teams }, con { $score }. <a href="{ $url }">Ver la fila de su equipo</a>
public-leaderboard-search-label = Buscar un equipo
public-leaderboard-search-button = Buscar
public-leaderboard-search-result =
    { $teams ->
        [one] 1 equipo coincide
       *[other] { $teams } equipos coinciden
    } con “{ $search }”. <a href="{ $url }">Mostrar todos los equipos</a>
public-leaderboard-page = { $teams } equipos. Página { $page } de { $pages }.
public-leaderboard-table-label = Tabla de posiciones
# $board: "public" para la tabla pública; si no, la tabla final. $metric: el método de puntuación.
public-leaderboard-caption =
    { $board ->
        [public] Tabla pública
       *[other] Tabla final
    }, { $metric }
public-leaderboard-rank = Puesto
public-leaderboard-team = Equipo
public-leaderboard-score = Puntuación
public-leaderboard-entries = Entregas
public-leaderboard-last-entry = Última entrega
public-leaderboard-your-team = (su equipo)
public-leaderboard-pages-label = Páginas de la tabla de posiciones
public-leaderboard-previous = 100 equipos anteriores
public-leaderboard-next = 100 equipos siguientes
# Va seguido de los enlaces CSV y JSON.
public-leaderboard-download = Descargar esta tabla de posiciones (todos los equipos):
public-leaderboard-no-match = Ningún equipo de esta tabla tiene “{ $search }” en su nombre.
public-leaderboard-empty = Todavía no se ha puntuado ninguna entrega.

## pages/public/paper_form.html.tera
public-paper-form-skip-link = Ir al formulario
public-paper-form-tools-label = Formulario en papel
public-paper-form-back = Volver a { $track }
public-paper-form-print-hint = Imprima este formulario para los residentes que prefieren escribir a mano. El personal escribe en Plaza cada formulario que recibe y se lo vuelve a leer al residente. Use la opción Imprimir de su navegador.
# Va seguido del título del desafío.
public-paper-form-kicker = Su idea para
# La palabra “opcional” debe ser la de public-paper-form-optional.
public-paper-form-intro = <strong>Envíelo a más tardar el { $closes }.</strong> Escriba con letra clara y con sus propias palabras. No tiene que responder las preguntas marcadas “opcional”.
public-paper-form-return-heading = Cómo enviar este formulario
# Va seguido de una dirección.
public-paper-form-return-drop-off = Entréguelo en persona o envíelo por correo postal a:
# Va seguido de un número de teléfono.
public-paper-form-return-phone = O léalo por teléfono:
# Va seguido de una dirección.
public-paper-form-return-partner = Pida ayuda para llenarlo en:
public-paper-form-return-online = O envíelo en línea en <strong>{ $link }</strong>.
public-paper-form-you-heading = Sobre usted
public-paper-form-name = Su nombre
public-paper-form-contact = Cómo podemos comunicarnos con usted: un número de teléfono, un correo electrónico o una dirección postal
public-paper-form-contact-hint = Solo lo usamos para confirmar su idea con usted y para darle los resultados.
public-paper-form-neighbourhood = Su barrio (opcional)
public-paper-form-idea-heading = Su idea
public-paper-form-optional = (opcional)
public-paper-form-datasets = ¿Qué datos del desafío usa su idea? (opcional)
public-paper-form-datasets-hint = Marque todos los que correspondan.
# Las palabras entre comillas son los nombres de un enlace y de una opción en las páginas de los organizadores.
public-paper-form-staff-hint = Para el personal: ingrese este formulario con “Registrar una idea en nombre de un residente” en la lista de ideas de la categoría, elija “en un formulario en papel” y adjunte una copia escaneada.

## pages/public/poster.html.tera
public-poster-skip-link = Ir al cartel
public-poster-tools-label = Cartel
public-poster-back = Volver a { $title }
# $paper y $other_paper: tamaños de papel, como "Carta (8.5 x 11 pulg.)".
public-poster-print-hint = Este es un cartel para imprimir y poner donde la gente lo vea: una biblioteca, un centro comunitario, una parada de autobús. Use la opción Imprimir de su navegador. Se imprime en una sola página { $paper }. <a href="{ $url }">Imprimirlo en { $other_paper }</a>.
public-poster-organizers = Organizadores: <a href="{ $url }">cambie la línea telefónica, la dirección de entrega y el papel</a>.
public-poster-no-offline = El cartel todavía no ofrece ninguna forma de participar sin computadora.
# Va seguido del título del desafío.
public-poster-results-kicker = Los resultados de
public-poster-dates = Abierto del <strong>{ $opens }</strong> al <strong>{ $closes }</strong>.
public-poster-closed = Las entregas se cerraron el { $closes }. Los resultados se anunciarán pronto.
public-poster-online-results = Vea qué pasa después y díganos qué opina
public-poster-online-take-part = Participe en línea
public-poster-online-follow = Siga los resultados
public-poster-scan = Escanee el código con la cámara de su teléfono o escriba esta dirección:
public-poster-projects-heading = En qué punto están las ideas ganadoras
public-poster-winners-heading = Ideas elegidas
public-poster-offline-heading = ¿No tiene computadora? Igual puede participar
# Va seguido de un número de teléfono.
public-poster-offline-call = Llame al
public-poster-offline-call-help = El personal escribe su idea por usted.
# Va seguido de una dirección.
public-poster-offline-drop-off = Entregue un formulario en papel en
# Va seguido de una dirección.
public-poster-offline-partner = Pida ayuda en
# Va seguido de cómo comunicarse con los organizadores.
public-poster-questions = ¿Preguntas?

## pages/public/progress.html.tera
public-progress-feed-title = Novedades de { $title }
public-progress-breadcrumb = Ruta de navegación
public-progress-breadcrumb-home = Desafíos
public-progress-heading = Qué pasó después
public-progress-not-published = Solo los organizadores ven esta página hasta que se publiquen los resultados.
public-progress-prepare-projects = <a href="{ $url }">Prepare los proyectos</a>.
public-progress-lead = Cómo la ciudad lleva a cabo las ideas que eligieron los residentes en “{ $title }”, y qué opina la gente. Díganos qué piensa: no necesita una cuenta.
public-progress-see-winners = Ver los ganadores y los resultados finales
public-progress-organizers = Organizadores: <a href="{ $projects_url }">cambiar los proyectos</a> · <a href="{ $updates_url }">publicar una novedad y leer las respuestas</a>
public-progress-projects-heading = En qué punto está cada idea ganadora
public-progress-owner = A cargo de { $owner }.
public-progress-done-label = { $title }: { $progress }% hecho
public-progress-parts = Sus partes
public-progress-milestones = Etapas
public-progress-milestone-done = terminada el { $date }
public-progress-milestone-due = prevista para el { $date }
public-progress-answer-sent = Gracias. Los organizadores leerán su respuesta.
public-progress-answer-problem = Su respuesta no se envió:
public-progress-answer-text = ¿Quiere agregar algo? (opcional)
public-progress-answer-send = Enviar mi respuesta<span class="visually-hidden"> sobre { $title }</span>
public-progress-replied = Los organizadores respondieron
public-progress-rating = Una respuesta de { $rating } de 5
public-progress-no-projects = Los organizadores todavía no empezaron a dar seguimiento aquí a las ideas ganadoras.
public-progress-updates-heading = Novedades
public-progress-feed-link = Siga las novedades en un lector de noticias (canal Atom)
public-progress-update-about = sobre { $project }
public-progress-no-updates = Todavía no hay novedades.
public-progress-news-heading = Reciba las noticias por correo
public-progress-news-intro = Reciba cada novedad por correo electrónico, sin necesidad de una cuenta. Primero le enviamos un enlace para confirmar, y cada correo trae un enlace para dejar de recibirlos.
public-progress-news-email = Su correo electrónico
public-progress-news-send = Envíenme las noticias
public-progress-tell-us-heading = Díganos
public-progress-tell-us-intro = ¿Quiere decir algo sobre las ideas ganadoras o sobre cómo se llevan a cabo? Escriba aquí a los organizadores cuando quiera.
public-progress-message-sent = Gracias. Los organizadores leerán su mensaje.
public-progress-message-problem = Su mensaje no se envió:
public-progress-message-text = Su mensaje
public-progress-message-send = Enviar mi mensaje

## pages/public/terms.html.tera
public-terms-heading = Condiciones de uso
public-terms-intro = { $site_name } organiza desafíos con datos abiertos que publican ciudades, agencias y grupos comunitarios. Al crear una cuenta, usted acepta lo siguiente.
public-terms-account-heading = Su cuenta
public-terms-account-one = Una cuenta por persona. No comparta con nadie sus enlaces para iniciar sesión ni sus tokens de API.
public-terms-account-name = El nombre que usted elija se muestra a los organizadores y también en las tablas de posiciones, salvo que su equipo use otro nombre. Su correo electrónico nunca se muestra a otros participantes ni al jurado.
public-terms-account-settings = En la página de su cuenta puede cambiar sus preferencias de correo, anular tokens de API o cerrar sesión en todos sus dispositivos.
public-terms-taking-part-heading = Participación
public-terms-taking-part-rules = Cada desafío tiene su propia descripción, calendario y límites. Respételos. Los organizadores pueden descalificar las entregas que no cumplan las reglas de un desafío, y le dirán por qué.
public-terms-taking-part-fair = No intente conseguir las respuestas ocultas de un desafío, ni saltarse el entorno protegido donde se ejecutan los programas, ni sobrecargar el sitio.
public-terms-taking-part-licence = Use cada conjunto de datos según la licencia que aparece en su guía de datos.
public-terms-taking-part-yours = Lo que usted envía sigue siendo suyo. Usted permite que los organizadores lo revisen y lo puntúen, y que publiquen los resultados y las entregas ganadoras como lo indica la descripción del desafío.
public-terms-data-heading = Sus datos
public-terms-data-kept = Guardamos su correo electrónico, su nombre, sus equipos, sus entregas y un registro de las decisiones del jurado. Los usamos para organizar los desafíos en los que usted participa.
public-terms-data-email = Solo le enviamos correos para que inicie sesión, sobre las invitaciones que reciba, y con las noticias y los resultados que usted elija recibir.

## pages/public/track.html.tera
public-track-breadcrumb = Ruta de navegación
public-track-breadcrumb-home = Desafíos
public-track-scoring = Puntuación: { $metric }.
public-track-see-leaderboard = Ver la tabla de posiciones
public-track-start-heading = Por dónde empezar
public-track-start-predict-from = Las filas que debe predecir están en <a href="{ $guide_url }">{ $title }</a>: <a href="{ $download_url }" download>descargar { $file }</a>.
public-track-start-sample = <a href="{ $url }" download>Empiece con el archivo de ejemplo</a>. Tiene las columnas correctas y una fila para cada id que debe predecir, todas con el mismo valor. Cambie esos valores, deje lo demás igual, guárdelo como CSV y envíelo aquí abajo.
public-track-send-heading = Enviar una entrega
# Va después de una oración sobre las fechas del desafío.
public-track-closed = Solo se aceptan entregas mientras el desafío está abierto.
public-track-sign-in = Iniciar sesión para enviar una entrega
public-track-quota = A su equipo le quedan <strong>{ $left } de { $limit }</strong> entregas hoy.
# $next: una fecha y hora.
public-track-quota-next = A su equipo le quedan <strong>{ $left } de { $limit }</strong> entregas hoy. Tendrá nuevas a partir del { $next }.
public-track-quota-refused = Si un archivo no se puede leer como predicciones (por ejemplo, un encabezado incorrecto o ids que faltan o que no existen), no gasta ninguna: corríjalo y envíelo de nuevo. Hoy puede hacerlo con hasta { $refused_left } archivos más. Una entrega que Plaza no logra puntuar por una falla de nuestra parte nunca cuenta.
public-track-quota-code = Cuenta cada programa que Plaza ejecuta, aunque no pase las pruebas. No cuenta una entrega que Plaza no logra puntuar por una falla de nuestra parte.
public-track-file-code = Su programa (un archivo .wasm)
public-track-file-predictions = Sus predicciones (un archivo .csv)
public-track-file-code-hint = Un módulo WebAssembly compilado para WASI preview 1, de hasta 100 MB.
# Los nombres de los menús son los de Excel.
public-track-file-predictions-hint = Un archivo CSV con una fila de encabezado y una predicción para cada id, de hasta 100 MB. Si usa Excel u otra hoja de cálculo, primero guárdelo como CSV (Archivo > Guardar como > CSV).
public-track-send-button = Enviar para puntuar
public-track-entries-heading = Las entregas de su equipo
public-track-entries-final = ¿Final?
public-track-entries-entry = Entrega
public-track-entries-sent = Enviada
public-track-entries-status = Estado
public-track-entries-public-score = Puntuación pública
public-track-entries-select = Usar la entrega { $id } para la tabla final
public-track-entries-disqualified = (descalificada)
public-track-entries-hint =
    Marque como máximo { $final_selections } { $final_selections ->
        [one] entrega
       *[other] entregas
    } para la tabla final. Cada una se puntúa con la parte privada de las respuestas, y cuenta la mejor. Si no marca ninguna, cuenta su mejor entrega pública.
public-track-entries-save = Guardar la elección final

## pages/public/winners.html.tera
public-winners-breadcrumb = Ruta de navegación
public-winners-breadcrumb-home = Desafíos
public-winners-breadcrumb-current = Ganadores
public-winners-heading = Ganadores de “{ $title }”
public-winners-published = Publicado el { $date }.
public-winners-reason = Por qué lo eligieron los organizadores:
public-winners-none = No hay ganador en esta categoría.
public-winners-boards-heading = Tablas finales
public-winners-not-published = Todavía no hay resultados.
public-winners-follow-heading = Entérese de lo que pasa después
public-winners-sign-in = <a href="{ $url }">Inicie sesión</a> para seguir este desafío: le enviaremos un correo cuando se anuncien los ganadores.
public-winners-following = Usted sigue este desafío: le enviaremos un correo cuando se anuncien los ganadores.
public-winners-unfollow = Dejar de seguir
public-winners-follow = Seguir este desafío

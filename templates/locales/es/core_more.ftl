# Lo que escribe el código en Rust de plaza-core para que lo lean las personas:
# problemas de la rúbrica, por qué no se puede asignar el jurado, rechazos de
# adjuntos y formularios, avisos de la lista de entregas, las líneas de "necesita
# atención" de la página de inicio del equipo organizador y etiquetas.
# (core.ftl tiene las fechas, los estados, los resultados y los títulos de página.)

## plaza-core/src/judging/rubric.rs
# $given: el texto tal como se escribió en el formulario o en el paquete.
core-rubric-judges-per-entry-out-of-range = El número de miembros del jurado por idea debe ser un número entero de { $min } a { $max }, no '{ $given }'.
core-rubric-min-reviews-out-of-range = El número de revisiones que necesita una idea para entrar en la clasificación debe ser un número entero de { $min } a { $max }, no '{ $given }'.
# $judges: miembros del jurado que leen cada idea; $reviews: las revisiones pedidas (siempre más que $judges).
core-rubric-reviews-outnumber-judges = Cada idea la { $judges ->
        [one] lee { $judges } miembro del jurado
       *[other] leen { $judges } miembros del jurado
    }, así que no puede necesitar { $reviews } revisiones para entrar en la clasificación: ninguna idea entraría. Baje las revisiones necesarias o suba los miembros del jurado por idea.
core-rubric-no-criteria = La rúbrica necesita al menos un criterio.
core-rubric-too-many-criteria = La rúbrica puede tener como máximo { $max } criterios; esta tiene { $found }.
# $name: el nombre del criterio, tal como se escribió.
core-rubric-weight-out-of-range = El peso de '{ $name }' debe ser un número entero de { $min } a { $max }, no '{ $given }'.
# $number: el lugar del criterio en la lista, desde 1.
core-rubric-criterion-needs-name = El criterio { $number } necesita un nombre.
core-rubric-description-empty = Describa qué debe mirar el jurado en '{ $name }'.
core-rubric-criterion-too-long = El nombre de '{ $name }' puede tener como máximo { $name_max } caracteres, y su descripción { $description_max }.
# $levels: cuántas descripciones de nivel tiene un criterio (una por puntuación); $found: cuántas se dieron.
core-rubric-level-count = '{ $name }' tiene { $found ->
        [one] una descripción
       *[other] { $found } descripciones
    } de nivel; dé exactamente { $levels } (una por línea, empezando por el nivel 1) o ninguna.
core-rubric-empty-level = El nivel { $level } de '{ $name }' está vacío; dé exactamente { $levels } descripciones de nivel (una por línea, empezando por el nivel 1) o ninguna.
core-rubric-level-too-long = Cada descripción de nivel de '{ $name }' puede tener como máximo { $max } caracteres; el nivel { $level } tiene { $chars }.
core-rubric-duplicate = '{ $name }' aparece dos veces.
# Los detalles de abajo completan "campo: …" en la lista de problemas de un paquete (por eso empiezan en minúscula).
core-rubric-detail-out-of-range = { $given } está fuera del rango: use un número entero de { $min } a { $max }
core-rubric-detail-not-whole = debe ser un número entero de { $min } a { $max }
core-rubric-detail-empty = no puede estar vacío
core-rubric-detail-too-long = tiene { $chars } caracteres; lo máximo permitido es { $max }
core-rubric-detail-level-count = debe ser una lista de exactamente { $levels } descripciones no vacías, empezando por el nivel 1 (hay { $found })
core-rubric-detail-empty-level = debe ser una lista de exactamente { $levels } descripciones no vacías, empezando por el nivel 1 (el nivel { $level } está vacío)
core-rubric-detail-level-too-long = el nivel { $level } tiene { $chars } caracteres; lo máximo permitido es { $max }
core-rubric-detail-duplicate = el criterio '{ $name }' aparece dos veces
core-rubric-detail-no-criteria = la rúbrica necesita al menos un criterio
core-rubric-detail-too-many-criteria = se permiten como máximo { $max } criterios (hay { $found })

## plaza-core/src/judging/infeasible.rs
# Por qué no se puede asignar el jurado. Cada uno completa "No se pudo asignar la evaluación: …", por eso empieza en minúscula.
# $per_entry: miembros del jurado que necesita cada idea; $panel: miembros que tiene el jurado.
core-infeasible-panel-too-small = se { $per_entry ->
        [one] necesita 1 miembro del jurado
       *[other] necesitan { $per_entry } miembros del jurado
    } por idea, pero { $panel ->
        [0] el jurado no tiene miembros
        [one] el jurado solo tiene 1 miembro
       *[other] el jurado solo tiene { $panel } miembros
    }
# $title: el título de la idea; $available: miembros del jurado sin conflicto de interés con ella.
core-infeasible-entry-short = la idea '{ $title }' { $available ->
        [0] no tiene ningún miembro del jurado
        [one] solo tiene 1 miembro del jurado
       *[other] solo tiene { $available } miembros del jurado
    } sin conflicto de interés; necesita { $per_entry }
# $count: ideas con muy pocos miembros del jurado (siempre más de una); $named: una lista hecha con los dos mensajes de abajo.
core-infeasible-entries-short = { $count } ideas tienen muy pocos miembros del jurado sin conflicto de interés (cada una necesita { $per_entry }): { $named }
core-infeasible-named-none = '{ $title }' no tiene ninguno
core-infeasible-named-some = '{ $title }' tiene { $available }
# Va después de la lista cuando solo nombra algunas ideas; $more: cuántas deja fuera.
core-infeasible-and-more = , y { $more } más
# $judge: el nombre del miembro del jurado; $entry: el título de la idea.
core-infeasible-conflict-assigned = '{ $judge }', del jurado, tiene asignada la idea '{ $entry }', pero declaró un conflicto de interés con ella
# $judge y $entry: números en Plaza.
core-infeasible-unknown-judge = una asignación que se debía mantener es del miembro del jurado n.º { $judge }, que no forma parte del jurado
core-infeasible-unknown-entry = una asignación que se debía mantener es de la idea n.º { $entry }, que no está entre las ideas

## plaza-core/src/attachment/mod.rs
# $kind: el tipo de archivo (PDF, JPEG, PNG, GIF o WebP).
core-attachment-unreadable = No pudimos leer este archivo { $kind }: parece dañado o incompleto. Ábralo y guárdelo de nuevo (o expórtelo otra vez) y luego vuelva a adjuntarlo.
core-attachment-unreadable-other = No pudimos leer este archivo adjunto: parece dañado o incompleto. Ábralo y guárdelo de nuevo (o expórtelo otra vez) y luego vuelva a adjuntarlo.
core-attachment-encrypted = Este PDF está protegido con contraseña o cifrado, así que no podemos revisarlo. Guárdelo o imprímalo como un PDF normal, sin protección, y luego vuelva a adjuntarlo.
core-attachment-too-large-after-cleaning = Este archivo pasa del tamaño máximo después de quitarle sus datos ocultos. Hágalo más pequeño (por ejemplo, reduciendo sus imágenes) y luego vuelva a adjuntarlo.
core-attachment-unknown-type = Aceptamos archivos PDF e imágenes (PNG, JPEG, GIF o WebP). Este archivo no es ninguno de ellos.

## plaza-core/src/timeline.rs
# $given: lo que se escribió.
core-timeline-not-a-zone = “{ $given }” no es el nombre de una zona horaria. Use un nombre de la lista de la IANA, como America/Chicago, Europe/Madrid o UTC.
# $zone: la zona horaria en que se lee el campo ("hora de Chicago", "UTC").
core-timeline-not-a-moment = “{ $given }” no es una fecha y hora. Escríbala así: 2027-02-28T23:59 ({ $zone }).
# $time: "02:30"; $day: "2027-03-14".
core-timeline-skipped-time = En { $zone }, las { $time } del { $day } no existen: esa noche los relojes se saltan esa hora. Elija otra hora.

## plaza-core/src/outreach.rs
core-outreach-paper-a4 = A4 (210 x 297 mm)
core-outreach-paper-letter = Carta de EE. UU. (8,5 x 11 pulgadas)
# Los campos, como primeras palabras de los dos mensajes que siguen.
core-outreach-field-phone = El número de teléfono
core-outreach-field-phone-hours = El horario de la línea telefónica
core-outreach-field-drop-off-address = La dirección para entregar formularios
core-outreach-field-drop-off-hours = El horario para entregar formularios
core-outreach-field-partner-location = El lugar de la biblioteca o entidad colaboradora
# $field: uno de los cinco mensajes de arriba; $length: caracteres escritos.
core-outreach-too-long = { $field } tiene { $length } caracteres; lo máximo permitido es { $max }.
core-outreach-control-character = { $field } contiene un carácter de control; vuelva a escribirlo como texto simple.
# $phone: lo que se escribió como número de teléfono.
core-outreach-phone-without-digits = "{ $phone }" no tiene números: escriba el número al que deben llamar los residentes, por ejemplo 312-555-0100.
core-outreach-phone-hours-without-phone = Hay un horario para la línea telefónica, pero no hay número de teléfono: agregue el número o borre el horario.
core-outreach-drop-off-hours-without-address = Hay un horario para entregar formularios, pero no hay dirección: agregue la dirección o borre el horario.
# $paper: lo que se escribió; a4 y letter son los nombres que se deben escribir.
core-outreach-unknown-paper = "{ $paper }" no es un tamaño de papel que Plaza imprima: elija a4 o letter.

## plaza-core/src/entry_list.rs
# $given: el valor de la dirección; $names: los valores posibles (se dejan tal como se escriben).
core-entry-list-unknown-status = “{ $given }” no es un estado que conozcamos, así que se muestran entregas de todos los estados. Elija uno de estos: { $names }.
core-entry-list-unknown-verdict = “{ $given }” no es un resultado que conozcamos, así que se muestran entregas con cualquier resultado. Elija uno de estos: { $names }.
core-entry-list-team-too-long = El nombre de equipo que se busca puede tener como máximo { $max } caracteres, así que se muestran entregas de todos los equipos.
core-entry-list-not-a-page = “{ $given }” no es un número de página (use 1, 2, 3, etc.), así que se muestra la primera página.
# $one y $many: el singular y el plural de lo que se lista ("entrega", "entregas"), que da la página.
core-entry-list-showing-none = No hay { $many }.
core-entry-list-showing-one = Se muestra 1 { $one }.
# $total y $pages se escriben con separador de miles ("3,204").
core-entry-list-showing-past-end = No hay { $many } en la página { $page }: hay { $total } { $many } en { $pages } páginas.
core-entry-list-showing = Se muestran { $first }–{ $last } de { $total } { $many }.

## plaza-core/src/text_diff.rs
# Lo que leen los lectores de pantalla antes de las palabras quitadas y agregadas (después va un espacio).
core-text-diff-removed = Quitado:
core-text-diff-added = Agregado:

## plaza-core/src/review.rs
core-review-judging-status-setup = Sin empezar
core-review-judging-status-open = La evaluación está abierta
core-review-judging-status-closed = La evaluación está cerrada
core-review-place-winner = Ganador
core-review-place-runner_up = Segundo lugar
# $count: los criterios de la rúbrica.
core-review-score-each-criterion = { $count ->
        [one] Dé una puntuación para el criterio.
       *[other] Dé una puntuación para cada uno de los { $count } criterios.
    }
# $criteria: los nombres de los criterios sin puntuación, separados por comas.
core-review-choose-a-score = Elija una puntuación para: { $criteria }.
core-review-score-out-of-range = La puntuación de '{ $name }' debe ser de 1 a 5, no { $score }.

## plaza-core/src/attention.rs
# Lo que necesita la atención del equipo organizador, en su página de inicio. $count es el número;
# $shown es el mismo número con separador de miles ("1,204"). Lo mismo para
# $judges, $reviews y $entries con sus pares "_shown".
core-attention-ideas-to-confirm = { $count ->
        [one] 1 idea ingresada para residentes espera
       *[other] { $shown } ideas ingresadas para residentes esperan
    } la confirmación del residente.
# $title: el título de la categoría.
core-attention-judges-behind = { $title }: { $judges ->
        [one] 1 miembro del jurado tiene
       *[other] { $judges_shown } miembros del jurado tienen
    } todavía { $reviews ->
        [one] 1 revisión pendiente
       *[other] { $reviews_shown } revisiones pendientes
    }.
core-attention-winners-to-pick = { $title }: la evaluación está cerrada y todavía no se eligieron ganadores.
core-attention-results-to-publish = El desafío cerró y sus resultados todavía no están publicados.
core-attention-failed-entries = { $title }: { $entries ->
        [one] 1 entrega no se pudo puntuar
       *[other] { $entries_shown } entregas no se pudieron puntuar
    } por un problema de Plaza (no de quien participa).

## plaza-core/src/organizer_notice.rs
# Cada uno completa "Enviarme un correo cuando…" en la página de la cuenta.
core-organizer-notice-idea_sent = un residente envía una idea, o el personal la envía en nombre de un residente
core-organizer-notice-idea_confirmed = un residente confirma una idea que el personal ingresó en su nombre
core-organizer-notice-judge_recused = un miembro del jurado se aparta de una entrega
core-organizer-notice-judging_complete = todos los miembros del jurado puntuaron todas las entregas de una categoría
core-organizer-notice-entry_failed = Plaza no pudo puntuar una entrega de programación por un problema propio

# Lo que escribe plaza-core sobre los cambios: las revisiones de una idea,
# de los datos de un desafío, de una categoría, de la descripción de un
# conjunto de datos y de un proyecto de puesta en marcha, la lista de
# revisión antes de publicar, y los nombres, direcciones y etiquetas de
# las personas y sus funciones.

## crates/plaza-core/src/idea.rs
edits-idea-title-needed = Falta el título.
edits-idea-summary-needed = Falta un resumen de un párrafo.
edits-idea-problem-needed = Falta el problema que resuelve su idea.
edits-idea-proposal-needed = Falta su propuesta.
# $label: el campo, uno de los mensajes edits-idea-label-* ("el título").
edits-idea-too-long = Lo que escribió en { $label } tiene { $count } caracteres; por favor, use como máximo { $max }.
edits-idea-label-title = el título
edits-idea-label-summary = el resumen
edits-idea-label-problem = el problema
edits-idea-label-proposal = la propuesta
edits-idea-label-beneficiaries = “¿Quién se beneficia?”
edits-idea-label-team-contact = “Equipo y contacto”
edits-idea-label-answer = la respuesta
edits-idea-label-link = el enlace
edits-idea-summary-one-paragraph = El resumen debe ser un solo párrafo: ponga los detalles en el problema y en la propuesta.
# $slug: el nombre web de un conjunto de datos que envió el formulario.
edits-idea-unknown-dataset = '{ $slug }' no es un conjunto de datos de este desafío.
edits-idea-question-not-asked = Esta pregunta no se hace aquí.
# $question: la pregunta tal como la hace la categoría.
edits-idea-answer-needed = Falta la respuesta a '{ $question }'.
edits-idea-one-answer-only = Dé una sola respuesta.
# $value: lo que escribió el residente.
edits-idea-not-a-web-address = '{ $value }' no es una dirección web: debe empezar con https://
edits-idea-not-a-choice = '{ $value }' no es una de las opciones.

## crates/plaza-core/src/implementation.rs
# En qué punto está un proyecto. $status: el estado del proyecto, con las palabras del equipo organizador ("En marcha").
edits-implementation-all-done = { $status }: todo terminado.
edits-implementation-progress = { $status }, { $progress }% hecho.
# Va después de la oración anterior. $title: la próxima etapa; $date: el día previsto ("1 de mayo de 2027").
edits-implementation-next = Siguiente paso: { $title } (para el { $date }).
# $label: el campo, uno de los mensajes edits-implementation-label-* ("el título").
edits-implementation-empty = Falta { $label }: escriba unas palabras.
edits-implementation-too-long = Lo que escribió en { $label } tiene { $length } caracteres; el máximo permitido es { $max }.
edits-implementation-control-character = Hay un carácter de control en { $label }; vuelva a escribir el texto como texto simple.
edits-implementation-label-title = el título
edits-implementation-label-owner = “Quién lo lleva a cabo”
edits-implementation-label-summary = el resumen
edits-implementation-label-question = la pregunta
edits-implementation-label-milestone = la etapa
edits-implementation-label-message = su mensaje
edits-implementation-label-update = la novedad
edits-implementation-label-due-on = la fecha prevista
edits-implementation-label-done-on = la fecha en que se cumplió
edits-implementation-choose-status = Elija un estado de la lista.
# $value: lo que escribió el equipo organizador.
edits-implementation-not-a-percentage = "{ $value }" no es un porcentaje: escriba un número entero del 0 al 100.
edits-implementation-weight = El peso debe ser un número entero del 1 al { $max }; un subproyecto de peso 2 cuenta el doble que uno de peso 1.
# $label: la fecha, edits-implementation-label-due-on o -done-on; $value: lo que escribió el equipo organizador.
edits-implementation-not-a-date = Lo que escribió en { $label }, "{ $value }", no es una fecha: escríbala como año-mes-día, por ejemplo 2027-05-01.
edits-implementation-due-on-empty = Falta la fecha prevista: ¿para cuándo se debe cumplir esta etapa?
# $position: el número de la foto en la novedad (1, 2, ...).
edits-implementation-alt-missing = La foto { $position } no tiene descripción: diga en pocas palabras qué muestra, para las personas que no pueden verla.
edits-implementation-alt-too-long = La descripción de la foto { $position } tiene { $length } caracteres; el máximo permitido es { $max }.
# En qué punto está el equipo organizador con una respuesta.
edits-implementation-feedback-new = Sin leer
edits-implementation-feedback-read = Leída
edits-implementation-feedback-answered = Respondida
edits-implementation-choose-rating = Elija una respuesta del 1 al 5.
edits-implementation-rating-or-words = Antes de enviar, elija una respuesta del 1 al 5 o escriba unas palabras.
edits-implementation-choose-project = Elija un proyecto de la lista, o el desafío completo.

## crates/plaza-core/src/challenge_edit.rs
edits-challenge-edit-write-title = Escriba un título.
edits-challenge-edit-write-summary = Escriba un resumen de una o dos oraciones.
edits-challenge-edit-write-host = Escriba quién organiza el desafío.
edits-challenge-edit-write-brief = Escriba la descripción del desafío.
# $field: el campo, uno de los mensajes edits-challenge-edit-field-* ("Título").
edits-challenge-edit-too-long = El campo “{ $field }” tiene { $length } caracteres; el máximo permitido es { $max }.
edits-challenge-edit-field-title = Título
edits-challenge-edit-field-summary = Resumen
edits-challenge-edit-field-host = Entidad organizadora
edits-challenge-edit-field-brief = Descripción del desafío
edits-challenge-edit-field-contact = Contacto para preguntas
edits-challenge-edit-zone-frozen = Los resultados ya se publicaron: la zona horaria queda como estaba.
edits-challenge-edit-dates-frozen = Los resultados ya se publicaron: las fechas quedan como estaban.
edits-challenge-edit-opened = El desafío ya abrió: su fecha de apertura ya no puede cambiar.
edits-challenge-edit-closing-passed = La nueva fecha de cierre ya pasó: elija una fecha futura.
edits-challenge-edit-close-after-opening = El desafío debe cerrar después de abrir.
# $count: los miembros del equipo más grande (2 o más).
edits-challenge-edit-team-larger = Un equipo ya tiene { $count } miembros: el máximo permitido no puede ser menor.
# $default: el tamaño de equipo de un paquete que no dice ninguno.
edits-challenge-edit-team-size = Escriba un número entero del 1 al { $max } (si un paquete no dice nada, el máximo es { $default }).

## crates/plaza-core/src/track_edit.rs
edits-track-edit-choose-kind = Elija el tipo de categoría: predicciones, programa o ideas.
# $reason: qué tiene de malo el nombre web, de edits-slug-* ("'Mal Nombre' solo puede usar ...").
edits-track-edit-slug-invalid = El nombre web no es válido: { $reason }.
edits-track-edit-title-needed = Póngale un título a la categoría.
edits-track-edit-title-too-long = El título puede tener como máximo { $max } caracteres.
edits-track-edit-description-too-long = La descripción puede tener como máximo { $max } caracteres.
edits-track-edit-choose-metric = Elija cómo se puntúan las entregas.
# $name: edits-track-edit-the-id-column o edits-track-edit-the-target-column.
edits-track-edit-choose-column = Elija { $name }.
edits-track-edit-column-too-long = El nombre de { $name } puede tener como máximo { $max } caracteres.
edits-track-edit-the-id-column = la columna de id
edits-track-edit-the-target-column = la columna objetivo
edits-track-edit-usage-reserved = 'Usage' está reservada para la columna Public/Private del archivo de respuestas; elija otra columna.
edits-track-edit-target-is-id = La columna objetivo debe ser distinta de la columna de id.
edits-track-edit-whole-number = Escriba un número entero del { $min } al { $max }.
edits-track-edit-too-many-questions = Una categoría puede hacer como máximo { $max } preguntas adicionales.
edits-track-edit-key-too-long = La clave puede tener como máximo { $max } caracteres.
# $key: la clave de la pregunta tal como se escribió.
edits-track-edit-key-characters = La clave '{ $key }' solo puede usar letras minúsculas a-z, números y '_'.
edits-track-edit-key-reserved = Todos los formularios de entrega ya piden '{ $key }'; elija otra clave.
edits-track-edit-key-twice = La clave '{ $key }' aparece dos veces; cada pregunta necesita la suya.
edits-track-edit-label-needed = Escriba la pregunta tal como la leerán los participantes.
edits-track-edit-label-too-long = La pregunta puede tener como máximo { $max } caracteres.
edits-track-edit-help-too-long = La ayuda puede tener como máximo { $max } caracteres.
edits-track-edit-choose-answer-kind = Elija qué tipo de respuesta recibe la pregunta.
edits-track-edit-option-count = Escriba de { $min } a { $max } opciones, una por línea.
edits-track-edit-option-too-long = Cada opción puede tener como máximo { $max } caracteres.
# $choice: una opción escrita dos veces.
edits-track-edit-option-twice = '{ $choice }' aparece dos veces; cada opción debe ser distinta.
edits-track-edit-no-options = Solo las preguntas de opciones tienen opciones; deje este campo vacío.

## crates/plaza-core/src/dataset_edit.rs
# Las licencias que ofrece el formulario del conjunto de datos (el valor que se guarda es lo que va antes del paréntesis).
edits-dataset-edit-licence-cc0 = CC0 1.0 (dominio público: sin condiciones)
edits-dataset-edit-licence-cc-by = CC BY 4.0 (citar la fuente)
edits-dataset-edit-licence-cc-by-sa = CC BY-SA 4.0 (citar la fuente y compartir igual)
edits-dataset-edit-licence-odbl = ODbL 1.0 (Licencia Abierta de Bases de Datos)
edits-dataset-edit-licence-pddl = PDDL 1.0 (Dedicación y Licencia de Dominio Público)
edits-dataset-edit-choose-licence = Elija una licencia de la lista, o elija "Otra" y escríbala.
# $column: el nombre de la columna en el archivo.
edits-dataset-edit-choose-type = Elija un tipo para la columna '{ $column }'.
edits-dataset-edit-write-title = Escriba un título.
edits-dataset-edit-write-licence = Escriba una licencia.
# $label: el campo, uno de los mensajes edits-dataset-edit-label-* ("el título").
edits-dataset-edit-too-long = Lo que escribió en { $label } tiene { $length } caracteres; el máximo permitido es { $max }.
edits-dataset-edit-label-title = el título
edits-dataset-edit-label-licence = la licencia
edits-dataset-edit-label-source = la fuente
edits-dataset-edit-label-description = la descripción
edits-dataset-edit-label-caveats = las advertencias
edits-dataset-edit-label-column-description = la descripción de la columna
edits-dataset-edit-change-note-needed = Diga qué cambió en el archivo nuevo. Los seguidores del desafío reciben esta nota por correo electrónico.
edits-dataset-edit-change-note-too-long = La nota de cambios tiene { $length } caracteres; el máximo permitido es { $max }.

## crates/plaza-core/src/publish_check.rs
edits-publish-check-no-track = Agregue al menos una categoría: dice cómo participan los residentes.
edits-publish-check-closed = La fecha de cierre ya pasó: elija una fecha posterior antes de publicar.
# Dónde está un problema: las páginas de la consola del equipo organizador.
edits-publish-check-place-details = Detalles
edits-publish-check-place-tracks = Categorías
edits-publish-check-place-datasets = Conjuntos de datos
edits-publish-check-place-challenge = Desafío
# $title: el título del conjunto de datos o de la categoría.
edits-publish-check-place-dataset = Conjunto de datos “{ $title }”
edits-publish-check-place-track = Categoría “{ $title }”
# $column: el nombre (o número) de la columna; $message: qué tiene de malo, una oración.
edits-publish-check-column = columna “{ $column }”: { $message }
# $file: un archivo del paquete (data/trees.csv); $message: qué tiene de malo, una oración.
edits-publish-check-file-line = { $file }, línea { $line }: { $message }

## crates/plaza-core/src/challenge.rs
edits-challenge-draft-refusal = Este desafío es un borrador: publíquelo antes de que alguien pueda participar.
# El tipo de una columna, como lo muestra la guía de datos.
edits-challenge-column-type-integer = número entero
edits-challenge-column-type-number = número
edits-challenge-column-type-text = texto
edits-challenge-column-type-date = fecha (AAAA-MM-DD)
edits-challenge-column-type-datetime = fecha y hora
edits-challenge-column-type-boolean = sí/no (1 o 0)
edits-challenge-column-type-category = categoría

## crates/plaza-core/src/slug.rs
# Qué tiene de malo un nombre web; el resto de una oración, sin punto final. $slug: el nombre web tal como se escribió.
edits-slug-length = '{ $slug }' debe tener de { $min } a { $max } caracteres (tiene { $len })
# $found: el primer carácter no permitido, entre comillas ('B').
edits-slug-characters = '{ $slug }' solo puede usar letras minúsculas a-z, números y '-' (se encontró { $found })
edits-slug-edge-dash = '{ $slug }' no puede empezar ni terminar con '-'

## crates/plaza-core/src/user.rs
# Problemas con una dirección de correo, un nombre de equipo o un nombre para mostrar: sin mayúscula inicial ni punto final.
edits-user-email-required = se necesita una dirección de correo electrónico
edits-user-email-too-long = una dirección de correo electrónico puede tener como máximo { $max } caracteres
# $email: lo que escribió la persona.
edits-user-email-invalid = '{ $email }' no es una dirección de correo electrónico (debería ser algo como nombre@ejemplo.org)
edits-user-team-name-required = se necesita un nombre de equipo
edits-user-team-name-too-long = un nombre de equipo puede tener como máximo { $max } caracteres
edits-user-team-name-control = un nombre de equipo no puede tener caracteres de control
edits-user-display-name-required = se necesita un nombre para mostrar
edits-user-display-name-too-long = un nombre para mostrar puede tener como máximo { $max } caracteres
edits-user-display-name-control = un nombre para mostrar no puede tener caracteres de control
# La función de una persona en un desafío.
edits-user-role-organizer = Organizador/a
edits-user-role-judge = Miembro del jurado
edits-user-role-intermediary = Organización asociada
# Lo que puede hacer un token personal de la API.
edits-user-scope-read = Solo leer
edits-user-scope-submit = Leer y enviar entregas

## crates/plaza-core/src/implementation.rs: la pregunta que se hace cuando el equipo organizador no escribe ninguna
edits-implementation-default-question = ¿Es esto lo que necesitaba?

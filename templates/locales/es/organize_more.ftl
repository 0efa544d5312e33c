# Páginas de los organizadores: otras formas de participar, personas y roles,
# proyectos que llevan a cabo las ideas ganadoras, publicación, revisión antes de
# publicar, evaluaciones del jurado, categorías y novedades.

## pages/organize/outreach.html.tera
organize-outreach-breadcrumb = Ruta de navegación
organize-outreach-crumb-manage = Administrar
organize-outreach-crumb = Cartel y otras formas de participar
organize-outreach-title = Cartel y formas de participar sin computadora
organize-outreach-saved = Se guardó. La página del desafío y su cartel ya muestran estos datos.
organize-outreach-problems = No se guardó nada. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-outreach-lead = Muchos residentes no usan internet. Dígales cómo participar de otra forma: por teléfono, entregando un formulario en papel o con ayuda en una biblioteca o una organización aliada. Lo que escriba aquí aparece en la página del desafío, en su cartel y en sus correos. Deje vacío un campo para que no aparezca.
organize-outreach-poster-heading = El cartel
organize-outreach-poster-text = <a href="{ $url }/poster">Abra el cartel para imprimirlo</a>. Cabe en una página y tiene un código QR que los teléfonos pueden leer a un metro de distancia. El código lleva al enlace corto del desafío, <strong>{ $short_link }</strong>, que también puede leer en voz alta o anotar. Cuando se publiquen los ganadores, el mismo enlace y el cartel los mostrarán.
organize-outreach-phone-heading = Por teléfono
organize-outreach-phone-label = Número de teléfono (opcional)
organize-outreach-phone-hint = Una línea donde el personal responde preguntas y anota las ideas de los residentes, por ejemplo 312-555-0100. Máximo { $max } caracteres.
organize-outreach-phone-hours-label = Horario de atención del teléfono (opcional)
organize-outreach-phone-hours-hint = Por ejemplo: "De lunes a viernes, de 9 a. m. a 5 p. m.".
organize-outreach-paper-heading = En papel
organize-outreach-drop-off-label = Dónde entregar o enviar por correo postal un formulario en papel (opcional)
organize-outreach-drop-off-hint = La dirección completa, un dato en cada línea, por ejemplo "Alcaldía, Oficina 100" y "121 N LaSalle St, Chicago".
organize-outreach-drop-off-hours-label = Horario de atención (opcional)
organize-outreach-drop-off-hours-hint = Por ejemplo: "De lunes a viernes, de 8:30 a. m. a 4:30 p. m.".
organize-outreach-help-heading = Con ayuda
organize-outreach-partner-label = Una biblioteca u organización aliada donde los residentes reciben ayuda (opcional)
organize-outreach-partner-hint = Su nombre, su dirección y cuándo ir, un dato en cada línea.
organize-outreach-paper-size = Tamaño de papel del cartel
organize-outreach-save = Guardar

## pages/organize/people.html.tera
organize-people-breadcrumb = Ruta de navegación
organize-people-crumb-challenges = Desafíos
organize-people-title = Organizadores y jurado
organize-people-challenge-heading = El desafío
organize-people-details = <a href="{ $url }/manage/details">Cambiar sus detalles y fechas</a>: título, resumen, organización anfitriona, descripción del desafío, zona horaria, fechas de apertura y cierre, tamaño de los equipos. Allí se muestra cada cambio y quién lo hizo.
organize-people-reports = <a href="{ $url }/manage/reports">Avisos sobre los datos</a>: los residentes le avisan cuando una fila, una columna o un archivo está mal; confírmelos y luego publique el archivo corregido como una nueva versión.
organize-people-datasets = <a href="{ $url }/manage/datasets">Conjuntos de datos</a>: agregue un archivo CSV, describa cada archivo y sus columnas, elija una licencia o reemplace un archivo por uno corregido (el archivo anterior se puede seguir descargando).
organize-people-tracks = <a href="{ $url }/manage/tracks">Categorías y respuestas ocultas</a>: agregue una categoría, cambie cómo se califica y sus límites, reemplace sus respuestas ocultas o elimine una categoría que no tenga entregas.
organize-people-projects = <a href="{ $url }/manage/projects">Puesta en marcha de las ideas ganadoras</a>: un proyecto para cada idea ganadora, con su estado, su avance y sus etapas, y <a href="{ $url }/manage/updates">novedades y respuestas</a>: noticias que se envían por correo a los residentes y lo que ellos responden.
organize-people-outreach = <a href="{ $url }/manage/outreach">Cartel y formas de participar sin computadora</a>: una línea de teléfono, una dirección para entregar formularios y un lugar aliado para los residentes que no usan internet, y un cartel con un código QR para imprimir.
organize-people-ideas-heading = Ideas y evaluación
organize-people-all-ideas = todas las ideas
organize-people-judging-dashboard = panel de evaluación
organize-people-judges-scores = puntuaciones del jurado (CSV)
organize-people-people-heading = Personas con un rol
organize-people-col-name = Nombre
organize-people-col-email = Correo electrónico
organize-people-col-role = Rol
organize-people-col-actions = Acciones
organize-people-you = (usted)
organize-people-remove = Quitar<span class="visually-hidden"> a { $name } como { $role }</span>
organize-people-nobody = Todavía nadie tiene un rol.
organize-people-invite-heading = Invitar a alguien
organize-people-email-label = Correo electrónico
organize-people-role-legend = Rol
organize-people-role-judge = Jurado: califica las ideas con la rúbrica
organize-people-role-organizer = Organizador: dirige el desafío
organize-people-role-intermediary = Organización asociada: ayuda a los residentes a participar
organize-people-role-intermediary-hint = Una biblioteca, una asociación de vecinos o un laboratorio de una universidad. Revisa los avisos de los residentes sobre los datos y envía ideas en nombre de los residentes que la llaman o la visitan. La página del desafío la nombra como un lugar donde pedir ayuda.
organize-people-send-invitation = Enviar la invitación
organize-people-pending-heading = Invitaciones que todavía no se aceptaron
organize-people-invitation-expired = { $email }, { $role }: venció.
organize-people-invitation-valid = { $email }, { $role }: válida hasta { $expires }.
organize-people-send-again = Enviarla de nuevo<span class="visually-hidden"> a { $email }</span>
organize-people-cancel = Cancelarla<span class="visually-hidden"> ({ $email })</span>
organize-people-resend-hint = Si envía una invitación de nuevo, se crea un enlace nuevo que vale por 14 días. El enlace anterior deja de funcionar.
organize-people-results-heading = Resultados
organize-people-published = Los resultados ya se publicaron. <a href="{ $url }/winners">Ver los ganadores y las tablas finales</a>.
organize-people-before-close = Cuando el desafío cierre ({ $closes }), publique aquí los resultados: las tablas finales (ordenadas con las respuestas privadas) y los ganadores de las categorías de ideas se hacen públicos, y se envía un correo a los participantes.
organize-people-publish-text = Al publicar, todos pueden ver las tablas finales (ordenadas con las respuestas privadas) y los ganadores de las categorías de ideas. Además, los participantes de cada idea reciben por correo los comentarios del jurado, y se avisa a las personas que siguen el desafío. No se puede deshacer. Primero cierre la evaluación de las categorías de ideas.
organize-people-publish-button = Publicar los resultados
organize-people-publish-hint = (en la página siguiente verá exactamente qué correo recibe cada persona, y lo confirmará)
organize-people-downloads-heading = Descargas
organize-people-results-package = <a href="/challenges/{ $slug }/manage/results.zip">Descargar el paquete de resultados</a> (un archivo zip): las tablas pública y privada, todas las entregas e ideas, y las puntuaciones del jurado, los resultados y el registro de evaluación de cada categoría, con un archivo README que explica cada archivo y cada columna.
organize-people-entries-csv = <a href="/challenges/{ $slug }/manage/entries.csv">Entregas de las categorías de programación</a> (CSV)
organize-people-ideas-csv = <a href="/challenges/{ $slug }/manage/ideas.csv">Ideas</a> (CSV)
organize-people-files-hint = Los archivos se abren en cualquier programa de hojas de cálculo. Contienen puntuaciones privadas y los nombres y direcciones de los participantes: compártalos solo con los organizadores.
organize-people-bundle = <a href="/challenges/{ $slug }/manage/export.zip">Descargar el desafío como paquete</a> (un archivo zip): sus ajustes (<code>challenge.toml</code>), la descripción del desafío, los conjuntos de datos y las respuestas ocultas, tal como los leen <code>plaza import</code> y la carga de paquetes de un administrador del sitio. Úselo para guardar una copia, para revisar los ajustes del desafío o para pasarlo a otro sitio de Plaza. Contiene las respuestas ocultas: nunca lo comparta con los participantes.

## pages/organize/project.html.tera
organize-project-breadcrumb = Ruta de navegación
organize-project-crumb-projects = Ideas ganadoras
organize-project-problems = No se guardó nada. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-project-residents-read = Los residentes leen: “{ $in_words }”
organize-project-progress-done = { $title }: { $progress }% completado
organize-project-edit-heading = Cómo va
organize-project-title-label = Título
organize-project-owner-label = Quién lo lleva a cabo (opcional)
organize-project-owner-hint = Un departamento o una organización aliada.
organize-project-summary-label = Qué hace el proyecto (opcional)
organize-project-summary-hint = Unas pocas oraciones sencillas para los residentes.
organize-project-question-label = La pregunta que los residentes responden sobre el proyecto, del 1 al 5
organize-project-question-hint = Se muestra debajo del proyecto en la página de seguimiento. Por ejemplo: "¿Es esto lo que usted necesitaba?".
organize-project-status-label = Estado
organize-project-progress-label-parts = Avance, en porcentaje (no se usa: se muestra el avance de los subproyectos)
organize-project-progress-label = Avance, en porcentaje
organize-project-progress-hint = Un número entero del 0 al 100. Déjelo vacío para usar el avance del estado.
organize-project-weight-edit-label = Peso dentro del proyecto del que forma parte
organize-project-weight-hint = Del 1 al 100. Una parte con peso 2 cuenta el doble que una con peso 1.
organize-project-save = Guardar
organize-project-milestones-heading = Etapas
organize-project-milestone-done = <strong>{ $title }</strong>, prevista para el { $due }. Se cumplió el { $done }.
organize-project-milestone-ahead = <strong>{ $title }</strong>, prevista para el { $due }. Todavía pendiente.
organize-project-mark-ahead = Marcar como pendiente<span class="visually-hidden">: { $title }</span>
organize-project-mark-done = Marcar como cumplida hoy<span class="visually-hidden">: { $title }</span>
organize-project-no-milestone = Todavía no hay etapas.
organize-project-add-milestone-heading = Agregar una etapa
organize-project-milestone-title-label = Qué se hará
organize-project-milestone-title-hint = Por ejemplo: "Plantar los primeros 20 árboles".
organize-project-due-label = Fecha prevista
organize-project-done-label = Fecha en que se cumplió (opcional)
organize-project-done-hint = Déjelo vacío mientras la etapa esté pendiente. Hoy es { $today }.
organize-project-add-milestone = Agregar la etapa
organize-project-parts-heading = Subproyectos
organize-project-parts-intro = Divida un proyecto grande en partes. Cuando tiene partes, su avance se calcula con el de ellas: cada parte cuenta según su peso.
organize-project-part-weight = Peso { $weight }.
organize-project-part-title-label = Título de la parte
organize-project-part-weight-label = Peso
organize-project-add-part = Agregar la parte

## pages/organize/projects.html.tera
organize-projects-breadcrumb = Ruta de navegación
organize-projects-crumb-manage = Administrar
organize-projects-title = Puesta en marcha de las ideas ganadoras
organize-projects-problems = No se guardó nada. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-projects-lead-unpublished = Muestre a los residentes cómo la ciudad lleva a cabo las ideas que ellos eligieron: un proyecto para cada idea ganadora, con quién hace el trabajo, cómo va y sus pasos con fecha. Los residentes lo ven en <a href="{ $url }/progress">la página de seguimiento del desafío</a> cuando se publican los resultados; hasta entonces, solo lo ven los organizadores. Publique noticias en <a href="{ $url }/manage/updates">la página de novedades</a>.
organize-projects-lead = Muestre a los residentes cómo la ciudad lleva a cabo las ideas que ellos eligieron: un proyecto para cada idea ganadora, con quién hace el trabajo, cómo va y sus pasos con fecha. Los residentes lo ven en <a href="{ $url }/progress">la página de seguimiento del desafío</a>. Publique noticias en <a href="{ $url }/manage/updates">la página de novedades</a>.
organize-projects-projects-heading = Proyectos
organize-projects-owner = A cargo de { $owner }.
organize-projects-progress-done = { $title }: { $progress }% completado
organize-projects-parts = { $count ->
        [one] { $count } subproyecto
       *[other] { $count } subproyectos
    }; el avance se calcula con el de ellos, según su peso.
organize-projects-no-project = Todavía no hay proyectos. Inicie uno para una idea ganadora aquí abajo.
organize-projects-new-heading = Iniciar un proyecto
organize-projects-winners = Los ganadores:
organize-projects-its-project = su proyecto
organize-projects-no-winner = Todavía no hay ganadores: las ideas ganan cuando los organizadores las eligen, y las entregas de programación, cuando se publican los resultados. Igual puede iniciar un proyecto para otro trabajo que surgió del desafío.
organize-projects-winner-label = Para el ganador
organize-projects-other-work = Otro trabajo (sin ganador)
organize-projects-title-label = Título
organize-projects-title-hint = Déjelo vacío para usar el título de la idea ganadora. Máximo { $max } caracteres.
organize-projects-owner-label = Quién lo lleva a cabo (opcional)
organize-projects-owner-hint = Un departamento o una organización aliada, por ejemplo "Departamento de Parques".
organize-projects-status-label = Estado
organize-projects-start = Iniciar el proyecto
organize-projects-statuses-heading = Estados
organize-projects-statuses-intro = Las palabras que leen los residentes para saber cómo va un proyecto, y el avance que toma un proyecto cuando pasa a cada estado (después puede poner otro).
organize-projects-col-status = Estado
organize-projects-col-progress = Avance (%)
organize-projects-status-name = Nombre del estado { $number }
organize-projects-status-progress = Avance del estado { $number }
organize-projects-new-status = Un estado nuevo (opcional)
organize-projects-new-progress = Su avance
organize-projects-save-statuses = Guardar los estados

## pages/organize/publish.html.tera
organize-publish-breadcrumb = Ruta de navegación
organize-publish-crumb-challenges = Desafíos
organize-publish-crumb-manage = Administrar
organize-publish-crumb = Publicar los resultados
organize-publish-title = Publicar los resultados de “{ $title }”
organize-publish-lead = La publicación no se puede deshacer. Muestra a todos la página de ganadores y las tablas finales, y envía una sola vez los correos que se indican abajo.
organize-publish-winners-heading = Los ganadores
organize-publish-no-winner = No se eligió ningún ganador en esta categoría.
organize-publish-no-ideas-track = Este desafío no tiene una categoría de ideas: solo se publican las tablas finales.
organize-publish-entrants-heading = Correos a los participantes: { $count }
organize-publish-entrants-intro = Cada participante de la lista recibe un correo sobre su idea: si ganó, el motivo que dieron los organizadores y los comentarios del jurado sobre la idea, sin los comentarios que usted retuvo. Los miembros de equipos que desactivaron los correos de resultados no reciben ninguno.
organize-publish-no-recipients = { $count ->
        [one] { $count } idea no tiene
       *[other] { $count } ideas no tienen
    } a quién enviar el correo.
organize-publish-table-label = Tabla de correos a los participantes
organize-publish-col-idea = Idea
organize-publish-col-result = Resultado
organize-publish-col-feedback = Comentarios enviados
organize-publish-col-held = Comentarios retenidos
organize-publish-col-emailed = Se envía a
organize-publish-not-winner = No está entre los ganadores
organize-publish-nobody = Nadie
organize-publish-no-ideas = No hay ideas evaluadas: no se envía ningún correo a los participantes.
organize-publish-read-feedback = Lea los comentarios antes de publicar:
organize-publish-reviews-of = evaluaciones de “{ $title }”
organize-publish-followers-heading = Correos a las personas que siguen el desafío: { $count }
organize-publish-followers-text = { $count ->
        [1] Una persona que sigue el desafío y no participó recibe
       *[other] { $count } personas que siguen el desafío y no participaron reciben
    } un correo con los ganadores de arriba.
organize-publish-back = Volver a la administración del desafío
organize-publish-confirm = Publicar los resultados y enviar { $count } { $count ->
        [1] correo
       *[other] correos
    }
organize-publish-not-now = Ahora no

## pages/organize/review.html.tera
organize-review-breadcrumb = Ruta de navegación
organize-review-crumb-manage = Administrar
organize-review-title = Revisar y publicar
organize-review-published = Este desafío se publicó el { $date }. Todos pueden verlo y participar mientras esté abierto.
organize-review-see-page = Ver la página del desafío
organize-review-problems-refused = El desafío no se publicó. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    } antes de publicar:
organize-review-problems = { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    } antes de publicar:
organize-review-problems-intro = Plaza revisa el desafío igual que revisa un desafío importado desde un paquete. Cada problema tiene un enlace a la página y al campo donde se corrige. Vuelva aquí cuando estén corregidos.
organize-review-ready = Todo está listo. Cuando lo publique, el desafío aparecerá en la lista para todos, y los residentes podrán participar entre su fecha de apertura y su fecha de cierre ({ $opens } a { $closes }).
organize-review-publish = Publicar el desafío

## pages/organize/reviews.html.tera
organize-reviews-breadcrumb = Ruta de navegación
organize-reviews-crumb-challenges = Desafíos
organize-reviews-crumb-judging = Evaluación de “{ $track_title }”
organize-reviews-crumb = Evaluaciones
organize-reviews-title = Evaluaciones de “{ $track_title }”
organize-reviews-lead = Las puntuaciones de cada miembro del jurado, sus comentarios para el participante y su nota privada para usted.
organize-reviews-lead-published = Los resultados ya se publicaron: los comentarios marcados como enviados se mandaron por correo a los participantes y aparecen en las páginas de sus ideas.
organize-reviews-lead-unpublished = Cuando publique los resultados, cada participante recibirá por correo los comentarios sobre su idea y podrá leerlos en la página de la idea. Retenga cualquier comentario que no deba llegarles (se queda aquí, y el motivo se guarda en el registro de actividad). Puede deshacerlo hasta que publique.
organize-reviews-no-ideas = No hay ideas para revisar.
organize-reviews-feedback-held = Comentarios para el participante (retenidos: { $reason }):
organize-reviews-feedback = Comentarios para el participante:
organize-reviews-none-written = No escribió nada.
organize-reviews-private-note = Nota privada para los organizadores:
organize-reviews-release = Enviar estos comentarios de todos modos<span class="visually-hidden"> ({ $judge } sobre “{ $title }”)</span>
organize-reviews-hold-reason = Por qué retener los comentarios de { $judge } sobre “{ $title }”
organize-reviews-hold = Retener estos comentarios
organize-reviews-no-review = Todavía no hay evaluaciones.
organize-reviews-back = Volver al panel de evaluación

## pages/organize/track.html.tera
organize-track-breadcrumb = Ruta de navegación
organize-track-crumb-manage = Administrar
organize-track-crumb-tracks = Categorías
organize-track-title = Categoría: { $title }
organize-track-added = Se agregó la categoría. Los participantes la ven en la página del desafío.
organize-track-saved = Se guardó la categoría.
organize-track-answers-saved = Se reemplazaron los archivos ocultos.
organize-track-problems = No se guardó nada. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-track-confirm-heading = ¿Calificar de nuevo las entregas?
organize-track-confirm-text = Los archivos nuevos pasaron todas las revisiones. { $count ->
        [one] { $count } entrega se volverá
       *[other] { $count } entregas se volverán
    } a calificar con las respuestas nuevas. Cada entrega sale de la tabla de posiciones hasta que se califique de nuevo.
organize-track-confirm-button = Reemplazar y volver a calificar { $count ->
        [one] { $count } entrega
       *[other] { $count } entregas
    }
organize-track-keep-answers = Conservar las respuestas actuales
organize-track-lead = Categoría de tipo { $kind }, nombre web <code>{ $slug }</code>.
organize-track-entries = Tiene { $count ->
        [one] { $count } entrega
       *[other] { $count } entregas
    }.
organize-track-locked = Como esta categoría ya tiene entregas, no se pueden cambiar su tipo, la forma de calificar las entregas ni sus columnas de id y de objetivo. Todo lo demás se puede cambiar.
organize-track-unlocked = Esta categoría todavía no tiene entregas: puede cambiar todo lo de esta página, menos su tipo y su nombre web.
organize-track-title-label = Título
organize-track-title-hint = Máximo 120 caracteres.
organize-track-description-label = Descripción
organize-track-description-hint = Opcional. Qué hacen los participantes en esta categoría, en unas pocas oraciones sencillas.
organize-track-judges-label = Miembros del jurado por idea
organize-track-judges-hint = Cuántos miembros del jurado califican cada idea, del 1 al 20. La rúbrica se edita en <a href="{ $url }">la página de evaluación</a>.
organize-track-save = Guardar la categoría
organize-track-answers-heading = Respuestas ocultas
organize-track-answers-intro-entries = Solo los organizadores pueden descargarlas. Si hay entregas, se le pedirá que confirme antes de volver a calificarlas.
organize-track-answers-intro = Solo los organizadores pueden descargarlas.
organize-track-new-answers-label = Archivo nuevo de respuestas
organize-track-new-answers-hint = Un archivo CSV con las columnas { $id_column }, { $target_column } y Usage (Public o Private en cada fila), de { $max } MB como máximo. Se revisa igual que <code>plaza import</code> revisa un paquete.
organize-track-replace-answers = Revisar y reemplazar las respuestas
organize-track-cases-heading = Casos ocultos
organize-track-cases-intro = Cada caso es un archivo de entrada que lee un programa y las respuestas con las que se califica lo que el programa produce. Los archivos se revisan igual que <code>plaza import</code> revisa un paquete (de { $max } MB como máximo cada uno).
organize-track-case-files = Entrada: { $input }. Respuestas: { $answers }.
organize-track-case-legend = Reemplazar un caso o agregar uno
organize-track-case-label = Qué caso
organize-track-case-hint = Elija un caso para reemplazar sus dos archivos, o "Un caso nuevo".
organize-track-case-option = Caso { $number }
organize-track-new-case = Un caso nuevo
organize-track-input-label = Archivo de entrada
organize-track-input-hint = Un archivo CSV con la columna { $id_column }.
organize-track-answers-label = Archivo de respuestas
organize-track-answers-hint = Un archivo CSV con las columnas { $id_column }, { $target_column } y Usage (Public o Private), con los mismos ids que el archivo de entrada.
organize-track-save-case = Revisar y guardar el caso
organize-track-remove-case-label = Caso que desea quitar
organize-track-remove-case-hint = Una categoría de programas siempre conserva al menos un caso.
organize-track-remove-case = Quitar el caso
organize-track-remove = Eliminar la categoría
organize-track-cannot-remove = Esta categoría tiene entregas, así que no se puede eliminar: se perdería el trabajo de los participantes.
organize-track-remove-confirm = Sí, eliminar esta categoría y sus archivos ocultos del desafío
organize-track-changes-heading = Cambios
organize-track-col-when = Cuándo
organize-track-col-who = Quién
organize-track-col-what = Qué
organize-track-col-before = Antes
organize-track-col-after = Después
organize-track-whole-track = categoría
organize-track-no-changes = Todavía no se hizo ningún cambio aquí. Los cambios hechos al importar un paquete no aparecen en esta lista.

## pages/organize/tracks.html.tera
organize-tracks-breadcrumb = Ruta de navegación
organize-tracks-crumb-manage = Administrar
organize-tracks-title = Categorías
organize-tracks-removed = Se eliminó la categoría.
organize-tracks-problems = No se agregó la categoría. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-tracks-choose-files-again = El navegador no guarda los archivos que eligió antes: vuelva a elegirlos antes de enviar el formulario.
organize-tracks-lead = Una categoría es una forma de participar en el desafío. Cada categoría tiene sus propias entregas y su propia clasificación.
organize-tracks-list-heading = Las categorías de este desafío
organize-tracks-col-track = Categoría
organize-tracks-col-kind = Tipo
organize-tracks-col-metric = Cómo se califican las entregas
organize-tracks-col-entries = Entregas
organize-tracks-no-track = Este desafío todavía no tiene categorías. Agregue una aquí abajo.
organize-tracks-add-heading = Agregar una categoría
organize-tracks-kind-legend = ¿Qué enviarán los participantes?
organize-tracks-continue = Continuar
organize-tracks-kind-chosen = Tipo: <strong>{ $kind }</strong>. <a href="{ $url }/manage/tracks">Elegir otro tipo</a>
organize-tracks-title-label = Título
organize-tracks-title-hint = Máximo 120 caracteres, por ejemplo "Predecir qué inspecciones encuentran un problema".
organize-tracks-slug-label = Nombre web
organize-tracks-slug-hint = Parte de la dirección web de la categoría: de 3 a 64 letras minúsculas, números y guiones, por ejemplo "predecir". No se puede cambiar después.
organize-tracks-description-label = Descripción
organize-tracks-description-hint = Opcional. Qué hacen los participantes en esta categoría, en unas pocas oraciones sencillas.
organize-tracks-input-label = Entrada del primer caso oculto
organize-tracks-input-hint = Un archivo CSV con la columna de id y los datos que lee un programa (de { $max } MB como máximo). Los programas lo leen, pero los participantes nunca lo ven. Puede agregar más casos después.
organize-tracks-answers-label-case = Respuestas ocultas del primer caso
organize-tracks-answers-label = Respuestas ocultas
organize-tracks-answers-hint = Un archivo CSV con la columna de id, la columna objetivo y una columna llamada Usage que dice Public o Private en cada fila (de { $max } MB como máximo). Las filas Public ordenan la tabla de posiciones durante el desafío; las filas Private deciden la clasificación final. Solo los organizadores pueden descargarlo.
organize-tracks-judges-label = Miembros del jurado por idea
organize-tracks-judges-hint = Cuántos miembros del jurado califican cada idea, del 1 al 20.
organize-tracks-criterion-legend = Primer criterio de la rúbrica
organize-tracks-criterion-hint = El jurado califica cada idea del 1 al 5 en cada criterio. Cuando la categoría exista, podrá agregar más criterios y describir cada puntuación en la página de evaluación.
organize-tracks-criterion-name-label = Nombre
organize-tracks-criterion-name-hint = Por ejemplo: "Impacto en los residentes".
organize-tracks-criterion-weight-label = Peso
organize-tracks-criterion-weight-hint = Cuánto cuenta este criterio en comparación con los demás, del 1 al 100.
organize-tracks-criterion-description-label = Qué busca el jurado
organize-tracks-criterion-description-hint = Una o dos oraciones, por ejemplo "¿Quién se beneficia y cuánto?"
organize-tracks-add = Agregar la categoría

## pages/organize/updates.html.tera
organize-updates-breadcrumb = Ruta de navegación
organize-updates-crumb-manage = Administrar
organize-updates-title = Novedades y respuestas
organize-updates-problems = No se guardó nada. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-updates-lead = Cuente a los residentes cómo avanzan las ideas ganadoras y lea lo que responden. Cada novedad aparece en <a href="{ $url }/progress">la página de seguimiento</a> y en su <a href="{ $url }/updates.atom">canal de noticias</a>, y se envía por correo a todas las personas que participaron o siguen el desafío y pidieron recibir novedades ({ $count } { $count ->
        [one] persona
       *[other] personas
    } por ahora). Los residentes responden su pregunta del 1 al 5 sin necesidad de una cuenta.
organize-updates-post-heading = Publicar una novedad
organize-updates-not-yet = Las novedades empiezan cuando se publican los resultados.
organize-updates-title-label = Título
organize-updates-title-hint = Por ejemplo: "Ya se encargaron los primeros 20 árboles". Máximo { $max } caracteres.
organize-updates-body-label = La novedad
organize-updates-body-hint = Use palabras sencillas. Puede usar Markdown: **negrita**, [un enlace](https://example.org), y las líneas que empiezan con - forman una lista.
organize-updates-project-label = Sobre
organize-updates-whole-challenge = Todo el desafío
organize-updates-question-label = La pregunta que los residentes responden del 1 al 5 (opcional)
organize-updates-question-hint = Si lo deja vacío, será "{ $question }". Máximo { $max } caracteres.
organize-updates-pictures-legend = Fotos (opcional)
organize-updates-pictures-hint = Hasta 3 fotos (PNG, JPEG, GIF o WebP). Cada foto necesita unas palabras que digan qué muestra, para las personas que no pueden verla. Si un teléfono guardó el lugar donde se tomó la foto, ese dato se borra.
organize-updates-picture-label = Foto { $number }
organize-updates-alt-label = Qué muestra la foto { $number }
organize-updates-publish = Publicar y enviar la novedad por correo
organize-updates-answers-heading = Lo que respondieron los residentes
organize-updates-published-about = Publicada el { $date } · sobre { $project }
organize-updates-published = Publicada el { $date }
organize-updates-no-answer = “{ $question }”: todavía no hay respuestas.
organize-updates-answers-mean = “{ $question }”: { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }, { $mean } de 5 en promedio; { $not_read } sin leer.
organize-updates-answers = “{ $question }”: { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }; { $not_read } sin leer.
organize-updates-ratings-label = Respuestas a { $title } según la calificación
organize-updates-ratings-caption = Cuántas personas dieron cada respuesta
organize-updates-project-heading = Sobre el proyecto “{ $title }”
organize-updates-no-message = Todavía no hay mensajes.
organize-updates-messages = { $count ->
        [one] { $count } mensaje
       *[other] { $count } mensajes
    }; { $not_read } sin leer.

# Páginas de los organizadores: los desafíos que administra un organizador, la
# administración del sitio, los conjuntos de datos, los detalles y fechas, las
# entregas, las ideas, la evaluación del jurado y sus partes comunes.

## pages/organize/admin.html.tera
organize-admin-heading = Administración del sitio
organize-admin-problem-heading = No se cambió nada. Corrija esto:
organize-admin-attention = Lo que requiere atención en cada desafío (ideas por confirmar, miembros del jurado atrasados, ganadores por elegir, resultados por publicar) está en <a href="/manage">los desafíos que usted administra</a>.
organize-admin-challenges-heading = Desafíos
organize-admin-create-or-import = <a href="/manage/new">Cree un desafío</a> en el navegador, o <a href="/admin/import">importe el paquete de un desafío</a> (un archivo zip) para crear un desafío o actualizar uno existente.
organize-admin-challenge-people-link = organizadores y jurado
organize-admin-creators-heading = Quién puede crear desafíos
organize-admin-creators-intro = Los administradores del sitio siempre pueden crear desafíos. También puede dar permiso a otras personas. Necesitan una cuenta: primero deben iniciar sesión una vez con su correo electrónico.
organize-admin-creator-remove = Quitar el permiso<span class="visually-hidden"> a { $email }</span>
organize-admin-creators-none = Por ahora, nadie aparte de los administradores del sitio.
organize-admin-creator-add-heading = Dar permiso a una persona para crear desafíos
organize-admin-creator-email-label = Correo electrónico de la persona
organize-admin-creator-email-hint = El correo con el que la persona inicia sesión en Plaza.
organize-admin-creator-add-button = Dar permiso a esta persona
organize-admin-users-heading = Cuentas ({ $count })
organize-admin-users-name = Nombre
organize-admin-users-email = Correo electrónico
organize-admin-users-admin = Administrador del sitio
organize-admin-users-joined = Fecha de registro
organize-admin-users-yes = sí
organize-admin-users-no = no

## pages/organize/dataset.html.tera
organize-dataset-breadcrumb = Ruta de navegación
organize-dataset-breadcrumb-manage = Administrar
organize-dataset-breadcrumb-datasets = Conjuntos de datos
organize-dataset-heading = Describir { $title }
organize-dataset-problems-heading = No se cambió nada. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-dataset-lead = Lo que leen los residentes sobre este archivo en su <a href="{ $guide_url }">guía de datos</a>: { $file }, { $size }, { $rows } filas y { $columns } columnas.
organize-dataset-title-label = Título
organize-dataset-title-hint = Máximo 120 caracteres. Por ejemplo: "Árboles de las calles, 2024".
organize-dataset-license-label = Licencia
organize-dataset-license-hint = Las condiciones en que las personas pueden usar los datos. Elija la licencia con la que su organización publicó los datos. Si no está en la lista, elija "Otra" y escriba su nombre y dónde está publicada.
organize-dataset-license-none = Todavía no se eligió una licencia
organize-dataset-license-other-option = Otra: escríbala
organize-dataset-license-other-label = Otra licencia
organize-dataset-license-other-hint = Solo si eligió "Otra" arriba: el nombre de la licencia y dónde está publicada. Por ejemplo: "Licencia de Datos Abiertos de la Ciudad de Springfield, https://data.springfield.example/licence".
organize-dataset-source-label = Fuente
organize-dataset-source-hint = De dónde vienen los datos: el departamento o sistema que los reunió, y un enlace si están publicados en otro lugar.
organize-dataset-description-label = Descripción
organize-dataset-description-hint = Una o dos oraciones: qué representa cada fila del archivo y qué años o lugares abarca.
organize-dataset-caveats-label = Advertencias
organize-dataset-caveats-hint = Lo que las personas deben saber antes de usar los datos: datos que faltan, errores conocidos, columnas quitadas para proteger la privacidad. Formato Markdown: las líneas que empiezan con - forman una lista.
organize-dataset-columns-legend = Qué significa cada columna
organize-dataset-columns-hint = Plaza dedujo el tipo de cada columna a partir del archivo; corríjalo si hace falta. Explique con palabras sencillas qué contiene cada columna, con su unidad (metros, dólares) o qué significan sus códigos.
organize-dataset-columns-table = Columnas
organize-dataset-columns-column = Columna
organize-dataset-columns-type = Tipo
organize-dataset-columns-meaning = Significado
organize-dataset-column-type-label = Tipo de { $column }
organize-dataset-column-meaning-label = Significado de { $column }
organize-dataset-save = Guardar la descripción
organize-dataset-preview-heading = Las primeras filas del archivo
organize-dataset-replace-heading = Reemplazar el archivo
organize-dataset-replace-intro = Suba un archivo corregido o más reciente. El archivo actual se podrá seguir descargando desde la guía de datos como versión anterior, junto con su nota. Las columnas con el mismo nombre conservan su descripción. Las personas que siguen el desafío reciben un correo con su nota.
organize-dataset-change-note-label = Qué cambió
organize-dataset-change-note-hint = Máximo { $max } caracteres. Por ejemplo: "Se corrigió la altura de 12 árboles de la calle Elm." Los residentes la leen en la guía de datos y en su correo.
organize-dataset-file-label = Nuevo archivo CSV
organize-dataset-file-hint = Un archivo CSV de { $megabytes } MB como máximo, con los nombres de las columnas en la primera línea.
organize-dataset-upload-progress = Progreso de la subida
organize-dataset-replace-button = Reemplazar el archivo
organize-dataset-versions-heading = Archivos anteriores
organize-dataset-versions-version = Versión
organize-dataset-versions-replaced = Fecha de reemplazo
organize-dataset-versions-by = Por
organize-dataset-versions-change = Qué cambió
organize-dataset-versions-file = Archivo
organize-dataset-versions-rows = ({ $rows } filas)
organize-dataset-versions-none = El archivo no se ha reemplazado.
organize-dataset-remove-heading = Quitar el conjunto de datos
organize-dataset-remove-intro = Nadie ha participado todavía en este desafío, así que aún puede quitar este conjunto de datos. Su archivo y los archivos anteriores ya no estarán disponibles.
organize-dataset-remove-button = Quitar este conjunto de datos
organize-dataset-remove-refused = Ya hay personas que participan en este desafío, así que no se puede quitar este conjunto de datos: es posible que lo hayan usado. En su lugar, puede reemplazar su archivo.
organize-dataset-changes-heading = Cambios
organize-dataset-changes-when = Cuándo
organize-dataset-changes-who = Quién
organize-dataset-changes-what = Qué
organize-dataset-changes-before = Antes
organize-dataset-changes-after = Después
organize-dataset-changes-none = Todavía no se ha hecho ningún cambio aquí.

## pages/organize/datasets.html.tera
organize-datasets-breadcrumb = Ruta de navegación
organize-datasets-breadcrumb-manage = Administrar
organize-datasets-heading = Conjuntos de datos
organize-datasets-error-heading = No se agregó el archivo
organize-datasets-removed = Se quitó el conjunto de datos.
organize-datasets-lead = Los archivos de datos que los residentes descargan y que se explican en la guía de datos. Para agregar uno, suba un archivo CSV. Después, descríbalo para que los residentes sepan qué significa cada columna.
organize-datasets-list-heading = Conjuntos de datos de este desafío
organize-datasets-list-title = Título
organize-datasets-list-file = Archivo
organize-datasets-list-size = Tamaño
organize-datasets-list-rows = Filas
organize-datasets-list-license = Licencia
organize-datasets-list-no-license = Todavía no tiene licencia
organize-datasets-none = Este desafío todavía no tiene conjuntos de datos.
organize-datasets-add-heading = Agregar un conjunto de datos
organize-datasets-file-label = Archivo CSV
organize-datasets-file-hint = Un archivo CSV de { $megabytes } MB como máximo, con los nombres de las columnas en la primera línea. Si tiene una hoja de cálculo, primero guárdela como CSV (en Excel: Archivo > Guardar como > CSV). Los valores pueden estar separados por comas, punto y coma, tabulaciones o barras verticales. El archivo puede estar guardado en UTF-8 o en Latin-1: Plaza lo guarda en UTF-8 con comas. El nuevo conjunto de datos recibe el nombre del archivo; después puede cambiar su título.
organize-datasets-upload-progress = Progreso de la subida
organize-datasets-add-button = Agregar el conjunto de datos

## pages/organize/details.html.tera
organize-details-breadcrumb = Ruta de navegación
organize-details-breadcrumb-manage = Administrar
organize-details-heading = Detalles y fechas
organize-details-saved = Se guardaron los detalles.
organize-details-saved-public = Se guardaron los detalles. Ya todos pueden verlos.
organize-details-problems-heading = No se guardó nada. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-details-lead = Lo que leen los residentes sobre el desafío y sus fechas. Los mismos ajustes están en el paquete del desafío (<code>challenge.toml</code>). La opción "Descargar el desafío como paquete" de la página de administración incluye todos los cambios que se hagan aquí.
organize-details-rule-published = Los resultados ya se publicaron: las fechas y la zona horaria no se pueden cambiar. Los textos sí se pueden cambiar.
organize-details-rule-opened = El desafío ya abrió: su fecha de apertura no se puede cambiar. La fecha de cierre se puede mover, pero solo a un momento que todavía no haya pasado.
organize-details-rule-not-opened = El desafío todavía no abrió: aquí se puede cambiar todo.
organize-details-rule-team-size = El número máximo de miembros por equipo nunca puede ser menor que el tamaño de un equipo que ya existe.
organize-details-rule-elsewhere = Los conjuntos de datos se cambian en <a href="{ $challenge_url }/manage/datasets">la página de conjuntos de datos</a>, y las categorías y sus respuestas ocultas, en <a href="{ $challenge_url }/manage/tracks">la página de categorías</a>.
organize-details-save = Guardar los detalles
organize-details-preview = Vista previa de la descripción
organize-details-changes-heading = Cambios
organize-details-changes-when = Cuándo
organize-details-changes-who = Quién
organize-details-changes-what = Qué
organize-details-changes-before = Antes
organize-details-changes-after = Después
organize-details-changes-none = Todavía no se ha hecho ningún cambio aquí. No se muestran los cambios hechos al importar un paquete.

## pages/organize/new_challenge.html.tera
organize-new-challenge-breadcrumb = Ruta de navegación
organize-new-challenge-breadcrumb-manage = Administrar
organize-new-challenge-heading = Crear un desafío
organize-new-challenge-problems-heading = No se creó el desafío. { $count ->
        [one] Corrija esto
       *[other] Corrija estas { $count } cosas
    }:
organize-new-challenge-lead = Empiece por lo que van a leer los residentes. El desafío queda como borrador privado hasta que usted lo publique: solo lo ven usted y los administradores del sitio. Después de este paso, podrá agregar sus datos, sus categorías y las personas que lo organizan con usted.
organize-new-challenge-slug-label = Dirección web
organize-new-challenge-slug-hint = El final de la dirección del desafío: /challenges/<em>esta-parte</em>. Use de 3 a 64 caracteres: letras minúsculas (a-z, sin acentos ni ñ), números y guiones. Si lo deja vacío, se crea a partir del título. No se puede cambiar después.
organize-new-challenge-create = Crear el borrador del desafío
organize-new-challenge-preview = Vista previa de la descripción

## partials/details_fields.html.tera
partial-details-fields-title-label = Título
partial-details-fields-title-hint = Máximo 120 caracteres. Diga con palabras sencillas qué van a hacer los residentes.
partial-details-fields-summary-label = Resumen
partial-details-fields-summary-hint = Una o dos oraciones, de 280 caracteres como máximo. Se muestra en la lista de desafíos.
partial-details-fields-host-label = Entidad organizadora
partial-details-fields-host-hint = Quién organiza el desafío. Por ejemplo: "Ciudad de Chicago, Departamento de Salud Pública".
partial-details-fields-contact-label = Contacto para preguntas (opcional)
partial-details-fields-contact-hint = Un correo electrónico, un número de teléfono o una página web donde los residentes pueden hacer preguntas. La página del desafío lo muestra como "¿Preguntas?".
partial-details-fields-brief-label = Descripción del desafío
partial-details-fields-brief-hint = La página del desafío. Formato Markdown: una línea que empieza con # es un título, **negrita**, [un enlace](https://example.org), las líneas que empiezan con - forman una lista. Use "Vista previa de la descripción" para verla antes de guardar.
partial-details-fields-preview-heading = Vista previa de la descripción del desafío (todavía no se guardó)
partial-details-fields-preview-hint = Si la primera línea empieza con un solo #, repite el título, así que la página no la muestra.
partial-details-fields-preview-empty = (No hay nada que mostrar.)
partial-details-fields-zone-label = Zona horaria
partial-details-fields-zone-hint = Las fechas del desafío se muestran en esta zona horaria, y los límites diarios empiezan a su medianoche. Use un nombre de la lista IANA, como America/Chicago o America/Mexico_City. Si cambia la zona, las fechas que no toque conservan el mismo momento; las fechas que escriba se leen en la nueva zona.
partial-details-fields-opens-label = Apertura
partial-details-fields-opens-hint = Fecha y hora en la zona horaria del desafío ({ $zone }), por ejemplo 2027-01-01T00:00.
partial-details-fields-closes-label = Cierre
partial-details-fields-closes-hint = El último momento en que se aceptan entregas, en la zona horaria del desafío ({ $zone }).
partial-details-fields-team-label = Máximo de miembros por equipo
partial-details-fields-team-hint = De 1 (cada persona participa sola) a 100.

## partials/manage_steps.html.tera
partial-manage-steps-heading = Pasos para publicar este desafío

## pages/organize/entries.html.tera
organize-entries-breadcrumb = Ruta de navegación
organize-entries-breadcrumb-challenges = Desafíos
organize-entries-breadcrumb-manage = Administrar
organize-entries-heading = Entregas: { $track }
organize-entries-other-tracks = Otras categorías
organize-entries-other-tracks-intro = Otras categorías:
organize-entries-filter = Filtrar las entregas
organize-entries-filter-legend = Mostrar solo
organize-entries-filter-status = Estado
organize-entries-filter-any-status = Cualquier estado
organize-entries-filter-verdict = Resultado
organize-entries-filter-any-verdict = Cualquier resultado
organize-entries-filter-team = El nombre del equipo contiene
organize-entries-filter-button = Mostrar las entregas
organize-entries-filter-clear = Quitar los filtros
organize-entries-first-page = Ir a la primera página
organize-entries-rerun-all = Volver a calcular la puntuación de todas las entregas terminadas
organize-entries-rerun-all-hint = Todas las entregas terminadas de esta categoría, sin importar los filtros. Por ejemplo, después de corregir las respuestas ocultas.
organize-entries-table = Entregas
organize-entries-col-entry = Entrega
organize-entries-col-team = Equipo
organize-entries-col-sent = Enviada
organize-entries-col-status = Estado
organize-entries-col-public = Puntuación pública
organize-entries-col-private = Puntuación privada
organize-entries-col-file = Archivo
organize-entries-col-actions = Acciones
organize-entries-disqualified = (descalificada: { $reason })
organize-entries-download = Descargar<span class="visually-hidden"> el archivo de la entrega { $id }</span>
organize-entries-rerun = Volver a puntuar<span class="visually-hidden"> la entrega { $id }</span>
organize-entries-cancel = Cancelar<span class="visually-hidden"> la entrega { $id }</span>
organize-entries-reason-label = Motivo para descalificar la entrega { $id }
organize-entries-reason-placeholder = Motivo que leerá el equipo
organize-entries-disqualify = Descalificar
organize-entries-pages = Páginas de entregas
organize-entries-previous = 50 entregas anteriores
organize-entries-next = 50 entregas siguientes
organize-entries-none-match = Ninguna entrega coincide con estos filtros. <a href="{ $clear_url }">Mostrar todas las entregas</a>.
organize-entries-none = Todavía no hay entregas.

## pages/organize/home.html.tera
organize-home-breadcrumb = Ruta de navegación
organize-home-breadcrumb-challenges = Desafíos
organize-home-breadcrumb-manage = Administrar
organize-home-heading = Desafíos que usted administra
organize-home-admin = Como administrador del sitio, usted ve todos los desafíos. Las cuentas están en la página de <a href="/admin">administración del sitio</a>.
organize-home-create = Crear un desafío
organize-home-draft = <strong>Borrador: todavía no se publicó.</strong> Solo lo ven sus organizadores y los administradores del sitio. <a href="{ $review_url }">Continuar: revisar y publicar<span class="visually-hidden"> ({ $title })</span></a>
organize-home-dates = Abre el { $opens }; cierra el { $closes }.
organize-home-attention-heading = Requiere su atención
organize-home-attention-none = Nada por ahora.
organize-home-tools-heading = Páginas para organizadores
organize-home-none-can-create = Todavía no organiza ningún desafío. Cree uno con el botón de arriba, o espere a que un administrador del sitio u otro organizador le invite a organizar uno: aparecerá aquí.
organize-home-none = Todavía no organiza ningún desafío. Espere a que un administrador del sitio u otro organizador le invite a organizar uno: aparecerá aquí.

## pages/organize/ideas.html.tera
organize-ideas-breadcrumb = Ruta de navegación
organize-ideas-breadcrumb-challenges = Desafíos
organize-ideas-breadcrumb-all = Todas las ideas
organize-ideas-heading = Ideas enviadas a “{ $track }”
organize-ideas-assisted-link = Registrar una idea en nombre de un residente
organize-ideas-judging-link = Evaluación del jurado
organize-ideas-caption = Todas las ideas, de la más antigua a la más reciente
organize-ideas-col-idea = Idea
organize-ideas-col-from = De
organize-ideas-col-status = Estado
organize-ideas-col-sent = Enviada
organize-ideas-col-confirmation = Confirmación del residente
organize-ideas-col-paper = Formulario en papel (solo organizadores)
organize-ideas-waiting = En espera.
organize-ideas-attest = Se la leí a la persona por teléfono
organize-ideas-correct = Corregirla
organize-ideas-resend = Enviarle un nuevo enlace por correo
organize-ideas-open-scan = Abrir el escaneo<span class="visually-hidden"> de { $title }</span>
organize-ideas-scan-replace = Reemplazar el escaneo (PDF o imagen)<span class="visually-hidden"> de { $title }</span>
organize-ideas-scan-add = Un escaneo o una foto del formulario (PDF o imagen)<span class="visually-hidden"> de { $title }</span>
organize-ideas-attach = Adjuntar<span class="visually-hidden"> el escaneo de { $title }</span>
organize-ideas-none = Todavía no hay ideas.

## pages/organize/import.html.tera
organize-import-breadcrumb = Ruta de navegación
organize-import-breadcrumb-admin = Administración del sitio
organize-import-heading = Importar el paquete de un desafío
organize-import-open-challenge = Abrir el desafío
organize-import-intro = Un paquete es una carpeta con un archivo <code>challenge.toml</code>, la descripción del desafío, los datos públicos y las respuestas ocultas, comprimida en un solo archivo .zip. Los organizadores pueden descargar uno con la opción "Descargar el desafío como paquete" en la página de administración de su desafío. El comando <code>plaza export</code> crea la misma carpeta.
organize-import-update = Si el desafío del paquete ya existe en este sitio (con el mismo <code>slug</code>), el paquete lo actualiza. Si no, crea un desafío nuevo. Plaza revisa primero todos los archivos: si algo está mal, no se importa nada y se muestra cada problema con su archivo, línea y campo.
organize-import-file-label = El paquete (un archivo .zip)
organize-import-file-hint = Hasta { $megabytes } MB. El archivo zip puede tener los archivos del paquete directamente o dentro de una carpeta.
organize-import-submit = Revisar e importar
organize-import-check = Solo revisarlo

## pages/organize/invitation.html.tera
organize-invitation-heading = Su invitación
# $role es el rol en minúsculas: "organizer" o "judge".
organize-invitation-lead = Le invitaron a { $role ->
        [organizer] formar parte del equipo organizador
        [judge] ser miembro del jurado
       *[other] ser { $role }
    } de “{ $challenge }”. La invitación se envió a { $email }.
organize-invitation-accept = Aceptar

## pages/organize/judge.html.tera
organize-judge-breadcrumb = Ruta de navegación
organize-judge-breadcrumb-challenges = Desafíos
organize-judge-breadcrumb-judging = Evaluación de “{ $track }”
organize-judge-heading = Conflictos de interés de { $judge }
organize-judge-none-declared = No declaró ninguno
organize-judge-not-declared = { $judge } todavía no ha declarado ningún conflicto de interés.
organize-judge-lead-frozen = La evaluación ya abrió, así que los miembros del jurado ya no pueden cambiar su propia declaración. Cámbiela aquí cuando { $judge } se lo pida.
organize-judge-lead-open = Los miembros del jurado pueden cambiar su propia declaración hasta que abra la evaluación. Usted puede cambiarla por ellos aquí.
organize-judge-lead-effect = La declaración vale para todas las categorías de ideas del desafío. Las ideas de una categoría abierta con las que ahora tenga un conflicto pasan de inmediato a otros miembros del jurado. El cambio queda anotado en el registro de auditoría con su nombre.
organize-judge-organizations-label = Organizaciones donde { $judge } trabaja, es voluntario o da asesoría
organize-judge-organizations-hint = Una por línea.
organize-judge-people-label = Personas cercanas a { $judge } que podrían participar
organize-judge-people-hint = Un nombre por línea.
organize-judge-neighbourhoods-label = Barrios donde { $judge } vive o tiene propiedades
organize-judge-neighbourhoods-hint = Uno por línea. Deje un cuadro vacío si no corresponde.
organize-judge-save = Guardar la declaración de { $judge }
organize-judge-back = Volver al panel de evaluación

## pages/organize/judging.html.tera
organize-judging-breadcrumb = Ruta de navegación
organize-judging-breadcrumb-challenges = Desafíos
organize-judging-breadcrumb-judging = Evaluación
organize-judging-heading = Evaluación de “{ $track }”
organize-judging-lead-closed = { $entries ->
        [one] { $entries } idea evaluada
       *[other] { $entries } ideas evaluadas
    }; cada una tuvo { $judges ->
        [one] { $judges } miembro del jurado
       *[other] { $judges } miembros del jurado
    }.
organize-judging-lead = { $entries ->
        [one] { $entries } idea por evaluar
       *[other] { $entries } ideas por evaluar
    }; cada una tendrá { $judges ->
        [one] { $judges } miembro del jurado
       *[other] { $judges } miembros del jurado
    }.
organize-judging-all-ideas = Todas las ideas
organize-judging-invite-judges = Invitar a miembros del jurado
organize-judging-steps-heading = Abrir y cerrar la evaluación
organize-judging-short = <strong>{ $count ->
        [one] { $count } idea tiene
       *[other] { $count } ideas tienen
    } menos de { $judges ->
        [one] { $judges } miembro
       *[other] { $judges } miembros
    } del jurado</strong>, porque algunos miembros se apartaron o declararon un conflicto de interés, y no había otro miembro disponible: { $ideas }.
organize-judging-short-open = Invite a más miembros del jurado y luego presione “Asignar ideas nuevas”.
organize-judging-short-closed = Vuelva a abrir la evaluación e invite a más miembros del jurado para cubrir lo que falta, o decida con las revisiones que ya hay.
organize-judging-setup-intro = Al abrir la evaluación, cada idea recibe { $judges ->
        [one] { $judges } miembro del jurado
       *[other] { $judges } miembros del jurado distintos
    }. El trabajo se reparte de forma pareja. Nunca se da una idea a un miembro del jurado que declaró un conflicto de interés con ella, ni a quien la envió. Después, ya no se pueden cambiar la rúbrica ni el número de miembros del jurado por idea.
organize-judging-open = Abrir la evaluación
organize-judging-open-intro = Las ideas enviadas o confirmadas desde que abrió la evaluación, y los miembros del jurado que se unieron después, se asignan cuando presione este botón:
organize-judging-assign = Asignar ideas nuevas
organize-judging-close = Cerrar la evaluación
organize-judging-closed-intro = Las puntuaciones son definitivas. Puede volver a abrir la evaluación para que el jurado pueda cambiarlas.
organize-judging-reopen = Volver a abrir la evaluación
organize-judging-judges-heading = El jurado y su avance
organize-judging-judges-table = Tabla del jurado
organize-judging-judges-col-judge = Miembro del jurado
organize-judging-judges-col-conflicts = Conflictos declarados
organize-judging-judges-col-scored = Evaluadas
organize-judging-judges-col-recused = Se apartó de
organize-judging-judges-col-reminder = Recordatorio
organize-judging-judges-change = Cambiar<span class="visually-hidden"> la declaración de { $name }</span>
organize-judging-judges-progress = { $scored } de { $assigned }
organize-judging-judges-remind = Enviar un recordatorio a { $name }
organize-judging-judges-none-invited = Todavía ningún miembro del jurado ha aceptado una invitación ({ $invited ->
        [one] { $invited } invitación está pendiente
       *[other] { $invited } invitaciones están pendientes
    }). <a href="{ $challenge_url }/manage">Invite a miembros del jurado</a>. Ellos aceptan por correo y declaran sus conflictos de interés antes de ver cualquier idea.
organize-judging-judges-none = Todavía ningún miembro del jurado ha aceptado una invitación. <a href="{ $challenge_url }/manage">Invite a miembros del jurado</a>. Ellos aceptan por correo y declaran sus conflictos de interés antes de ver cualquier idea.
organize-judging-conflicts-heading = Nombres parecidos
organize-judging-conflicts-intro = Plaza considera iguales los nombres aunque se escriban de otra forma (mayúsculas, acentos, puntuación, ortografía británica o estadounidense, “Assn.” por “Association”, etc.). Así, un miembro del jurado nunca recibe una idea si sus participantes, su equipo o sus vínculos declarados coinciden con un nombre que ese miembro declaró. Los nombres que solo se parecen aparecen aquí para que usted decida. Mientras no decida, ese miembro del jurado no recibe ideas nuevas relacionadas con ese nombre, y no se puede asignar la evaluación.
organize-judging-conflicts-table = Tabla de nombres parecidos
organize-judging-conflicts-col-judge = Miembro del jurado
organize-judging-conflicts-col-declared = Lo que declaró
organize-judging-conflicts-col-idea = Idea
organize-judging-conflicts-col-idea-has = Lo que tiene la idea
organize-judging-conflicts-col-alike = Parecido
organize-judging-conflicts-col-decision = Decisión
organize-judging-conflicts-yes = Es un conflicto<span class="visually-hidden">: { $judge } y “{ $idea }”</span>
organize-judging-conflicts-no = No es un conflicto<span class="visually-hidden">: { $judge } y “{ $idea }”</span>
organize-judging-conflicts-none = No hay nombres esperando una decisión.
organize-judging-decided-heading = Ya decididos
organize-judging-decided-conflict = { $judge } declaró “{ $judge_text }”; “{ $idea }” tiene “{ $idea_text }”: es un conflicto.
organize-judging-decided-no-conflict = { $judge } declaró “{ $judge_text }”; “{ $idea }” tiene “{ $idea_text }”: no es un conflicto.
organize-judging-results-heading = Resultados
organize-judging-results-intro = La puntuación que cada miembro del jurado da a una idea es el promedio ponderado de las puntuaciones de la rúbrica (de 1 a 5).
organize-judging-results-raw = Se muestran las puntuaciones sin ajustar. <a href="{ $base_url }?view=normalized">Mostrar las puntuaciones normalizadas</a> (las puntuaciones de cada miembro del jurado convertidas en puntuaciones z, para que los miembros estrictos y los generosos cuenten igual).
organize-judging-results-normalized = Se muestran las puntuaciones normalizadas (puntuaciones z dentro de cada miembro del jurado). <a href="{ $base_url }">Mostrar las puntuaciones sin ajustar</a>.
organize-judging-results-flagged = { $min_reviews ->
        [1] Las ideas sin ninguna revisión
       *[other] Las ideas con menos de { $min_reviews } revisiones
    } se marcan y no reciben puesto. Los empates comparten el mismo puesto.
organize-judging-stale-none = Todas las revisiones corresponden a la versión actual de su idea.
organize-judging-stale-one = <strong>1 revisión corresponde a una versión anterior de su idea:</strong> la idea cambió después de que el miembro del jurado la puntuó. El miembro del jurado ve qué cambió y confirma o cambia sus puntuaciones.
organize-judging-stale-many = <strong>{ $count } revisiones corresponden a una versión anterior de su idea:</strong> las ideas cambiaron después de que el jurado las puntuó. Los miembros del jurado ven qué cambió y confirman o cambian sus puntuaciones.
organize-judging-results-table = Tabla de resultados
organize-judging-results-col-rank = Puesto
organize-judging-results-col-idea = Idea
organize-judging-results-col-mean = Promedio
organize-judging-results-col-spread = Dispersión (DE)
organize-judging-results-col-range = Rango
organize-judging-results-col-reviews = Revisiones
organize-judging-results-col-criterion = { $criterion } (promedio)
organize-judging-results-col-decision = Decisión
organize-judging-results-not-ranked = Sin puesto
organize-judging-results-too-few = (muy pocas: necesita { $needed })
organize-judging-agreement-heading = Cuánto coincide el jurado
organize-judging-agreement-hint = Alfa de Krippendorff por criterio: 1 es acuerdo total, 0 no es mejor que el azar, y menos de 0 significa que el jurado está más en desacuerdo de lo que se esperaría por azar (es común con pocas ideas o pocos miembros del jurado). Si el valor es bajo, hable con el jurado sobre qué significa el criterio antes de elegir a los ganadores.
organize-judging-audit-matches = Los resultados de arriba se vuelven a calcular, con exactitud, a partir del registro de auditoría ({ $events ->
        [one] { $events } registro
       *[other] { $events } registros
    }).
organize-judging-audit-mismatch = El registro de auditoría no coincide con las puntuaciones guardadas.
organize-judging-read-reviews = Leer todas las revisiones y sus comentarios
organize-judging-download-results = Descargar los resultados (CSV)
organize-judging-download-scores = Descargar las puntuaciones de cada miembro del jurado (CSV)
organize-judging-download-audit = Descargar el registro de auditoría (CSV)
organize-judging-results-none = Todavía no hay ideas para mostrar.
organize-judging-winners-heading = Elegir a los ganadores
organize-judging-winners-idea = Idea
organize-judging-winners-place = Lugar
organize-judging-winners-winner = Ganador
organize-judging-winners-runner-up = Segundo lugar
organize-judging-winners-none = Sin lugar (quitar una decisión)
organize-judging-winners-reason = Por qué (se publica junto a la idea)
organize-judging-winners-save = Guardar la decisión
organize-judging-publish-heading = Publicar los resultados
organize-judging-publish-done = Los resultados ya se publicaron. <a href="{ $challenge_url }/winners">Ver la página de ganadores</a>.
organize-judging-publish-not-closed = Podrá publicar los resultados cuando cierre el desafío ({ $closes }).
organize-judging-publish-intro = Al publicar, todos podrán ver la página de ganadores y las tablas finales. Cada participante recibirá por correo los comentarios del jurado sobre su idea, y las personas que siguen el desafío sabrán quién ganó. Esto no se puede deshacer. Primero, <a href="{ $base_url }/reviews">lea los comentarios del jurado</a>: puede evitar que un participante reciba alguno de ellos.
organize-judging-publish-button = Publicar los resultados
organize-judging-publish-hint = (en la página siguiente verá exactamente qué recibirá cada persona por correo, y podrá confirmar)
organize-judging-rubric-heading = Rúbrica
organize-judging-rubric-intro = El jurado puntúa cada criterio del 1 al 5. Puede cambiar la rúbrica hasta que abra la evaluación. Para quitar un criterio, deje su nombre vacío. Para agregar un criterio, complete el último, que está vacío.
organize-judging-rubric-criterion = Criterio { $number }: { $name }
organize-judging-rubric-new-criterion = Un criterio nuevo
organize-judging-rubric-name = Nombre
organize-judging-rubric-weight = Peso (de 1 a 100)
organize-judging-rubric-description = Qué mira el jurado
organize-judging-rubric-levels = Qué significa cada nivel (5 líneas, empezando por el nivel 1; opcional)
organize-judging-rubric-judges-per-idea = Miembros del jurado por idea
organize-judging-rubric-judges-per-idea-hint = Cuántos miembros distintos del jurado leen y puntúan cada idea (de 1 a 20). Cada idea necesita esa cantidad de miembros del jurado sin conflictos de interés.
organize-judging-rubric-min-reviews = Revisiones que necesita una idea para recibir un puesto
organize-judging-rubric-min-reviews-hint = Una idea con menos revisiones se marca y queda fuera de la clasificación (de 1 a 50).
organize-judging-rubric-save = Guardar la rúbrica

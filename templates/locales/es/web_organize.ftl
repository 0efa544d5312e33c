# Lo que escribe el código en Rust de las páginas de organización: avisos,
# rechazos y etiquetas (plaza-web/src/organize).

## plaza-web/src/organize/steps.rs
# Los pasos para crear un desafío en borrador, como los nombra la lista de pasos.
web-organize-steps-details = Detalles
web-organize-steps-datasets = Conjuntos de datos
web-organize-steps-tracks = Categorías
web-organize-steps-people = Personas
web-organize-steps-review = Revisar y publicar

## plaza-web/src/organize/outreach.rs
# Los tamaños de papel en que se imprimen los carteles.
web-organize-outreach-paper-a4 = A4 (210 x 297 mm)
web-organize-outreach-paper-letter = Carta de EE. UU. (8,5 x 11 pulgadas)

## plaza-web/src/organize/paper_scans.rs
# $error: la razón técnica por la que no se pudo leer lo que se subió.
web-organize-paper-scans-upload-unreadable = No se pudo leer lo que se subió: { $error }
web-organize-paper-scans-too-large = El escaneo pesa más de { $mb } MB, el máximo que aceptamos. Escanéelo de nuevo con menor resolución, o como PDF, y vuelva a adjuntarlo.
web-organize-paper-scans-choose-a-file = Elija el escaneo o la foto del formulario en papel que quiere adjuntar.
web-organize-paper-scans-wrong-kind = Aceptamos archivos PDF e imágenes (PNG, JPEG, GIF o WebP). Este archivo no es de ninguno de esos tipos, aunque su nombre diga otra cosa.

## plaza-web/src/organize/home.rs
# Enlaces después de cada cosa que requiere la atención de los organizadores.
web-organize-home-see-the-ideas = Ver las ideas
web-organize-home-see-judges-progress = Ver el avance del jurado
web-organize-home-pick-winners = Elegir a los ganadores
web-organize-home-publish-results = Publicar los resultados
web-organize-home-see-these-entries = Ver estas entregas
# Enlaces a las páginas de organización de un desafío; $track es el título de una categoría.
web-organize-home-organizers-and-judges = Organizadores y jurado
web-organize-home-judging-of = Evaluación: { $track }
web-organize-home-entries-of = Entregas: { $track }

## plaza-web/src/organize/bundles.rs
web-organize-bundles-too-large = El archivo zip pesa más de { $mb } MB. Para conjuntos de datos grandes, súbalos al sitio con `plaza import`.
web-organize-bundles-empty = El archivo está vacío. Elija el archivo .zip del paquete.
web-organize-bundles-no-file = No eligió ningún archivo. Elija el archivo .zip del paquete.
# Lo que hizo una importación: $slug es la dirección web del desafío, $outcome uno de los
# mensajes web-organize-bundles-outcome-... de abajo.
web-organize-bundles-outcome = { $slug }: { $outcome } ({ $datasets ->
        [one] { $datasets } conjunto de datos
       *[other] { $datasets } conjuntos de datos
    }, { $tracks ->
        [one] { $tracks } categoría
       *[other] { $tracks } categorías
    }, { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }).
web-organize-bundles-outcome-created = se creó
web-organize-bundles-outcome-updated = se actualizó
web-organize-bundles-outcome-unchanged = sin cambios (ya se había importado)
web-organize-bundles-outcome-would-create = es válido; se crearía
web-organize-bundles-outcome-would-update = es válido; actualizaría el desafío que ya existe
web-organize-bundles-problems = { $count ->
        [one] El paquete tiene { $count } problema, así que no se importó nada. Corríjalo y vuelva a subirlo.
       *[other] El paquete tiene { $count } problemas, así que no se importó nada. Corríjalos y vuelva a subirlo.
    }
# $reason: por qué el sitio rechazó el paquete, una oración completa.
web-organize-bundles-refused = No se importó nada: { $reason }
# $error: la razón técnica por la que no se pudo leer lo que se subió.
web-organize-bundles-upload-unreadable = No se pudo leer lo que se subió: { $error }

## plaza-web/src/organize/dataset_upload.rs
# $error: la razón técnica por la que no se pudo leer lo que se subió.
web-organize-dataset-upload-upload-unreadable = No se pudo leer lo que se subió: { $error }
web-organize-dataset-upload-change-note-too-long = La nota sobre el cambio tiene más de { $max } caracteres. Acórtela, por favor.
web-organize-dataset-upload-empty = El archivo está vacío. Elija el archivo CSV que tiene los datos.
web-organize-dataset-upload-no-file = No eligió ningún archivo. Elija el archivo CSV que tiene los datos.
web-organize-dataset-upload-too-large = El archivo pesa más de { $mb } MB (1 GiB), el máximo para un conjunto de datos. Divídalo en archivos más pequeños, o pida a un administrador del sitio que lo importe con `plaza import`.
web-organize-dataset-upload-hidden-file = Este archivo es igual a un archivo oculto de este desafío (respuestas o datos de entrada ocultos). Los archivos ocultos nunca se publican como conjuntos de datos.

## plaza-web/src/organize/create.rs
web-organize-create-not-allowed-title = Todavía no puede crear desafíos
web-organize-create-not-allowed-message = No tiene acceso a esta página. Para crear un desafío se necesita permiso. Pida a un administrador de este sitio Plaza que se lo dé: lo hace en la página de administración del sitio, con el correo electrónico con el que usted inicia sesión.
web-organize-create-back-to-manage = Volver a los desafíos que administra
web-organize-create-slug-missing = Escriba una dirección web, por ejemplo street-trees-2027.
# $reason: qué está mal en la dirección web escrita, en inglés por ahora
# ("'ab' must be 3 to 64 characters long (it has 2)").
web-organize-create-slug-invalid = La dirección web no es válida: { $reason }. Use de 3 a 64 letras minúsculas a-z, números y '-', por ejemplo street-trees-2027.
web-organize-create-email-invalid = Escriba el correo electrónico con el que la persona inicia sesión, por ejemplo nombre@example.org.

## plaza-web/src/organize/reviews.rs
# Un miembro del jurado cuya cuenta ya no existe; $id es el número de la cuenta.
web-organize-reviews-judge-number = Miembro del jurado { $id }
web-organize-reviews-already-sent = Los resultados ya se publicaron, así que la opinión ya se envió. No se cambió nada.
web-organize-reviews-reason-needed = Escriba por qué retiene esta opinión (máximo { $max } caracteres): la razón se guarda en el registro de auditoría.
web-organize-reviews-no-feedback = Esta evaluación no tiene ninguna opinión para quien participa, así que no hay nada que retener.

## plaza-web/src/organize/conflicts.rs
# El tipo de un nombre que se parece a un nombre detrás de una idea, antes del nombre.
web-organize-conflicts-kind-organization = organización
web-organize-conflicts-kind-person = persona
web-organize-conflicts-kind-neighbourhood = barrio
# La declaración de conflictos de un miembro del jurado, en el panel de evaluación.
web-organize-conflicts-not-yet = Todavía no
web-organize-conflicts-none-declared = No declaró ninguno
web-organize-conflicts-choose-decision = Elija si los nombres son un conflicto o no.
web-organize-conflicts-no-longer-waiting = Estos nombres ya no esperan una decisión (cambiaron las declaraciones, o alguien ya decidió). No se cambió nada.

## plaza-web/src/organize/publish.rs
web-organize-publish-already-published = Los resultados ya están publicados.
# $closes: un momento ("28 de febrero de 2027 a las 17:59, hora de Chicago").
web-organize-publish-not-closed = Los resultados se pueden publicar cuando cierre el desafío ({ $closes }).
web-organize-publish-judging-open = Cierre la evaluación de “{ $track }” antes de publicar los resultados.
web-organize-publish-not-published-title = No se publicaron los resultados
web-organize-publish-back = Volver

## plaza-web/src/organize/details.rs
# Los campos de los detalles de un desafío, en la lista de cambios.
web-organize-details-field-title = Título
web-organize-details-field-summary = Resumen
web-organize-details-field-host = Entidad organizadora
web-organize-details-field-contact = Contacto para preguntas
web-organize-details-field-description = Descripción del desafío
web-organize-details-field-time-zone = Zona horaria
web-organize-details-field-opens-at = Apertura
web-organize-details-field-closes-at = Cierre
web-organize-details-field-max-team-size = Máximo de miembros por equipo
web-organize-details-field-other = Otro

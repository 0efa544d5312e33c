# Lo que plaza-store escribe para las personas: rechazos, problemas de un
# paquete subido y las palabras que guarda en la base de datos para que otros
# las lean después (notas de auditoría, nombres por defecto), que se escriben
# en el idioma del sitio.

## crates/plaza-store/src/boards.rs
store-boards-search-too-long = Busque como máximo { $max } caracteres del nombre de un equipo.

## crates/plaza-store/src/bundle_export.rs
# $slug: la dirección web del desafío.
store-bundle-export-no-challenge = no existe el desafío '{ $slug }'

## crates/plaza-store/src/bundle_zip.rs
# $error: el motivo técnico, tal como lo da el lector de zip.
store-bundle-zip-not-a-zip = Este archivo no es un archivo zip que Plaza pueda leer ({ $error }). Suba la carpeta del paquete comprimida como archivo .zip.
store-bundle-zip-too-many-files = El zip contiene { $count } archivos; un paquete puede contener como máximo { $max }.
# $number: el lugar del archivo en el zip (1 para el primero).
store-bundle-zip-entry-unreadable = No se puede leer el archivo número { $number } del zip: { $error }
store-bundle-zip-name-unreadable = El archivo número { $number } del zip tiene un nombre que Plaza no puede leer: { $error }
# $name: la ruta del archivo dentro del zip.
store-bundle-zip-link = { $name }, dentro del zip, es un enlace; un paquete solo contiene archivos normales.
store-bundle-zip-outside = { $name }, dentro del zip, apunta fuera de la carpeta del paquete; un paquete solo contiene rutas simples, como data/train.csv.
store-bundle-zip-twice = { $name } aparece dos veces en el zip.
store-bundle-zip-cannot-unpack = No se puede descomprimir { $name } del zip: { $error }
# $size: un tamaño con su unidad ("1024 MB").
store-bundle-zip-file-too-large = Una vez descomprimido, { $name } pesa más de { $size }; un archivo de un paquete no puede pesar más que eso.
store-bundle-zip-too-large = Una vez descomprimido, el zip pesa más de { $size }; un paquete no puede contener más que eso.
# $manifest: el nombre de archivo challenge.toml.
store-bundle-zip-no-manifest = El zip no tiene { $manifest } en su nivel superior, ni dentro de una única carpeta en su nivel superior. ¿Es un paquete de desafío?

## crates/plaza-store/src/challenge_edits.rs
store-challenge-edits-no-challenge = No existe ese desafío.
store-challenge-edits-changed-meanwhile = Otra persona cambió estos datos mientras usted los editaba. Sus cambios no se guardaron: el formulario ahora muestra los de esa persona.
# Quién hizo un cambio, cuando su cuenta no tiene un nombre para mostrar; $id: el número de la cuenta.
store-challenge-edits-unnamed-account = cuenta { $id }

## crates/plaza-store/src/challenges.rs
# $id: el número pedido, demasiado grande para ser uno que Plaza use.
store-challenges-id-out-of-range = el identificador { $id } está fuera del rango permitido

## crates/plaza-store/src/dataset_files.rs
store-dataset-files-changed-meanwhile = Otra persona cambió este conjunto de datos mientras usted lo editaba. Sus cambios no se guardaron: el formulario ahora muestra los de esa persona.
store-dataset-files-has-entries = Ya hay personas que participan en este desafío, así que sus conjuntos de datos se mantienen: quienes participan pueden haber usado este. En su lugar, reemplace su archivo.
store-dataset-files-no-dataset = No existe ese conjunto de datos (puede que lo hayan quitado).
store-dataset-files-too-large = El archivo es demasiado grande.
store-dataset-files-too-many-rows = El archivo tiene demasiadas filas.
# Se guarda en la auditoría de un conjunto de datos (idioma del sitio): el
# archivo reemplazado, con su número de filas.
store-dataset-files-audit-file = { $file } ({ $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    })
# El archivo nuevo, su número de filas y la nota del equipo organizador sobre el cambio.
store-dataset-files-audit-new-file = { $file } ({ $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }): { $note }
# Se guarda en la auditoría: el valor del conjunto de datos después de quitarlo.
store-dataset-files-audit-removed = (eliminado)

## crates/plaza-store/src/drafts.rs
store-drafts-no-account = Ninguna cuenta usa { $email }. Pida a esa persona que inicie sesión en Plaza una vez con esta dirección y vuelva a intentarlo.
# $slug: la dirección web pedida.
store-drafts-address-taken = Otro desafío ya usa la dirección web “{ $slug }”. Elija otra.
store-drafts-no-challenge = No existe ese desafío.
store-drafts-published-already = Este desafío ya está publicado.
# Un problema de un archivo, que se muestra después de su nombre y dos puntos ("data/big.csv: pesa más de...").
store-drafts-file-too-large-to-check = pesa más de { $mb } MB, demasiado para revisarlo aquí: importe este desafío con `plaza import`
store-drafts-files-too-large-to-check = hace que los archivos del desafío pesen más de { $mb } MB en total, demasiado para revisarlos aquí: importe este desafío con `plaza import`

## crates/plaza-store/src/idea_versions.rs
# Se guarda en el registro de auditoría de la evaluación (idioma del sitio).
store-idea-versions-scores-stand = Las puntuaciones siguen valiendo para la versión { $version } de la idea

## crates/plaza-store/src/ideas.rs
store-ideas-too-many = Su equipo ya ingresó { $max } ideas en esta categoría, el máximo que aceptamos. Retire una para ingresar otra.

## crates/plaza-store/src/implementation.rs
store-implementation-no-status = Ese estado no está en la lista de este desafío.
store-implementation-too-many-statuses = La lista tiene { $count } estados, el máximo permitido: en su lugar, cambie el nombre de uno.
# $name: el nombre de estado escrito.
store-implementation-status-taken = “{ $name }” ya está en la lista.
store-implementation-choose-status = Elija un estado de la lista.
store-implementation-no-project = Ese proyecto no forma parte de este desafío.
store-implementation-nested-sub-project = Un subproyecto no puede tener subproyectos propios.
store-implementation-too-many-sub-projects = Este proyecto ya tiene todos los subproyectos que puede tener.
store-implementation-idea-has-project = Esta idea ya tiene un proyecto: ábralo para cambiarlo.
store-implementation-entry-has-project = Esta entrega ya tiene un proyecto: ábralo para cambiarlo.
store-implementation-too-many-milestones = Este proyecto ya tiene todas las etapas que puede tener.
store-implementation-no-milestone = Esa etapa no forma parte de este desafío.
store-implementation-no-update = Esa novedad no forma parte de este desafío.
store-implementation-no-message = Ese mensaje no forma parte de este desafío.
# La primera lista de estados de proyecto de un desafío, guardada en el idioma
# del sitio; el equipo organizador puede cambiarles el nombre.
store-implementation-status-not-started = Sin empezar
store-implementation-status-planning = En planificación
store-implementation-status-in-progress = En curso
store-implementation-status-almost-done = Casi terminado
store-implementation-status-done = Terminado

## crates/plaza-store/src/import.rs
# $folder: la ruta de una carpeta; $error: el motivo que da el sistema.
store-import-cannot-open-folder = no se puede abrir la carpeta del paquete { $folder }: { $error }
store-import-not-a-folder = { $folder } no es una carpeta
# Por qué no se puede leer un archivo de un paquete; se muestra después de su nombre y dos puntos.
store-import-outside-the-bundle = la ruta lleva fuera de la carpeta del paquete
store-import-not-a-regular-file = no es un archivo normal
store-import-file-too-large = pesa más de 1 GiB
# $path: la ruta del archivo dentro del paquete.
store-import-changed-meanwhile = { $path } cambió mientras se importaba; vuelva a intentarlo

## crates/plaza-store/src/judging.rs
store-judging-rubric-locked = La rúbrica no puede cambiar una vez que abrió la evaluación.
store-judging-already-open = La evaluación ya está abierta.
store-judging-not-open = La evaluación no está abierta.

## crates/plaza-store/src/judging_checks.rs
# Se guarda en el registro de auditoría de la evaluación (idioma del sitio).
# $declared: un nombre que declaró el miembro del jurado; $idea: el nombre
# detrás de la idea que se le parece.
store-judging-checks-decided = El miembro del jurado declaró '{ $declared }'; la idea tiene '{ $idea }'
# Una lista vacía en la nota de abajo.
store-judging-checks-none = ninguno
# Cada variable: nombres separados por "; ", o la palabra de store-judging-checks-none.
store-judging-checks-declaration-changed = El equipo organizador cambió la declaración. Organizaciones: { $organizations }. Personas: { $people }. Barrios: { $neighbourhoods }.
# $reason: el motivo que dio el equipo organizador para retener los comentarios.
store-judging-checks-released = Ya no se retienen los comentarios (se retenían por este motivo: { $reason })

## crates/plaza-store/src/submissions.rs
# Se guarda con la entrega para que la lea quien participa (idioma del sitio).
store-submissions-cancelled = Cancelada por el equipo organizador.
store-submissions-reason-required = se necesita un motivo de 1 a 1000 caracteres; quien participa lo leerá

## crates/plaza-store/src/team_invitations.rs
store-team-invitations-too-many = Ya se enviaron { $max } invitaciones a { $email } en las últimas 24 horas, el máximo que enviamos a una dirección. Vuelva a intentarlo mañana.

## crates/plaza-store/src/teams.rs
store-teams-already-in-team = Usted ya está en un equipo de este desafío. Primero salga de ese equipo para unirse a otro o crear uno nuevo.
store-teams-team-full = { $max ->
        [one] Este equipo está completo: en este desafío los equipos tienen como máximo { $max } integrante.
       *[other] Este equipo está completo: en este desafío los equipos tienen como máximo { $max } integrantes.
    }
store-teams-name-taken = Otro equipo de este desafío ya usa ese nombre, o un alias que se lee igual (no cuentan las mayúsculas ni los espacios). Elija otro nombre.
store-teams-alias-taken = Otro equipo de este desafío ya usa ese alias, o un nombre que se lee igual (no cuentan las mayúsculas ni los espacios). Elija otro alias.
store-teams-unknown-link = Este enlace de invitación al equipo no es válido. Pida uno nuevo al equipo.
store-teams-link-revoked = El equipo canceló esta invitación, así que ya no funciona. Pida una nueva al equipo.
store-teams-link-expired = Esta invitación venció: las invitaciones funcionan durante { $days } días. Pida una nueva al equipo.
store-teams-link-used = Esta invitación por correo ya se usó: cada una permite unirse a una sola persona. Pida una nueva al equipo.
store-teams-not-member = Usted no es integrante de este equipo.
store-teams-has-entries = Su equipo ya envió una entrega o una idea a este desafío, así que sus integrantes no cambian: nadie puede salir de un equipo que ya tiene entregas. Así, las entregas, sus puntuaciones y los límites diarios quedan con el equipo que las hizo.
# El alias de un equipo nuevo hasta que elija uno, guardado en el idioma del sitio; $id: el número del equipo.
store-teams-default-alias = Equipo { $id }
# Lo mismo cuando otro equipo ya tiene ese nombre; $n: 2, 3...
store-teams-default-alias-numbered = Equipo { $id }-{ $n }

## crates/plaza-store/src/track_edits.rs
# $slug: el nombre web de la categoría.
store-track-edits-web-name-taken = Otra categoría de este desafío ya tiene el nombre web '{ $slug }'. Elija otro.
store-track-edits-no-track = No existe esa categoría.
store-track-edits-changed-meanwhile = Otra persona cambió esta categoría mientras usted la editaba. Sus cambios no se guardaron: el formulario ahora muestra los de esa persona.
# $fields: los ajustes que cambiarían, de los cuatro de abajo, separados por ", ".
store-track-edits-locked = Esta categoría ya tiene entregas, así que ya no se puede cambiar lo siguiente: { $fields }. Las entregas se puntuaron así.
store-track-edits-locked-kind = tipo
store-track-edits-locked-metric = métrica
store-track-edits-locked-id-column = columna de id
store-track-edits-locked-target-column = columna objetivo
store-track-edits-judges-locked = La evaluación ya abrió, así que el número de miembros del jurado por idea ya no puede cambiar.
store-track-edits-has-entries = Esta categoría tiene entregas, así que no se puede quitar: se perdería el trabajo de quienes participan.
# Se guarda en la auditoría (idioma del sitio): una categoría agregada, su título
# y su tipo (`predictions`, `code` o `ideas`).
store-track-edits-audit-added = agregada: { $title } ({ $kind })
# Se guarda en la auditoría: el valor de una categoría después de quitarla.
store-track-edits-audit-removed = eliminada

## crates/plaza-store/src/users.rs
store-users-token-name-required = se necesita un nombre de token de 1 a 80 caracteres
store-users-email-taken = ya existe una cuenta con el correo { $email }

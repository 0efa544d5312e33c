# Avisos sobre la calidad de los datos (plaza-core/src/data_report.rs,
# plaza-store/src/data_reports.rs, las páginas públicas y de revisión, el correo).

## plaza-core/src/data_report.rs
data-report-status-waiting = En espera de revisión
data-report-status-confirmed = Confirmado
data-report-status-rejected = No confirmado
data-report-status-duplicate = Aviso repetido
# $row: el número de una fila; $column: el nombre de una columna.
data-report-place-cell = Fila { $row }, columna { $column }
data-report-place-row = Fila { $row }
data-report-place-column = Columna { $column }
data-report-place-file = Todo el archivo
data-report-problem-empty = Diga qué está mal.
data-report-credit-name-empty = Escriba el nombre para darle las gracias, o quite la marca de la casilla.
# $max: el máximo de caracteres; $count: cuántos se enviaron.
data-report-too-long = Esto puede tener como máximo { $max } caracteres; tiene { $count }. Acórtelo.
data-report-scope-missing = Elija de qué trata el problema: una fila, una columna o todo el archivo.
# $rows: cuántas filas tiene el archivo.
data-report-row-past-end = El archivo tiene { $rows } filas. Escriba un número de fila del 1 al { $rows }.
data-report-row-missing = Escriba el número de la fila, o busque la fila con el buscador de arriba.
data-report-column-missing = Elija la columna.
data-report-column-unknown = El archivo no tiene esa columna. Elija una de la lista.
data-report-reason-empty = Diga por qué no se confirma el aviso: la persona que lo envió lo leerá.
# $id: el número de un aviso; $place: en qué parte del archivo.
data-report-not-in-file = El aviso { $id } trata sobre { $place }, que ya no está en el archivo actual. Revise el aviso otra vez.

## plaza-store/src/data_reports.rs
data-report-no-such-report = Ese aviso no existe en este desafío.
data-report-already-published = Esta corrección ya está en una versión publicada del archivo, así que no puede cambiar.
data-report-correction-needs-cell = Solo un aviso sobre un valor (una fila y una columna) puede llevar una corrección.
data-report-duplicate-unknown = Escriba el número de otro aviso sobre el mismo archivo.
data-report-changed-meanwhile = El archivo o sus correcciones confirmadas cambiaron mientras usted miraba. Revise la lista otra vez y luego publique.
data-report-nothing-to-publish = No hay correcciones confirmadas para publicar en este archivo.

## Páginas: el formulario de aviso
# $name: el título del conjunto de datos.
data-report-form-title = Avisar de un error en { $name }
data-report-form-heading = Avisar de un error en “{ $name }”
data-report-form-crumb = Avisar de un error
data-report-form-lead = ¿Hay algo mal en estos datos? Díganoslo. Revisamos cada aviso. Si los datos están mal, los corregimos y publicamos una nueva versión del archivo.
data-report-see-all = Ver todos los avisos sobre este archivo y lo que hicimos
# $count: cuántos problemas tiene el formulario.
data-report-problems-heading = { $count ->
    [one] Hay un problema en su aviso
   *[other] Hay { $count } problemas en su aviso
}
data-report-find-heading = Buscar la fila
data-report-find-label = Buscar en el archivo
data-report-find-hint = Escriba una palabra o un número de la fila, como el nombre de una calle o un código.
data-report-find-button = Buscar
# $count: las filas encontradas; $query: lo que se buscó.
data-report-found = { $count ->
    [one] Una fila tiene “{ $query }”. Elíjala por su número.
   *[other] { $count } filas tienen “{ $query }”. Elija una por su número.
}
data-report-found-none = Ninguna fila tiene “{ $query }”. Pruebe con otra palabra.
data-report-row-heading = Fila
# $row: el número de una fila.
data-report-choose-row = Avisar de un error en la fila { $row }
data-report-send-heading = Díganos qué está mal
data-report-chosen = Esto dice ahora la fila { $row }:
data-report-scope-legend = ¿De qué trata el problema?
data-report-scope-row = Una fila (un lugar, una cosa)
data-report-scope-column = Una columna, en muchas filas
data-report-scope-file = Todo el archivo
data-report-row-label = Número de fila
# $rows: cuántas filas tiene el archivo, con separadores ("2,192").
data-report-row-hint = Solo si el problema está en una fila. El archivo tiene { $rows } filas.
data-report-column-label = ¿Qué columna está mal? (si lo sabe)
data-report-column-none = No lo sé
data-report-problem-label = ¿Qué está mal?
data-report-problem-hint = Por ejemplo: “Esta tienda cerró en 2023.”
data-report-should-be-label = ¿Qué debería decir? (si lo sabe)
data-report-how-known-label = ¿Cómo lo sabe? (opcional)
data-report-how-known-hint = Por ejemplo: “Paso por ahí todos los días.”
data-report-photo-label = Una foto (opcional)
# $mb: el tamaño máximo de la foto, en megabytes.
data-report-photo-hint = JPEG, PNG, GIF o WebP, de hasta { $mb } MB. Le quitamos los datos del lugar y de la cámara. Solo la ven usted y quienes revisan los avisos.
data-report-credit-label = Denme las gracias con mi nombre en la lista de correcciones
data-report-credit-name-label = El nombre para darle las gracias
data-report-send-button = Enviar el aviso
data-report-sign-in-why = Inicie sesión para enviar un aviso. Así le podremos decir qué hicimos con él.
data-report-sign-in = Inicie sesión para avisar de un error
data-report-upload-unreadable = No se pudo leer el formulario ({ $error }). Vuelva a intentarlo.
data-report-field-too-long = Un campo del formulario es demasiado largo.
data-report-photo-too-large = La foto pesa más de { $mb } MB. Elija una más pequeña.
data-report-photo-wrong-kind = La foto debe ser una imagen JPEG, PNG, GIF o WebP.
data-report-photo-not-kept = No se guardó la foto: elíjala otra vez al enviar el aviso.
# $count: los avisos permitidos en una hora.
data-report-too-many = Envió { $count } avisos en la última hora. Espere un rato antes de enviar otro.
data-report-search-too-many = Buscó en los datos { $count } veces en la última hora. Espere un rato antes de buscar otra vez.

## Páginas: los avisos sobre un conjunto de datos
data-reports-title = Avisos sobre { $name }
data-reports-heading = Avisos sobre “{ $name }”
data-reports-crumb = Avisos
data-reports-sent = Gracias. Su aviso se envió. Lo vamos a revisar y le diremos por correo qué hicimos.
data-reports-lead = La gente nos avisa cuando algo está mal en estos datos. Aquí está cada aviso y lo que hicimos con él.
data-reports-waiting = En espera de revisión
data-reports-checked = Revisados
data-reports-time = Tiempo normal para revisar un aviso
# $hours: un número de horas.
data-report-triage-hours = { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
}
data-report-triage-under-hour = Menos de una hora
data-report-triage-days = { $days ->
    [one] 1 día
   *[other] { $days } días
}
data-reports-changes-heading = Correcciones hechas
# $url: la guía de datos.
data-reports-changes-intro = Cada corrección entró en una nueva versión del archivo. Las versiones anteriores se pueden seguir descargando desde <a href="{ $url }">la guía de datos</a>.
# $version: el número de una versión.
data-reports-version = Versión { $version }
# $place: dónde; $before y $after: el valor antes y después.
data-reports-correction = { $place }: “{ $before }” ahora es “{ $after }”.
# $name: el nombre que eligió quien envió el aviso.
data-report-thanks = Gracias a { $name }.
data-reports-no-changes = Aún no se hizo ninguna corrección.
data-reports-counts-heading = Avisos por columna
data-reports-count = Avisos
data-reports-all-heading = Todos los avisos
# $id: el número de un aviso.
data-reports-number = Aviso { $id }
data-reports-sent-on = Enviado el { $date }
data-reports-yours = Usted lo envió
# $value: lo que debería decir, según quien envió el aviso.
data-reports-should-be = Debería decir: “{ $value }”
data-reports-not-read = Aún no revisamos este aviso.
data-reports-reason = Por qué no: { $reason }
data-reports-same-as = Igual que el aviso { $id }
data-reports-corrected-in = Se corrigió en la versión { $version } del archivo.
data-reports-correction-coming = Se cambiará a “{ $value }” en la próxima versión del archivo.
data-reports-your-photo = Ver su foto
data-reports-none = Nadie avisó todavía de un error en este archivo.

## Páginas: revisar los avisos (organizadores y organizaciones asociadas)
data-report-manage-title = Avisos sobre los datos de { $name }
data-report-manage-link = Avisos sobre los datos
data-report-manage-lead = Los residentes le avisan cuando algo está mal en los datos. Confirme un aviso cuando los datos estén mal, diga por qué cuando no lo estén, o márquelo como repetido. La persona que lo envió recibe un correo cada vez. Las correcciones confirmadas solo cambian el archivo cuando un organizador publica la próxima versión; las respuestas ocultas de las categorías nunca cambian aquí.
# $count: los avisos que nadie revisó todavía.
data-report-manage-waiting = { $count ->
    [0] No hay ningún aviso en espera.
    [one] Hay 1 aviso en espera.
   *[other] Hay { $count } avisos en espera.
}
data-report-manage-none = Nadie avisó todavía de un error en los datos de este desafío.
data-report-manage-guide = Guía de datos
data-report-manage-public = Lista pública de avisos
data-report-manage-go-to = Ir al aviso
# $name: quién lo envió; $date: cuándo.
data-report-manage-sent-by = Enviado por { $name } el { $date }
data-report-manage-credit = quiere que le den las gracias como “{ $name }”
data-report-manage-how-known = Cómo lo sabe: { $text }
data-report-manage-photo = Ver la foto
data-report-manage-row-now = La fila tal como está ahora
data-report-manage-correction-label = El valor que debería tener
# $value: el valor que tiene ahora el archivo.
data-report-manage-correction-hint = Ahora: “{ $value }”. Déjelo vacío para confirmar sin cambiar el archivo.
data-report-manage-correction-hint-missing = Déjelo vacío para confirmar sin cambiar el archivo.
data-report-manage-confirm = Confirmar
data-report-manage-reason-label = Por qué no se confirma (la persona que lo envió lo leerá)
data-report-manage-reject = No confirmar
data-report-manage-original-label = Es igual al aviso número
data-report-manage-duplicate = Marcar como repetido
data-report-manage-unknown-action = Elija confirmar, no confirmar o marcar como repetido.
# $count: las correcciones listas.
data-report-manage-ready = { $count ->
    [one] 1 corrección confirmada está lista para publicar
   *[other] { $count } correcciones confirmadas están listas para publicar
}
data-report-manage-report = Aviso
data-report-manage-place = Dónde
data-report-manage-now = Ahora
data-report-manage-after = Después
data-report-manage-note-label = Qué cambió (lo leen quienes siguen el desafío)
data-report-manage-note-hint = El archivo actual se podrá seguir descargando como versión anterior.
data-report-default-note = { $count ->
    [one] Una corrección que nos pidieron los residentes.
   *[other] { $count } correcciones que nos pidieron los residentes.
}
# $version: el número de la nueva versión.
data-report-manage-publish = Publicar la versión { $version } del archivo
data-report-manage-organizers-publish = Un organizador del desafío publica el archivo con los cambios.
data-report-manage-notice-confirmed = El aviso está confirmado. Quien lo envió recibió un correo.
data-report-manage-notice-rejected = El aviso quedó como no confirmado. Quien lo envió recibió el motivo por correo.
data-report-manage-notice-duplicate = El aviso quedó marcado como repetido. Quien lo envió recibió un correo.
data-report-manage-notice-published = La versión { $version } del archivo está publicada con sus correcciones. El archivo anterior se puede seguir descargando.

## El correo a un residente que envió un aviso
# $dataset_title: el título del conjunto de datos.
email-data-report-subject = Su aviso sobre “{ $dataset_title }”
email-data-report-hello = Hola, { $name }:
email-data-report-intro = Nos avisó de un problema en “{ $dataset_title }” ({ $challenge_title }), en { $place }:
email-data-report-confirmed = Lo revisamos: tiene razón. ¡Gracias!
email-data-report-rejected = Lo revisamos y creemos que los datos no están mal. Este es el motivo:
email-data-report-duplicate = Otra persona ya nos avisó de este problema, así que lo seguimos en ese aviso. ¡Gracias!
# $version: el número de la nueva versión.
email-data-report-published = Su corrección ya está en la versión { $version } del archivo. ¡Gracias por mejorar estos datos!
email-data-report-link = Vea todos los avisos sobre este archivo:
email-data-report-button = Ver los avisos

## plaza-core/src/attention.rs: lo que "requiere atención" en el inicio del organizador
# $count: cuántos; $shown: lo mismo, con separadores ("1,204").
data-report-attention-waiting = { $count ->
    [one] 1 aviso sobre los datos espera revisión.
   *[other] { $shown } avisos sobre los datos esperan revisión.
}
data-report-attention-ready = { $count ->
    [one] 1 corrección confirmada de los datos está lista para publicar.
   *[other] { $shown } correcciones confirmadas de los datos están listas para publicar.
}

## La guía de datos
data-guide-wrong-heading = ¿Hay algo mal en estos datos?
data-guide-wrong-text = Avísenos si una fila, una columna o todo el archivo está mal. Revisamos cada aviso y luego publicamos el archivo con los cambios. También puede elegir el número de una fila en la tabla de más abajo.
data-guide-no-reports = Nadie avisó de un error todavía. Vea cómo funcionan los avisos.
# $count: los avisos; $waiting: los que esperan revisión; $corrections: las correcciones hechas.
data-guide-reports = { $count ->
    [one] 1 aviso
   *[other] { $count } avisos
} hasta ahora: { $waiting } en espera, { $corrections ->
    [one] 1 corrección hecha
   *[other] { $corrections } correcciones hechas
}. Véalos todos.

## Organizaciones asociadas (plaza-core/src/partner.rs, la página de personas, la página del desafío)
partner-organization-empty = Escriba el nombre de la organización asociada: la página del desafío lo muestra a los residentes.
# $max: el máximo de caracteres.
partner-organization-too-long = El nombre de la organización puede tener como máximo { $max } caracteres.
partner-help-too-long = Cómo llegar a la organización puede tener como máximo { $max } caracteres.
partner-can-help = Le pueden ayudar a enviar una idea o a avisar de un error en los datos.
organize-people-organization-label = Nombre de la organización asociada (solo para una organización asociada)
organize-people-organization-hint = Se muestra en la página del desafío cuando acepte, por ejemplo “Biblioteca Central”.
organize-people-help-label = Dónde y cuándo pueden pedir ayuda los residentes (opcional)
organize-people-help-hint = Una dirección, un horario o un teléfono, por ejemplo “Calle Mayor 100, martes de 14 a 17 h”.
web-organize-assisted-entered-title = La idea está guardada
web-organize-assisted-entered-confirm = El residente recibe un correo con un enlace para revisar la idea y confirmarla. Hasta entonces queda en espera; los organizadores la ven en su lista.
web-organize-assisted-entered-attested = Usted se la leyó al residente, así que ya está enviada. Los organizadores la ven en su lista.
web-organize-assisted-enter-another = Guardar otra idea

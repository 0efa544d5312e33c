# Los problemas que se encuentran al revisar o importar el paquete de un
# desafío (challenge.toml y los archivos que nombra), tal como los lee el
# equipo organizador en la consola (plaza-core/src/bundle). Cada problema se
# muestra después del archivo, la línea y el campo a los que se refiere
# ("challenge.toml, línea 6: opens_at: es obligatorio"), así que la mayoría de
# los mensajes son el final de una oración y empiezan en minúscula.
# Los nombres entre comillas o escritos como `id_column`, `[[tracks]]`,
# `hidden/`, `Usage`, `Public`, `Private`, `true` son claves, archivos y
# valores del paquete: no se traducen.

## crates/plaza-core/src/bundle/problem.rs
# Dónde está un problema: $file es un archivo del paquete, $line un número de línea.
bundle-problem-file-line = { $file }, línea { $line }
# Por qué no se pudo leer un archivo.
bundle-problem-io-not-found = el archivo no existe
bundle-problem-io-permission-denied = no hay permiso para leerlo
bundle-problem-io-is-a-folder = es una carpeta, no un archivo

## crates/plaza-core/src/bundle/mod.rs
# Sobre el propio challenge.toml; $size y $max son tamaños en kilobytes.
bundle-mod-manifest-too-large = pesa { $size } KB; un manifiesto puede pesar como máximo { $max } KB
bundle-mod-manifest-not-utf8 = no es texto UTF-8 válido
# $reason: por qué no se pudo leer el archivo ("el archivo no existe").
bundle-mod-manifest-unreadable = no se puede leer: { $reason }

## crates/plaza-core/src/bundle/manifest.rs
# $error: la explicación del lector de TOML, en inglés.
bundle-manifest-not-toml = no es TOML válido: { $error }
bundle-manifest-closes-before-opens = debe ser posterior a opens_at
bundle-manifest-description-not-markdown = debe nombrar un archivo Markdown terminado en .md
bundle-manifest-no-tracks = se necesita al menos una tabla [[tracks]]
# $path: el archivo del conjunto de datos, dentro del paquete.
bundle-manifest-dataset-hidden = '{ $path }' está en la carpeta hidden/, así que no puede ser un conjunto de datos público (los archivos ocultos nunca se publican)
bundle-manifest-column-twice = la columna '{ $column }' está descrita dos veces
bundle-manifest-outreach-not-table = debe ser una tabla, escrita [outreach]

## crates/plaza-core/src/bundle/manifest/fields.rs
bundle-manifest-fields-unknown-key = clave desconocida
# $key: la clave conocida más parecida a la que se escribió.
bundle-manifest-fields-unknown-key-suggestion = clave desconocida (¿quiso decir '{ $key }'?)
bundle-manifest-fields-not-array-of-tables = debe ser una lista de tablas, escrita [[{ $key }]]
bundle-manifest-fields-not-table = debe ser una tabla
bundle-manifest-fields-required = es obligatorio
# $found: el tipo TOML del valor escrito (integer, float, boolean, datetime, array, table).
bundle-manifest-fields-not-string = debe ser un texto (string), no un valor de tipo { $found }
bundle-manifest-fields-empty = no puede estar vacío
# $len: cuántos caracteres tiene el texto; $max: el máximo permitido.
bundle-manifest-fields-too-long = tiene { $len } caracteres; el máximo permitido es { $max }
bundle-manifest-fields-not-hidden = '{ $path }' debe estar dentro de la carpeta hidden/ para que nunca se publique
# $value: el número escrito.
bundle-manifest-fields-out-of-range = { $value } está fuera del rango: use un número entero de { $min } a { $max }
bundle-manifest-fields-not-whole-number = debe ser un número entero de { $min } a { $max }
# $found: el tipo TOML del valor escrito (string, integer...).
bundle-manifest-fields-not-boolean = debe ser true o false, no un valor de tipo { $found }
bundle-manifest-fields-datetime-required = es obligatorio (una fecha y hora RFC 3339, como "2027-02-28T23:59:59Z")
# $found: el tipo TOML del valor escrito (integer, boolean...).
bundle-manifest-fields-not-datetime = debe ser una fecha y hora, como "2027-02-28T23:59:59Z", no un valor de tipo { $found }
bundle-manifest-fields-bad-datetime = '{ $value }' no es una fecha y hora RFC 3339 con zona horaria, como "2027-02-28T23:59:59Z"
# $known: los tipos de columna, como "integer, number, text".
bundle-manifest-fields-unknown-type = tipo desconocido '{ $value }' (se esperaba uno de estos: { $known })
# $key: la lista en la que está el slug ("datasets" o "tracks").
bundle-manifest-fields-duplicate-slug = '{ $slug }' ya lo usa otro elemento de { $key }; cada slug debe ser único
# Una ruta de archivo escrita en el manifiesto que no se permite; $path es esa ruta.
bundle-manifest-fields-path-empty = la ruta '{ $path }' está vacía
bundle-manifest-fields-path-not-relative = '{ $path }' debe ser una ruta relativa a la carpeta del paquete
bundle-manifest-fields-path-backslash = '{ $path }' debe usar '/' para separar carpetas
bundle-manifest-fields-path-outside = '{ $path }' debe quedar dentro de la carpeta del paquete (sin '..', '.' ni partes vacías)
bundle-manifest-fields-path-control-character = '{ $path }' contiene un carácter de control

## crates/plaza-core/src/bundle/manifest/tracks.rs
bundle-manifest-tracks-unknown-kind = tipo desconocido '{ $value }' (se esperaba predictions, code o ideas)
# Una clave que solo usan otros tipos de categoría; $kind es el tipo de esta categoría (predictions, code o ideas).
bundle-manifest-tracks-only-scored = solo se aplica a las categorías predictions y code, no a una categoría { $kind }
bundle-manifest-tracks-only-predictions = solo se aplica a las categorías predictions, no a una categoría { $kind }
bundle-manifest-tracks-only-code = solo se aplica a las categorías code, no a una categoría { $kind }
bundle-manifest-tracks-only-ideas = solo se aplica a las categorías ideas, no a una categoría { $kind }
bundle-manifest-tracks-same-columns = debe ser distinta de id_column
bundle-manifest-tracks-usage-reserved = 'Usage' está reservado para la columna Public/Private de los archivos de respuestas
bundle-manifest-tracks-no-cases = una categoría code necesita al menos una tabla [[tracks.cases]] con input y answers
bundle-manifest-tracks-limits-not-table = debe ser una tabla con time_ms, memory_mb y output_kb

## crates/plaza-core/src/bundle/manifest/rubric.rs
bundle-manifest-rubric-no-criteria = una categoría ideas necesita al menos una tabla [[tracks.criteria]] para su rúbrica
# $levels: cuántos niveles tiene un criterio.
bundle-manifest-rubric-levels-not-list = debe ser una lista de { $levels } descripciones, empezando por el nivel 1
# $found: cuántos elementos tiene la lista.
bundle-manifest-rubric-levels-not-text = { $found ->
        [one] debe ser una lista de exactamente { $levels } descripciones no vacías, empezando por el nivel 1 (tiene { $found } elemento)
       *[other] debe ser una lista de exactamente { $levels } descripciones no vacías, empezando por el nivel 1 (tiene { $found } elementos)
    }

## crates/plaza-core/src/bundle/manifest/questions.rs
# $found: cuántas preguntas tiene la categoría.
bundle-manifest-questions-too-many = se permiten como máximo { $max } preguntas (hay { $found })
bundle-manifest-questions-key-twice = la pregunta '{ $key }' aparece dos veces; las claves deben ser únicas dentro de una categoría
# $found: el primer carácter no permitido, entre comillas ('-').
bundle-manifest-questions-key-characters = '{ $key }' solo puede usar letras minúsculas a-z, dígitos y '_' (se encontró { $found })
# $reserved: las claves que todo formulario de entrega ya tiene, separadas por comas.
bundle-manifest-questions-key-reserved = '{ $key }' está reservada: todo formulario de entrega ya la pide; elija otra clave (reservadas: { $reserved })
# $known: los tipos de pregunta, como "short_text, long_text o url".
bundle-manifest-questions-unknown-kind = tipo desconocido '{ $value }' (use { $known })
# $kind: un tipo de pregunta (single_choice, multiple_choice).
bundle-manifest-questions-options-required = es obligatorio para una pregunta { $kind }: escriba de { $min } a { $max } opciones
# $kinds: los tipos de pregunta con opciones ("single_choice o multiple_choice"); $kind: el tipo de esta pregunta.
bundle-manifest-questions-options-not-allowed = solo se aplica a las preguntas { $kinds }, no a una pregunta { $kind }
bundle-manifest-questions-options-not-list = debe ser una lista de { $min } a { $max } opciones, como ["Norte", "Sur"]
# $found: cuántas opciones tiene la lista.
bundle-manifest-questions-options-count = debe tener de { $min } a { $max } opciones (hay { $found })
bundle-manifest-questions-option-twice = '{ $option }' aparece dos veces; las opciones deben ser únicas
# Una lista de nombres que termina con "o": $rest son todos los nombres menos el último, separados por comas.
bundle-manifest-questions-or-list = { $rest } o { $last }

## crates/plaza-core/src/bundle/files.rs
# $path: un archivo público; $hidden: un archivo oculto del paquete.
bundle-files-link-to-hidden = '{ $path }' es un enlace al archivo oculto '{ $hidden }'; un archivo público no puede llevar a hidden/
bundle-files-same-as-hidden = '{ $path }' tiene exactamente el mismo contenido que el archivo oculto '{ $hidden }'; lo publicaría
bundle-files-brief-too-large = pesa más de 1 MiB; mantenga la descripción breve y ponga enlaces a los documentos más largos
bundle-files-brief-not-utf8 = no es texto UTF-8 válido
# $reason: por qué no se pudo leer el archivo ("el archivo no existe").
bundle-files-unreadable = '{ $path }' no se puede leer: { $reason }
# $count: cuántos problemas más tiene el archivo (siempre más de 0).
bundle-files-more-problems = { $count ->
        [one] hay { $count } problema más como estos que no se muestra
       *[other] hay { $count } problemas más como estos que no se muestran
    }
bundle-files-csv-empty = está vacío; se espera un archivo CSV con una fila de encabezado
bundle-files-header-twice = la columna '{ $column }' aparece dos veces en el encabezado
# $reason: por qué el lector de CSV no pudo leer el archivo, a menudo en inglés.
bundle-files-csv-unreadable = no es un archivo CSV legible: { $reason }
bundle-files-csv-not-utf8 = no es texto UTF-8 válido
# $path: el archivo del conjunto de datos; $columns: las columnas que tiene, separadas por comas.
bundle-files-described-column-missing = la columna '{ $column }' está descrita, pero { $path } no tiene esa columna (sus columnas son: { $columns })
# Una celda que no corresponde al tipo de su columna: $type es la clave del tipo (integer), $label
# su descripción (número entero), $value la celda.
bundle-files-bad-cell = la columna '{ $column }' está declarada como { $type } ({ $label }), pero contiene '{ $value }'
# Lo mismo, cuando más filas tienen una celda incorrecta en esa columna: $more es cuántas más (siempre más de 0).
bundle-files-bad-cell-more = { $more ->
        [one] la columna '{ $column }' está declarada como { $type } ({ $label }), pero contiene '{ $value }' (y { $more } fila más así)
       *[other] la columna '{ $column }' está declarada como { $type } ({ $label }), pero contiene '{ $value }' (y { $more } filas más así)
    }
bundle-files-no-data-rows = tiene encabezado, pero ninguna fila de datos
# $id, $target, $usage: las columnas que necesita un archivo de respuestas; $missing: las que le
# faltan, entre comillas, separadas por comas; $columns: las columnas que tiene.
bundle-files-answers-columns-missing = un archivo de respuestas necesita las columnas '{ $id }', '{ $target }' y '{ $usage }'; columnas que faltan: { $missing } (sus columnas son: { $columns })
# $usage: el nombre de la columna (Usage); $value: lo que tiene la fila en ella.
bundle-files-bad-usage = { $usage } es '{ $value }'; debe ser Public o Private
# $column: la columna objetivo; $reason: qué tiene de malo su valor, uno de los
# mensajes bundle-files-target-* de abajo.
bundle-files-bad-target = el valor objetivo ('{ $column }') { $reason }
bundle-files-no-answer-rows = tiene encabezado, pero ninguna fila de respuestas
bundle-files-no-public-rows = no tiene filas Public; la tabla de posiciones pública necesita algunas filas marcadas como Public en la columna Usage
bundle-files-no-private-rows = no tiene filas Private; la clasificación final necesita algunas filas marcadas como Private en la columna Usage
# Qué tiene de malo un valor objetivo; $metric es la clave de la métrica (rmse, roc_auc).
bundle-files-target-empty = está vacío
bundle-files-target-not-binary = es '{ $value }'; { $metric } necesita 0 o 1
bundle-files-target-not-finite = es '{ $value }'; debe ser un número finito
bundle-files-target-negative = es { $value }; { $metric } necesita valores de 0 o más
bundle-files-target-not-a-number = es '{ $value }', que no es un número
# $id: la columna de id; $columns: las columnas que tiene el archivo.
bundle-files-case-input-no-id = el archivo de entrada de un caso necesita la columna de id '{ $id }' (sus columnas son: { $columns })
# Sobre el archivo de entrada de un caso: $answers es el archivo de respuestas del caso, $examples algunos ids, separados por comas.
bundle-files-case-ids-missing = { $count ->
        [one] le falta { $count } id que tiene { $answers }, por ejemplo { $examples }
       *[other] le faltan { $count } ids que tiene { $answers }, por ejemplo { $examples }
    }
bundle-files-case-ids-extra = { $count ->
        [one] tiene { $count } id que { $answers } no tiene, por ejemplo { $examples }
       *[other] tiene { $count } ids que { $answers } no tiene, por ejemplo { $examples }
    }
# $fields: cuántos campos tiene la fila; $header: cuántos tiene el encabezado.
bundle-files-field-count = { $fields ->
        [one] tiene { $fields } campo; el encabezado tiene { $header }
       *[other] tiene { $fields } campos; el encabezado tiene { $header }
    }
# $reason: por qué el lector de CSV no pudo leer la fila, a menudo en inglés.
bundle-files-row-unreadable = no se puede leer: { $reason }
# $column: la columna de id.
bundle-files-id-empty = el id ('{ $column }') está vacío
# $first: la línea en la que aparece el id por primera vez.
bundle-files-id-twice = el id { $id } aparece dos veces (la primera vez en la línea { $first })

# Lo que lee un participante (o el equipo organizador) cuando se revisa y se
# puntúa un archivo de predicciones, un archivo de respuestas, un archivo CSV
# subido o un programa WebAssembly: los problemas de un archivo, por qué no se
# puede calcular una métrica, por qué no se puede ejecutar un programa, y lo
# que el puntuador guarda como mensaje de una entrega (plaza-core/src/scoring,
# sniff.rs y metric.rs, plaza-sandbox, plaza-scorer).
# Muchos problemas se muestran después de su línea ("línea 3: el id ('id') está
# vacío"), así que son el final de una oración y empiezan en minúscula.
# Los nombres entre comillas o escritos como `código`, `Usage`, `Public`,
# `Private`, `true`/`false`, los nombres de las métricas (rmse, roc_auc) y las
# palabras de WebAssembly (`_start`, WASI) son claves, columnas y código: no se
# traducen.

## crates/plaza-core/src/scoring/input.rs
# Un problema de un archivo, en una línea: $problem es uno de los mensajes de abajo.
scoring-input-line = línea { $line }: { $problem }
# $max: la mayor cantidad de kilobytes que Plaza lee en una línea.
scoring-input-header-too-long = el encabezado ocupa más de { $max } KB, lo máximo que Plaza lee en una línea; cada línea debe tener un id y su predicción
scoring-input-line-too-long = la línea ocupa más de { $max } KB, lo máximo que Plaza lee en una línea; cada línea debe tener un id y su predicción
# $max: la mayor cantidad de columnas que Plaza lee en una línea.
scoring-input-header-too-wide = el encabezado tiene más de { $max } columnas, lo máximo que Plaza lee; deje las columnas del id y del objetivo y quite las demás
scoring-input-line-too-wide = la línea tiene más de { $max } columnas, lo máximo que Plaza lee; deje las columnas del id y del objetivo y quite las demás
# $columns: las columnas que necesita el archivo, entre comillas ("'id', 'y' y 'Usage'").
scoring-input-empty = el archivo está vacío; debe empezar con una línea de encabezado que nombre las columnas { $columns }
scoring-input-header-not-utf8 = no se puede leer el encabezado: no es texto UTF-8 válido; guarde el archivo como UTF-8
scoring-input-column-twice = la columna '{ $name }' aparece dos veces en el encabezado
# $columns: las columnas que necesita el archivo, entre comillas; $found: las columnas que tiene;
# $hint: nada, o una causa probable entre paréntesis (scoring-input-hint-*), que empieza con un espacio.
scoring-input-missing-columns = el encabezado debe tener las columnas { $columns }; se encontró: { $found }{ $hint }
# Una línea cuyos bytes no son UTF-8 (después de "línea 3: ").
scoring-input-not-utf8 = no es texto UTF-8 válido; guarde el archivo como UTF-8
# Se agrega a scoring-input-wrong-width cuando una línea tiene más campos que el encabezado.
scoring-input-comma-hint = (un valor que tiene una coma debe ir entre comillas dobles)
# $fields: los campos de la línea; $width: las columnas del encabezado;
# $hint: nada, o un espacio y scoring-input-comma-hint.
scoring-input-wrong-width = tiene { $fields ->
        [one] 1 campo
       *[other] { $fields } campos
    }, pero el encabezado tiene { $width }{ $hint }
# El final de una lista: $first son los elementos antes del último, separados por comas.
scoring-input-list-and = { $first } y { $last }
# Las primeras columnas de un encabezado que tiene muchas: $names son las que se muestran, $count todas.
scoring-input-found-more = { $names }, … ({ $count } columnas)
# $found: una columna del archivo; $name: la columna que debería ser.
scoring-input-hint-case = (los nombres de las columnas distinguen mayúsculas y minúsculas: '{ $found }' no es '{ $name }')
scoring-input-hint-separator = (las columnas deben ir separadas por comas; este encabezado parece usar { $separator ->
        [semicolons] punto y coma
        [tabs] tabulaciones
       *[bars] barras verticales
    })
# En archivos de respuestas y de predicciones. $column: la columna de id.
scoring-input-id-empty = el id ('{ $column }') está vacío
# $first: la línea en la que aparece el id por primera vez.
scoring-input-id-twice = el id { $id } aparece dos veces (la primera vez en la línea { $first })

## crates/plaza-core/src/scoring/answers.rs
# Un archivo de respuestas (las respuestas ocultas que sube el equipo organizador).
scoring-answers-too-many-rows = el archivo tiene más de { $max } filas de respuestas, lo máximo que Plaza lee
# $column: el nombre de la columna (Usage); $value: lo que tiene la fila en ella.
scoring-answers-bad-usage = { $column } es '{ $value }'; debe ser Public o Private
# $column: la columna objetivo; $problem: qué tiene de malo su valor, uno de
# los mensajes scoring-values-* ("está en blanco").
scoring-answers-bad-target = el valor objetivo ('{ $column }') { $problem }
scoring-answers-too-many-ids = el archivo tiene demasiadas filas de respuestas
scoring-answers-no-rows = el archivo tiene encabezado, pero ninguna fila de respuestas
# $usage: Public o Private; $column: Usage.
scoring-answers-no-usage-rows = no hay filas { $usage }; marque algunas filas como { $usage } en la columna { $column }

## crates/plaza-core/src/scoring/predictions.rs
# $max: la mayor cantidad de filas que se leen; $ids: cuántos ids hay que predecir.
scoring-predictions-too-many-rows = el archivo tiene más de { $max } filas, pero { $ids ->
        [one] solo hay 1 id
       *[other] solo hay { $ids } ids
    } para predecir; necesita exactamente una fila para cada uno
scoring-predictions-unknown-id = el id { $id } no es uno de los ids que hay que predecir
# $problem: qué tiene de malo la predicción, uno de los mensajes scoring-values-*.
scoring-predictions-bad-prediction = la predicción para el id { $id } { $problem }
# $ids: cuántos ids hay que predecir.
scoring-predictions-no-rows = el archivo tiene encabezado, pero ninguna predicción; necesita una fila para { $ids ->
        [one] el único id
       *[other] cada uno de los { $ids } ids
    }
# Faltan hasta tres ids: $examples los nombra a todos, separados por comas.
scoring-predictions-missing = { $count ->
        [one] falta 1 id
       *[other] faltan { $count } ids
    }: { $examples }
# Faltan más de tres ids: $examples nombra los tres primeros.
scoring-predictions-missing-some = faltan { $count } ids, por ejemplo: { $examples }

## crates/plaza-core/src/scoring/values.rs
# Lo que necesita una métrica, como $needs en scoring-errors-bad-value.
scoring-values-needs-label = una etiqueta que no esté vacía
scoring-values-needs-binary = 0 o 1 (o true/false)
scoring-values-needs-probability = una probabilidad entre 0 y 1
scoring-values-needs-number = un número finito
scoring-values-needs-non-negative = un número finito de 0 o más
# Qué tiene de malo un valor, después de "la predicción para el id 7" o de
# "el valor objetivo ('y')". $value: el valor; $metric: la clave de la métrica (rmse, roc_auc).
scoring-values-empty = está en blanco
scoring-values-not-a-number = es '{ $value }', que no es un número
# Se agrega a scoring-values-not-a-number cuando el valor tiene una coma decimal (0,5).
scoring-values-decimal-comma-hint = (use un punto para los decimales)
scoring-values-not-finite = es '{ $value }'; debe ser un número finito
scoring-values-not-binary = es '{ $value }'; { $metric } necesita 0 o 1 (o true/false)
scoring-values-not-probability = es { $value }; { $metric } necesita una probabilidad entre 0 y 1
scoring-values-negative = es { $value }; { $metric } necesita valores de 0 o más
# El valor encontrado, como $found en scoring-errors-bad-value, cuando está vacío.
scoring-values-an-empty-value = un valor vacío

## crates/plaza-core/src/scoring/errors.rs
# Después de los problemas de la lista: $count es cuántos más se encontraron.
scoring-errors-more = { $count ->
        [one] { "..." } y 1 problema más
       *[other] { "..." } y { $count } problemas más
    }
# Por qué no se puede calcular una métrica. $metric: la clave de la métrica (rmse, roc_auc);
# $rows: qué filas, public (las filas Public), private (las filas Private) o all (todas).
scoring-errors-length-mismatch = { $metric } recibió { $truth } valores verdaderos, pero { $predictions } predicciones
# $needed: la menor cantidad de filas que necesita la métrica; $found: las filas que hay.
scoring-errors-too-few-rows = { $metric } necesita al menos { $needed ->
        [one] 1 fila
       *[other] { $needed } filas
    }, pero hay { $found } entre { $rows ->
        [public] las filas Public
        [private] las filas Private
       *[all] las filas
    }
scoring-errors-one-class = { $metric } necesita las dos clases entre { $rows ->
        [public] las filas Public
        [private] las filas Private
       *[all] las filas
    }
# $needs: uno de los mensajes scoring-values-needs-*; $found: el valor encontrado, entre comillas.
scoring-errors-bad-value = { $metric } necesita { $needs }; se encontró { $found } entre { $rows ->
        [public] las filas Public
        [private] las filas Private
       *[all] las filas
    }

## crates/plaza-core/src/scoring/metrics/mod.rs
# Como $needs en scoring-errors-bad-value.
scoring-metrics-needs-finite-numbers = números finitos

## crates/plaza-core/src/scoring/spreadsheet.rs
scoring-spreadsheet-message = Este es un archivo de Excel. Guárdelo como CSV (en Excel: Archivo > Guardar como > CSV) y envíe ese archivo.

## crates/plaza-core/src/metric.rs
# Hacia dónde es mejor una puntuación, como lo dicen las páginas junto al nombre de la métrica.
scoring-metric-higher-is-better = más alto es mejor
scoring-metric-lower-is-better = más bajo es mejor
# $name: la métrica escrita; $closest: la métrica conocida a la que más se parece.
scoring-metric-unknown-did-you-mean = métrica desconocida '{ $name }' (¿quiso decir '{ $closest }'?)
# $known: la clave de cada métrica conocida, separadas por comas.
scoring-metric-unknown = métrica desconocida '{ $name }' (métricas conocidas: { $known })

## crates/plaza-core/src/sniff.rs
# El equipo organizador sube un conjunto de datos como archivo CSV.
scoring-sniff-spreadsheet = Este es un archivo de Excel. Guárdelo como CSV (en Excel: Archivo > Guardar como > CSV) y suba ese archivo.
scoring-sniff-zip = Este es un archivo zip, no un archivo CSV. Descomprímalo y suba el archivo CSV que tiene adentro.
scoring-sniff-no-rows = El archivo tiene nombres de columnas, pero ninguna fila de datos.
scoring-sniff-note-bom = El archivo empezaba con una marca de orden de bytes (como guarda Excel los archivos "CSV UTF-8"); se quitó.
scoring-sniff-note-latin1 = El archivo no estaba en UTF-8: se leyó como Latin-1 (Windows-1252), como lo guardan la mayoría de las hojas de cálculo en Europa occidental y en América, y se convirtió a UTF-8. Revise las letras con tilde en la vista previa.
scoring-sniff-empty = El archivo está vacío.
scoring-sniff-zero-bytes = Esto no parece un archivo de texto (tiene bytes nulos). Suba un archivo CSV.
# $error: por qué el lector de CSV no pudo leerla, a menudo en inglés.
scoring-sniff-header-unreadable = La primera línea no se puede leer como nombres de columnas: { $error }
# $column: la posición de la columna (1 es la primera).
scoring-sniff-column-without-name = La columna { $column } no tiene nombre en la primera línea. Cada columna necesita un nombre en la primera línea.
scoring-sniff-column-twice = Hay dos columnas llamadas '{ $name }'. Dé a cada columna su propio nombre en la primera línea.
# $column: la posición de la columna (1 es la primera); $max: la mayor cantidad de caracteres que puede tener un nombre.
scoring-sniff-column-name-too-long = El nombre de la columna { $column } tiene más de { $max } caracteres. Use un nombre más corto en la primera línea.
# $value: el primer valor de la primera línea.
scoring-sniff-no-header = La primera línea tiene valores (como '{ $value }'), no nombres de columnas. Agregue una primera línea que nombre cada columna.
# $error: por qué el lector de CSV no pudo leerla, a menudo en inglés.
scoring-sniff-line-unreadable = La línea { $line } no se puede leer: { $error }
# $fields: los campos de la línea; $columns: las columnas que nombra la primera línea;
# $delimiter: el carácter que separa las columnas.
scoring-sniff-wrong-width = La línea { $line } tiene { $fields ->
        [one] 1 campo
       *[other] { $fields } campos
    }, pero la primera línea nombra { $columns } columnas. Revise el separador ({ $delimiter ->
        [comma] una coma
        [semicolon] un punto y coma
        [tab] una tabulación
       *[bar] una barra vertical
    }) y las comillas de esa línea.
scoring-sniff-not-utf8-further-on = El archivo no está en UTF-8 después de su primer megabyte.
scoring-sniff-line-not-utf8 = La línea { $line } no es texto UTF-8, pero las anteriores sí. Guarde todo el archivo en una sola codificación (lo mejor es UTF-8) y vuelva a subirlo.

## crates/plaza-sandbox/src/bounds.rs
# Un participante sube un programa WebAssembly (un archivo .wasm).
# $found: cuántos tiene el módulo; $max: la mayor cantidad que compila Plaza (los dos
# escritos con separador de miles); $what: qué se cuenta.
scoring-bounds-too-many = El módulo tiene { $found } { $what ->
        [types] tipos
        [imports] importaciones
       *[functions] funciones
        [globals] variables globales
        [exports] exportaciones
        [function-references] referencias a funciones en sus tablas
        [data-segments] segmentos de datos
        [function-bodies] cuerpos de funciones
        [locals] variables locales en una sola función
    }; Plaza compila módulos con { $max } como máximo. Los programas reales son mucho más pequeños: revise que subió su programa compilado, en modo release.
# $reason: lo que encontró el lector de WebAssembly, en inglés.
scoring-bounds-malformed = El archivo no es un módulo WebAssembly válido: { $reason }
scoring-bounds-file-too-large = El archivo pesa { $mb } MB; Plaza compila módulos de { $max } MB como máximo. Compile su programa en modo release (y quite la información de depuración) para hacerlo más pequeño.
scoring-bounds-code-too-large = El módulo tiene { $mb } MB de código; Plaza compila módulos con { $max } MB como máximo. Compile su programa en modo release para hacerlo más pequeño.
scoring-bounds-function-too-large = Una función del módulo ocupa { $kb } KB; Plaza compila funciones de { $max } KB como máximo.

## crates/plaza-sandbox/src/program.rs
scoring-program-empty = El archivo está vacío.
scoring-program-not-wasm = El archivo no es un binario WebAssembly (no empieza con `\0asm`). Suba el archivo .wasm compilado, no el código fuente ni el formato de texto.
scoring-program-header-cut-short = El archivo está incompleto: termina dentro del encabezado de WebAssembly.
scoring-program-component = El archivo es un componente WebAssembly, no un módulo básico (core module). Compile para WASI preview 1 (por ejemplo, con `cargo build --target wasm32-wasip1`), no para wasm32-wasip2.
scoring-program-unknown-version = El archivo no es un módulo básico de WebAssembly 1.0 (su encabezado tiene una versión desconocida).
# $reason de los mensajes de abajo cuando el compilador no dio ninguno.
scoring-program-unknown-error = error desconocido
scoring-program-start-signature = La función `_start` del módulo no debe recibir parámetros ni devolver nada.
scoring-program-start-not-a-function = El módulo exporta `_start`, pero no es una función.
scoring-program-no-start = El módulo no tiene una función `_start`: compílelo como un comando WASI (un programa con `main`), no como una biblioteca ni como un reactor.
# $name: la función importada; $module: de dónde; $wasi: wasi_snapshot_preview1.
scoring-program-unknown-import = El módulo importa `{ $name }` de `{ $module }`, que Plaza no ofrece: solo está disponible WASI preview 1 (`{ $wasi }`).
scoring-program-import-not-a-function = El módulo importa `{ $name }` de `{ $wasi }` como algo que no es una función.
scoring-program-no-memory = El módulo llama a WASI, pero no exporta su memoria como `memory`.
# $reason: lo que dijo el lector o el compilador de WebAssembly, en inglés.
scoring-program-cut-short = El archivo está incompleto (¿se terminó de subir?): { $reason }
scoring-program-unsupported = El módulo usa funciones de WebAssembly que Plaza no puede ejecutar: { $reason }
scoring-program-cannot-link = El módulo no se puede enlazar con WASI preview 1: { $reason }

## crates/plaza-sandbox/src/run.rs
# Cómo terminó la ejecución de un programa, para el equipo organizador: $max es una
# cantidad de bytes (o de elementos de tabla), $ms un tiempo en milisegundos, $code un estado de salida.
scoring-run-stdout-limit = stdout superó el límite de { $max } bytes
scoring-run-stderr-limit = stderr superó el límite de { $max } bytes
scoring-run-exited = terminó con el estado { $code }
scoring-run-stopped-in-host-call = se detuvo mientras esperaba dentro de una llamada al sistema anfitrión
# $cause: cómo terminó la ejecución, scoring-run-exited o las palabras del propio entorno de ejecución (a menudo en inglés).
scoring-run-memory-limit = se alcanzó el límite de memoria de { $max } bytes; después: { $cause }
scoring-run-table-limit = se alcanzó el límite de tablas de { $max } elementos; después: { $cause }
scoring-run-time-limit = se alcanzó el límite de tiempo de { $ms } ms ({ $cause })
# $cause: las palabras del propio entorno de ejecución, en inglés.
scoring-run-too-many-handles = demasiados archivos o descriptores abiertos (como máximo { $max }): { $cause }

## crates/plaza-sandbox/src/lib.rs
scoring-sandbox-compile-too-slow = El módulo tardó más de { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    } en compilarse, lo máximo que permite Plaza. Compile su programa en modo release y quite el código que no usa.

## crates/plaza-scorer/src/pipeline.rs
# La salida de un programa en un caso oculto no es un archivo de predicciones válido.
# $case: el número del caso; $problems: cuántos problemas se encontraron;
# $id_column y $target_column: las columnas que debe tener la salida.
scoring-pipeline-refused-output = Caso { $case }: la salida de su programa no es un archivo de predicciones válido ({ $problems ->
        [one] se encontró 1 problema
       *[other] se encontraron { $problems } problemas
    }). Los detalles solo los ve el equipo organizador, porque podrían mostrar datos ocultos. Revise que su programa imprima una línea de encabezado con las columnas '{ $id_column }' y '{ $target_column }', y después una línea para cada fila de /data/input.csv con su id y una predicción válida.
# $problem: qué salió mal en ese caso, una oración completa.
scoring-pipeline-case = Caso { $case }: { $problem }
scoring-pipeline-case-refused-output = Lo que imprimió su programa no es un archivo de predicciones válido ({ $problems ->
        [one] 1 problema
       *[other] { $problems } problemas
    }); los detalles solo los ve el equipo organizador.

## crates/plaza-scorer/src/worker.rs
scoring-worker-platform-failure = Plaza no pudo puntuar esta entrega por un problema de nuestra parte, no de la suya. No cuenta para su límite diario; vuelva a enviarla más tarde. El equipo organizador puede ver qué falló.

## plaza-scorer/src/worker.rs: una línea del resumen diario del equipo organizador
# $file: el nombre del archivo; $entrant: quién lo envió; $track: el título de la categoría.
scoring-worker-digest-entry-failed = Plaza no pudo puntuar { $file }, una entrega de { $entrant } en { $track }, por un problema de Plaza.

# Los textos propios de un desafío en otros idiomas (plaza-core/src/content.rs,
# la página de traducciones de la consola y el aviso en las páginas públicas).

## plaza-core/src/content.rs
content-group-challenge = El desafío
# $name: el título del conjunto de datos.
content-group-dataset = Conjunto de datos “{ $name }”
# $name: el título de la categoría.
content-group-track = Categoría “{ $name }”
content-label-title = Título
content-label-summary = Resumen
content-label-brief = Presentación (Markdown)
content-label-description = Descripción
content-label-caveats = Advertencias (Markdown)
# $column: el nombre de la columna en el archivo.
content-label-column = Columna { $column }
# $key: la clave de la pregunta.
content-label-question = Pregunta “{ $key }”
content-label-question-help = Ayuda bajo la pregunta “{ $key }”
content-problem-unknown-key = “{ $key }” no es una parte de este desafío que se pueda traducir. Revise cómo está escrito, o quítelo si esa parte cambió de nombre o se eliminó.
content-problem-too-long = La traducción de “{ $key }” tiene más de { $max } caracteres.

## Páginas públicas
# $language: el nombre del idioma en que se escribió el desafío, en ese idioma ("English").
content-note-untranslated = Parte de lo que escribió el equipo organizador todavía no está traducido, por eso se muestra en { $language }.

## Las páginas de traducción de la consola (organize/translations.rs)
# $name: el título del desafío.
organize-translations-title = Traducciones de { $name }
organize-translations-heading = Traducciones
# $language: el idioma en que está escrito el desafío, en ese idioma.
organize-translations-lead = Este desafío está escrito en { $language }. Quienes leen el sitio en otro idioma ven en su idioma las partes que usted traduzca, y el resto tal como usted lo escribió, con un aviso que lo dice.
organize-translations-count = { $translated } de { $total } partes traducidas
organize-translations-none = Este sitio no tiene otros idiomas.
organize-translations-bundle = Un paquete de desafío también puede traer traducciones: un archivo por idioma, translations/<idioma>.toml, con las mismas partes.
# $language: el idioma al que se traduce; $name: el título del desafío.
organize-translation-title = { $language }: traducción de { $name }
organize-translation-heading = Traducción: { $language }
organize-translation-saved = La traducción ({ $language }) está guardada. Quienes leen el sitio en { $language } ya la ven.
organize-translation-problems-heading = { $count ->
    [one] 1 problema impidió guardar
   *[other] { $count } problemas impidieron guardar
}
organize-translation-lead = Debajo de cada parte está lo que usted escribió en { $written_in }. Escríbalo en { $language } en el recuadro. Deje un recuadro vacío para mostrar esa parte tal como está escrita.
organize-translation-original = Tal como está escrito en { $written_in }:
organize-translation-markdown = Aquí puede usar Markdown, como en el original.
organize-translation-save = Guardar la traducción ({ $language })
organize-details-translations-link = Traducir los textos del desafío a otros idiomas

## Traducciones en un paquete (plaza-core/src/bundle/mod.rs)
# $reason: lo que encontró mal el lector de TOML (en inglés).
content-problem-toml = Este archivo de traducciones no es TOML válido: { $reason }
content-problem-not-text = “{ $key }” debe ser un texto entre comillas.
content-problem-file-too-large = Este archivo de traducciones pesa más de { $max } MB.
content-problem-not-utf8 = Este archivo de traducciones no es texto UTF-8. Guárdelo como UTF-8.

## Más partes (plaza-core/src/content.rs)
content-label-host = Organiza
content-label-license = Licencia
content-label-source = Fuente
# $name: el nombre del criterio tal como está escrito.
content-label-criterion = Criterio de evaluación “{ $name }”
content-label-criterion-description = Qué significa “{ $name }”
# $level: de 1 (el más bajo) a 5 (el más alto).
content-label-criterion-level = “{ $name }”, nivel { $level }
# $key: la clave de la pregunta; $n: el número de la opción.
content-label-question-option = Opción { $n } de la pregunta “{ $key }”

# Historias de los datos (plaza-core/src/story.rs, plaza-store/src/stories.rs,
# la guía de datos, el formulario y la página de revisión).

## plaza-core/src/story.rs
story-status-waiting = Por leer
story-status-published = Publicada
story-status-declined = No publicada
story-title-empty = Ponga un título a su historia.
story-body-empty = Escriba su historia.
# $max: el máximo de caracteres; $count: cuántos se enviaron.
story-too-long = Esto puede tener como máximo { $max } caracteres; tiene { $count }. Acórtelo.
story-date-unreadable = Escriba la fecha como año-mes-día, por ejemplo 2024-06-30.
# $rows: cuántas filas tiene el archivo.
story-rows-unreadable = Escriba números de fila del 1 al { $rows }, con comas, por ejemplo 12, 40-45.
story-dates-backwards = La fecha final va antes de la fecha de inicio.
story-picture-alt = Diga en pocas palabras qué muestra la imagen, para quien no puede verla.
story-note-empty = Diga qué cambió: los lectores ven esta nota con la historia.
story-reason-empty = Diga por qué no se publica la historia: su autor lo leerá.
story-no-such-story = Esa historia no existe en este desafío.

## La guía de datos y el formulario
story-heading = Historias detrás de los datos
story-intro = Quien vive aquí sabe por qué los números son así. Lea sus historias o cuente la suya. Leemos cada historia antes de mostrarla.
story-none = Todavía no hay historias publicadas.
# $name: el autor; $organization: para quién escribe.
story-by-for = { $name }, por { $organization }
# $from y $to: fechas.
story-dates = del { $from } al { $to }
# $rows: números de fila.
story-rows = filas { $rows }
# $note: qué cambiamos.
story-edited = Corregimos un error pequeño: { $note }
# $link: la dirección de la historia.
story-cite = Para usar esta historia en una idea, copie su enlace: { $link }
story-yours-heading = Sus historias
story-declined-because = No publicada: { $reason }
story-tell = Contar una historia de estos datos
story-documentation = Descargar esta guía con sus correcciones e historias (Markdown)
story-sent = Gracias. Leeremos su historia antes de publicarla aquí.
story-form-title = Contar una historia de { $name }
story-form-heading = Contar una historia de “{ $name }”
story-form-lead = ¿Qué hay detrás de los números? Por ejemplo, por qué una calle tiene tantos árboles, o por qué un sensor marca cero los domingos. Leemos cada historia antes de publicarla.
story-problems-heading = { $count ->
    [one] Hay un problema con su historia
   *[other] Hay { $count } problemas con su historia
}
story-title-label = Título
story-body-label = Su historia
story-body-hint = Escríbala con sus palabras. No ponga nombres de otras personas ni datos privados.
story-place-label = ¿Dónde es? (opcional)
story-dates-legend = ¿Cuándo? (opcional)
story-date-from = Desde
story-date-to = Hasta
story-rows-label = ¿Qué filas del archivo? (opcional)
# $rows: cuántas filas tiene el archivo.
story-rows-hint = Números de fila, por ejemplo 12, 40-45. El archivo tiene { $rows } filas.
story-organization-label = ¿Escribe por un grupo o una asociación? Su nombre (opcional)
story-picture-label = Una imagen (opcional)
story-picture-hint = JPEG, PNG, GIF o WebP, hasta { $mb } MB. Le quitamos el lugar y los datos de la cámara.
story-picture-alt-label = Qué muestra la imagen (hace falta si hay imagen)
story-send = Enviar mi historia
story-sign-in = Entre para contar una historia
# $count: historias permitidas en una hora.
story-too-many = Envió { $count } historias en la última hora. Espere un poco antes de enviar otra.

## Revisión (organizadores y organizaciones asociadas)
story-manage-title = Historias sobre los datos de { $name }
story-manage-link = Historias sobre los datos
story-manage-lead = Residentes y grupos locales cuentan qué hay detrás de los números. Publique una historia, corrija un error pequeño (los lectores ven su nota) o no la publique, con un motivo que su autor lee.
story-manage-waiting = { $count ->
    [0] Ninguna historia espera.
    [one] 1 historia espera.
   *[other] { $count } historias esperan.
}
story-manage-go-to = Ir a la historia
story-manage-picture = Ver la imagen
story-manage-publish = Publicar
story-manage-edit-summary = Corregir un error pequeño y publicar
story-manage-note-label = Qué cambió (se muestra con la historia)
story-manage-edit = Guardar y publicar
story-manage-reason-label = Por qué no se publica (su autor lo lee)
story-manage-decline = No publicar
story-manage-none = Nadie ha contado todavía una historia de los datos de este desafío.
story-manage-unknown-action = Elija publicar, corregir o no publicar.
story-manage-notice-published = La historia está publicada en la guía de datos.
story-manage-notice-edited = La historia está corregida y publicada, con su nota.
story-manage-notice-declined = La historia no se publica. Su autor puede leer por qué.
# $count: cuántas; $shown: lo mismo, escrito.
story-attention = { $count ->
    [one] 1 historia sobre los datos espera su lectura.
   *[other] { $shown } historias sobre los datos esperan su lectura.
}

## La exportación de datos abiertos (plaza-web/src/public/open_data.rs)
open-data-link = Descargar los datos abiertos de este desafío: correcciones, historias, preguntas y votos (zip)
open-data-readme-intro = Lo que los residentes hicieron público sobre los datos de este desafío, para que cualquiera lo use. No se nombra a nadie que avisó, preguntó o votó, salvo a quien pidió que se le agradeciera una corrección.
open-data-readme-datasets = cada conjunto de datos: su archivo, filas, huella SHA-256, licencia, fuente y dónde descargarlo.
open-data-readme-documentation = la guía de un conjunto de datos: su diccionario de datos, advertencias, correcciones e historias.
open-data-readme-corrections = cada corrección publicada en una nueva versión de un archivo, con el valor de antes y el de después.
open-data-readme-stories = cada historia publicada detrás de los datos.
open-data-readme-questions = cada pregunta publicada, con la respuesta de los organizadores.
open-data-readme-peoples-choice = la cuenta de un voto del público ya cerrado, de más a menos votos. Es aparte del orden del jurado.
open-data-readme-licence = Cada conjunto de datos mantiene su propia licencia (en datasets.csv). Las historias, preguntas y correcciones las escribieron residentes y organizadores para este desafío.

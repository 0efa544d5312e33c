# Las palabras propias de Plaza que no están en una sola página: el nombre
# del idioma y lo que escribe el código en Rust (etiquetas, fechas, avisos).
# Las páginas y los correos tienen sus propios archivos, por área.

## El selector de idioma muestra cada idioma en su propio idioma.
language-name = Español

## Solo para las pruebas del sistema de mensajes.
test-greeting = Hola, { $name }
test-strong = <strong>{ $name }</strong> está aquí
test-count = { $count ->
    [one] { $count } entrega
   *[other] { $count } entregas
}

## Todos los correos: el pie, y la última línea del correo que se puede dejar de recibir.
email-footer = Recibe este correo porque esta dirección se dio en { $site_name }.
email-stop-line = Para dejar de recibir estos correos, abra { $url }
# El nombre en "Hola, ..." para quien sigue un desafío solo por correo.
email-name-of-a-follower = vecina o vecino

## Fechas y horas. Un momento: "28 de febrero de 2027 a las 17:59, hora de Chicago".
date = { $day } de { $month } de { $year }
moment = { $date } a las { $time }, { $zone }
moment-time-only = { $time }, { $zone }
zone-time = hora de { $place }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
in-days = { $count ->
    [one] en 1 día
   *[other] en { $count } días
}
in-hours = { $count ->
    [one] en 1 hora
   *[other] en { $count } horas
}
in-minutes = { $count ->
    [one] en 1 minuto
   *[other] en { $count } minutos
}

## En qué etapa está un desafío.
challenge-status-upcoming = Abre pronto
challenge-status-open = Abierto
challenge-status-closed = Cerrado
challenge-status-results_published = Resultados publicados
timeline-opens = Abre { $when }, el { $moment }.
timeline-closes = Cierra { $when }, el { $moment }.
timeline-closed = Cerró el { $moment }. Todavía no hay resultados.
timeline-results = Cerró el { $moment }. Ya hay resultados.

## Títulos de las páginas.
title-carrying-out-the-winning-ideas = Cómo se llevan a cabo las ideas ganadoras: { $name }
title-challenges-you-manage = Desafíos que usted administra
title-check-your-email = Revise su correo
title-civic-data-challenges = Desafíos de datos cívicos
title-confirm-your-idea = Confirme su idea – { $name }
title-conflicts-of-interest = Conflictos de interés de { $name }
title-create-a-challenge = Crear un desafío
title-create-your-account = Cree su cuenta
title-data-guide = { $name } – guía de datos
title-datasets-of = Conjuntos de datos de { $name }
title-describe = Describir { $name }
title-details-of = Datos generales de { $name }
title-entries = Entregas – { $name }
title-entry = Entrega { $name }
title-ideas = Ideas – { $name }
title-import-a-challenge-bundle = Importar un paquete de desafío
title-join = Unirse a { $name }
title-judging = Evaluación – { $name }
title-leaderboard = Tabla de posiciones – { $name }
title-paper-form = Formulario en papel: { $name }
title-people = Personas – { $name }
title-poster = Cartel: { $name }
title-poster-and-ways-in = Cartel y formas de participar: { $name }
title-project = Proyecto: { $name }
title-publish-the-results = Publicar los resultados – { $name }
title-review-and-publish = Revisar y publicar – { $name }
title-reviews = Revisiones – { $name }
title-sign-in = Iniciar sesión
title-sign-in-on-this-device = ¿Iniciar sesión en este dispositivo?
title-site-administration = Administración del sitio
title-stop-emails = Dejar de recibir correos
title-terms-of-use = Condiciones de uso
title-track = Categoría: { $name }
title-tracks-of = Categorías de { $name }
title-updates-and-answers = Novedades y respuestas: { $name }
title-what-happened-next = Qué pasó después: { $name }
title-winners = Ganadores – { $name }
title-your-account = Su cuenta
title-your-conflicts-of-interest = Sus conflictos de interés – { $name }
title-your-invitation = Su invitación
title-your-team = Su equipo – { $name }

## Etiquetas y explicaciones de los tipos de plaza-core.
verdict-ok-label = Puntuada
verdict-invalid_output-label = Predicciones no válidas
verdict-time_limit-label = Demasiado lenta
verdict-memory_limit-label = Usó demasiada memoria
verdict-output_limit-label = Escribió demasiado
verdict-runtime_error-label = Falló
verdict-compile_error-label = No es un programa que Plaza pueda ejecutar
verdict-ok-explanation = Su entrega tiene puntuación.
verdict-invalid_output-explanation = No pudimos puntuar sus predicciones. El archivo debe tener una fila de encabezado con las columnas del id y del objetivo, y una sola predicción válida para cada id. Abajo están los primeros problemas.
verdict-time_limit-explanation = Su programa no terminó dentro del tiempo límite de esta categoría. Hágalo más rápido, o revise que no espere datos que nunca llegan.
verdict-memory_limit-explanation = Su programa pidió más memoria de la que permite esta categoría. Cargue menos datos a la vez, o use estructuras de datos más pequeñas.
verdict-output_limit-explanation = Su programa escribió más de lo que permite esta categoría. Escriba solo el CSV de predicciones en la salida estándar, y use mensajes de depuración cortos.
verdict-runtime_error-explanation = Su programa se detuvo con un error (falló o terminó con un estado distinto de cero). Pruébelo primero con los datos públicos.
verdict-compile_error-explanation = El archivo no es un módulo WebAssembly que use WASI preview 1 (con una función _start). Compílelo, por ejemplo, con `cargo build --target wasm32-wasip1` o `clang --target=wasm32-wasi`.
entry-status-queued-label = Esperando su puntuación
entry-status-running-label = Se está puntuando
entry-status-scored-label = Puntuada
entry-status-failed-label = No se pudo puntuar
entry-status-cancelled-label = Cancelada
idea-status-draft-label = Borrador (todavía no se envió)
idea-status-submitted-label = Enviada
idea-status-withdrawn-label = Retirada
track-kind-predictions-label = Predicciones
track-kind-code-label = Programa
track-kind-ideas-label = Ideas
track-kind-predictions-explanation = Suba un archivo CSV con su predicción para cada fila. Plaza lo compara con respuestas que mantiene ocultas.
track-kind-code-explanation = Suba un programa WebAssembly. Plaza lo ejecuta con datos ocultos en un entorno aislado y puntúa lo que escribe.
track-kind-ideas-explanation = Describa su idea con palabras sencillas. Un jurado lee cada entrega y la puntúa con la rúbrica de abajo.
metric-accuracy-label = Exactitud
metric-accuracy-explanation = La parte de las filas que usted acierta. Más alto es mejor; 1 es perfecto.
metric-balanced_accuracy-label = Exactitud equilibrada
metric-balanced_accuracy-explanation = La parte de las filas que usted acierta, promediada para que los resultados raros y los comunes cuenten igual. Más alto es mejor; 1 es perfecto.
metric-f1-label = Puntuación F1
metric-f1-explanation = Qué tan bien encuentra los casos de 'sí', entre los que detecta y las falsas alarmas. Más alto es mejor; 1 es perfecto.
metric-f1_macro-label = Puntuación F1 promedio (macro)
metric-f1_macro-explanation = La puntuación F1 calculada para cada respuesta posible y luego promediada, para que cada respuesta cuente igual. Más alto es mejor; 1 es perfecto.
metric-precision-label = Precisión
metric-precision-explanation = De las filas que usted marca como 'sí', la parte que de verdad lo es. Más alto es mejor; 1 es perfecto.
metric-recall-label = Exhaustividad
metric-recall-explanation = De las filas que de verdad son 'sí', la parte que usted detecta. Más alto es mejor; 1 es perfecto.
metric-roc_auc-label = ROC AUC
metric-roc_auc-explanation = Con qué frecuencia usted da a un 'sí' real una probabilidad más alta que a un 'no' real. Más alto es mejor; 1 es perfecto y 0.5 es adivinar.
metric-log_loss-label = Pérdida logarítmica
metric-log_loss-explanation = Qué tan cerca están sus probabilidades de lo que pasó; los errores muy seguros cuentan mucho. Más bajo es mejor; 0 es perfecto.
metric-rmse-label = Raíz del error cuadrático medio (RMSE)
metric-rmse-explanation = El tamaño típico de sus errores, en las unidades de la respuesta; los errores grandes cuentan más. Más bajo es mejor; 0 es perfecto.
metric-mae-label = Error absoluto medio (MAE)
metric-mae-explanation = El tamaño promedio de sus errores, en las unidades de la respuesta. Más bajo es mejor; 0 es perfecto.
metric-r2-label = R² (coeficiente de determinación)
metric-r2-explanation = Cuánto de la variación de la respuesta explican sus predicciones. Más alto es mejor; 1 es perfecto y 0 no es mejor que el promedio.
metric-rmsle-label = Raíz del error logarítmico cuadrático medio (RMSLE)
metric-rmsle-explanation = El tamaño típico de sus errores medido como proporción: equivocarse en un 10% cuenta igual para valores pequeños y grandes. Más bajo es mejor; 0 es perfecto.

## Páginas de error.
error-not-found = No encontramos esa página. Puede que se haya movido, o que la dirección tenga un error.
error-sign-in-required = Inicie sesión para continuar.
error-csrf = Este formulario venció o se envió desde otro sitio, así que no hicimos nada. Vuelva atrás, recargue la página e inténtelo de nuevo. Si sigue pasando, revise que su navegador acepte las cookies de este sitio.
error-forbidden = Usted no tiene acceso a esta página.
error-internal = Algo falló de nuestro lado. Inténtelo de nuevo en un minuto. Si sigue pasando, avise a los organizadores del desafío.
error-title-not-found = No encontramos la página
error-title-did-not-work = Eso no funcionó
error-title-sign-in = Inicie sesión
error-title-no-access = Sin acceso
error-title-went-wrong = Algo falló
error-title-form-expired = Este formulario venció
error-title-wait = Espere un momento
error-title-too-large = Ese archivo es demasiado grande
entry-status-disqualified-label = Descalificada
title-idea-judging = { $name } – evaluación

# Preguntas y respuestas de un desafío (plaza-core/src/qa.rs,
# plaza-store/src/questions.rs, las páginas públicas y del equipo organizador, el correo).

## plaza-core/src/qa.rs
qa-status-pending = En espera
qa-status-published = Publicada
qa-status-declined = No publicada
qa-question-empty = Escriba su pregunta.
# $max: el máximo de caracteres; $count: cuántos se enviaron.
qa-question-too-long = Una pregunta puede tener como máximo { $max } caracteres; esta tiene { $count }. Acórtela.
qa-answer-empty = Escriba la respuesta.
qa-answer-too-long = Una respuesta puede tener como máximo { $max } caracteres; esta tiene { $count }.
qa-reason-empty = Diga por qué no se publica la pregunta: la persona que la hizo lo leerá.
qa-reason-too-long = El motivo puede tener como máximo { $max } caracteres; este tiene { $count }.

## plaza-store/src/questions.rs
qa-no-such-question = Esa pregunta no existe en este desafío.
qa-pin-unpublished = Publique la pregunta antes de fijarla.

## Páginas: preguntas y respuestas públicas
# $name: el título del desafío.
qa-title = Preguntas sobre { $name }
qa-heading = Preguntas y respuestas
qa-lead = Pregunte lo que quiera saber de este desafío. Leemos cada pregunta antes de mostrarla aquí. Damos la respuesta en público, para que todos la lean.
qa-none = Todavía no hay preguntas respondidas aquí.
qa-asked = Preguntada el { $date }
qa-answered = La respuesta
qa-not-answered = Aún no hay respuesta.
qa-pinned = Fijada arriba
qa-ask-heading = Hacer una pregunta
qa-ask-label = Su pregunta
qa-ask-hint = No escriba datos privados: cuando se publique, todos podrán leerla. Como máximo { $max } caracteres.
qa-ask-button = Enviar la pregunta
qa-sign-in = Inicie sesión para hacer una pregunta
qa-yours-heading = Sus preguntas
qa-yours-declined = No se publicó. El motivo: { $reason }
qa-notice-asked = Gracias. Su pregunta está en espera. La verá aquí cuando la publiquen. Le mandaremos la respuesta por correo.
qa-too-many = Hizo { $count } preguntas en la última hora. Espere un rato antes de hacer otra.
qa-challenge-link = Preguntas y respuestas
qa-challenge-pinned-heading = Respuestas a preguntas frecuentes

## Páginas: preguntas para el equipo organizador
qa-manage-title = Preguntas sobre { $name }
qa-manage-lead = Las preguntas de los residentes esperan aquí hasta que usted las publique. Publique una pregunta para mostrarla, respóndala (responder también la publica y envía la respuesta por correo a quien preguntó y a quienes siguen el desafío), o rechácela con un motivo que leerá quien preguntó.
qa-manage-none = Nadie hizo preguntas todavía.
qa-manage-asked-by = Preguntada por { $name } el { $date }
qa-manage-status = Estado: { $status }
qa-manage-publish = Publicar sin respuesta
qa-manage-answer-label = Respuesta
qa-manage-answer-button = Publicar la respuesta
qa-manage-decline-label = Por qué no se publica
qa-manage-decline-button = Rechazar
qa-manage-pin = Fijar bajo la presentación
qa-manage-unpin = Dejar de fijar
qa-manage-notice-published = La pregunta está publicada.
qa-manage-notice-answered = La respuesta está publicada. { $emails ->
    [0] No se envió ningún correo.
    [one] Se está enviando 1 correo.
   *[other] Se están enviando { $emails } correos.
}
qa-manage-notice-declined = La pregunta fue rechazada. Quien preguntó verá su motivo.
qa-manage-notice-pinned = La pregunta está fijada bajo la presentación.
qa-manage-notice-unpinned = La pregunta ya no está fijada.
qa-manage-unknown-action = Elija qué hacer con la pregunta.
qa-manage-link = Preguntas de los residentes

## El correo
email-question-answered-subject = Una respuesta sobre { $challenge_title }
email-question-answered-hello = Hola, { $name }:
email-question-answered-intro-yours = El equipo organizador de “{ $challenge_title }” respondió su pregunta.
email-question-answered-intro = El equipo organizador de “{ $challenge_title }” respondió una pregunta sobre el desafío.
email-question-answered-question = La pregunta:
email-question-answered-answer = La respuesta:
email-question-answered-all = Lea todas las preguntas y respuestas:
email-question-answered-button = Leer todas las respuestas

## Requiere atención (plaza-core/src/attention.rs)
# $count: cuántas; $shown: lo mismo, con separadores.
qa-attention = { $count ->
    [one] 1 pregunta de los residentes lo espera.
   *[other] { $shown } preguntas de los residentes lo esperan.
}

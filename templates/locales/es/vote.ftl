# Voto del público (plaza-core/src/vote.rs, plaza-store/src/votes.rs, la
# página pública del voto y la página de los organizadores).

## plaza-core/src/vote.rs
# $votes: cuántos votos llegaron de una misma dirección en una hora.
vote-signal-shared-address = { $votes } votos llegaron desde la misma dirección de internet en una hora.
vote-signal-new-account = La cuenta se creó después de abrir el voto.
vote-idea-not-eligible = Solo las ideas enviadas (y confirmadas por su residente) pueden estar en la lista.
vote-too-few-ideas = Elija al menos dos ideas para el voto.
vote-void-reason-empty = Diga por qué se aparta este voto: queda en el registro del desafío.
# $max: el máximo de caracteres.
vote-void-reason-too-long = El motivo puede tener como máximo { $max } caracteres.

## plaza-store/src/votes.rs
vote-already-opened = Esta categoría ya tiene un voto. Un voto se abre una sola vez.
vote-none = Esta categoría no tiene voto.
vote-no-such-vote = Ese voto no existe en esta categoría.
vote-already-void = Este voto ya está apartado.

## La página pública del voto
# $track: el título de la categoría.
vote-title = Voto del público: { $track }
vote-heading = Voto del público: { $track }
vote-crumb = Voto del público
# $closes: cuándo cierra el voto.
vote-lead-open = ¿Qué idea le gusta más? Elija una. Puede cambiar su voto hasta el { $closes }. Mostramos la cuenta al cerrar el voto.
vote-apart = Este voto es aparte de las notas del jurado. No cambia el orden del jurado.
vote-legend = Elija la idea que más le gusta
vote-button = Votar por esta idea
vote-change-button = Cambiar mi voto
vote-you-voted = Ya votó. La idea que eligió está marcada. Puede cambiarla hasta que cierre el voto.
vote-sign-in = Entre para votar
vote-notice-voted = Gracias. Su voto cuenta.
vote-choose-an-idea = Elija una de las ideas de la lista.
vote-closed = El voto está cerrado. Su voto no se contó.
# $reason: por qué los organizadores apartaron el voto.
vote-set-aside = Los organizadores apartaron su voto: { $reason }
vote-too-many = Cambió su voto muchas veces en la última hora. Espere un poco, por favor.
# $closed: cuándo; $count: votos contados.
vote-lead-closed = El voto cerró el { $closed }. { $count ->
    [one] Se contó un voto.
   *[other] Se contaron { $count } votos.
}
vote-count = { $count ->
    [one] 1 voto
   *[other] { $count } votos
}

## La página de los organizadores
vote-manage-title = Voto del público para { $track }
vote-manage-heading = Voto del público para “{ $track }”
vote-manage-crumb = Voto del público
vote-manage-lead = Deje que el público vote por las ideas que pasaron su revisión: un voto por cuenta, que se puede cambiar hasta el cierre. Nadie, ni usted, ve la cuenta antes del cierre. El resultado se muestra aparte del orden del jurado.
vote-manage-ideas-legend = Ideas en la lista
vote-manage-ideas-hint = Desmarque las ideas que no pasaron su revisión. La lista no puede cambiar una vez abierto el voto.
vote-manage-closes-label = El voto cierra el
# $zone: la zona horaria del desafío.
vote-manage-closes-hint = Fecha y hora, { $zone }.
vote-manage-open = Abrir el voto
vote-manage-no-ideas = Aún no hay ideas enviadas y confirmadas en esta categoría, así que no hay nada que votar.
vote-closes-in-past = Elija una hora de cierre en el futuro.
vote-manage-unknown-action = Elija abrir o cerrar.
vote-manage-state = Estado
vote-manage-open-until = Abierto hasta el { $closes }
vote-manage-closed-on = Cerrado el { $closed }
vote-manage-votes = Votos
vote-manage-flagged = Votos con una señal de alerta
vote-manage-public = La página pública del voto
vote-manage-ballot-heading = En la lista
vote-manage-close = Cerrar el voto ahora
vote-manage-results-heading = Resultado
vote-manage-votes-heading = Votos y señales de alerta
vote-manage-votes-hint = Los votos con una señal de alerta van primero. Una señal no es una prueba: revise antes de apartar un voto. No se muestra qué idea eligió cada persona.
vote-manage-voted-on = Votó el { $date }
vote-manage-set-aside = Apartado: { $reason }
vote-manage-reason-label = Por qué apartar este voto (queda en el registro)
vote-manage-void = Apartar este voto
vote-manage-no-votes = Nadie ha votado todavía.
vote-manage-notice-opened = El voto está abierto. Comparta la página pública del voto.
vote-manage-notice-closed = El voto está cerrado. El resultado es público.
vote-manage-notice-void = El voto está apartado y ya no cuenta. El motivo está en el registro.
vote-manage-link = Voto del público
vote-track-link = Vote por la idea que más le gusta
vote-track-results-link = Ver el voto del público
# $title: la categoría; $count: votos; $shown: lo mismo, escrito.
vote-attention = { $count ->
    [one] 1 voto del voto del público de “{ $title }” tiene una señal de alerta.
   *[other] { $shown } votos del voto del público de “{ $title }” tienen una señal de alerta.
}

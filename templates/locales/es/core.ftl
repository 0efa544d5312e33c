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

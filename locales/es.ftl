### La interfaz de Close Reader en español (traducida de en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } y { $second }
list-more = { $first }, { $rest }
language-menu = Idioma
    .title = El idioma de los botones y mensajes de Close Reader (el artículo conserva el suyo)
language-unavailable = No se pudieron cargar los mensajes en { $language }; Close Reader sigue en el idioma que tenía.

# end of shared

## Start screen (src/components/start.rs, open_file.rs, arrival.rs, import_review.rs, progress_bar.rs)

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

# end of library

## Annotate screen (annotate.rs, top_bar.rs, label_toolbar.rs, label_editor.rs, article.rs, search_bar.rs, export_menu.rs)

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

state-read-only-open-elsewhere = Este documento está abierto para editar en otra pestaña, así que aquí es de solo lectura. Toma el control para editarlo aquí.
state-read-only-taken-over = Otra pestaña tomó el control de este documento, así que aquí es de solo lectura. Toma el control para volver a editarlo aquí, con los últimos cambios de esa pestaña.
state-read-only-refused = No se cambió nada: este documento es de solo lectura en esta pestaña. Toma el control para editarlo aquí.

state-relabel-failed = No se pudo cambiar la etiqueta: { $why }.
state-note-failed = No se pudo guardar la nota: { $why }.
state-add-failed = No se pudo añadir el fragmento: { $why }.
state-span-not-added = No se añadió el fragmento. { $why }
state-reply-blank = No se añadió la respuesta: el mensaje está vacío.
state-reply-too-long = { $count ->
    [one] No se añadió la respuesta: el mensaje tiene { $count } carácter y se permiten { $most } como máximo.
   *[other] No se añadió la respuesta: el mensaje tiene { $count } caracteres y se permiten { $most } como máximo.
}
state-reply-failed = No se añadió la respuesta: { $why }.

state-labels-not-changed-set = Etiquetas sin cambios: problema en el conjunto de etiquetas ({ $problem }).
state-labels-not-changed = Etiquetas sin cambios: { $why }.

state-linking-from-claim = Vinculando: haz clic en el resaltado de la fuente en la que se apoya la afirmación (o de un atenuador que la matice, o de la misma afirmación). Esc cancela.
state-linking-from-source = Vinculando: haz clic en el resaltado de la afirmación que respalda esta fuente. Esc cancela.
state-linking-from-hedge = Vinculando: haz clic en el resaltado de la afirmación que matiza este atenuador. Esc cancela.
state-linking = Vinculando: haz clic en el resaltado del fragmento con el que vincularlo. Esc cancela.
state-link-end = { $label } “{ $quote }”
state-link-end-unknown = “{ $id }”
state-linked-supported-by = Vinculado: { $from } se apoya en { $to }. Deshacer lo revierte.
state-linked-hedges = Vinculado: { $from } atenúa { $to }. Deshacer lo revierte.
state-linked-same-claim = Vinculado: { $from } es la misma afirmación que { $to }. Deshacer lo revierte.
state-linked-contradicts = Vinculado: { $from } contradice { $to }. Deshacer lo revierte.
state-not-linked-self = No vinculado: es el fragmento desde el que estás vinculando; haz clic en otro resaltado.
state-not-linked-already = No vinculado: estos dos ya están vinculados.
state-not-linked = No vinculado: { $why }.
state-unlinked = Vínculo eliminado. Deshacer lo restaura.
state-relation-supported-by = Respaldado por
state-relation-hedged-by = Atenuado por
state-relation-supports = Respalda
state-relation-hedges = Atenúa
state-relation-same-claim-as = Misma afirmación que
state-relation-contradicts = Contradice

state-beside-already-open = Ese es el artículo que ya está abierto: elige otro para ponerlo al lado.
state-beside-opened = “{ $title }” está al lado de este artículo. Para vincular una afirmación con la misma afirmación de allí, selecciónala, pulsa L y haz clic en esa afirmación (Shift+clic: la contradice).
state-linked-across-contradicts = Vinculado entre artículos: contradice “{ $quote }” en “{ $title }”.
state-linked-across-same-claim = Vinculado entre artículos: la misma afirmación que “{ $quote }” en “{ $title }”.
state-unlinked-across = Vínculo eliminado en ambos artículos. Deshacer lo restaura aquí.

state-no-suggestions-left = No quedan sugerencias: todas están aceptadas, rechazadas o ya marcadas.
state-not-accepted-gone = No aceptada: ya no se sugiere.
state-not-accepted-no-label = No aceptada: este artículo no tiene la etiqueta “{ $label }”.
state-not-accepted = No aceptada: { $why }.
state-accepted-all = { $count ->
    [one] Se aceptó { $count } sugerencia. Deshacer la revierte.
   *[other] Se aceptaron { $count } sugerencias. Deshacer las revierte todas.
}

state-import-nothing = No se añadió nada de “{ $file }”.
state-import-added = { $count ->
    [one] Se añadió { $count } anotación de “{ $file }”. Deshacer la revierte.
   *[other] Se añadieron { $count } anotaciones de “{ $file }”. Deshacer las revierte.
}
state-import-added-with-links = Se añadieron { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
} y { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
} de “{ $file }”. Deshacer los revierte.
state-import-failed = No se añadieron las anotaciones de “{ $file }”: { $why }. No se cambió nada.
state-import-no-article = “{ $file }” no se importó: no hay ningún artículo abierto. No se cambió nada.

state-thread-on-your-span = En tu fragmento
state-thread-on-key-you-missed = En un fragmento de la clave de corrección que no marcaste
state-thread-on-student-span = En el fragmento de { $student }
state-thread-on-key-student-missed = En un fragmento de la clave de corrección que { $student } no marcó
state-message-time-utc = { $day } { $time } UTC
state-comment-on-marked = “{ $quote }”, marcado por { $student }
state-comment-on-missed = “{ $quote }”, en la clave de corrección, no marcado por { $student }
state-teacher = Docente
state-comment-pick-first = Primero haz clic en un fragmento del estudiante o en un fragmento de la clave de corrección que no marcó.
state-choose-student-first = Primero elige un estudiante.
state-conversation-gone = Esa conversación ya no existe.
state-comment-blank = No se añadió el comentario: está vacío.
state-comment-too-long = { $count ->
    [one] No se añadió el comentario: tiene { $count } carácter y se permiten { $most } como máximo.
   *[other] No se añadió el comentario: tiene { $count } caracteres y se permiten { $most } como máximo.
}
state-comment-refused = No se añadió el comentario ({ $problem }).

state-own-annotations-file = este navegador
state-heat-title = { $label }: marcado por { $count } de { $total } — { $names }
state-consensus-title = { $label }: marcado por al menos { $count } de { $total }
state-verdict-matched = { $label }: coincide con la clave de corrección
state-verdict-partial = { $label }: coincide en parte con la clave de corrección ({ $percent } % de los puntos)
state-verdict-missed = { $label }: en la clave de corrección, no marcado
state-verdict-extra = { $label }: no está en la clave de corrección
state-verdict-key-span = { $label }: el fragmento de la clave de corrección

state-files = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}
state-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
state-size-kb = { $size } KB
state-size-mb = { $size } MB
state-size-gb = { $size } GB
state-kept-with-usage = Guardado en este navegador ({ $size }; este sitio usa { $used } de los { $quota } que permite el navegador).
state-kept = Guardado en este navegador ({ $size }).
state-not-kept = No guardado: { $why }. Los archivos siguen abiertos aquí hasta que salgas de esta página.
state-kept-unreadable = No se puede leer el conjunto de la clase guardado antes ({ $why }); los cambios no se guardan.
state-class-set-damaged = su registro está dañado ({ $error })
state-class-set-not-one = su registro no es un conjunto de la clase (“{ $format }”)
state-class-set-newer = lo guardó una versión más reciente de Close Reader (versión del registro { $version }); ábrelo allí
state-kept-copy-missing = guardado en este navegador, pero falta su copia guardada
state-kept-copy-changed = guardado en este navegador, pero su copia guardada ya no es el texto de este artículo
state-kept-copy-unreadable = guardado en este navegador, pero { $why }

state-grades-need-key = Primero elige una clave de corrección: las calificaciones se calculan con ella.
state-not-a-student = { $name } no está entre los estudiantes.
state-roster-bad-line = la línea { $number } (“{ $line }”) no tiene la forma “nombre, identificador”
state-rubric-not-saved = La rúbrica no se guardó: { $problem }.
state-criterion-name = Criterio { $number }
state-points = { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}
state-measure-recall = Exhaustividad de la etiqueta (solapamiento)
state-measure-f1-exact = F1 de la etiqueta, exacto
state-measure-f1-overlap = F1 de la etiqueta, solapamiento
state-measure-links = Vínculos de la clave encontrados
state-measure-notes = Notas en al menos N fragmentos
state-measure-by-hand = Asignado a mano
state-measure-recall-words = la proporción de fragmentos de “{ $label }” de la clave de corrección que encuentras
state-measure-f1-exact-words = el F1 de tus fragmentos de “{ $label }” frente a los de la clave de corrección (mismo inicio y mismo fin)
state-measure-f1-overlap-words = el F1 de tus fragmentos de “{ $label }” frente a los de la clave de corrección (con solapamiento)
state-measure-links-words = la proporción de vínculos de la clave de corrección que también haces
state-measure-links-kind-words = la proporción de vínculos “{ $kind ->
    [supported-by] respaldado por
    [hedges] atenúa
    [same-claim] misma afirmación
    [contradicts] contradice
   *[other] { $kind }
}” de la clave de corrección que también haces
state-measure-notes-words = { $count ->
    [one] notas en al menos { $count } fragmento
   *[other] notas en al menos { $count } fragmentos
}
state-measure-by-hand-words = asignado por tu docente
state-scale-points = Puntos
state-scale-percent = Porcentaje
state-scale-letters = Letras

# end of state

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

classroom-assign-title = Compartir como tarea
classroom-assign-hint = Los estudiantes reciben el artículo y sus etiquetas, sin tus anotaciones. Su nombre queda escrito en el archivo que entregan.
classroom-assign-instructions = Instrucciones (se muestran encima del artículo)
    .placeholder = Marca cada afirmación y la fuente que la respalda. Marca como atenuadores las palabras que suavizan una afirmación.
classroom-assign-hide-suggestions = Ocultar sugerencias
classroom-assign-require-name = Pedir un nombre
classroom-assign-download = Descargar archivo de la tarea
classroom-assign-make-link = Crear enlace
classroom-close = Cerrar
classroom-assign-link-about = { $count ->
    [one] Enlace de la tarea ({ $count } carácter; el artículo viaja dentro del enlace y ningún servidor lo ve)
   *[other] Enlace de la tarea ({ $count } caracteres; el artículo viaja dentro del enlace y ningún servidor lo ve)
}
classroom-assign-link = Enlace de la tarea
classroom-assign-copy-link = Copiar enlace

classroom-rubric = Rúbrica
classroom-rubric-none = Sin rúbrica: los estudiantes no ven criterios de calificación y el libro de calificaciones solo muestra la concordancia.
classroom-rubric-add = Añadir una rúbrica
classroom-rubric-legend = { $points ->
    [one] Rúbrica · { $points } punto
   *[other] Rúbrica · { $points } puntos
}
classroom-criteria = Criterios
classroom-criterion-name = Nombre del criterio { $number }
classroom-criterion-points = Puntos del criterio { $number }
classroom-criterion-measure = Cómo se mide el criterio { $number }
classroom-criterion-label = Etiqueta del criterio { $number }
classroom-criterion-links = Vínculos del criterio { $number }
classroom-criterion-notes = Notas que pide el criterio { $number }
classroom-link-every-kind = cualquier tipo
classroom-move-up = Subir
classroom-move-down = Bajar
classroom-remove = Quitar
classroom-criterion-move-up = Subir el criterio { $number }
classroom-criterion-move-down = Bajar el criterio { $number }
classroom-criterion-remove = Quitar el criterio { $number }
classroom-measure-recall = Exhaustividad de la etiqueta (solapamiento)
classroom-measure-f1-exact = F1 de la etiqueta, exacto
classroom-measure-f1-overlap = F1 de la etiqueta, solapamiento
classroom-measure-links = Vínculos de la clave encontrados
classroom-measure-notes = Notas en al menos N fragmentos
classroom-measure-by-hand = Puesto a mano
classroom-criterion-add = Añadir un criterio
classroom-grade-shown-as = Calificación mostrada en
classroom-scale = Escala
classroom-scale-points = Puntos
classroom-scale-percent = Porcentaje
classroom-scale-letters = Letras
classroom-rubric-remove = Quitar la rúbrica
classroom-bands = Tramos de letras
classroom-band-letter = Letra del tramo { $number }
classroom-band-from = desde
classroom-band-percent = { " " }%
classroom-band-lowest = Porcentaje mínimo del tramo { $number }
classroom-band-remove = Quitar el tramo { $number }
classroom-band-add = Añadir una letra
classroom-rubric-not-saved = Aún sin guardar: { $problem }.
classroom-rubric-saved = Guardada con la tarea: los estudiantes ven estos criterios.

classroom-assignment = Tarea
classroom-assessed = Cómo se evalúa ({ $points })
classroom-col-criterion = Criterio
classroom-col-points = Puntos
classroom-col-measured = Se mide como
classroom-annotating-as = Anotando como { $name }
classroom-change-name = Cambiar el nombre
classroom-no-name = Todavía sin nombre
classroom-add-name = Añade tu nombre
classroom-feedback = Retroalimentación
classroom-feedback-heading = Retroalimentación según la clave de corrección de { $name }: { $percent } %
classroom-feedback-heading-none = Retroalimentación según la clave de corrección de { $name }: —
classroom-count-matched = { $count ->
    [one] { $count } coincidente
   *[other] { $count } coincidentes
}
classroom-count-partial = { $count ->
    [one] { $count } coincidente en parte
   *[other] { $count } coincidentes en parte
}
classroom-count-missed = { $count ->
    [one] { $count } omitido
   *[other] { $count } omitidos
}
classroom-count-extra = { $count ->
    [one] { $count } no está en la clave
   *[other] { $count } no están en la clave
}
classroom-back-to-annotating = Volver a anotar
classroom-show-against-key = Ver mis fragmentos frente a la clave de corrección

classroom-back-to-library = ← Biblioteca
classroom-compare-title = Comparar: { $title }
classroom-key = Clave de corrección
classroom-no-key = Sin clave de corrección
classroom-label = Etiqueta
classroom-gradebook-csv = Libro de calificaciones CSV
classroom-lms-title = Las calificaciones de la rúbrica, con el identificador de cada estudiante, tal como este sistema las importa
classroom-feedback-files = Archivos de retroalimentación
    .title = Un archivo por estudiante: sus fragmentos frente a la clave de corrección, para abrir en Close Reader
classroom-views = Lo que muestra el artículo
classroom-view-heat = Mapa de calor
classroom-view-consensus = Consenso
classroom-region-heat = Mapa de calor de { $label }
classroom-region-feedback = Un estudiante frente a la clave de corrección
classroom-region-consensus = Consenso: al menos { $k } de { $count }
classroom-heat-hint = { $count ->
    [one] { $label }: más oscuro donde lo marcó { $count } anotador. Pasa el cursor o toca para ver quién.
   *[other] { $label }: cuanto más oscuro, más de los { $count } anotadores lo marcaron. Pasa el cursor o toca para ver quién.
}
classroom-feedback-choose-key = Elige una clave de corrección (arriba) para ver los fragmentos de un estudiante frente a ella.
classroom-feedback-for = Retroalimentación para
classroom-student = Estudiante
classroom-score = Puntuación: { $percent } %
classroom-score-none = Puntuación: —
classroom-legend-matched = coincidente
classroom-legend-partial = coincidente en parte
classroom-legend-missed = omitido
classroom-legend-extra = no está en la clave
classroom-compare-panel = Archivos y concordancia

classroom-files = Archivos
classroom-files-heading = Archivos ({ $count })
classroom-add-files = Añadir archivos de estudiantes…
    .label = Añadir archivos de estudiantes
classroom-drop-files = O suelta aquí hasta { $count } archivos. Los archivos de este artículo se reconocen por su texto; una copia ligeramente editada se vuelve a anclar.
classroom-reading-files = Leyendo archivos… { $done } de { $count }
classroom-cancel = Cancelar
classroom-key-badge = clave
classroom-entry-spans = { $count ->
    [one] { $count } fragmento
   *[other] { $count } fragmentos
}
classroom-reanchored = el texto difería un poco; todos los fragmentos se volvieron a anclar
classroom-reanchored-unplaced = { $count ->
    [one] el texto difería; { $count } fragmento no se pudo ubicar
   *[other] el texto difería; { $count } fragmentos no se pudieron ubicar
}
classroom-remove-file = Quitar a { $name }
classroom-unplaced = { $label }: «{ $quote }»
classroom-set-aside = Apartados ({ $count })
classroom-set-aside-why = : { $why }

classroom-agreement = Concordancia
classroom-agreement-heading = Concordancia · { $label }
classroom-alpha = α de Krippendorff sobre las palabras, entre los anotadores:
classroom-agreement-empty = Añade archivos de estudiantes para ver su concordancia.
classroom-agreement-table = Anotadores por { $label }
classroom-col-annotator = Anotador
classroom-col-spans = Fragmentos
classroom-col-exact = Exacto, frente a la clave
classroom-col-overlap = Solapamiento, frente a la clave
classroom-col-precision = P
classroom-col-recall = R
classroom-agreement-choose-key = Elige una clave de corrección para puntuar a los anotadores frente a ella.
classroom-pairwise = F1 entre anotadores ({ $label }, solapamiento)

classroom-ranked = Fragmentos por anotadores
classroom-ranked-heading = Más marcados · { $label }
classroom-ranked-empty = Aún no hay fragmentos de esta etiqueta.
classroom-ranked-count = { $marked } de { $count }
classroom-ranked-exactly = ({ $count } con exactitud)
classroom-key-missed-heading = Fragmentos de { $label } de la clave, los menos encontrados primero
classroom-key-missed-empty = La clave no tiene fragmentos de esta etiqueta.
classroom-found-by = encontrado por { $found } de { $count }

classroom-gradebook = Libro de calificaciones
classroom-gradebook-no-rubric = Todavía no hay rúbrica: abre el artículo, elige Compartir como tarea y añade allí una rúbrica; sus calificaciones aparecerán aquí.
classroom-gradebook-choose-key = Elige una clave de corrección (arriba): los criterios de la rúbrica se calculan frente a ella.
classroom-gradebook-heading = { $points ->
    [one] Libro de calificaciones · { $points } punto
   *[other] Libro de calificaciones · { $points } puntos
}
classroom-grades = Calificaciones
classroom-col-total = Total
classroom-col-grade = Calificación
classroom-col-lms-identifier = Identificador en el LMS
classroom-points = { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}
classroom-points-of = { $points } / { $possible }
classroom-percent = { $percent } %
classroom-grade-incomplete = incompleta
classroom-grade-overridden = Cambiado (calculado: { $computed }): { $reason }
classroom-grade-by-hand = Puesto a mano: { $reason }
classroom-grade-change = { $criterion } de { $student }: cambiar
classroom-grade-cell = { $student }, { $criterion }: { $value }. { $title }
classroom-lms-identifier-of = Identificador en el LMS de { $name }
classroom-override-form = Cambiar un valor
classroom-override-about = { $student } · { $criterion } (calculado: { $computed }, de { $possible })
classroom-override-about-by-hand = { $student } · { $criterion } (puesto a mano, de { $possible })
classroom-points-given = Puntos dados
classroom-reason = Motivo
    .optional = opcional
    .required = obligatorio: por qué este valor
classroom-override-keep = Mantener este valor
classroom-override-revert = Volver al valor calculado
classroom-gradebook-hint = Haz clic en un valor para cambiarlo; un valor cambiado se marca con * y conserva su motivo (pasa el cursor para leerlo).
classroom-unmatched = Valores dados a estudiantes que ya no están en este conjunto (se conservan por si su archivo vuelve):
classroom-unmatched-criterion = criterio { $number }
classroom-unmatched-line = { $student } · { $criterion }: { $points }
classroom-unmatched-line-reason = { $student } · { $criterion }: { $points } ({ $reason })
classroom-roster-paste = Pegar una lista de identificadores
classroom-roster = Lista
classroom-roster-use = Usar estos identificadores
classroom-roster-not-read = No se pudo leer: { $problems }.
classroom-lms-identifiers-are = Identificadores de { $system }:
classroom-lms-identifier = Identificador de { $system }
classroom-id-canvas-user = ID de usuario de Canvas
classroom-id-sis-user = ID de usuario del SIS
classroom-id-sis-login = ID de inicio de sesión del SIS
classroom-id-email = Correo electrónico
classroom-id-username = Nombre de usuario
classroom-id-number = Número de identificación

classroom-comment-box = Comentar un fragmento
classroom-comment-on = Comentario sobre { $what }
classroom-comment = Comentar
    .placeholder = Tu comentario
classroom-comment-hint = Haz clic en uno de los fragmentos del estudiante, o en un fragmento omitido de la clave, para comentarlo.

classroom-consensus-empty = Añade archivos de estudiantes para construir un consenso.
classroom-consensus-at-least = Fragmentos marcados por al menos { $k } de { $count }
classroom-consensus-slider = Consenso: al menos
classroom-consensus-make = Crear documento de consenso

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

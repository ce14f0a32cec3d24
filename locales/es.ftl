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

annotate-library = ← Biblioteca
annotate-saved = Guardado en este navegador
annotate-saving = Guardando…
annotate-not-saved = No guardado
annotate-undo = Deshacer
    .title = Deshacer (Ctrl+Z)
annotate-redo = Rehacer
    .title = Rehacer (Ctrl+Shift+Z o Ctrl+Y)
annotate-download = Descargar
    .title = Guarda un archivo .close-reader.json
annotate-export = Exportar
    .title = Guarda las anotaciones para otra herramienta, o un informe para leer e imprimir
annotate-print = Imprimir
    .title = Imprime el artículo con sus resaltados
annotate-share = Compartir como tarea…
    .title = Comparte este artículo con una clase: un archivo o un enlace, con instrucciones
annotate-article = Artículo
annotate-feedback-region = Tus fragmentos frente a la clave de corrección
annotate-caret-help = Teclado: ←/→ palabra a palabra, Shift+←/→ amplía la selección, la tecla de una etiqueta la marca, Enter abre el resaltado, Esc la descarta, Tab sale del artículo.
annotate-close-panel = Cerrar panel ▾
annotate-open-panel = Fragmentos y notas ▴
annotate-suggested = { $kind ->
    [claim] afirmación sugerida
    [source] fuente sugerida
    [hedge] atenuador sugerido
   *[other] sugerencia ({ $kind })
}: { $reason }
annotate-toolbar = Etiquetar la selección
annotate-label-button = { $name } (tecla { $key } o { $number })
annotate-search = Buscar en el artículo
    .placeholder = Buscar en el artículo (/)
annotate-search-none = Sin resultados
annotate-search-count = { $current } de { $total }
annotate-search-previous = Resultado anterior
    .title = Resultado anterior (Shift+Enter)
annotate-search-next = Resultado siguiente
    .title = Resultado siguiente (Enter)
annotate-mark-match = Marcar este resultado como
annotate-mark-as = Marcar como { $label }
    .title = Marcar este resultado como { $label }
annotate-labels-title = Etiquetas
annotate-labels-close = Cerrar el editor de etiquetas
annotate-labels-hint = Nombre, color y tecla de cada etiqueta. La tecla marca una selección; el orden de la lista asigna las teclas numéricas 1–9. Los cambios se aplican al instante y Deshacer los revierte.
annotate-label-name = Nombre de la etiqueta { $name }
annotate-label-colour = Color de { $name }
annotate-label-key = Tecla de { $name }
annotate-label-count = Fragmentos con esta etiqueta
annotate-label-up = Subir { $name }
annotate-label-down = Bajar { $name }
annotate-label-delete = Eliminar
    .aria-label = Eliminar la etiqueta { $name }
annotate-delete-choice = Eliminar { $label }
annotate-delete-in-use = { $count ->
    [one] { $count } fragmento está marcado como «{ $label }». ¿Qué quieres hacer con él?
   *[other] { $count } fragmentos están marcados como «{ $label }». ¿Qué quieres hacer con ellos?
}
annotate-delete-spans = Eliminar también los fragmentos
annotate-relabel-as = o cambiarles la etiqueta a
annotate-relabel-to = Nueva etiqueta para los fragmentos
annotate-relabel-delete = Cambiar etiqueta y eliminar
annotate-cancel = Cancelar
annotate-add-label = Añadir una etiqueta
annotate-switch-preset = Cambiar a una plantilla…
    .aria-label = Cambiar a una plantilla
annotate-preset-default = { $name } (predeterminada)
annotate-preset-name = Nombre de la plantilla
annotate-save-preset = Guardar como plantilla
annotate-preset-unnamed = Primero ponle un nombre a la plantilla.
annotate-single-keys = Atajos de una sola tecla (teclas de etiqueta, 1–9, l, n, p, a, x, /)
annotate-single-keys-off = Desactivados: las letras, los números y / no hacen nada, así el dictado por voz no puede activarlos; Ctrl+Z, Delete, Escape, las flechas y los botones siguen funcionando. Se guarda en este navegador.
annotate-done = Listo
annotate-contrast-not-colour = «{ $color }» no es un color #rrggbb, así que no se puede comprobar su contraste.
annotate-contrast-text = En una página { $page }, este color tiene un contraste de { $ratio }:1: su subrayado se ve (3:1), pero su nombre en el panel lateral es difícil de leer (el texto necesita 4,5:1).
annotate-contrast-both = En una página { $page }, este color tiene un contraste de { $ratio }:1: tanto su subrayado (necesita 3:1) como su nombre en el panel lateral (necesita 4,5:1) son difíciles de ver.
annotate-contrast-dark = En el tema oscuro (donde se dibuja más claro, { $shown }): { $warning }

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

### La interfaz de Close Reader en español (traducida de en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } y { $second }
list-more = { $first }, { $rest }
language-menu = Idioma
    .title = El idioma de los botones y mensajes de Close Reader (el artículo conserva el suyo)
language-unavailable = No se pudieron cargar los mensajes en { $language }; Close Reader sigue en el idioma que tenía.

# The default labels' names in a new document (the document keeps them in its file).
shared-label-claim = Afirmación
shared-label-source = Fuente
shared-label-hedge = Atenuador

# end of shared

## Start screen (src/components/start.rs, open_file.rs, arrival.rs, import_review.rs, progress_bar.rs)

start-title = Close Reader
start-tagline = Marca las afirmaciones, las fuentes y los atenuadores de un artículo periodístico. Todo se queda en este navegador hasta que lo descargues.
start-other-ways = Otras formas de empezar
start-sample = Probar el artículo de ejemplo
start-library = Biblioteca ({ $count })
start-field-title = Título
    .placeholder = Titular del artículo
start-field-url = URL de la fuente (opcional)
start-field-text = Texto del artículo
    .placeholder = Pega aquí el artículo. Los párrafos, cualquier alfabeto y cualquier idioma se conservan tal cual.
start-reflowed = { $count ->
    [one] Se unió { $count } línea cortada en el borde de la página, como ocurre con el texto copiado de un PDF.
   *[other] Se unieron { $count } líneas cortadas en el borde de la página, como ocurre con el texto copiado de un PDF.
}
start-undo-reflow = Deshacer la unión
start-paste-kept = Lo que se conserva de la página
start-from-web-page = De la página web. { $kept }
start-plain-only = Solo texto sin formato (sin encabezados, listas ni énfasis)
start-go = Empezar a anotar
start-shape-lost = No se pudieron conservar los encabezados ni las listas de la página ({ $why }); su texto se pega como texto sin formato.
start-cancel = Cancelar
start-open-file = Abrir archivo
start-progress = { $what } { $percent } %
start-kept = Se conserva: { $what }.
start-kept-headings = { $count ->
    [one] { $count } encabezado
   *[other] { $count } encabezados
}
start-kept-items = { $count ->
    [one] { $count } elemento de lista
   *[other] { $count } elementos de lista
}
start-kept-quotes = { $count ->
    [one] { $count } párrafo citado
   *[other] { $count } párrafos citados
}
start-kept-captions = { $count ->
    [one] { $count } pie de imagen
   *[other] { $count } pies de imagen
}
start-kept-notes = { $count ->
    [one] { $count } nota al pie
   *[other] { $count } notas al pie
}
start-kept-emphasis = énfasis
start-kept-links = { $count ->
    [one] { $count } enlace (se muestra, pero no se abre)
   *[other] { $count } enlaces (se muestran, pero no se abren)
}
start-preview = Vista previa
start-preview-more = { $count ->
    [one] … y { $count } párrafo más.
   *[other] … y { $count } párrafos más.
}
start-arrival-title = ¿Abrir este artículo?
start-arrival-read-as = “{ $name }”, leído como { $kind ->
    [pdf] un PDF
    [epub] un libro EPUB
    [word] un archivo de Word
    [odt] un texto de OpenDocument
    [web] una página web
    [mhtml] una página web (archivo único)
    [markdown] un archivo Markdown
    [text] un archivo de texto
   *[other] { $kind }
}
start-arrival-pasted = Pegado desde { $kind ->
    [pdf] un PDF
    [epub] un libro EPUB
    [word] un archivo de Word
    [odt] un texto de OpenDocument
    [web] una página web
    [mhtml] una página web (archivo único)
    [markdown] un archivo Markdown
    [text] un archivo de texto
   *[other] { $kind }
}
start-arrival-field-title = Título
start-arrival-left-out = Se omite: { $what }.
start-arrival-plain-only = Solo texto sin formato (sin encabezados, listas ni énfasis; el texto es el mismo)
start-import-title = Importar “{ $name }”
start-import-read-as = Leído como { $format ->
    [native] un archivo de Close Reader
    [w3c-annotation] una anotación web del W3C (Web Annotation)
    [w3c-list] una lista de anotaciones web del W3C
    [w3c-page] una página de anotaciones del W3C (Annotation Page)
    [w3c-collection] una colección de anotaciones del W3C (Annotation Collection)
    [w3c-graph] un grafo de anotaciones web del W3C (JSON-LD @graph)
    [hypothesis] anotaciones de Hypothesis
    [doccano] JSONL de doccano
    [label-studio] tareas de Label Studio
    [csv] una hoja CSV de Close Reader
    [brat] un archivo .ann de brat
   *[other] { $format }
}.
start-import-found = Encontraron su lugar en este artículo: { $found } de { $total ->
    [one] { $total } anotación
   *[other] { $total } anotaciones
}.
start-import-found-links = Encontraron su lugar en este artículo: { $found } de { $total ->
    [one] { $total } anotación
   *[other] { $total } anotaciones
} y { $linked } de { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}.
start-import-new = Se abre como documento nuevo, “{ $title }” ({ $words ->
    [one] { $words } palabra
   *[other] { $words } palabras
}), con { $found } de { $total ->
    [one] { $total } fragmento
   *[other] { $total } fragmentos
} en su lugar.
start-import-new-links = Se abre como documento nuevo, “{ $title }” ({ $words ->
    [one] { $words } palabra
   *[other] { $words } palabras
}), con { $found } de { $total ->
    [one] { $total } fragmento
   *[other] { $total } fragmentos
} y { $linked } de { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
} en su lugar.
start-import-tags = Etiquetas del archivo que no existen aquí
start-import-tag = “{ $tag }” ({ $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
})
start-import-untagged = Sin etiqueta ({ $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
})
start-import-create = Crear la etiqueta “{ $tag }”
start-import-mark-as = Marcar como { $label }
start-import-skip = No importarlas
start-import-not-placed = Sin ubicar ({ $count })
start-import-links-not-made = Vínculos no creados ({ $count })
start-import-open-with = Abrir con { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
start-import-open-with-links = Abrir con { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
} y { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}
start-import-add-nothing = No añadir nada
start-import-add = Añadir { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
start-import-add-links = Añadir { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
} y { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

library-title = Biblioteca
library-new = Artículo nuevo
library-empty = Aún no hay documentos guardados. Pega un artículo o abre un archivo para empezar.
library-list = Documentos guardados
library-doc-meta = Guardado el { $when } · { $words ->
    [one] { $words } palabra
   *[other] { $words } palabras
} · { $counts }
library-no-annotations = aún sin anotaciones
library-class-set-kept = Conjunto de la clase guardado: { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
} · { $size } · modificado el { $when }
library-open = Abrir
    .aria-label = Abrir { $title }
library-class-set = Conjunto de la clase
    .aria-label = Abrir el conjunto de la clase de { $title }
    .title = Los archivos de los estudiantes reunidos para este artículo, tal como los dejaste
library-remove-class-set = Quitar el conjunto de la clase
    .aria-label = Quitar el conjunto de la clase de { $title }
    .title = Olvidar los archivos reunidos para este artículo (puedes deshacerlo)
library-compare = Comparar
    .aria-label = Comparar archivos de { $title }
    .title = Abrir los archivos de los estudiantes para este artículo y compararlos
library-rename = Cambiar nombre
    .aria-label = Cambiar el nombre de { $title }
library-delete = Eliminar
    .aria-label = Eliminar { $title }
library-new-title = Título nuevo
library-save = Guardar
library-cancel = Cancelar
library-undo = Deshacer
library-dismiss = Cerrar el mensaje
library-save-failed-download = Descargar
library-save-failed-retry = Reintentar
library-take-over = Tomar el control
library-drop-article = Suelta un artículo o un archivo de Close Reader para abrirlo
library-drop-students = Suelta los archivos de los estudiantes para añadirlos
library-conflict-title = Este artículo ya está en tu biblioteca
library-conflict-same-text = “{ $title }” tiene el mismo texto que el archivo que abriste.
library-conflict-in-library = En tu biblioteca: { $counts }, último cambio el { $when }.
library-conflict-in-library-newer = En tu biblioteca: { $counts }, último cambio el { $when } (más reciente).
library-conflict-file = El archivo: { $counts }, último cambio el { $when }.
library-conflict-file-newer = El archivo: { $counts }, último cambio el { $when } (más reciente).
library-conflict-file-undated = El archivo: { $counts }.
library-conflict-counts = { $spans ->
    [one] { $spans } fragmento
   *[other] { $spans } fragmentos
}, { $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
}
library-conflict-spans = { $spans ->
    [one] { $spans } fragmento
   *[other] { $spans } fragmentos
}
library-conflict-advice-library = La copia de tu biblioteca es más reciente: reemplazarla por el archivo te haría volver a un trabajo anterior.
library-conflict-advice-file = El archivo es más reciente que la copia de tu biblioteca.
library-conflict-advice-unknown = No se puede saber cuál de los dos es más reciente.
library-conflict-hint = “Conservar ambos” abre el archivo como otro documento. “Reemplazar” lo abre en lugar de tu copia, que se queda en la biblioteca con un título nuevo.
library-conflict-keep-both = Conservar ambos
library-conflict-replace = Reemplazar
library-name-title = Tu nombre
library-name-why = Se escribe en el archivo que entregas, para que tu docente sepa de quién es el trabajo. Se queda en este navegador.
library-name-start = Empezar
library-name-skip = Omitir

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

annotate-too-long-to-print = Este artículo es demasiado largo para imprimirlo desde aquí: solo está en la página la parte cercana a la pantalla. Exportar → Informe HTML crea una página con el artículo completo, sus resaltados y notas, para imprimirla desde el navegador.

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

panel-annotations = Anotaciones
panel-evidence = Evidencia
panel-suggestions = Sugerencias
panel-tabs = Panel lateral
panel-annotations-count = Anotaciones ({ $count })
panel-show-labels = Mostrar etiquetas
panel-chip-hide = Ocultar { $label } de la lista
panel-chip-show = Mostrar { $label } en la lista
panel-edit-labels = Etiquetas…
    .title = Renombrar etiquetas, cambiar su color, tecla u orden, añadirlas o eliminarlas
panel-empty = Selecciona palabras del artículo y pulsa C, S o H (o usa los botones que aparecen) para marcar una afirmación, una fuente o un atenuador. Mantén pulsada Alt para seleccionar con exactitud, sin ajustar a palabras completas.
panel-all-hidden = Todas las etiquetas están ocultas en la lista.
panel-comment-count = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
panel-entry-list = { $count ->
    [one] { $count } anotación en el orden del texto
   *[other] { $count } anotaciones en el orden del texto
}
panel-quoted = “{ $quote }”
panel-selected-span = Fragmento seleccionado
panel-close-editor = Cerrar el editor del fragmento
panel-field-label = Etiqueta
panel-label-option = { $label } ({ $key })
panel-field-note = Nota
    .placeholder = ¿Por qué es una afirmación, una fuente o un atenuador? ¿Qué comprobarías?
panel-links = Vínculos
panel-no-links = Aún no hay vínculos. Vincula una afirmación con la fuente en que se apoya, o un atenuador con la afirmación que suaviza: pulsa L y haz clic en el otro resaltado.
panel-link-elsewhere = { $quote } en “{ $title }”
panel-unlink = Quitar el vínculo: { $relation } { $quote }
    .title = Quitar este vínculo
panel-cancel-link = Cancelar el vínculo
    .title = Dejar de vincular (Esc)
panel-link = Vincular…
    .title = Después haz clic en el resaltado que quieres vincular (L)
panel-span-comments = Comentarios sobre este fragmento
panel-comments = Comentarios
panel-delete-span = Eliminar fragmento
    .title = Eliminar (Delete o Backspace)
panel-evidence-summary = Resumen de la evidencia
panel-overview = { $words ->
        [one] { $words } palabra
       *[other] { $words } palabras
    } · { $claims ->
        [one] { $claims } afirmación
       *[other] { $claims } afirmaciones
    } · { $sources ->
        [one] { $sources } fuente
       *[other] { $sources } fuentes
    } · { $hedges ->
        [one] { $hedges } atenuador
       *[other] { $hedges } atenuadores
    } ({ $density ->
        [one] { $density } atenuador por cada 100 palabras
       *[other] { $density } atenuadores por cada 100 palabras
    })
panel-unsupported = Afirmaciones sin fuente ({ $count })
panel-no-claims = Aún no hay afirmaciones marcadas.
panel-all-claims-sourced = Todas las afirmaciones tienen una fuente vinculada.
panel-claims-and-sources = Las afirmaciones y sus fuentes
panel-no-source = ninguna fuente vinculada
panel-idle-sources = Fuentes que no respaldan ninguna afirmación ({ $count })
panel-no-sources = Aún no hay fuentes marcadas.
panel-all-sources-used = Todas las fuentes respaldan alguna afirmación.
panel-hedged-claims = Afirmaciones atenuadas ({ $count })
panel-no-hedged-claims = Ninguna afirmación lleva un atenuador (vinculado o dentro de ella).
panel-hedge-count = { $count ->
    [one] { $count } atenuador
   *[other] { $count } atenuadores
}
panel-sources-by-kind = Fuentes por tipo: { $named ->
        [one] { $named } identificada
       *[other] { $named } identificadas
    }, { $anonymous ->
        [one] { $anonymous } anónima
       *[other] { $anonymous } anónimas
    }, { $vague ->
        [one] { $vague } vaga
       *[other] { $vague } vagas
    }
panel-source-kind = { $kind ->
    [named] identificada
    [anonymous] anónima
    [vague] vaga
   *[other] { $kind }
}
panel-beside = Al lado: { $title }
panel-swap = Intercambiar lados
    .title = Editar este artículo; el otro pasa al lado
panel-close-beside = Cerrar el artículo de al lado
panel-compare = Comparar
panel-compare-hint = Para comparar cómo cuentan dos medios el mismo hecho, añade el otro artículo a tu biblioteca; así podrá abrirse al lado de este.
panel-compare-with = Comparar con otro artículo
panel-open-beside = Abrir al lado…
    .aria-label = Abrir al lado
panel-same-claim = La misma afirmación en ambos ({ $count })
panel-contradictions = Contradicciones ({ $count })
panel-only-in = Solo en “{ $title }” ({ $count })
panel-side-sources = Fuentes: { $named ->
        [one] { $named } identificada
       *[other] { $named } identificadas
    }, { $anonymous ->
        [one] { $anonymous } anónima
       *[other] { $anonymous } anónimas
    }, { $vague ->
        [one] { $vague } vaga
       *[other] { $vague } vagas
    }
panel-current-suggestion = Sugerencia actual
panel-suggested = Sugerencia: { $label }
panel-accept = Aceptar
    .title = Aceptar (A o Enter)
panel-reject = Rechazar
    .title = Rechazar (X)
panel-next = Siguiente ›
    .title = Siguiente sugerencia (N)
panel-suggestions-off = Las sugerencias están desactivadas en esta tarea: tu docente quiere ver lo que encuentras por tu cuenta.
panel-article-language = Idioma del artículo
panel-language = { $language ->
    [en] Inglés
    [es] Español
    [fr] Francés
    [de] Alemán
    [pt] Portugués
    [ar] Árabe
    [zh] Chino
   *[other] { $language }
}
panel-language-in-text = { $language ->
    [en] inglés
    [es] español
    [fr] francés
    [de] alemán
    [pt] portugués
    [ar] árabe
    [zh] chino
   *[other] { $language }
}
panel-unreadable = Sin sugerencias: este artículo parece estar en { $language } y las sugerencias solo funcionan en { $readable }. Si está en alguno de esos idiomas, indícalo aquí.
panel-show-suggestions = Mostrar sugerencias en el artículo
panel-suggestions-hint = Pistas, no etiquetas: los contornos discontinuos marcan palabras que suelen ser atenuadores, fuentes o afirmaciones, cada una con su motivo. N y P las recorren; A o Enter acepta, X rechaza.
panel-open-suggestions = { $count ->
    [one] { $count } sugerencia pendiente
   *[other] { $count } sugerencias pendientes
}
panel-open-suggestions-rejected = { $count ->
    [one] { $count } sugerencia pendiente
   *[other] { $count } sugerencias pendientes
} ({ $rejected ->
    [one] { $rejected } rechazada
   *[other] { $rejected } rechazadas
})
panel-suggestion-count = { $label }: { $count }
panel-accept-all = Aceptar todas ({ $count })
panel-go-first = Ir a la primera (N)
panel-threads = Comentarios sobre fragmentos
panel-threads-hint = Los comentarios sobre tus fragmentos también aparecen junto a ellos: elige un fragmento, o su entrada en Anotaciones, para leerlos y responder allí.
panel-thread-place = { $place }:
panel-show-span = Mostrar el fragmento
    .title = Mostrar el fragmento, con este comentario al lado
panel-reply = Responder
    .placeholder = Tu respuesta

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
classroom-criterion-add = Añadir un criterio
classroom-grade-shown-as = Calificación mostrada en
classroom-scale = Escala
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

messages-not-opened = No se abrió “{ $name }”: { $why } No se cambió nada.
messages-answer-damaged = la respuesta del lector de archivos llegó dañada.
messages-opening-saved = Abriendo el documento guardado…
messages-opening-beside = Abriendo el artículo en paralelo…
messages-opening-file = Abriendo “{ $name }”…
messages-reading-file = Leyendo “{ $name }”…
messages-preparing = Preparando “{ $title }”…
messages-saved-not-opened = No se pudo abrir el documento guardado: { $why }.
messages-beside-not-opened = No se pudo abrir ese artículo en paralelo con este: { $why }.
messages-compare-not-opened = No se pudo abrir ese artículo para comparar: { $why }.
messages-library-unreadable = No se puede leer la biblioteca: { $why }.
messages-saved-unreadable = No se pueden leer los documentos guardados: { $why }. Aun así puedes anotar y descargar tu trabajo.
messages-dropped-several = { $count ->
    [one] Arrastraste { $count } archivo; arrastra un solo archivo de Close Reader cada vez. No se cambió nada.
   *[other] Arrastraste { $count } archivos; arrastra un solo archivo de Close Reader cada vez. No se cambió nada.
}
messages-file-too-big = “{ $name }” ocupa { $size } MB; Close Reader abre archivos de hasta { $limit } MB.
messages-file-unreadable = No se pudo leer “{ $name }”.
messages-no-worker = La parte de Close Reader que lee archivos no pudo iniciarse en este navegador.
messages-text-too-long = { $count ->
    [one] Este texto tiene { $count } carácter; Close Reader abre artículos de hasta { $limit } caracteres. Divídelo en partes y anota cada parte como un documento propio.
   *[other] Este texto tiene { $count } caracteres; Close Reader abre artículos de hasta { $limit } caracteres. Divídelo en partes y anota cada parte como un documento propio.
}
messages-too-many-annotations = { $count ->
    [one] Esto daría { $count } anotación; Close Reader admite hasta { $limit } en un documento. Divide el artículo en partes.
   *[other] Esto daría { $count } anotaciones; Close Reader admite hasta { $limit } en un documento. Divide el artículo en partes.
}
messages-needs-article = contiene { $format }. Abre primero el artículo y luego este archivo para añadir sus anotaciones.
messages-format-native = un archivo de Close Reader
messages-format-w3c-annotation = una W3C Web Annotation
messages-format-w3c-list = una lista de W3C Web Annotations
messages-format-w3c-page = una W3C Annotation Page
messages-format-w3c-collection = una W3C Annotation Collection
messages-format-w3c-graph = un grafo de W3C Web Annotations (JSON-LD @graph)
messages-format-hypothesis = anotaciones de Hypothesis
messages-format-doccano = JSONL de doccano
messages-format-label-studio = tareas de Label Studio
messages-format-csv = una hoja CSV de Close Reader
messages-format-brat = un archivo .ann de brat
messages-imported-as-new = Se abrió “{ $name }” como documento nuevo con { $added }.
messages-added-annotations = { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
messages-added-annotations-links = { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
} y { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}
messages-cancelled-not-restored = Cancelado. No se abrió el documento: sus últimos cambios aún no se han restaurado. Vuelve a abrirlo para restaurarlos.
messages-cancelled-still-in-library = Cancelado. No se abrió el documento; sigue en tu biblioteca.
messages-cancelled-nothing-beside = Cancelado. No se abrió nada en paralelo con este artículo.
messages-cancelled-file-not-opened = Cancelado. No se abrió el archivo; no se cambió nada.
messages-cancelled-not-opened = Cancelado. No se abrió el documento; no se cambió nada.
messages-cancelled-file-not-read = No se abrió “{ $name }”; no se cambió nada.
messages-export-cancelled = Cancelado. No se exportó nada.
messages-not-replaced-unreadable = No se reemplazó “{ $title }”: no se pudo leer su copia en la biblioteca ({ $why }). No se cambió nada.
messages-not-replaced-unsaved = No se reemplazó “{ $title }”: no se pudo guardar la copia que se conserva ({ $why }). No se cambió nada.
messages-replaced-title = { $title } (reemplazado el { $time })
messages-replaced = Se reemplazó “{ $title }” por el archivo. Tu versión se conserva en la biblioteca como “{ $kept }”.
messages-replacement-undone = Tu versión de “{ $title }” ha vuelto; se retiró la versión del archivo.
messages-replacement-not-undone = No se pudo deshacer el reemplazo: { $why }. Ambas versiones están en tu biblioteca.
messages-title-empty = El título no puede estar vacío.
messages-not-renamed = No se cambió el nombre de “{ $title }”: { $why }.
messages-deleted = Se eliminó “{ $title }”.
messages-not-deleted = No se eliminó “{ $title }”: { $why }.
messages-restored = Se restauró “{ $title }”.
messages-not-restored = No se pudo restaurar: { $why }.
messages-not-saved = No se guardó en este navegador: { $why }. Tu trabajo se conserva en esta pestaña: usa Descargar para guardar una copia. El guardado se reintenta cada pocos segundos.
messages-beside-not-saved = No se guardó el artículo en paralelo: { $why }. Descárgalo para conservar una copia.
messages-restoring = Restaurando tus últimos cambios…
messages-restored-not-saved = Se restauraron tus últimos cambios en “{ $title }”, pero no se pudieron guardar en este navegador ({ $why }): usa Descargar para conservar una copia.
messages-changes-set-aside = No se pudieron restaurar los cambios hechos justo antes de que la página se cerrara por última vez: { $why }. Se guardan aparte en este navegador.
messages-changes-restored = Se restauraron los últimos cambios en { $titles }, hechos justo antes de que se cerrara la página.
messages-quoted-title = “{ $title }”
messages-storage-full = el almacenamiento de tu navegador para esta página está lleno
messages-storage-unavailable = este navegador no permite que la página guarde datos (IndexedDB no está disponible, como en algunas ventanas privadas)
messages-storage-refused = el navegador se negó a guardarlo ({ $name }: { $message })
messages-load-missing = ya no está en el almacenamiento de este navegador
messages-load-damaged = su copia guardada está dañada ({ $why })
messages-stored-file-unreadable = el navegador no pudo leer su archivo guardado
messages-changes-not-applied = no se pueden aplicar los cambios guardados desde su última copia completa: { $why }
messages-no-preferences = este navegador no guarda preferencias
messages-preferences-full = el almacenamiento del navegador está lleno o bloqueado
messages-preset-saved = Se guardó la plantilla “{ $name }”.
messages-preset-not-saved = No se guardó la plantilla: { $why }.
messages-taking-over = Tomando el control…
messages-take-over-cancelled = Cancelado: esta pestaña sigue en solo lectura; no se cambió nada.
messages-taken-over = Ahora editas este documento aquí, con los últimos cambios de la otra pestaña; esa pestaña queda en solo lectura.
messages-not-taken-over = Esta pestaña no pudo tomar el control: { $why }. Sigue en solo lectura; no se cambió nada.
messages-download-failed = No se pudo iniciar la descarga: { $why }.
messages-download-no-file = no se pudo crear el archivo
messages-download-no-window = no hay ventana
messages-download-no-document = no hay documento
messages-download-no-url = no hay URL de objeto
messages-download-no-link = no hay enlace
messages-download-no-body = no hay cuerpo de página
messages-export-report = Informe HTML
messages-export-w3c-hint = JSON-LD para Hypothesis, Recogito y servidores de anotaciones (.annotations.jsonld)
messages-export-csv-hint = Una fila por fragmento, para hojas de cálculo (.csv)
messages-export-brat-hint = Formato standoff de brat: el texto, el .ann y la configuración en un ZIP (.brat.zip)
messages-export-doccano-hint = JSONL de etiquetado de secuencias de doccano (.doccano.jsonl)
messages-export-label-studio-hint = Tareas de Label Studio con sus anotaciones (.label-studio.json)
messages-export-report-hint = El artículo con resaltados y notas, para leer o imprimir (.report.html)
messages-exporting = Exportando “{ $title }” como { $format }…
messages-link-not-opened = No se pudo abrir el enlace de la tarea: { $why } No se cambió nada.
messages-link-empty = no hay nada después de “#assignment=” en el enlace: se cortó al copiarlo. Vuelve a pedir el enlace o el archivo de la tarea.
messages-link-too-big = al descomprimirlo ocupa más de lo que puede contener un archivo de Close Reader.
messages-link-no-assignment = contiene un documento, pero ninguna tarea.
messages-link-no-compression = Este navegador no puede crear enlaces (no tiene CompressionStream); comparte el archivo de la tarea.
messages-link-not-made = No se pudo crear el enlace; comparte el archivo de la tarea.
messages-link-no-decompression = Este navegador no puede abrir enlaces de tareas (no tiene DecompressionStream); pide el archivo de la tarea.
messages-link-damaged = Este enlace de tarea está dañado (sus datos no se pueden descomprimir): quizá se cortó al copiarlo. Vuelve a pedir el enlace o el archivo de la tarea.
messages-link-too-long = { $count ->
    [one] Este artículo es demasiado largo para compartirlo como enlace ({ $count } carácter; el límite es { $limit }). Comparte el archivo de la tarea.
   *[other] Este artículo es demasiado largo para compartirlo como enlace ({ $count } caracteres; el límite es { $limit }). Comparte el archivo de la tarea.
}
messages-rubric-link-too-long = { $count ->
    [one] La rúbrica hace que esta tarea sea demasiado larga para compartirla como enlace ({ $count } carácter; el límite es { $limit }; sin la rúbrica cabría). Acorta los nombres de los criterios o comparte el archivo de la tarea.
   *[other] La rúbrica hace que esta tarea sea demasiado larga para compartirla como enlace ({ $count } caracteres; el límite es { $limit }; sin la rúbrica cabría). Acorta los nombres de los criterios o comparte el archivo de la tarea.
}
messages-assignment-already-here = Ya tienes “{ $title }” en este navegador: se abre tu trabajo, sin cambios.
messages-student-author = Estudiante
messages-no-conversation = no existe la conversación “{ $thread }”
messages-too-many-files = { $count ->
    [one] Elegiste { $count } archivo; una comparación abre hasta { $limit } a la vez. Se están leyendo los primeros { $limit }; añade los demás después.
   *[other] Elegiste { $count } archivos; una comparación abre hasta { $limit } a la vez. Se están leyendo los primeros { $limit }; añade los demás después.
}
messages-reading-stopped = { $left ->
    [one] Detenido: se leyeron { $done } de { $count } archivos; el restante no se añadió.
   *[other] Detenido: se leyeron { $done } de { $count } archivos; los otros { $left } no se añadieron.
}
messages-comparison-closed = se cerró la comparación
messages-class-set-not-kept = No se pudo conservar el conjunto de la clase en este navegador: { $why }. Sus archivos siguen abiertos aquí y la copia conservada antes no ha cambiado; libera espacio (elimina en la Biblioteca los documentos o conjuntos de la clase que ya no necesites) o descarga el libro de calificaciones.
messages-class-set-unreadable = No se puede leer el conjunto de la clase guardado para este artículo: { $why }. Se deja como está; los archivos que añadas ahora no se conservan, para no sobrescribirlo.
messages-class-file-unreadable = no se puede leer ({ $why })
messages-class-set-reopening = { $count ->
    [one] Reabriendo el conjunto de la clase: { $done } de { $count } archivo leído…
   *[other] Reabriendo el conjunto de la clase: { $done } de { $count } archivos leídos…
}
messages-class-set-removed = { $count ->
    [one] Se quitó el conjunto de la clase de “{ $title }” ({ $count } archivo).
   *[other] Se quitó el conjunto de la clase de “{ $title }” ({ $count } archivos).
}
messages-class-set-not-removed = No se quitó el conjunto de la clase de “{ $title }”: { $why }.
messages-class-set-back = El conjunto de la clase de “{ $title }” ha vuelto.
messages-class-set-not-back = No se pudo recuperar el conjunto de la clase: { $why }.
messages-gradebook-needs-key = Elige primero una clave de corrección: el libro de calificaciones puntúa a cada estudiante con ella.
messages-feedback-needs-files = Elige una clave de corrección y añade primero los archivos de los estudiantes: cada archivo de retroalimentación muestra los fragmentos de un estudiante frente a la clave.
messages-feedback-saved = { $count ->
    [one] Se guardó { $count } archivo de retroalimentación en { $file }: da a cada estudiante el suyo; se abre en Close Reader y muestra sus fragmentos frente a la clave.
   *[other] Se guardaron { $count } archivos de retroalimentación en { $file }: da a cada estudiante el suyo; se abre en Close Reader y muestra sus fragmentos frente a la clave.
}
messages-grades-need-key = Elige primero una clave de corrección: las calificaciones se calculan con ella.
messages-writing-grades = Generando { $file }…
messages-grades-saved = Se guardó { $file }, con la calificación de cada estudiante.
messages-grades-saved-but = Se guardó { $file }, pero: { $problems }
messages-id-canvas-user = ID de usuario de Canvas
messages-id-sis-user = ID de usuario del SIS
messages-id-sis-login = ID de inicio de sesión del SIS
messages-id-email = Correo electrónico
messages-id-username = Nombre de usuario
messages-id-number = Número de identificación
messages-caret-span = { $label }: { $quote }
messages-caret-spans = { $first }; { $rest }
messages-caret-selected = Seleccionado: { $spans }
messages-caret-linked = Vinculado con { $spans }
messages-paste-first = Primero pega el texto del artículo en “{ $field }”.
messages-url-not-web = La URL de la fuente debe empezar por http:// o https:// (o déjala vacía).
messages-untitled = Sin título
messages-print-labels = Etiquetas
messages-print-notes = Notas
messages-print-note-number = { $number }.
messages-crash-title = Close Reader dejó de funcionar
messages-crash-download = Un error del programa detuvo esta página. Descarga tu trabajo tal como se guardó por última vez (como mucho medio segundo antes del error) para conservar una copia y luego recarga la página para seguir desde ahí.
messages-crash-reload = Un error del programa detuvo esta página. Tu trabajo, tal como se guardó por última vez, se conserva en este navegador: recarga la página para seguir desde ahí.
messages-crash-reload-link = Recargar
messages-crash-download-link = Descargar tu trabajo

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

## Why a file or a link is refused: the core's and the worker's reasons (src/i18n/reasons.rs)

# Por qué se rechaza un archivo, un enlace o un cambio. Dos tipos de razones: oraciones completas,
# terminadas en punto, y frases que se insertan en otra oración.

# Un archivo de Close Reader que no se abre.
reasons-load-not-utf8 = Este archivo no es texto (no es UTF-8 válido), así que no es un archivo de Close Reader.
reasons-load-not-json = Este archivo no es JSON válido (el error está en la línea { $line }, columna { $column }). Los archivos de Close Reader son JSON.
reasons-load-beyond-limits = Este archivo no se puede leer: { $what } (en la línea { $line }, columna { $column }). Ningún archivo de Close Reader tiene eso.
reasons-limit-nesting = su JSON está anidado demasiado (más de 128 niveles)
reasons-limit-number = contiene un número fuera de rango
reasons-load-other-format = Es un archivo JSON, pero no de Close Reader: su campo “format” es “{ $format }”, no “close-reader”.
reasons-load-no-format = Es un archivo JSON, pero no de Close Reader: no tiene el campo “format” con el valor “close-reader”.
reasons-load-too-new = Este archivo lo guardó una versión más nueva de Close Reader (versión de archivo { $version }); esta aplicación lee hasta la versión { $latest }. Ábrelo en la versión más nueva.
reasons-load-bad-version = Este archivo de Close Reader no tiene una “version” válida (debe ser un número entero del 1 al { $latest }).
reasons-load-damaged = Este archivo de Close Reader está dañado: { $detail }.
reasons-damaged-read-already = ya se leyó
reasons-load-text-changed = El texto del artículo en este archivo no coincide con su suma de comprobación (sha256): el texto se cambió después de guardar el archivo, así que no se puede confiar en las posiciones de las anotaciones.
reasons-load-labels = Este archivo de Close Reader tiene un problema en sus etiquetas: { $detail }.
reasons-labels-empty-id = la etiqueta { $number } tiene un identificador vacío
reasons-labels-same-id = dos etiquetas comparten el identificador “{ $id }”
reasons-labels-colour = la etiqueta “{ $id }” tiene el color “{ $colour }”, que no es un color #rrggbb
reasons-labels-key = la etiqueta “{ $id }” tiene la tecla “{ $key }”; una tecla es un solo carácter
reasons-load-reversed = La anotación { $index } (“{ $id }”) termina antes de empezar (inicio { $start }, fin { $end }).
reasons-load-quote = La anotación { $index } (“{ $id }”) cita “{ $expected }”, pero el texto en sus posiciones dice “{ $found }”.
reasons-load-context = La anotación { $index } (“{ $id }”): { $which ->
    [prefix] el texto que la precede
   *[suffix] el texto que la sigue
} no coincide con el texto que la rodea.
reasons-load-annotation = Anotación { $index }: { $error }.
reasons-load-bad-link = El vínculo { $index } (“{ $id }”) { $detail }.
reasons-link-bad-sha256 = nombra su otro documento con el sha256 “{ $sha256 }”, que no tiene 64 dígitos hexadecimales
reasons-unknown-kind = tiene el tipo “{ $kind }”, que Close Reader no conoce (conoce { $known })
reasons-load-link = Vínculo { $index }: { $error }.
reasons-load-assignment = Este archivo de Close Reader tiene un problema en su tarea: { $detail }.
reasons-load-feedback = Este archivo de Close Reader tiene un problema en sus comentarios de retroalimentación: { $detail }.
reasons-load-key-span = El fragmento { $index } de la clave de corrección { $detail }.
reasons-load-threads = Este archivo de Close Reader tiene un problema en sus comentarios: { $detail }.
reasons-threads-not-list = no es una lista
reasons-load-thread = El hilo de comentarios { $index } { $detail }.
reasons-load-structure = Este archivo de Close Reader tiene un problema en su estructura: { $detail }.
reasons-load-structure-item = { $what ->
    [Block] El bloque
   *[Mark] La marca de formato
} { $index } de la estructura { $detail }.
reasons-shape-past-end = { $what ->
    [Block] El bloque
   *[Mark] La marca de formato
} { $index } de la estructura va más allá del final del texto.
reasons-shape-not-whole-lines = El bloque { $index } de la estructura no empieza ni termina en los bordes de las líneas.
reasons-shape-overlap = El bloque { $index } de la estructura se superpone al anterior o va antes que él.
reasons-shape-bad-value = { $what ->
    [Block] El bloque
   *[Mark] La marca de formato
} { $index } de la estructura tiene un valor imposible.

# Lo que dice el lector de JSON.
reasons-json-at = { $what } (línea { $line }, columna { $column })
reasons-json-missing-field = falta el campo `{ $field }`
reasons-json-duplicate-field = el campo `{ $field }` está repetido

# Un elemento de un archivo (fragmento de la clave, hilo de comentarios, bloque o marca de formato).
reasons-item-unreadable = no se puede leer: { $why }
reasons-item-reversed = termina antes de empezar (inicio { $start }, fin { $end })
reasons-item-outside = tiene las posiciones [{ $start }, { $end }), fuera del texto (que tiene { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
})
reasons-item-empty = no abarca ningún texto
reasons-item-quote = cita “{ $expected }”, pero el texto en sus posiciones dice “{ $found }”
reasons-item-unknown-label = usa la etiqueta “{ $label }”, que el archivo no define
reasons-no-id = no tiene identificador
reasons-thread-same-id = tiene el identificador “{ $id }”, igual que un hilo anterior
reasons-thread-no-messages = no tiene mensajes
reasons-thread-message = tiene un mensaje ({ $number }) que { $problem }
reasons-thread-same-message-id = tiene dos mensajes con el identificador “{ $id }”
reasons-structure-no-href = es un enlace sin “href”
reasons-structure-no-level = es un título sin “level”
reasons-structure-no-ordered = es un elemento de lista sin “ordered”
reasons-structure-item-no-depth = es un elemento de lista sin “depth”
reasons-structure-quote-no-depth = es una cita sin “depth”
reasons-structure-depth = tiene la profundidad { $depth }; una profundidad va de 1 a { $most }
reasons-structure-level = es un título de nivel { $level }; un nivel va de 1 a 6
reasons-structure-number = tiene el número { $number }, mayor que el de cualquier lista ({ $most })

# Un mensaje de una conversación.
reasons-message-no-author = no tiene autor
reasons-message-no-text = no tiene texto
reasons-message-time = tiene la hora “{ $time }”, que no es una fecha y hora RFC 3339 (como 2026-12-07T18:02:11Z)
reasons-message-too-long = tiene { $count } caracteres; se permiten { $most } como máximo

# La tarea de un archivo y su rúbrica.
reasons-assignment-instructions = sus instrucciones tienen { $count } caracteres; se permiten { $most } como máximo
reasons-assignment-rubric = en su rúbrica, { $problem }
reasons-assignment-rubric-unreadable = su rúbrica no se puede leer: { $why }
reasons-assignment-criterion-unreadable = el criterio { $number } de su rúbrica no se puede leer: { $why }
reasons-assignment-band-unreadable = la franja de letra { $number } de su rúbrica no se puede leer: { $why }
reasons-rubric-no-criteria = no hay criterios
reasons-rubric-too-many = hay { $count } criterios; se permiten { $most } como máximo
reasons-rubric-no-name = el criterio { $number } no tiene nombre
reasons-rubric-name-too-long = el nombre del criterio { $number } tiene { $count } caracteres; se permiten { $most } como máximo
reasons-rubric-same-name = los criterios { $first } y { $number } se llaman “{ $name }”; dale a cada uno su propio nombre
reasons-rubric-points-zero = los puntos del criterio { $number } deben ser más de 0
reasons-rubric-points-most = los puntos del criterio { $number } deben ser como máximo { $most }
reasons-rubric-points-decimals = los puntos del criterio { $number } tienen más de dos decimales
reasons-rubric-no-label = el criterio { $number } no mide ninguna etiqueta; elige una
reasons-rubric-notes-zero = el criterio { $number } pide notas en al menos 0 fragmentos; pide 1 o más
reasons-rubric-notes-most = el criterio { $number } pide notas en al menos { $count } fragmentos; se pueden pedir { $most } como máximo
reasons-rubric-unknown-label = el criterio { $number } mide la etiqueta “{ $label }”, que el archivo no define
reasons-rubric-unknown-link-kind = el criterio { $number } cuenta vínculos del tipo “{ $kind }”, que Close Reader no conoce (conoce { $known })
reasons-rubric-no-letters = la escala de letras no tiene letras
reasons-rubric-too-many-letters = la escala de letras tiene { $count } letras; se permiten { $most } como máximo
reasons-rubric-band-no-letter = la franja { $number } no tiene letra
reasons-rubric-letter-too-long = la letra de la franja { $number } tiene más de { $most } caracteres
reasons-rubric-same-letter = la letra “{ $letter }” se da a las franjas { $first } y { $number }
reasons-rubric-band-range = la franja { $number } ({ $letter }) empieza en { $percent } %; una franja empieza entre 0 y 100 %
reasons-rubric-band-order = las franjas van de la más alta a la más baja: la franja { $number } ({ $letter }, desde { $percent } %) debe empezar por debajo de la franja { $above } ({ $above_letter }, desde { $above_percent } %)
reasons-rubric-last-band = la última franja ({ $letter }) empieza en { $percent } %; debe empezar en 0 %, para que toda calificación tenga una letra

# Cambios que el documento no acepta.
reasons-annotation-outside = la anotación “{ $id }” tiene las posiciones [{ $start }, { $end }), fuera del texto (que tiene { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
})
reasons-annotation-empty = la anotación “{ $id }” no abarca ningún texto
reasons-annotation-unknown-label = la anotación “{ $id }” usa la etiqueta “{ $label }”, que el archivo no define
reasons-annotation-same-id = dos anotaciones comparten el identificador “{ $id }”
reasons-link-empty-id = un vínculo tiene un identificador vacío
reasons-link-same-id = dos vínculos comparten el identificador “{ $id }”
reasons-link-missing-end = el vínculo “{ $id }” { $end ->
    [from] parte de
   *[to] lleva a
} la anotación “{ $annotation }”, que no existe
reasons-link-to-itself = el vínculo “{ $id }” une la anotación “{ $annotation }” consigo misma
reasons-link-repeats = el vínculo “{ $id }” repite el vínculo “{ $existing }” (mismas anotaciones, mismo tipo)
reasons-link-no-annotation = no hay ninguna anotación “{ $annotation }” que vincular
reasons-link-not-across = un vínculo de tipo “{ $kind }” no puede unir dos documentos (solo pueden same-claim y contradicts)
reasons-edit-annotation-changed = la anotación “{ $id }” cambió después de hacerse este cambio
reasons-edit-label = la etiqueta “{ $id }” ya existe o todavía está en uso
reasons-edit-label-changed = la etiqueta “{ $id }” cambió después de hacerse este cambio
reasons-edit-link-changed = el vínculo “{ $id }” cambió después de hacerse este cambio
reasons-edit-still-linked = la anotación “{ $id }” todavía tiene vínculos ({ $links }); quítalos junto con ella
reasons-edit-message-same-id = la conversación ya tiene un mensaje con el identificador “{ $id }”
reasons-edit-message = el mensaje { $problem }
reasons-edit-conversation-changed = la conversación “{ $id }” cambió después de hacerse este cambio
reasons-label-empty-id = una etiqueta tiene un identificador vacío
reasons-label-same-id = dos etiquetas tienen el identificador “{ $id }”
reasons-label-no-name = la etiqueta “{ $id }” no tiene nombre
reasons-label-colour = el color “{ $colour }” de la etiqueta “{ $id }” no es un color #rrggbb
reasons-label-key-too-long = la tecla “{ $key }” de la etiqueta “{ $id }” tiene más de un carácter
reasons-label-key-reserved = la etiqueta “{ $id }” tiene la tecla “{ $key }”, que la aplicación usa para sus propios comandos
reasons-label-key-taken = la etiqueta “{ $id }” tiene la tecla “{ $key }”, que ya usa la etiqueta “{ $other }”
reasons-label-unknown = no hay ninguna etiqueta “{ $id }”
reasons-label-to-itself = los fragmentos de la etiqueta “{ $id }” no se pueden pasar a esa misma etiqueta
reasons-label-no-position = no hay posición { $position } ({ $count ->
    [one] hay { $count } etiqueta
   *[other] hay { $count } etiquetas
})
reasons-label-in-use = { $count ->
    [one] todavía hay { $count } fragmento marcado con la etiqueta “{ $id }”; elige qué pasa con él antes de eliminarla
   *[other] todavía hay { $count } fragmentos marcados con la etiqueta “{ $id }”; elige qué pasa con ellos antes de eliminarla
}

# Cambios guardados al cerrarse la página.
reasons-journal-unreadable = el registro no se puede leer ({ $why })
reasons-journal-format = formato { $format }, versión { $version }
reasons-journal-no-stored-copy = el documento guardado al que se aplican ya no está en este navegador
reasons-journal-other-text = el documento guardado al que se aplican tiene otro texto

# El código de un enlace de tarea.
reasons-code-character = su código tiene { $character } en el carácter { $position }, y un código solo tiene letras, dígitos, “-” y “_” (probablemente el enlace se alteró al copiarlo).
reasons-code-length = su código tiene { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
}, una longitud que ningún código tiene (probablemente el enlace se cortó al copiarlo).
reasons-code-ending = su código termina en “{ $character }”, en lo que no termina ningún código (probablemente el enlace se cortó o se alteró al copiarlo).
reasons-character-space = un espacio
reasons-character-line-break = un salto de línea
reasons-character-invisible = el carácter invisible { $code }
reasons-character-quoted = “{ $character }”

# Un artículo que no se puede importar.
reasons-article-no-text-layer = Este PDF no tiene capa de texto: es una imagen de las páginas. Abre un PDF que contenga texto o pega el texto del artículo.
reasons-article-encrypted = Este archivo { $kind } está protegido con contraseña, así que su texto no se puede leer. Guarda una copia sin protección y ábrela.
reasons-article-too-large = Este archivo es demasiado grande para abrirlo: { $what }.
reasons-article-damaged = { $kind ->
    [text] Este archivo de texto
   *[other] Este archivo { $kind }
} está dañado y no se puede leer ({ $detail }).
reasons-article-damaged-page = Este archivo de página web está dañado y no se puede leer ({ $detail }).
reasons-article-empty = { $kind ->
    [text] Este archivo de texto
   *[other] Este archivo { $kind }
} no tiene texto que anotar.
reasons-article-empty-page = Esta página web no tiene texto que anotar.
reasons-article-archive = Es un archivo ZIP, no un archivo de Word, OpenDocument o EPUB. Descomprímelo y abre el archivo que contiene (para una exportación de brat, abre primero el texto del artículo y después su archivo .ann).
reasons-article-not-article = Es { $what }, no un artículo: abre una página web o un archivo PDF, Word, OpenDocument, EPUB, Markdown o de texto.
reasons-file-empty = un archivo vacío
reasons-file-image = una imagen
reasons-file-binary = un archivo binario, no texto
reasons-file-damaged-zip = un archivo zip dañado
reasons-file-opendocument-other = una hoja de cálculo, presentación o dibujo de OpenDocument, no un documento de texto
reasons-file-excel = un libro de Excel
reasons-file-powerpoint = una presentación de PowerPoint
reasons-file-office-protected = un archivo de Office protegido con contraseña (guarda una copia sin protección como .docx)
reasons-file-old-word = un archivo antiguo de Word (.doc) (guárdalo como .docx)
reasons-file-old-office = un archivo antiguo de Office (.xls o .ppt)
reasons-file-rtf = un archivo RTF (guárdalo como .docx u .odt)
reasons-file-xml = un archivo XML
reasons-large-parts = contiene { $count } partes, más de { $most }
reasons-large-part = su parte { $part } ocupa más de { $megabytes } MB al descomprimirla
reasons-large-all-parts = sus partes ocupan más de { $megabytes } MB al descomprimirlas
reasons-large-page = la página ocupa { $megabytes } MB, más de los { $most } MB que puede tener una página
reasons-large-chapter = el capítulo ocupa { $megabytes } MB, más de los { $most } MB que puede tener una página
reasons-large-contents = el contenido de sus páginas ocupa más de { $megabytes } MB al descomprimirlo (o el de una de ellas, más de { $each } MB)
reasons-large-drawing = sus páginas tienen demasiadas instrucciones de dibujo
reasons-large-characters = sus páginas tienen más de cuatro millones de caracteres
reasons-large-pages = tiene { $count } páginas o más, y se pueden abrir { $most } como máximo
reasons-large-one-part = una de sus partes ocupa más de { $megabytes } MB al descomprimirla
reasons-damage-zip = no es un archivo zip completo
reasons-damage-no-pages = no tiene páginas que se puedan leer
reasons-damage-not-pdf = no empieza como empieza un PDF
reasons-damage-cut-short = está cortado: le falta el final
reasons-damage-no-catalogue = le falta el catálogo de páginas
reasons-damage-pdf-structure = su estructura no se puede leer: { $why }
reasons-damage-no-word-document = no tiene parte de documento: puede que no sea un archivo de Word
reasons-damage-old-word = es un archivo .doc antiguo de Word 97–2003; guárdalo como .docx y abre ese
reasons-damage-no-content = no tiene content.xml: puede que no sea un archivo de OpenDocument
reasons-damage-no-container = no tiene META-INF/container.xml
reasons-damage-no-package = su container.xml no nombra ningún documento de paquete
reasons-damage-package-missing = falta su documento de paquete { $path }
reasons-damage-no-mime-header = no tiene encabezado MIME
reasons-damage-not-multipart = no es un mensaje MIME de varias partes
reasons-damage-no-boundary = sus partes no tienen delimitador
reasons-damage-no-web-page = no contiene ninguna página web
reasons-damage-not-base64 = su página no es base64 válido
reasons-damage-json = es JSON, no un artículo
reasons-damage-part-not-utf8 = la parte { $part } no es texto UTF-8
reasons-damage-part-not-xml = su parte { $part } no es XML bien formado: { $why }
reasons-damage-xml-ends-early = termina demasiado pronto
reasons-damage-page-encoding = sus caracteres están en la codificación { $encoding }, que aquí no se puede leer; guarda de nuevo la página en UTF-8
reasons-damage-text-encoding = está escrito en la codificación { $encoding }, que Close Reader no lee; guárdalo en UTF-8 y vuelve a abrirlo
reasons-damage-part = parte { $part }: { $why }

# El archivo de otra herramienta que no se puede leer.
reasons-tool-not-utf8 = Este archivo no es texto (no es UTF-8 válido), así que no es { $format }.
reasons-tool-syntax = Este archivo { $format } no se puede leer: { $detail } (en la línea { $line }, columna { $column }).
reasons-tool-shape = Esto no es { $format } utilizable: { $detail }.
reasons-tool-different-text = Este archivo { $format } trata de otro texto: { $detail }.

# Un archivo que no está en ningún formato que lea Close Reader.
reasons-unrecognised-empty = Este archivo está vacío.
reasons-unrecognised-zip = Es un archivo ZIP. Descomprímelo y abre el archivo que contiene (para una exportación de brat, abre primero el texto del artículo y después su archivo .ann).
reasons-unrecognised-binary = Este archivo no es texto (no es UTF-8 válido), así que no contiene anotaciones que Close Reader pueda leer.
reasons-unrecognised-json = Es un archivo JSON, pero no de un tipo que Close Reader conozca: { $what }. Close Reader lee sus propios archivos, las anotaciones web del W3C, Hypothesis y el JSON de doccano y Label Studio.
reasons-unrecognised-plain-text = Es texto sin formato, no un archivo de anotaciones. Para anotarlo, empieza un documento nuevo y pega el texto.
reasons-json-empty-list = una lista vacía
reasons-json-unknown-list = una lista cuyo primer elemento no es una anotación del W3C, ni de Hypothesis, ni una tarea de Label Studio
reasons-json-empty-object = un objeto vacío
reasons-json-single-value = un valor suelto, ni un objeto ni una lista
reasons-json-format = su campo “format” es “{ $format }”
reasons-json-fields = un objeto con los campos { $fields }

# end of reasons

## The readable report's and the printout's words (the HTML report written in the worker)

report-untitled = Artículo sin título
report-page-title = { $title } (anotado)
report-source = Fuente: { $url }
report-word-count = { $count ->
    [one] { $count } palabra
   *[other] { $count } palabras
}
report-annotation-count = { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
report-annotated-by = anotado por { $name }
report-exported = exportado el { $date }
report-legend = Leyenda
report-note-marker = Nota { $number }
report-claims = Las afirmaciones y sus fuentes
report-no-source = ninguna fuente vinculada
report-kind-named = identificada
report-kind-anonymous = anónima
report-kind-vague = vaga
report-notes = Notas
report-back-to-note = Volver al texto de la nota { $number }
report-comments = Comentarios

# end of report

## Why a span is suggested, and how a source was classed (src/i18n/why.rs)

why-hedge = { $class ->
    [modal] verbo modal
    [adverb] adverbio de duda
    [adjective] adjetivo de duda
    [reporting] atenuador de atribución
    [approximator] marcador de aproximación
    [mood] condicional
   *[verb] verbo de suposición
} “{ $quote }”
why-hedge-before-number = { $hedge } ante un número
why-hedge-before-quantity = { $hedge } ante una cantidad
why-claim = { $class ->
    [percentage] porcentaje
    [money] cantidad de dinero
    [date] fecha
    [comparative] comparativo
    [superlative] superlativo
    [causal] conector causal
    [prediction] predicción
    [change] cambio
    [reported] estilo indirecto
   *[number] número
} “{ $quote }”
why-claim-and = { $first } y { $class ->
    [percentage] un porcentaje
    [money] una cantidad de dinero
    [date] una fecha
    [comparative] un comparativo
    [superlative] un superlativo
    [causal] un conector causal
    [prediction] una predicción
    [change] un cambio
    [reported] estilo indirecto
   *[number] un número
} “{ $quote }”
why-source-verb = verbo de atribución “{ $cue }” con fuente { $kind ->
    [named] identificada
    [anonymous] anónima
   *[vague] vaga
} “{ $source }”
why-source-according = “{ $cue }” con fuente { $kind ->
    [named] identificada
    [anonymous] anónima
   *[vague] vaga
} “{ $source }”
why-class-no-words = no hay palabras que clasificar
why-class-anonymity = marca de anonimato: “{ $found }”
why-class-hearsay = de oídas: “{ $found }”
why-class-on-record = “{ $role }” que habla oficialmente en nombre de “{ $name }”
why-class-who = { $who }: “{ $found }”
why-class-who-of = { $who }: “{ $found }” (de “{ $name }”)
why-who = { $who ->
    [official] cargo oficial sin nombre
    [spokesperson] portavoz sin nombre
    [source] fuente sin nombre
    [aide] asesor sin nombre
    [diplomat] diplomático sin nombre
    [employee] empleado sin nombre
    [insider] fuente interna sin nombre
    [staff] personal sin nombre
    [witness] testigo sin nombre
    [group] grupo impreciso
    [quantity] cantidad imprecisa
   *[person] persona sin nombre
}
why-class-name = { $sign ->
    [capitalised] nombre propio
    [initialism] sigla
    [organisation] organización
   *[title] cargo y nombre
} “{ $name }”
why-class-office = identificado por su cargo: “{ $found }”
why-class-unnamed-office = titular de un cargo sin nombre: “{ $found }”
why-class-nothing = ningún nombre ni patrón conocido en “{ $phrase }”

# end of why

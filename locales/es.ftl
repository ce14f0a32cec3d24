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

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

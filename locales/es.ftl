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

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

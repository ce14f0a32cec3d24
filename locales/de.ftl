### Die Oberfläche von Close Reader auf Deutsch (übersetzt aus en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } und { $second }
list-more = { $first }, { $rest }
language-menu = Sprache
    .title = Die Sprache der Schaltflächen und Meldungen von Close Reader (der Artikel behält seine eigene)
language-unavailable = Die Meldungen auf { $language } konnten nicht geladen werden; Close Reader bleibt in der bisherigen Sprache.

# end of shared

## Start screen (src/components/start.rs, open_file.rs, arrival.rs, import_review.rs, progress_bar.rs)

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

# end of library

## Annotate screen (annotate.rs, top_bar.rs, label_toolbar.rs, label_editor.rs, article.rs, search_bar.rs, export_menu.rs)

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

panel-annotations = Annotationen
panel-evidence = Belege
panel-suggestions = Vorschläge
panel-tabs = Seitenleiste
panel-annotations-count = Annotationen ({ $count })
panel-show-labels = Kategorien anzeigen
panel-chip-hide = { $label } in der Liste ausblenden
panel-chip-show = { $label } in der Liste einblenden
panel-edit-labels = Kategorien…
    .title = Kategorien umbenennen, Farbe, Taste oder Reihenfolge ändern, Kategorien hinzufügen oder löschen
panel-empty = Wählen Sie Wörter im Artikel aus und drücken Sie dann C, S oder H (oder nutzen Sie die eingeblendeten Schaltflächen), um sie als Behauptung, Quelle oder Abschwächung zu markieren. Halten Sie Alt gedrückt, um genau auszuwählen, ohne auf ganze Wörter zu erweitern.
panel-all-hidden = Alle Kategorien sind in der Liste ausgeblendet.
panel-comment-count = { $count ->
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}
panel-entry-list = { $count ->
    [one] { $count } Annotation in Textreihenfolge
   *[other] { $count } Annotationen in Textreihenfolge
}
panel-quoted = „{ $quote }“
panel-selected-span = Ausgewählte Markierung
panel-close-editor = Bearbeitung der Markierung schließen
panel-field-label = Kategorie
panel-label-option = { $label } ({ $key })
panel-field-note = Notiz
    .placeholder = Warum ist das eine Behauptung, Quelle oder Abschwächung? Was würden Sie überprüfen?
panel-links = Verknüpfungen
panel-no-links = Noch keine Verknüpfungen. Verknüpfen Sie eine Behauptung mit der Quelle, auf die sie sich stützt, oder eine Abschwächung mit der Behauptung, die sie abschwächt: Drücken Sie L und klicken Sie dann auf die andere Hervorhebung.
panel-link-elsewhere = { $quote } in „{ $title }“
panel-unlink = Verknüpfung entfernen: { $relation } { $quote }
    .title = Diese Verknüpfung entfernen
panel-cancel-link = Verknüpfen abbrechen
    .title = Verknüpfen beenden (Esc)
panel-link = Verknüpfen…
    .title = Klicken Sie danach auf die Hervorhebung, mit der verknüpft werden soll (L)
panel-span-comments = Kommentare zu dieser Markierung
panel-comments = Kommentare
panel-delete-span = Markierung löschen
    .title = Löschen (Delete oder Backspace)
panel-evidence-summary = Belege im Überblick
panel-overview = { $words ->
        [one] { $words } Wort
       *[other] { $words } Wörter
    } · { $claims ->
        [one] { $claims } Behauptung
       *[other] { $claims } Behauptungen
    } · { $sources ->
        [one] { $sources } Quelle
       *[other] { $sources } Quellen
    } · { $hedges ->
        [one] { $hedges } Abschwächung
       *[other] { $hedges } Abschwächungen
    } ({ $density ->
        [one] { $density } Abschwächung pro 100 Wörter
       *[other] { $density } Abschwächungen pro 100 Wörter
    })
panel-unsupported = Behauptungen ohne Quelle ({ $count })
panel-no-claims = Noch keine Behauptungen markiert.
panel-all-claims-sourced = Jede Behauptung hat eine verknüpfte Quelle.
panel-claims-and-sources = Behauptungen und ihre Quellen
panel-no-source = keine Quelle verknüpft
panel-idle-sources = Quellen, die keine Behauptung stützen ({ $count })
panel-no-sources = Noch keine Quellen markiert.
panel-all-sources-used = Jede Quelle stützt eine Behauptung.
panel-hedged-claims = Abgeschwächte Behauptungen ({ $count })
panel-no-hedged-claims = Keine Behauptung enthält eine Abschwächung (verknüpft oder in ihr selbst).
panel-hedge-count = { $count ->
    [one] { $count } Abschwächung
   *[other] { $count } Abschwächungen
}
panel-sources-by-kind = Quellen nach Art: { $named } namentlich, { $anonymous } anonym, { $vague } vage
panel-source-kind = { $kind ->
    [named] namentlich
    [anonymous] anonym
    [vague] vage
   *[other] { $kind }
}
panel-beside = Daneben: { $title }
panel-swap = Seiten tauschen
    .title = Diesen Artikel bearbeiten; der andere kommt daneben
panel-close-beside = Artikel daneben schließen
panel-compare = Vergleichen
panel-compare-hint = Um die Berichte zweier Medien über dasselbe Ereignis zu vergleichen, fügen Sie den anderen Artikel Ihrer Bibliothek hinzu; dann lässt er sich neben diesem öffnen.
panel-compare-with = Mit einem anderen Artikel vergleichen
panel-open-beside = Daneben öffnen…
    .aria-label = Daneben öffnen
panel-same-claim = Dieselbe Behauptung in beiden ({ $count })
panel-contradictions = Widersprüche ({ $count })
panel-only-in = Nur in „{ $title }“ ({ $count })
panel-side-sources = Quellen: { $named } namentlich, { $anonymous } anonym, { $vague } vage
panel-current-suggestion = Aktueller Vorschlag
panel-suggested = Vorschlag: { $label }
panel-accept = Annehmen
    .title = Annehmen (A oder Enter)
panel-reject = Ablehnen
    .title = Ablehnen (X)
panel-next = Weiter ›
    .title = Nächster Vorschlag (N)
panel-suggestions-off = Vorschläge sind für diese Aufgabe ausgeschaltet: Ihre Lehrkraft möchte sehen, was Sie selbst finden.
panel-article-language = Sprache des Artikels
panel-language = { $language ->
    [en] Englisch
    [es] Spanisch
    [fr] Französisch
    [de] Deutsch
    [pt] Portugiesisch
    [ar] Arabisch
    [zh] Chinesisch
   *[other] { $language }
}
panel-language-in-text = { $language ->
    [en] Englisch
    [es] Spanisch
    [fr] Französisch
    [de] Deutsch
    [pt] Portugiesisch
    [ar] Arabisch
    [zh] Chinesisch
   *[other] { $language }
}
panel-unreadable = Keine Vorschläge: Dieser Artikel ist offenbar auf { $language } geschrieben, und Vorschläge gibt es nur für { $readable }. Ist er doch in einer dieser Sprachen, geben Sie das hier an.
panel-show-suggestions = Vorschläge im Artikel anzeigen
panel-suggestions-hint = Hinweise, keine Kategorien: Gestrichelte Umrandungen markieren Wörter, die oft Abschwächungen, Quellen oder Behauptungen sind, jeweils mit Begründung. Mit N und P gehen Sie sie durch; A oder Enter nimmt an, X lehnt ab.
panel-open-suggestions = { $count ->
    [one] { $count } offener Vorschlag
   *[other] { $count } offene Vorschläge
}
panel-open-suggestions-rejected = { $count ->
    [one] { $count } offener Vorschlag
   *[other] { $count } offene Vorschläge
} ({ $rejected } abgelehnt)
panel-suggestion-count = { $label }: { $count }
panel-accept-all = Alle annehmen ({ $count })
panel-go-first = Zum ersten (N)
panel-threads = Kommentare zu Markierungen
panel-threads-hint = Kommentare zu Ihren Markierungen stehen auch direkt daneben: Wählen Sie eine Markierung oder ihren Eintrag unter Annotationen, um sie dort zu lesen und zu beantworten.
panel-thread-place = { $place }:
panel-show-span = Markierung zeigen
    .title = Die Markierung zeigen, mit diesem Kommentar daneben
panel-reply = Antworten
    .placeholder = Ihre Antwort

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

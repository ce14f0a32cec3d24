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

start-title = Close Reader
start-tagline = Markieren Sie die Behauptungen, Quellen und Abschwächungen in einem Nachrichtenartikel. Alles bleibt in diesem Browser, bis Sie es herunterladen.
start-other-ways = Andere Möglichkeiten zu beginnen
start-sample = Beispielartikel ausprobieren
start-library = Bibliothek ({ $count })
start-field-title = Titel
    .placeholder = Überschrift des Artikels
start-field-url = Quell-URL (optional)
start-field-text = Artikeltext
    .placeholder = Fügen Sie den Artikel hier ein. Absätze, jede Schrift und jede Sprache bleiben genau erhalten.
start-reflowed = { $count ->
    [one] { $count } Zeile, die am Seitenrand umbrochen war (wie oft bei Text aus einem PDF), wurde zusammengefügt.
   *[other] { $count } Zeilen, die am Seitenrand umbrochen waren (wie oft bei Text aus einem PDF), wurden zusammengefügt.
}
start-undo-reflow = Zusammenfügen rückgängig machen
start-paste-kept = Was von der Seite erhalten bleibt
start-from-web-page = Von der Webseite. { $kept }
start-plain-only = Nur reiner Text (ohne Überschriften, Listen und Hervorhebungen)
start-go = Mit dem Annotieren beginnen
start-shape-lost = Die Überschriften und Listen der Seite konnten nicht erhalten werden ({ $why }); der Text wird als reiner Text eingefügt.
start-cancel = Abbrechen
start-open-file = Datei öffnen
start-progress = { $what } { $percent } %
start-kept = Erhalten: { $what }.
start-kept-headings = { $count ->
    [one] { $count } Überschrift
   *[other] { $count } Überschriften
}
start-kept-items = { $count ->
    [one] { $count } Listeneintrag
   *[other] { $count } Listeneinträge
}
start-kept-quotes = { $count ->
    [one] { $count } zitierter Absatz
   *[other] { $count } zitierte Absätze
}
start-kept-captions = { $count ->
    [one] { $count } Bildunterschrift
   *[other] { $count } Bildunterschriften
}
start-kept-notes = { $count ->
    [one] { $count } Fußnote
   *[other] { $count } Fußnoten
}
start-kept-emphasis = Hervorhebungen
start-kept-links = { $count ->
    [one] { $count } Link (angezeigt, nicht aufrufbar)
   *[other] { $count } Links (angezeigt, nicht aufrufbar)
}
start-preview = Vorschau
start-preview-more = { $count ->
    [one] … und { $count } weiterer Absatz.
   *[other] … und { $count } weitere Absätze.
}
start-arrival-title = Diesen Artikel öffnen?
start-arrival-read-as = „{ $name }“, gelesen als { $kind ->
    [pdf] PDF
    [epub] EPUB-Buch
    [word] Word-Datei
    [odt] OpenDocument-Text
    [web] Webseite
    [mhtml] Webseite (einzelne Datei)
    [markdown] Markdown-Datei
    [text] Textdatei
   *[other] { $kind }
}
start-arrival-pasted = { $kind ->
    [pdf] Aus einem PDF eingefügt
    [epub] Aus einem EPUB-Buch eingefügt
    [word] Aus einer Word-Datei eingefügt
    [odt] Aus einem OpenDocument-Text eingefügt
    [web] Von einer Webseite eingefügt
    [mhtml] Von einer Webseite (einzelne Datei) eingefügt
    [markdown] Aus einer Markdown-Datei eingefügt
    [text] Aus einer Textdatei eingefügt
   *[other] Eingefügt aus: { $kind }
}
start-arrival-field-title = Titel
start-arrival-left-out = Weggelassen: { $what }.
start-arrival-plain-only = Nur reiner Text (ohne Überschriften, Listen und Hervorhebungen; der Text bleibt gleich)
start-import-title = „{ $name }“ importieren
start-import-read-as = Gelesen als { $format ->
    [native] Close-Reader-Datei
    [w3c-annotation] W3C Web Annotation
    [w3c-list] Liste von W3C Web Annotations
    [w3c-page] W3C Annotation Page
    [w3c-collection] W3C Annotation Collection
    [w3c-graph] W3C-Web-Annotation-Graph (JSON-LD @graph)
    [hypothesis] Hypothesis-Annotationen
    [doccano] doccano-JSONL
    [label-studio] Label-Studio-Aufgaben
    [csv] Close-Reader-CSV-Tabelle
    [brat] brat-Datei (.ann)
   *[other] { $format }
}.
start-import-found = { $found } von { $total ->
    [one] { $total } Annotation
   *[other] { $total } Annotationen
} { $found ->
    [one] hat ihren Platz
   *[other] haben ihren Platz
} in diesem Artikel gefunden.
start-import-found-links = { $found } von { $total ->
    [one] { $total } Annotation
   *[other] { $total } Annotationen
} und { $linked } von { $links ->
    [one] { $links } Verknüpfung
   *[other] { $links } Verknüpfungen
} haben ihren Platz in diesem Artikel gefunden.
start-import-new = Die Datei wird als neues Dokument „{ $title }“ ({ $words ->
    [one] { $words } Wort
   *[other] { $words } Wörter
}) geöffnet, mit { $found } von { $total ->
    [one] { $total } Markierung
   *[other] { $total } Markierungen
} an ihrem Platz.
start-import-new-links = Die Datei wird als neues Dokument „{ $title }“ ({ $words ->
    [one] { $words } Wort
   *[other] { $words } Wörter
}) geöffnet, mit { $found } von { $total ->
    [one] { $total } Markierung
   *[other] { $total } Markierungen
} und { $linked } von { $links ->
    [one] { $links } Verknüpfung
   *[other] { $links } Verknüpfungen
} an ihrem Platz.
start-import-tags = Tags, die hier keine Kategorien sind
start-import-tag = „{ $tag }“ ({ $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
})
start-import-untagged = Ohne Tag ({ $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
})
start-import-create = Kategorie „{ $tag }“ anlegen
start-import-mark-as = Als { $label } markieren
start-import-skip = Nicht importieren
start-import-not-placed = Nicht platziert ({ $count })
start-import-links-not-made = Nicht hergestellte Verknüpfungen ({ $count })
start-import-open-with = Mit { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
} öffnen
start-import-open-with-links = Mit { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
} und { $links ->
    [one] { $links } Verknüpfung
   *[other] { $links } Verknüpfungen
} öffnen
start-import-add-nothing = Nichts hinzufügen
start-import-add = { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
} hinzufügen
start-import-add-links = { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
} und { $links ->
    [one] { $links } Verknüpfung
   *[other] { $links } Verknüpfungen
} hinzufügen

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

library-title = Bibliothek
library-new = Neuer Artikel
library-empty = Noch keine gespeicherten Dokumente. Fügen Sie einen Artikel ein oder öffnen Sie eine Datei, um zu beginnen.
library-list = Gespeicherte Dokumente
library-doc-meta = Gespeichert am { $when } · { $words ->
    [one] { $words } Wort
   *[other] { $words } Wörter
} · { $counts }
library-no-annotations = noch keine Annotationen
library-class-set-kept = Klassensatz aufbewahrt: { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
} · { $size } · geändert am { $when }
library-open = Öffnen
    .aria-label = { $title } öffnen
library-class-set = Klassensatz
    .aria-label = Klassensatz von { $title } öffnen
    .title = Die für diesen Artikel gesammelten Dateien der Schülerinnen und Schüler, so wie Sie sie verlassen haben
library-remove-class-set = Klassensatz entfernen
    .aria-label = Klassensatz von { $title } entfernen
    .title = Die für diesen Artikel gesammelten Dateien vergessen (Sie können das rückgängig machen)
library-compare = Vergleichen
    .aria-label = Dateien zu { $title } vergleichen
    .title = Dateien der Schülerinnen und Schüler zu diesem Artikel öffnen und vergleichen
library-rename = Umbenennen
    .aria-label = { $title } umbenennen
library-delete = Löschen
    .aria-label = { $title } löschen
library-new-title = Neuer Titel
library-save = Speichern
library-cancel = Abbrechen
library-undo = Rückgängig
library-dismiss = Meldung schließen
library-save-failed-download = Herunterladen
library-save-failed-retry = Erneut versuchen
library-take-over = Übernehmen
library-drop-article = Legen Sie zum Öffnen einen Artikel oder eine Close-Reader-Datei hier ab
library-drop-students = Legen Sie die Dateien der Schülerinnen und Schüler hier ab, um sie hinzuzufügen
library-conflict-title = Dieser Artikel ist bereits in Ihrer Bibliothek
library-conflict-same-text = „{ $title }“ hat denselben Text wie die Datei, die Sie geöffnet haben.
library-conflict-in-library = In Ihrer Bibliothek: { $counts }, zuletzt geändert am { $when }.
library-conflict-in-library-newer = In Ihrer Bibliothek: { $counts }, zuletzt geändert am { $when } (neuer).
library-conflict-file = Die Datei: { $counts }, zuletzt geändert am { $when }.
library-conflict-file-newer = Die Datei: { $counts }, zuletzt geändert am { $when } (neuer).
library-conflict-file-undated = Die Datei: { $counts }.
library-conflict-counts = { $spans ->
    [one] { $spans } Markierung
   *[other] { $spans } Markierungen
}, { $notes ->
    [one] { $notes } Notiz
   *[other] { $notes } Notizen
}
library-conflict-spans = { $spans ->
    [one] { $spans } Markierung
   *[other] { $spans } Markierungen
}
library-conflict-advice-library = Die Kopie in Ihrer Bibliothek ist neuer: Wenn Sie sie durch die Datei ersetzen, kehren Sie zu älterer Arbeit zurück.
library-conflict-advice-file = Die Datei ist neuer als die Kopie in Ihrer Bibliothek.
library-conflict-advice-unknown = Welche der beiden neuer ist, lässt sich nicht feststellen.
library-conflict-hint = „Beide behalten“ öffnet die Datei als weiteres Dokument. „Ersetzen“ öffnet sie anstelle Ihrer Kopie, die unter einem neuen Titel in der Bibliothek bleibt.
library-conflict-keep-both = Beide behalten
library-conflict-replace = Ersetzen
library-name-title = Ihr Name
library-name-why = Er wird in die Datei geschrieben, die Sie abgeben, damit Ihre Lehrkraft weiß, von wem die Arbeit ist. Er bleibt in diesem Browser.
library-name-start = Starten
library-name-skip = Überspringen

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

### Die Oberfläche von Close Reader auf Deutsch (übersetzt aus en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } und { $second }
list-more = { $first }, { $rest }
language-menu = Sprache
    .title = Die Sprache der Schaltflächen und Meldungen von Close Reader (der Artikel behält seine eigene)
language-unavailable = Die Meldungen auf { $language } konnten nicht geladen werden; Close Reader bleibt in der bisherigen Sprache.

# The default labels' names in a new document (the document keeps them in its file).
shared-label-claim = Behauptung
shared-label-source = Quelle
shared-label-hedge = Abschwächung

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

annotate-library = ← Bibliothek
annotate-saved = In diesem Browser gespeichert
annotate-saving = Wird gespeichert…
annotate-not-saved = Nicht gespeichert
annotate-undo = Rückgängig
    .title = Rückgängig (Ctrl+Z)
annotate-redo = Wiederholen
    .title = Wiederholen (Ctrl+Shift+Z oder Ctrl+Y)
annotate-download = Herunterladen
    .title = Eine .close-reader.json-Datei speichern
annotate-export = Exportieren
    .title = Die Annotationen für ein anderes Programm speichern oder einen Bericht zum Lesen und Drucken
annotate-print = Drucken
    .title = Den Artikel mit seinen Hervorhebungen drucken
annotate-share = Als Aufgabe teilen…
    .title = Diesen Artikel mit einer Klasse teilen: als Datei oder Link, mit Arbeitsanweisungen
annotate-article = Artikel
annotate-feedback-region = Ihre Markierungen im Vergleich zur Musterlösung
annotate-caret-help = Tastatur: ←/→ wortweise, Shift+←/→ erweitert die Auswahl, die Taste einer Kategorie markiert sie, Enter öffnet die Hervorhebung, Esc hebt die Auswahl auf, Tab verlässt den Artikel.
annotate-close-panel = Seitenleiste schließen ▾
annotate-open-panel = Markierungen und Notizen ▴
annotate-suggested = { $kind ->
    [claim] vorgeschlagene Behauptung
    [source] vorgeschlagene Quelle
    [hedge] vorgeschlagene Abschwächung
   *[other] Vorschlag ({ $kind })
}: { $reason }
annotate-toolbar = Der Auswahl eine Kategorie zuweisen
annotate-label-button = { $name } (Taste { $key } oder { $number })
annotate-search = Im Artikel suchen
    .placeholder = Im Artikel suchen (/)
annotate-search-none = Keine Treffer
annotate-search-count = { $current } von { $total }
annotate-search-previous = Vorheriger Treffer
    .title = Vorheriger Treffer (Shift+Enter)
annotate-search-next = Nächster Treffer
    .title = Nächster Treffer (Enter)
annotate-mark-match = Diesen Treffer markieren als
annotate-mark-as = Als { $label } markieren
    .title = Diesen Treffer als { $label } markieren
annotate-labels-title = Kategorien
annotate-labels-close = Kategorien-Editor schließen
annotate-labels-hint = Name, Farbe und Taste jeder Kategorie. Die Taste markiert eine Auswahl; die Reihenfolge der Liste bestimmt die Zifferntasten 1–9. Änderungen gelten sofort, und „Rückgängig“ nimmt sie zurück.
annotate-label-name = Name der Kategorie { $name }
annotate-label-colour = Farbe von { $name }
annotate-label-key = Taste für { $name }
annotate-label-count = Markierungen mit dieser Kategorie
annotate-label-up = { $name } nach oben verschieben
annotate-label-down = { $name } nach unten verschieben
annotate-label-delete = Löschen
    .aria-label = Kategorie { $name } löschen
annotate-delete-choice = { $label } löschen
annotate-delete-in-use = { $count ->
    [one] { $count } Markierung hat die Kategorie „{ $label }“. Was soll mit ihr geschehen?
   *[other] { $count } Markierungen haben die Kategorie „{ $label }“. Was soll mit ihnen geschehen?
}
annotate-delete-spans = Markierungen ebenfalls löschen
annotate-relabel-as = oder ihnen diese Kategorie geben:
annotate-relabel-to = Neue Kategorie für die Markierungen
annotate-relabel-delete = Kategorie ändern und löschen
annotate-cancel = Abbrechen
annotate-add-label = Kategorie hinzufügen
annotate-switch-preset = Zu einer Vorlage wechseln…
    .aria-label = Zu einer Vorlage wechseln
annotate-preset-default = { $name } (Standard)
annotate-preset-name = Name der Vorlage
annotate-save-preset = Als Vorlage speichern
annotate-preset-unnamed = Geben Sie der Vorlage zuerst einen Namen.
annotate-single-keys = Kürzel mit einer Taste (Kategorietasten, 1–9, l, n, p, a, x, /)
annotate-single-keys-off = Aus: Buchstaben, Ziffern und / bewirken nichts, sodass die Spracheingabe sie nicht auslösen kann; Ctrl+Z, Delete, Escape, die Pfeiltasten und die Schaltflächen funktionieren weiterhin. Wird in diesem Browser gespeichert.
annotate-done = Fertig
annotate-contrast-not-colour = „{ $color }“ ist keine #rrggbb-Farbe, daher lässt sich ihr Kontrast nicht prüfen.
annotate-contrast-text = Auf einer Seite in { $page } hat diese Farbe einen Kontrast von { $ratio }:1. Die Unterstreichung ist sichtbar (3:1), der Name in der Seitenleiste aber schwer lesbar (Text braucht 4,5:1).
annotate-contrast-both = Auf einer Seite in { $page } hat diese Farbe einen Kontrast von { $ratio }:1. Sowohl die Unterstreichung (braucht 3:1) als auch der Name in der Seitenleiste (braucht 4,5:1) sind schwer zu erkennen.
annotate-contrast-dark = Im dunklen Design (in dem die Farbe heller dargestellt wird, { $shown }): { $warning }

annotate-too-long-to-print = Dieser Artikel ist zu lang, um ihn von hier aus zu drucken: Nur der Teil nahe dem Bildschirm ist in der Seite. Exportieren → HTML-Bericht erstellt eine Seite mit dem ganzen Artikel, seinen Markierungen und Notizen, die Sie im Browser drucken können.

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

classroom-assign-title = Als Aufgabe teilen
classroom-assign-hint = Die Schülerinnen und Schüler erhalten den Artikel und seine Kategorien, ohne Ihre Annotationen. In die Datei, die sie abgeben, wird ihr Name geschrieben.
classroom-assign-instructions = Arbeitsauftrag (wird über dem Artikel angezeigt)
    .placeholder = Markieren Sie jede Behauptung und die Quelle dahinter. Markieren Sie Wörter, die eine Behauptung abschwächen, als Abschwächung.
classroom-assign-hide-suggestions = Vorschläge ausblenden
classroom-assign-require-name = Namen verlangen
classroom-assign-download = Aufgabendatei herunterladen
classroom-assign-make-link = Link erstellen
classroom-close = Schließen
classroom-assign-link-about = Aufgabenlink ({ $count } Zeichen; der Artikel steckt im Link selbst, kein Server sieht ihn)
classroom-assign-link = Aufgabenlink
classroom-assign-copy-link = Link kopieren

classroom-rubric = Bewertungsraster
classroom-rubric-none = Kein Bewertungsraster: Die Schülerinnen und Schüler sehen keine Bewertungskriterien, und die Notenübersicht zeigt nur die Übereinstimmung.
classroom-rubric-add = Bewertungsraster hinzufügen
classroom-rubric-legend = { $points ->
    [one] Bewertungsraster · { $points } Punkt
   *[other] Bewertungsraster · { $points } Punkte
}
classroom-criteria = Kriterien
classroom-criterion-name = Name von Kriterium { $number }
classroom-criterion-points = Punkte von Kriterium { $number }
classroom-criterion-measure = Messung von Kriterium { $number }
classroom-criterion-label = Kategorie von Kriterium { $number }
classroom-criterion-links = Verknüpfungen von Kriterium { $number }
classroom-criterion-notes = Geforderte Notizen bei Kriterium { $number }
classroom-link-every-kind = jede Art
classroom-move-up = Nach oben
classroom-move-down = Nach unten
classroom-remove = Entfernen
classroom-criterion-move-up = Kriterium { $number } nach oben verschieben
classroom-criterion-move-down = Kriterium { $number } nach unten verschieben
classroom-criterion-remove = Kriterium { $number } entfernen
classroom-criterion-add = Kriterium hinzufügen
classroom-grade-shown-as = Note anzeigen als
classroom-scale = Skala
classroom-rubric-remove = Bewertungsraster entfernen
classroom-bands = Notenstufen
classroom-band-letter = Buchstabe von Stufe { $number }
classroom-band-from = ab
classroom-band-percent = { "\u00A0" }%
classroom-band-lowest = Mindestprozent von Stufe { $number }
classroom-band-remove = Stufe { $number } entfernen
classroom-band-add = Buchstaben hinzufügen
classroom-rubric-not-saved = Noch nicht gespeichert: { $problem }.
classroom-rubric-saved = Mit der Aufgabe gespeichert: Die Schülerinnen und Schüler sehen diese Kriterien.

classroom-assignment = Aufgabe
classroom-assessed = So wird bewertet ({ $points })
classroom-col-criterion = Kriterium
classroom-col-points = Punkte
classroom-col-measured = Gemessen als
classroom-annotating-as = Annotiert als { $name }
classroom-change-name = Namen ändern
classroom-no-name = Noch kein Name
classroom-add-name = Namen eingeben
classroom-feedback = Rückmeldung
classroom-feedback-heading = Rückmeldung zur Musterlösung von { $name }: { $percent } %
classroom-feedback-heading-none = Rückmeldung zur Musterlösung von { $name }: —
classroom-count-matched = { $count } getroffen
classroom-count-partial = { $count } teilweise getroffen
classroom-count-missed = { $count } verfehlt
classroom-count-extra = { $count } nicht in der Musterlösung
classroom-back-to-annotating = Zurück zum Annotieren
classroom-show-against-key = Meine Markierungen mit der Musterlösung vergleichen

classroom-back-to-library = ← Bibliothek
classroom-compare-title = Vergleichen: { $title }
classroom-key = Musterlösung
classroom-no-key = Keine Musterlösung
classroom-label = Kategorie
classroom-gradebook-csv = Notenübersicht als CSV
classroom-lms-title = Die Noten des Bewertungsrasters mit der Kennung jeder Schülerin und jedes Schülers, so wie dieses System sie importiert
classroom-feedback-files = Rückmeldungsdateien
    .title = Eine Datei pro Schülerin oder Schüler: die eigenen Markierungen im Vergleich zur Musterlösung, zum Öffnen in Close Reader
classroom-views = Was der Artikel zeigt
classroom-view-heat = Heatmap
classroom-view-consensus = Konsens
classroom-region-heat = Heatmap: { $label }
classroom-region-feedback = Eine Schülerin oder ein Schüler im Vergleich zur Musterlösung
classroom-region-consensus = Konsens: mindestens { $k } von { $count }
classroom-heat-hint = { $count ->
    [one] { $label }: Dunkel ist, was { $count } Person markiert hat. Zeigen Sie darauf oder tippen Sie, um zu sehen, wer.
   *[other] { $label }: Je dunkler, desto mehr der { $count } Personen haben die Stelle markiert. Zeigen Sie darauf oder tippen Sie, um zu sehen, wer.
}
classroom-feedback-choose-key = Wählen Sie oben eine Musterlösung, um die Markierungen einer Schülerin oder eines Schülers damit zu vergleichen.
classroom-feedback-for = Rückmeldung für
classroom-student = Schüler·in
classroom-score = Ergebnis: { $percent } %
classroom-score-none = Ergebnis: —
classroom-legend-matched = getroffen
classroom-legend-partial = teilweise getroffen
classroom-legend-missed = verfehlt
classroom-legend-extra = nicht in der Musterlösung
classroom-compare-panel = Dateien und Übereinstimmung

classroom-files = Dateien
classroom-files-heading = Dateien ({ $count })
classroom-add-files = Schülerdateien hinzufügen…
    .label = Schülerdateien hinzufügen
classroom-drop-files = Oder legen Sie bis zu { $count } Dateien hier ab. Dateien zu diesem Artikel werden an ihrem Text erkannt; eine leicht bearbeitete Kopie wird neu verankert.
classroom-reading-files = Dateien werden gelesen … { $done } von { $count }
classroom-cancel = Abbrechen
classroom-key-badge = Musterlösung
classroom-entry-spans = { $count ->
    [one] { $count } Markierung
   *[other] { $count } Markierungen
}
classroom-reanchored = Text wich leicht ab; alle Markierungen neu verankert
classroom-reanchored-unplaced = { $count ->
    [one] Text wich ab; { $count } Markierung konnte nicht zugeordnet werden
   *[other] Text wich ab; { $count } Markierungen konnten nicht zugeordnet werden
}
classroom-remove-file = { $name } entfernen
classroom-unplaced = { $label }: „{ $quote }“
classroom-set-aside = Zurückgestellt ({ $count })
classroom-set-aside-why = : { $why }

classroom-agreement = Übereinstimmung
classroom-agreement-heading = Übereinstimmung · { $label }
classroom-alpha = Krippendorffs α über die Wörter, zwischen den Annotierenden:
classroom-agreement-empty = Fügen Sie Schülerdateien hinzu, um deren Übereinstimmung zu sehen.
classroom-agreement-table = Annotierende nach { $label }
classroom-col-annotator = Name
classroom-col-spans = Markierungen
classroom-col-exact = Exakt, verglichen mit der Musterlösung
classroom-col-overlap = Überlappung, verglichen mit der Musterlösung
classroom-col-precision = P
classroom-col-recall = R
classroom-agreement-choose-key = Wählen Sie eine Musterlösung, um die Annotierenden daran zu messen.
classroom-pairwise = F1 zwischen Annotierenden ({ $label }, Überlappung)

classroom-ranked = Markierungen nach Annotierenden
classroom-ranked-heading = Am häufigsten markiert · { $label }
classroom-ranked-empty = Noch keine Markierungen dieser Kategorie.
classroom-ranked-count = { $marked } von { $count }
classroom-ranked-exactly = ({ $count } exakt)
classroom-key-missed-heading = Markierungen „{ $label }“ der Musterlösung, die seltensten Funde zuerst
classroom-key-missed-empty = Die Musterlösung hat keine Markierungen dieser Kategorie.
classroom-found-by = von { $found } der { $count } gefunden

classroom-gradebook = Notenübersicht
classroom-gradebook-no-rubric = Noch kein Bewertungsraster: Öffnen Sie den Artikel, wählen Sie „Als Aufgabe teilen“ und fügen Sie dort ein Bewertungsraster hinzu; seine Noten erscheinen dann hier.
classroom-gradebook-choose-key = Wählen Sie oben eine Musterlösung: Die Kriterien des Bewertungsrasters werden daran berechnet.
classroom-gradebook-heading = { $points ->
    [one] Notenübersicht · { $points } Punkt
   *[other] Notenübersicht · { $points } Punkte
}
classroom-grades = Noten
classroom-col-total = Summe
classroom-col-grade = Note
classroom-col-lms-identifier = LMS-Kennung
classroom-points = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
classroom-points-of = { $points } / { $possible }
classroom-percent = { $percent } %
classroom-grade-incomplete = unvollständig
classroom-grade-overridden = Geändert (berechnet: { $computed }): { $reason }
classroom-grade-by-hand = Von Hand vergeben: { $reason }
classroom-grade-change = { $criterion } für { $student }: ändern
classroom-grade-cell = { $student }, { $criterion }: { $value }. { $title }
classroom-lms-identifier-of = LMS-Kennung von { $name }
classroom-override-form = Einen Wert ändern
classroom-override-about = { $student } · { $criterion } (berechnet: { $computed }, von { $possible })
classroom-override-about-by-hand = { $student } · { $criterion } (von Hand vergeben, von { $possible })
classroom-points-given = Vergebene Punkte
classroom-reason = Begründung
    .optional = optional
    .required = erforderlich: warum dieser Wert
classroom-override-keep = Diesen Wert übernehmen
classroom-override-revert = Zum berechneten Wert zurück
classroom-gradebook-hint = Klicken Sie auf einen Wert, um ihn zu ändern; ein geänderter Wert ist mit * markiert und behält seine Begründung (zum Lesen darauf zeigen).
classroom-unmatched = Werte für Schülerinnen und Schüler, die nicht mehr in diesem Satz sind (aufbewahrt, falls ihre Datei zurückkommt):
classroom-unmatched-criterion = Kriterium { $number }
classroom-unmatched-line = { $student } · { $criterion }: { $points }
classroom-unmatched-line-reason = { $student } · { $criterion }: { $points } ({ $reason })
classroom-roster-paste = Eine Liste mit Kennungen einfügen
classroom-roster = Liste
classroom-roster-use = Diese Kennungen verwenden
classroom-roster-not-read = Nicht gelesen: { $problems }.
classroom-lms-identifiers-are = { $system }-Kennungen:
classroom-lms-identifier = { $system }-Kennung

classroom-comment-box = Eine Markierung kommentieren
classroom-comment-on = Kommentar zu { $what }
classroom-comment = Kommentieren
    .placeholder = Ihr Kommentar
classroom-comment-hint = Klicken Sie auf eine Markierung der Schülerin oder des Schülers oder auf eine verfehlte Markierung der Musterlösung, um sie zu kommentieren.

classroom-consensus-empty = Fügen Sie Schülerdateien hinzu, um einen Konsens zu bilden.
classroom-consensus-at-least = Von mindestens { $k } der { $count } markiert
classroom-consensus-slider = Konsens: mindestens
classroom-consensus-make = Konsensdokument erstellen

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

messages-not-opened = „{ $name }“ wurde nicht geöffnet: { $why } Es wurde nichts geändert.
messages-answer-damaged = die Antwort des Dateilesers kam beschädigt an.
messages-opening-saved = Das gespeicherte Dokument wird geöffnet …
messages-opening-beside = Der Artikel wird daneben geöffnet …
messages-opening-file = „{ $name }“ wird geöffnet …
messages-reading-file = „{ $name }“ wird gelesen …
messages-preparing = „{ $title }“ wird vorbereitet …
messages-saved-not-opened = Das gespeicherte Dokument konnte nicht geöffnet werden: { $why }.
messages-beside-not-opened = Dieser Artikel konnte nicht neben dem geöffneten angezeigt werden: { $why }.
messages-compare-not-opened = Dieser Artikel konnte nicht zum Vergleichen geöffnet werden: { $why }.
messages-library-unreadable = Die Bibliothek kann nicht gelesen werden: { $why }.
messages-saved-unreadable = Gespeicherte Dokumente können nicht gelesen werden: { $why }. Sie können trotzdem annotieren und Ihre Arbeit herunterladen.
messages-dropped-several = { $count ->
    [one] { $count } Datei wurde abgelegt; legen Sie jeweils nur eine Close-Reader-Datei ab. Es wurde nichts geändert.
   *[other] { $count } Dateien wurden abgelegt; legen Sie jeweils nur eine Close-Reader-Datei ab. Es wurde nichts geändert.
}
messages-file-too-big = „{ $name }“ ist { $size } MB groß; Close Reader öffnet Dateien bis { $limit } MB.
messages-file-unreadable = „{ $name }“ konnte nicht gelesen werden.
messages-no-worker = Der Teil von Close Reader, der Dateien liest, konnte in diesem Browser nicht starten.
messages-text-too-long = { $count ->
    [one] Dieser Text hat { $count } Zeichen; Close Reader öffnet Artikel mit bis zu { $limit } Zeichen. Teilen Sie ihn auf und annotieren Sie jeden Teil als eigenes Dokument.
   *[other] Dieser Text hat { $count } Zeichen; Close Reader öffnet Artikel mit bis zu { $limit } Zeichen. Teilen Sie ihn auf und annotieren Sie jeden Teil als eigenes Dokument.
}
messages-too-many-annotations = { $count ->
    [one] Das ergäbe { $count } Annotation; Close Reader fasst bis zu { $limit } in einem Dokument. Teilen Sie den Artikel auf.
   *[other] Das ergäbe { $count } Annotationen; Close Reader fasst bis zu { $limit } in einem Dokument. Teilen Sie den Artikel auf.
}
messages-needs-article = sie enthält { $format }. Öffnen Sie zuerst den Artikel und dann diese Datei, um ihre Annotationen hinzuzufügen.
messages-format-native = eine Close-Reader-Datei
messages-format-w3c-annotation = eine W3C Web Annotation
messages-format-w3c-list = eine Liste von W3C Web Annotations
messages-format-w3c-page = eine W3C Annotation Page
messages-format-w3c-collection = eine W3C Annotation Collection
messages-format-w3c-graph = einen Graphen von W3C Web Annotations (JSON-LD @graph)
messages-format-hypothesis = Hypothesis-Annotationen
messages-format-doccano = doccano-JSONL
messages-format-label-studio = Label-Studio-Aufgaben
messages-format-csv = eine CSV-Tabelle von Close Reader
messages-format-brat = eine brat-Datei (.ann)
messages-imported-as-new = „{ $name }“ wurde als neues Dokument mit { $added } geöffnet.
messages-added-annotations = { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
}
messages-added-annotations-links = { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
} und { $links ->
    [one] { $links } Verknüpfung
   *[other] { $links } Verknüpfungen
}
messages-cancelled-not-restored = Abgebrochen. Das Dokument wurde nicht geöffnet: Seine letzten Änderungen sind noch nicht wiederhergestellt. Öffnen Sie es erneut, um sie wiederherzustellen.
messages-cancelled-still-in-library = Abgebrochen. Das Dokument wurde nicht geöffnet; es ist weiterhin in Ihrer Bibliothek.
messages-cancelled-nothing-beside = Abgebrochen. Neben diesem Artikel wurde nichts geöffnet.
messages-cancelled-file-not-opened = Abgebrochen. Die Datei wurde nicht geöffnet; es wurde nichts geändert.
messages-cancelled-not-opened = Abgebrochen. Das Dokument wurde nicht geöffnet; es wurde nichts geändert.
messages-cancelled-file-not-read = „{ $name }“ wurde nicht geöffnet; es wurde nichts geändert.
messages-export-cancelled = Abgebrochen. Es wurde nichts exportiert.
messages-not-replaced-unreadable = „{ $title }“ wurde nicht ersetzt: Die Kopie in der Bibliothek konnte nicht gelesen werden ({ $why }). Es wurde nichts geändert.
messages-not-replaced-unsaved = „{ $title }“ wurde nicht ersetzt: Die aufzubewahrende Kopie konnte nicht gespeichert werden ({ $why }). Es wurde nichts geändert.
messages-replaced-title = { $title } (ersetzt am { $time })
messages-replaced = „{ $title }“ wurde durch die Datei ersetzt. Ihre Fassung bleibt in der Bibliothek als „{ $kept }“ erhalten.
messages-replacement-undone = Ihre Fassung von „{ $title }“ ist wieder da; die Fassung aus der Datei wurde entfernt.
messages-replacement-not-undone = Das Ersetzen konnte nicht rückgängig gemacht werden: { $why }. Beide Fassungen sind in Ihrer Bibliothek.
messages-title-empty = Der Titel darf nicht leer sein.
messages-not-renamed = „{ $title }“ wurde nicht umbenannt: { $why }.
messages-deleted = „{ $title }“ wurde gelöscht.
messages-not-deleted = „{ $title }“ wurde nicht gelöscht: { $why }.
messages-restored = „{ $title }“ wurde wiederhergestellt.
messages-not-restored = Es konnte nicht wiederhergestellt werden: { $why }.
messages-not-saved = Nicht in diesem Browser gespeichert: { $why }. Ihre Arbeit bleibt in diesem Tab erhalten: Sichern Sie mit „Herunterladen“ eine Kopie. Das Speichern wird alle paar Sekunden erneut versucht.
messages-beside-not-saved = Der Artikel daneben wurde nicht gespeichert: { $why }. Laden Sie ihn herunter, um eine Kopie zu behalten.
messages-restoring = Ihre letzten Änderungen werden wiederhergestellt …
messages-restored-not-saved = Ihre letzten Änderungen an „{ $title }“ wurden wiederhergestellt, konnten aber nicht in diesem Browser gespeichert werden ({ $why }): Sichern Sie mit „Herunterladen“ eine Kopie.
messages-changes-set-aside = Änderungen kurz vor dem letzten Schließen der Seite konnten nicht wiederhergestellt werden: { $why }. Sie werden in diesem Browser gesondert aufbewahrt.
messages-changes-restored = Die letzten Änderungen an { $titles } kurz vor dem Schließen der Seite wurden wiederhergestellt.
messages-quoted-title = „{ $title }“
messages-storage-full = der Speicher Ihres Browsers für diese Seite ist voll
messages-storage-unavailable = dieser Browser erlaubt der Seite nicht, Daten zu speichern (IndexedDB ist nicht verfügbar, wie in manchen privaten Fenstern)
messages-storage-refused = der Browser hat das Speichern verweigert ({ $name }: { $message })
messages-load-missing = es ist nicht mehr im Speicher dieses Browsers
messages-load-damaged = seine gespeicherte Kopie ist beschädigt ({ $why })
messages-stored-file-unreadable = der Browser konnte die gespeicherte Datei nicht lesen
messages-changes-not-applied = die seit der letzten vollständigen Kopie gespeicherten Änderungen lassen sich nicht anwenden: { $why }
messages-no-preferences = dieser Browser speichert keine Einstellungen
messages-preferences-full = der Speicher des Browsers ist voll oder gesperrt
messages-preset-saved = Die Vorlage „{ $name }“ wurde gespeichert.
messages-preset-not-saved = Die Vorlage wurde nicht gespeichert: { $why }.
messages-taking-over = Wird übernommen …
messages-take-over-cancelled = Abgebrochen: Dieser Tab bleibt schreibgeschützt; es wurde nichts geändert.
messages-taken-over = Sie bearbeiten dieses Dokument jetzt hier, mit den neuesten Änderungen des anderen Tabs; jener Tab ist schreibgeschützt.
messages-not-taken-over = Dieser Tab konnte nicht übernehmen: { $why }. Er bleibt schreibgeschützt; es wurde nichts geändert.
messages-download-failed = Der Download konnte nicht starten: { $why }.
messages-download-no-file = die Datei konnte nicht erstellt werden
messages-download-no-window = kein Fenster
messages-download-no-document = kein Dokument
messages-download-no-url = keine Objekt-URL
messages-download-no-link = kein Link
messages-download-no-body = kein Seitenkörper
messages-export-report = HTML-Bericht
messages-export-w3c-hint = JSON-LD für Hypothesis, Recogito und Annotationsserver (.annotations.jsonld)
messages-export-csv-hint = Eine Zeile pro Markierung, für Tabellenkalkulationen (.csv)
messages-export-brat-hint = brat-Standoff: der Text, die .ann-Datei und die Konfiguration in einem ZIP (.brat.zip)
messages-export-doccano-hint = doccano-JSONL für Sequenz-Labeling (.doccano.jsonl)
messages-export-label-studio-hint = Label-Studio-Aufgaben mit ihren Annotationen (.label-studio.json)
messages-export-report-hint = Der Artikel mit Hervorhebungen und Notizen, zum Lesen oder Drucken (.report.html)
messages-exporting = „{ $title }“ wird als { $format } exportiert …
messages-link-not-opened = Der Aufgabenlink konnte nicht geöffnet werden: { $why } Es wurde nichts geändert.
messages-link-empty = im Link folgt nichts auf „#assignment=“: Er wurde beim Kopieren abgeschnitten. Bitten Sie erneut um den Link oder um die Aufgabendatei.
messages-link-too-big = entpackt ist er größer, als eine Close-Reader-Datei sein darf.
messages-link-no-assignment = er enthält ein Dokument, aber keine Aufgabe.
messages-link-no-compression = Dieser Browser kann keine Links erstellen (ihm fehlt CompressionStream); teilen Sie stattdessen die Aufgabendatei.
messages-link-not-made = Der Link konnte nicht erstellt werden; teilen Sie stattdessen die Aufgabendatei.
messages-link-no-decompression = Dieser Browser kann keine Aufgabenlinks öffnen (ihm fehlt DecompressionStream); bitten Sie stattdessen um die Aufgabendatei.
messages-link-damaged = Dieser Aufgabenlink ist beschädigt (seine Daten lassen sich nicht entpacken): Vielleicht wurde er beim Kopieren abgeschnitten. Bitten Sie erneut um den Link oder um die Aufgabendatei.
messages-link-too-long = { $count ->
    [one] Dieser Artikel ist zu lang, um ihn als Link zu teilen ({ $count } Zeichen; die Grenze liegt bei { $limit }). Teilen Sie stattdessen die Aufgabendatei.
   *[other] Dieser Artikel ist zu lang, um ihn als Link zu teilen ({ $count } Zeichen; die Grenze liegt bei { $limit }). Teilen Sie stattdessen die Aufgabendatei.
}
messages-rubric-link-too-long = { $count ->
    [one] Durch das Bewertungsraster wird diese Aufgabe zu lang, um sie als Link zu teilen ({ $count } Zeichen; die Grenze liegt bei { $limit }; ohne das Raster würde sie passen). Kürzen Sie die Namen der Kriterien oder teilen Sie stattdessen die Aufgabendatei.
   *[other] Durch das Bewertungsraster wird diese Aufgabe zu lang, um sie als Link zu teilen ({ $count } Zeichen; die Grenze liegt bei { $limit }; ohne das Raster würde sie passen). Kürzen Sie die Namen der Kriterien oder teilen Sie stattdessen die Aufgabendatei.
}
messages-assignment-already-here = Sie haben „{ $title }“ bereits in diesem Browser: Ihre Arbeit daran wird unverändert geöffnet.
messages-student-author = Schüler·in
messages-no-conversation = es gibt kein Gespräch „{ $thread }“
messages-too-many-files = { $count ->
    [one] { $count } Datei wurde ausgewählt; ein Vergleich öffnet bis zu { $limit } auf einmal. Die ersten { $limit } werden gelesen; fügen Sie die übrigen danach hinzu.
   *[other] { $count } Dateien wurden ausgewählt; ein Vergleich öffnet bis zu { $limit } auf einmal. Die ersten { $limit } werden gelesen; fügen Sie die übrigen danach hinzu.
}
messages-reading-stopped = { $left ->
    [one] Angehalten: { $done } von { $count } Dateien wurden gelesen; die letzte wurde nicht hinzugefügt.
   *[other] Angehalten: { $done } von { $count } Dateien wurden gelesen; die übrigen { $left } wurden nicht hinzugefügt.
}
messages-comparison-closed = der Vergleich wurde geschlossen
messages-class-set-not-kept = Der Klassensatz konnte nicht in diesem Browser aufbewahrt werden: { $why }. Seine Dateien sind hier weiterhin geöffnet, und die zuvor aufbewahrte Kopie ist unverändert; schaffen Sie Platz (entfernen Sie in der Bibliothek Dokumente oder Klassensätze, die Sie nicht mehr brauchen) oder laden Sie die Notenübersicht herunter.
messages-class-set-unreadable = Der für diesen Artikel aufbewahrte Klassensatz kann nicht gelesen werden: { $why }. Er bleibt, wie er ist; Dateien, die Sie jetzt hinzufügen, werden nicht aufbewahrt, damit er nicht überschrieben wird.
messages-class-file-unreadable = sie kann nicht gelesen werden ({ $why })
messages-class-set-reopening = { $count ->
    [one] Der Klassensatz wird wieder geöffnet: { $done } von { $count } Datei gelesen …
   *[other] Der Klassensatz wird wieder geöffnet: { $done } von { $count } Dateien gelesen …
}
messages-class-set-removed = { $count ->
    [one] Der Klassensatz von „{ $title }“ wurde entfernt ({ $count } Datei).
   *[other] Der Klassensatz von „{ $title }“ wurde entfernt ({ $count } Dateien).
}
messages-class-set-not-removed = Der Klassensatz von „{ $title }“ wurde nicht entfernt: { $why }.
messages-class-set-back = Der Klassensatz von „{ $title }“ ist wieder da.
messages-class-set-not-back = Der Klassensatz konnte nicht wiederhergestellt werden: { $why }.
messages-gradebook-needs-key = Wählen Sie zuerst eine Musterlösung: Die Notenübersicht bewertet alle Schülerinnen und Schüler daran.
messages-feedback-needs-files = Wählen Sie eine Musterlösung und fügen Sie zuerst die Dateien der Schülerinnen und Schüler hinzu: Jede Rückmeldungsdatei zeigt deren Markierungen im Vergleich zur Musterlösung.
messages-feedback-saved = { $count ->
    [one] { $count } Rückmeldungsdatei wurde in { $file } gespeichert: Geben Sie allen Schülerinnen und Schülern ihre eigene; sie öffnet sich in Close Reader und zeigt ihre Markierungen im Vergleich zur Musterlösung.
   *[other] { $count } Rückmeldungsdateien wurden in { $file } gespeichert: Geben Sie allen Schülerinnen und Schülern ihre eigene; sie öffnet sich in Close Reader und zeigt ihre Markierungen im Vergleich zur Musterlösung.
}
messages-grades-need-key = Wählen Sie zuerst eine Musterlösung: Die Noten werden daran gemessen.
messages-writing-grades = { $file } wird erstellt …
messages-grades-saved = { $file } ist gespeichert, mit den Noten aller Schülerinnen und Schüler.
messages-grades-saved-but = { $file } ist gespeichert, aber: { $problems }
messages-id-canvas-user = Canvas-Benutzer-ID
messages-id-sis-user = SIS-Benutzer-ID
messages-id-sis-login = SIS-Login-ID
messages-id-email = E-Mail-Adresse
messages-id-username = Benutzername
messages-id-number = ID-Nummer
messages-caret-span = { $label }: { $quote }
messages-caret-spans = { $first }; { $rest }
messages-caret-selected = Ausgewählt: { $spans }
messages-caret-linked = Verknüpft mit { $spans }
messages-paste-first = Fügen Sie zuerst den Text des Artikels in „{ $field }“ ein.
messages-url-not-web = Die Quell-URL muss mit http:// oder https:// beginnen (oder lassen Sie das Feld leer).
messages-untitled = Ohne Titel
messages-print-labels = Kategorien
messages-print-notes = Notizen
messages-print-note-number = { $number }.
messages-crash-title = Close Reader funktioniert nicht mehr
messages-crash-download = Ein Fehler im Programm hat diese Seite angehalten. Laden Sie Ihre Arbeit im zuletzt gespeicherten Stand herunter (höchstens eine halbe Sekunde vor dem Fehler), um eine Kopie zu behalten, und laden Sie die Seite dann neu, um dort weiterzumachen.
messages-crash-reload = Ein Fehler im Programm hat diese Seite angehalten. Ihre Arbeit ist im zuletzt gespeicherten Stand in diesem Browser aufbewahrt: Laden Sie die Seite neu, um dort weiterzumachen.
messages-crash-reload-link = Neu laden
messages-crash-download-link = Ihre Arbeit herunterladen

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

state-read-only-open-elsewhere = Dieses Dokument wird in einem anderen Tab bearbeitet und ist hier daher schreibgeschützt. Übernehmen Sie es, um es stattdessen hier zu bearbeiten.
state-read-only-taken-over = Ein anderer Tab hat dieses Dokument übernommen; hier ist es daher schreibgeschützt. Übernehmen Sie es, um es hier wieder zu bearbeiten – mit den neuesten Änderungen jenes Tabs.
state-read-only-refused = Es wurde nichts geändert: Dieses Dokument ist in diesem Tab schreibgeschützt. Übernehmen Sie es, um es hier zu bearbeiten.

state-relabel-failed = Die Kategorie konnte nicht geändert werden: { $why }.
state-note-failed = Die Notiz konnte nicht gespeichert werden: { $why }.
state-add-failed = Die Markierung konnte nicht hinzugefügt werden: { $why }.
state-span-not-added = Die Markierung wurde nicht hinzugefügt. { $why }
state-reply-blank = Die Antwort wurde nicht hinzugefügt: Die Nachricht ist leer.
state-reply-too-long = Die Antwort wurde nicht hinzugefügt: Die Nachricht ist { $count } Zeichen lang, erlaubt sind höchstens { $most }.
state-reply-failed = Die Antwort wurde nicht hinzugefügt: { $why }.

state-labels-not-changed-set = Kategorien nicht geändert: Problem im Kategoriensatz ({ $problem }).
state-labels-not-changed = Kategorien nicht geändert: { $why }.

state-linking-from-claim = Verknüpfen: Klicken Sie auf die Hervorhebung der Quelle, auf die sich die Behauptung stützt (oder einer Abschwächung dazu oder derselben Behauptung). Esc bricht ab.
state-linking-from-source = Verknüpfen: Klicken Sie auf die Hervorhebung der Behauptung, die diese Quelle stützt. Esc bricht ab.
state-linking-from-hedge = Verknüpfen: Klicken Sie auf die Hervorhebung der Behauptung, die damit abgeschwächt wird. Esc bricht ab.
state-linking = Verknüpfen: Klicken Sie auf die Hervorhebung der Markierung, mit der verknüpft werden soll. Esc bricht ab.
state-link-end = { $label } „{ $quote }“
state-link-end-unknown = „{ $id }“
state-linked-supported-by = Verknüpft: { $from } wird gestützt durch { $to }. „Rückgängig“ nimmt das zurück.
state-linked-hedges = Verknüpft: { $from } schwächt { $to } ab. „Rückgängig“ nimmt das zurück.
state-linked-same-claim = Verknüpft: { $from } ist dieselbe Behauptung wie { $to }. „Rückgängig“ nimmt das zurück.
state-linked-contradicts = Verknüpft: { $from } widerspricht { $to }. „Rückgängig“ nimmt das zurück.
state-not-linked-self = Nicht verknüpft: Von dieser Markierung geht die Verknüpfung aus; klicken Sie auf eine andere Hervorhebung.
state-not-linked-already = Nicht verknüpft: Diese beiden sind bereits verknüpft.
state-not-linked = Nicht verknüpft: { $why }.
state-unlinked = Verknüpfung entfernt. „Rückgängig“ stellt sie wieder her.
state-relation-supported-by = Gestützt durch
state-relation-hedged-by = Abgeschwächt durch
state-relation-supports = Stützt
state-relation-hedges = Abschwächung von
state-relation-same-claim-as = Dieselbe Behauptung wie
state-relation-contradicts = Widerspricht

state-beside-already-open = Das ist der bereits geöffnete Artikel: Wählen Sie einen anderen, der daneben stehen soll.
state-beside-opened = „{ $title }“ steht neben diesem Artikel. Um eine Behauptung mit derselben Behauptung dort zu verknüpfen, wählen Sie sie aus, drücken Sie L und klicken Sie auf jene Behauptung (Shift+Klick: widerspricht).
state-linked-across-contradicts = Artikelübergreifend verknüpft: widerspricht „{ $quote }“ in „{ $title }“.
state-linked-across-same-claim = Artikelübergreifend verknüpft: dieselbe Behauptung wie „{ $quote }“ in „{ $title }“.
state-unlinked-across = Verknüpfung in beiden Artikeln entfernt. „Rückgängig“ stellt sie hier wieder her.

state-no-suggestions-left = Keine Vorschläge mehr: Jeder ist angenommen, abgelehnt oder bereits markiert.
state-not-accepted-gone = Nicht angenommen: Das wird nicht mehr vorgeschlagen.
state-not-accepted-no-label = Nicht angenommen: Dieser Artikel hat keine Kategorie „{ $label }“.
state-not-accepted = Nicht angenommen: { $why }.
state-accepted-all = { $count ->
    [one] { $count } Vorschlag angenommen. „Rückgängig“ nimmt ihn zurück.
   *[other] { $count } Vorschläge angenommen. „Rückgängig“ nimmt sie alle zurück.
}

state-import-nothing = Aus „{ $file }“ wurde nichts hinzugefügt.
state-import-added = { $count ->
    [one] { $count } Annotation aus „{ $file }“ hinzugefügt. „Rückgängig“ nimmt sie zurück.
   *[other] { $count } Annotationen aus „{ $file }“ hinzugefügt. „Rückgängig“ nimmt sie zurück.
}
state-import-added-with-links = { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
} und { $links ->
    [one] { $links } Verknüpfung
   *[other] { $links } Verknüpfungen
} aus „{ $file }“ hinzugefügt. „Rückgängig“ nimmt sie zurück.
state-import-failed = Die Annotationen aus „{ $file }“ wurden nicht hinzugefügt: { $why }. Es wurde nichts geändert.
state-import-no-article = „{ $file }“ wurde nicht importiert: Es ist kein Artikel geöffnet. Es wurde nichts geändert.

state-thread-on-your-span = Zu Ihrer Markierung
state-thread-on-key-you-missed = Zu einer Markierung der Musterlösung, die Sie übersehen haben
state-thread-on-student-span = Zur Markierung von { $student }
state-thread-on-key-student-missed = Zu einer Markierung der Musterlösung, die { $student } übersehen hat
state-message-time-utc = { $day } { $time } UTC
state-comment-on-marked = „{ $quote }“, markiert von { $student }
state-comment-on-missed = „{ $quote }“, in der Musterlösung, übersehen von { $student }
state-teacher = Lehrkraft
state-comment-pick-first = Klicken Sie zuerst auf eine Markierung der Schülerin oder des Schülers oder auf eine übersehene Markierung der Musterlösung.
state-choose-student-first = Wählen Sie zuerst eine Schülerin oder einen Schüler.
state-conversation-gone = Diese Unterhaltung gibt es nicht mehr.
state-comment-blank = Der Kommentar wurde nicht hinzugefügt: Er ist leer.
state-comment-too-long = Der Kommentar wurde nicht hinzugefügt: Er ist { $count } Zeichen lang, erlaubt sind höchstens { $most }.
state-comment-refused = Der Kommentar wurde nicht hinzugefügt ({ $problem }).

state-own-annotations-file = dieser Browser
state-heat-title = { $label }: { $count } von { $total } markiert – { $names }
state-consensus-title = { $label }: mindestens { $count } von { $total } markiert
state-verdict-matched = { $label }: stimmt mit der Musterlösung überein
state-verdict-partial = { $label }: stimmt teilweise mit der Musterlösung überein (zu { $percent } % angerechnet)
state-verdict-missed = { $label }: in der Musterlösung, übersehen
state-verdict-extra = { $label }: nicht in der Musterlösung
state-verdict-key-span = { $label }: die Markierung der Musterlösung

state-size-bytes = { $count } Byte
state-size-kb = { $size } KB
state-size-mb = { $size } MB
state-size-gb = { $size } GB
state-kept-with-usage = In diesem Browser gespeichert ({ $size }; diese Website belegt { $used } der { $quota }, die der Browser erlaubt).
state-kept = In diesem Browser gespeichert ({ $size }).
state-not-kept = Nicht gespeichert: { $why }. Die Dateien bleiben hier geöffnet, bis Sie diese Seite verlassen.
state-kept-unreadable = Der zuvor gespeicherte Klassensatz kann nicht gelesen werden ({ $why }); Änderungen werden nicht gespeichert.
state-class-set-damaged = sein Datensatz ist beschädigt ({ $error })
state-class-set-not-one = sein Datensatz ist kein Klassensatz („{ $format }“)
state-class-set-newer = er wurde von einer neueren Version von Close Reader gespeichert (Datensatzversion { $version }); öffnen Sie ihn dort
state-kept-copy-missing = in diesem Browser gespeichert, aber die gespeicherte Kopie fehlt
state-kept-copy-changed = in diesem Browser gespeichert, aber die gespeicherte Kopie entspricht nicht mehr dem Text dieses Artikels
state-kept-copy-unreadable = in diesem Browser gespeichert, aber { $why }

state-grades-need-key = Wählen Sie zuerst eine Musterlösung: Die Noten werden an ihr gemessen.
state-not-a-student = { $name } gehört nicht zu den Schülerinnen und Schülern.
state-roster-bad-line = Zeile { $number } („{ $line }“) hat nicht die Form „Name, Kennung“
state-rubric-not-saved = Das Bewertungsraster ist nicht gespeichert: { $problem }.
state-criterion-name = Kriterium { $number }
state-points = { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}
state-measure-recall = Trefferquote der Kategorie (Überlappung)
state-measure-f1-exact = F1 der Kategorie, exakt
state-measure-f1-overlap = F1 der Kategorie, Überlappung
state-measure-links = Gefundene Verknüpfungen der Musterlösung
state-measure-notes = Notizen zu mindestens N Markierungen
state-measure-by-hand = Von Hand vergeben
state-measure-recall-words = der Anteil der Markierungen „{ $label }“ der Musterlösung, die Sie finden
state-measure-f1-exact-words = F1 Ihrer Markierungen „{ $label }“ gegenüber denen der Musterlösung (gleicher Anfang und gleiches Ende)
state-measure-f1-overlap-words = F1 Ihrer Markierungen „{ $label }“ gegenüber denen der Musterlösung (überlappend)
state-measure-links-words = der Anteil der Verknüpfungen der Musterlösung, die Sie ebenfalls herstellen
state-measure-links-kind-words = der Anteil der Verknüpfungen „{ $kind ->
    [supported-by] gestützt durch
    [hedges] Abschwächung
    [same-claim] dieselbe Behauptung
    [contradicts] widerspricht
   *[other] { $kind }
}“ der Musterlösung, die Sie ebenfalls herstellen
state-measure-notes-words = { $count ->
    [one] Notizen zu mindestens { $count } Markierung
   *[other] Notizen zu mindestens { $count } Markierungen
}
state-measure-by-hand-words = von Ihrer Lehrkraft vergeben
state-scale-points = Punkte
state-scale-percent = Prozent
state-scale-letters = Buchstabennoten

# end of state

## Why a file or a link is refused: the core's and the worker's reasons (src/i18n/reasons.rs)

# Warum eine Datei, ein Link oder eine Änderung abgelehnt wird. Zwei Arten von Gründen: ganze Sätze
# mit Punkt am Ende und Satzteile, die in einen anderen Satz eingefügt werden.

# Eine Close-Reader-Datei, die sich nicht öffnen lässt.
reasons-load-not-utf8 = Diese Datei ist kein Text (kein gültiges UTF-8) und daher keine Close-Reader-Datei.
reasons-load-not-json = Diese Datei ist kein gültiges JSON (der Fehler steht in Zeile { $line }, Spalte { $column }). Close-Reader-Dateien sind JSON.
reasons-load-beyond-limits = Diese Datei kann nicht gelesen werden: { $what } (in Zeile { $line }, Spalte { $column }). Keine Close-Reader-Datei enthält so etwas.
reasons-limit-nesting = ihr JSON ist zu tief verschachtelt (über 128 Ebenen)
reasons-limit-number = sie enthält eine Zahl außerhalb des zulässigen Bereichs
reasons-load-other-format = Dies ist eine JSON-Datei, aber keine Close-Reader-Datei: Ihr Feld „format“ lautet „{ $format }“, nicht „close-reader“.
reasons-load-no-format = Dies ist eine JSON-Datei, aber keine Close-Reader-Datei: Ihr fehlt das Feld „format“ mit dem Wert „close-reader“.
reasons-load-too-new = Diese Datei wurde von einer neueren Version von Close Reader gespeichert (Dateiversion { $version }); diese App liest Versionen bis { $latest }. Öffnen Sie sie in der neueren Version.
reasons-load-bad-version = Diese Close-Reader-Datei hat keine gültige „version“ (sie muss eine ganze Zahl von 1 bis { $latest } sein).
reasons-load-damaged = Diese Close-Reader-Datei ist beschädigt: { $detail }.
reasons-damaged-read-already = sie wurde bereits gelesen
reasons-load-text-changed = Der Text des Artikels in dieser Datei passt nicht zu seiner Prüfsumme (sha256): Der Text wurde nach dem Speichern der Datei geändert, daher sind die Positionen der Annotationen nicht verlässlich.
reasons-load-labels = Diese Close-Reader-Datei hat ein Problem mit ihren Kategorien: { $detail }.
reasons-labels-empty-id = Kategorie { $number } hat eine leere ID
reasons-labels-same-id = zwei Kategorien haben dieselbe ID „{ $id }“
reasons-labels-colour = die Kategorie „{ $id }“ hat die Farbe „{ $colour }“, die keine #rrggbb-Farbe ist
reasons-labels-key = die Kategorie „{ $id }“ hat die Taste „{ $key }“; eine Taste ist ein einzelnes Zeichen
reasons-load-reversed = Die Annotation { $index } („{ $id }“) endet vor ihrem Anfang (Anfang { $start }, Ende { $end }).
reasons-load-quote = Die Annotation { $index } („{ $id }“) zitiert „{ $expected }“, aber an ihren Positionen steht „{ $found }“.
reasons-load-context = Annotation { $index } („{ $id }“): { $which ->
    [prefix] Der Text davor
   *[suffix] Der Text danach
} passt nicht zum umgebenden Text.
reasons-load-annotation = Annotation { $index }: { $error }.
reasons-load-bad-link = Die Verknüpfung { $index } („{ $id }“) { $detail }.
reasons-link-bad-sha256 = nennt ihr anderes Dokument mit dem sha256 „{ $sha256 }“, der keine 64 Hexadezimalziffern hat
reasons-unknown-kind = hat den Typ „{ $kind }“, den Close Reader nicht kennt (bekannt sind { $known })
reasons-load-link = Verknüpfung { $index }: { $error }.
reasons-load-assignment = Diese Close-Reader-Datei hat ein Problem mit ihrer Aufgabe: { $detail }.
reasons-load-feedback = Diese Close-Reader-Datei hat ein Problem mit ihrer Rückmeldung: { $detail }.
reasons-load-key-span = Die Markierung { $index } der Musterlösung { $detail }.
reasons-load-threads = Diese Close-Reader-Datei hat ein Problem mit ihren Kommentaren: { $detail }.
reasons-threads-not-list = sie sind keine Liste
reasons-load-thread = Das Gespräch { $index } { $detail }.
reasons-load-structure = Diese Close-Reader-Datei hat ein Problem mit ihrer Struktur: { $detail }.
reasons-load-structure-item = { $what ->
    [Block] Der Block
   *[Mark] Die Formatierung
} { $index } der Struktur { $detail }.
reasons-shape-past-end = { $what ->
    [Block] Der Block
   *[Mark] Die Formatierung
} { $index } der Struktur reicht über das Ende des Textes hinaus.
reasons-shape-not-whole-lines = Der Block { $index } der Struktur beginnt und endet nicht an Zeilengrenzen.
reasons-shape-overlap = Der Block { $index } der Struktur überschneidet sich mit dem vorherigen oder steht vor ihm.
reasons-shape-bad-value = { $what ->
    [Block] Der Block
   *[Mark] Die Formatierung
} { $index } der Struktur hat einen unmöglichen Wert.

# Was der JSON-Leser meldet.
reasons-json-at = { $what } (Zeile { $line }, Spalte { $column })
reasons-json-missing-field = Feld `{ $field }` fehlt
reasons-json-duplicate-field = Feld `{ $field }` kommt doppelt vor

# Ein Element einer Datei (Markierung der Musterlösung, Gespräch, Block oder Formatierung).
reasons-item-unreadable = ist nicht lesbar: { $why }
reasons-item-reversed = hat ein Ende vor dem Anfang (Anfang { $start }, Ende { $end })
reasons-item-outside = hat die Positionen [{ $start }, { $end }), außerhalb des Textes (der { $length } Zeichen hat)
reasons-item-empty = umfasst keinen Text
reasons-item-quote = zitiert „{ $expected }“, aber an diesen Positionen steht „{ $found }“
reasons-item-unknown-label = verwendet die Kategorie „{ $label }“, die die Datei nicht definiert
reasons-no-id = hat keine ID
reasons-thread-same-id = hat die ID „{ $id }“ wie ein früheres Gespräch
reasons-thread-no-messages = hat keine Nachrichten
reasons-thread-message = hat eine ungültige Nachricht ({ $number }): diese { $problem }
reasons-thread-same-message-id = hat zwei Nachrichten mit der ID „{ $id }“
reasons-structure-no-href = ist ein Link ohne „href“
reasons-structure-no-level = ist eine Überschrift ohne „level“
reasons-structure-no-ordered = ist ein Listenpunkt ohne „ordered“
reasons-structure-item-no-depth = ist ein Listenpunkt ohne „depth“
reasons-structure-quote-no-depth = ist ein Zitat ohne „depth“
reasons-structure-depth = hat die Tiefe { $depth }; eine Tiefe reicht von 1 bis { $most }
reasons-structure-level = ist eine Überschrift der Ebene { $level }; eine Ebene reicht von 1 bis 6
reasons-structure-number = hat die Nummer { $number }, größer als die jeder Liste ({ $most })

# Eine Nachricht eines Gesprächs.
reasons-message-no-author = hat keinen Autor
reasons-message-no-text = hat keinen Text
reasons-message-time = hat die Zeit „{ $time }“, die keine Datums- und Zeitangabe nach RFC 3339 ist (etwa 2026-12-07T18:02:11Z)
reasons-message-too-long = ist { $count } Zeichen lang; erlaubt sind höchstens { $most }

# Die Aufgabe einer Datei und ihr Bewertungsraster.
reasons-assignment-instructions = ihre Anweisungen sind { $count } Zeichen lang; erlaubt sind höchstens { $most }
reasons-assignment-rubric = im Bewertungsraster: { $problem }
reasons-assignment-rubric-unreadable = ihr Bewertungsraster ist nicht lesbar: { $why }
reasons-assignment-criterion-unreadable = Kriterium { $number } ihres Bewertungsrasters ist nicht lesbar: { $why }
reasons-assignment-band-unreadable = Notenstufe { $number } ihres Bewertungsrasters ist nicht lesbar: { $why }
reasons-rubric-no-criteria = es gibt keine Kriterien
reasons-rubric-too-many = es gibt { $count } Kriterien; erlaubt sind höchstens { $most }
reasons-rubric-no-name = Kriterium { $number } hat keinen Namen
reasons-rubric-name-too-long = der Name von Kriterium { $number } ist { $count } Zeichen lang; erlaubt sind höchstens { $most }
reasons-rubric-same-name = die Kriterien { $first } und { $number } heißen beide „{ $name }“; geben Sie jedem einen eigenen Namen
reasons-rubric-points-zero = die Punkte von Kriterium { $number } müssen über 0 liegen
reasons-rubric-points-most = die Punkte von Kriterium { $number } dürfen höchstens { $most } betragen
reasons-rubric-points-decimals = die Punkte von Kriterium { $number } haben mehr als zwei Nachkommastellen
reasons-rubric-no-label = Kriterium { $number } misst keine Kategorie; wählen Sie eine
reasons-rubric-notes-zero = Kriterium { $number } verlangt Notizen zu mindestens 0 Markierungen; verlangen Sie 1 oder mehr
reasons-rubric-notes-most = Kriterium { $number } verlangt Notizen zu mindestens { $count } Markierungen; verlangt werden können höchstens { $most }
reasons-rubric-unknown-label = Kriterium { $number } misst die Kategorie „{ $label }“, die die Datei nicht definiert
reasons-rubric-unknown-link-kind = Kriterium { $number } zählt Verknüpfungen vom Typ „{ $kind }“, den Close Reader nicht kennt (bekannt sind { $known })
reasons-rubric-no-letters = die Notenskala hat keine Noten
reasons-rubric-too-many-letters = die Notenskala hat { $count } Noten; erlaubt sind höchstens { $most }
reasons-rubric-band-no-letter = Notenstufe { $number } hat keine Note
reasons-rubric-letter-too-long = die Note der Stufe { $number } ist länger als { $most } Zeichen
reasons-rubric-same-letter = die Note „{ $letter }“ ist den Stufen { $first } und { $number } zugeordnet
reasons-rubric-band-range = Notenstufe { $number } ({ $letter }) beginnt bei { $percent } %; eine Stufe beginnt zwischen 0 und 100 %
reasons-rubric-band-order = die Notenstufen gehen von der höchsten abwärts: Stufe { $number } ({ $letter }, ab { $percent } %) muss unter Stufe { $above } ({ $above_letter }, ab { $above_percent } %) beginnen
reasons-rubric-last-band = die letzte Notenstufe ({ $letter }) beginnt bei { $percent } %; sie muss bei 0 % beginnen, damit jede Bewertung eine Note hat

# Änderungen, die das Dokument nicht annimmt.
reasons-annotation-outside = die Annotation „{ $id }“ hat die Positionen [{ $start }, { $end }), außerhalb des Textes (der { $length } Zeichen hat)
reasons-annotation-empty = die Annotation „{ $id }“ umfasst keinen Text
reasons-annotation-unknown-label = die Annotation „{ $id }“ verwendet die Kategorie „{ $label }“, die die Datei nicht definiert
reasons-annotation-same-id = zwei Annotationen haben dieselbe ID „{ $id }“
reasons-link-empty-id = eine Verknüpfung hat eine leere ID
reasons-link-same-id = zwei Verknüpfungen haben dieselbe ID „{ $id }“
reasons-link-missing-end = die Verknüpfung „{ $id }“ { $end ->
    [from] beginnt bei
   *[to] endet bei
} der Annotation „{ $annotation }“, die es nicht gibt
reasons-link-to-itself = die Verknüpfung „{ $id }“ verbindet die Annotation „{ $annotation }“ mit sich selbst
reasons-link-repeats = die Verknüpfung „{ $id }“ wiederholt die Verknüpfung „{ $existing }“ (gleiche Annotationen, gleicher Typ)
reasons-link-no-annotation = es gibt keine Annotation „{ $annotation }“ zum Verknüpfen
reasons-link-not-across = eine Verknüpfung vom Typ „{ $kind }“ kann keine zwei Dokumente verbinden (nur same-claim und contradicts können das)
reasons-edit-annotation-changed = die Annotation „{ $id }“ hat sich seit dieser Änderung verändert
reasons-edit-label = die Kategorie „{ $id }“ gibt es bereits, oder sie wird noch verwendet
reasons-edit-label-changed = die Kategorie „{ $id }“ hat sich seit dieser Änderung verändert
reasons-edit-link-changed = die Verknüpfung „{ $id }“ hat sich seit dieser Änderung verändert
reasons-edit-still-linked = die Annotation „{ $id }“ hat noch Verknüpfungen ({ $links }); entfernen Sie sie zusammen mit ihr
reasons-edit-message-same-id = das Gespräch hat bereits eine Nachricht mit der ID „{ $id }“
reasons-edit-message = die Nachricht { $problem }
reasons-edit-conversation-changed = das Gespräch „{ $id }“ hat sich seit dieser Änderung verändert
reasons-label-empty-id = eine Kategorie hat eine leere ID
reasons-label-same-id = zwei Kategorien haben die ID „{ $id }“
reasons-label-no-name = die Kategorie „{ $id }“ hat keinen Namen
reasons-label-colour = die Farbe „{ $colour }“ der Kategorie „{ $id }“ ist keine #rrggbb-Farbe
reasons-label-key-too-long = die Taste „{ $key }“ der Kategorie „{ $id }“ ist länger als ein Zeichen
reasons-label-key-reserved = die Kategorie „{ $id }“ hat die Taste „{ $key }“, die die App für ihre eigenen Befehle nutzt
reasons-label-key-taken = die Kategorie „{ $id }“ hat die Taste „{ $key }“, die schon die Kategorie „{ $other }“ nutzt
reasons-label-unknown = es gibt keine Kategorie „{ $id }“
reasons-label-to-itself = die Markierungen der Kategorie „{ $id }“ können nicht in dieselbe Kategorie verschoben werden
reasons-label-no-position = es gibt keine Position { $position } ({ $count ->
    [one] es gibt { $count } Kategorie
   *[other] es gibt { $count } Kategorien
})
reasons-label-in-use = { $count ->
    [one] { $count } Markierung trägt noch die Kategorie „{ $id }“; legen Sie vor dem Löschen fest, was aus ihr wird
   *[other] { $count } Markierungen tragen noch die Kategorie „{ $id }“; legen Sie vor dem Löschen fest, was aus ihnen wird
}

# Änderungen, die beim Schließen der Seite aufbewahrt wurden.
reasons-journal-unreadable = der Eintrag kann nicht gelesen werden ({ $why })
reasons-journal-format = Format { $format }, Version { $version }
reasons-journal-no-stored-copy = das gespeicherte Dokument, zu dem sie gehören, ist nicht mehr in diesem Browser
reasons-journal-other-text = das gespeicherte Dokument, zu dem sie gehören, hat einen anderen Text

# Der Code eines Aufgabenlinks.
reasons-code-character = Sein Code enthält { $character } an Zeichen { $position }, ein Code enthält aber nur Buchstaben, Ziffern, „-“ und „_“ (der Link wurde wahrscheinlich beim Kopieren verändert).
reasons-code-length = Sein Code hat { $count } Zeichen, eine Länge, die kein Code hat (der Link wurde wahrscheinlich beim Kopieren abgeschnitten).
reasons-code-ending = Sein Code endet auf „{ $character }“, worauf kein Code endet (der Link wurde wahrscheinlich beim Kopieren abgeschnitten oder verändert).
reasons-character-space = ein Leerzeichen
reasons-character-line-break = einen Zeilenumbruch
reasons-character-invisible = das unsichtbare Zeichen { $code }
reasons-character-quoted = „{ $character }“

# Ein Artikel, der nicht importiert werden kann.
reasons-article-no-text-layer = Dieses PDF hat keine Textebene: Es ist ein Bild der Seiten. Öffnen Sie ein PDF mit Text, oder fügen Sie den Text des Artikels ein.
reasons-article-encrypted = Diese { $kind }-Datei ist mit einem Passwort geschützt, daher kann ihr Text nicht gelesen werden. Speichern Sie eine ungeschützte Kopie und öffnen Sie diese.
reasons-article-too-large = Diese Datei ist zu groß zum Öffnen: { $what }.
reasons-article-damaged = { $kind ->
    [text] Diese Textdatei
   *[other] Diese { $kind }-Datei
} ist beschädigt und kann nicht gelesen werden ({ $detail }).
reasons-article-damaged-page = Diese Webseiten-Datei ist beschädigt und kann nicht gelesen werden ({ $detail }).
reasons-article-empty = { $kind ->
    [text] Diese Textdatei
   *[other] Diese { $kind }-Datei
} enthält keinen Text zum Annotieren.
reasons-article-empty-page = Diese Webseite enthält keinen Text zum Annotieren.
reasons-article-archive = Dies ist ein ZIP-Archiv, keine Word-, OpenDocument- oder EPUB-Datei. Entpacken Sie es und öffnen Sie die Datei darin (bei einem brat-Export zuerst den Text des Artikels, dann seine .ann-Datei).
reasons-article-not-article = Dies ist { $what }, kein Artikel: Öffnen Sie eine Webseite oder eine PDF-, Word-, OpenDocument-, EPUB-, Markdown- oder Textdatei.
reasons-file-empty = eine leere Datei
reasons-file-image = ein Bild
reasons-file-binary = eine Binärdatei, kein Text
reasons-file-damaged-zip = ein beschädigtes ZIP-Archiv
reasons-file-opendocument-other = eine OpenDocument-Tabelle, -Präsentation oder -Zeichnung, kein Textdokument
reasons-file-excel = eine Excel-Arbeitsmappe
reasons-file-powerpoint = eine PowerPoint-Präsentation
reasons-file-office-protected = eine passwortgeschützte Office-Datei (speichern Sie eine ungeschützte Kopie als .docx)
reasons-file-old-word = eine alte Word-Datei (.doc) (speichern Sie sie als .docx)
reasons-file-old-office = eine alte Office-Datei (.xls oder .ppt)
reasons-file-rtf = eine RTF-Datei (speichern Sie sie als .docx oder .odt)
reasons-file-xml = eine XML-Datei
reasons-large-parts = sie enthält { $count } Teile, mehr als { $most }
reasons-large-part = ihr Teil { $part } ist entpackt größer als { $megabytes } MB
reasons-large-all-parts = ihre Teile sind entpackt größer als { $megabytes } MB
reasons-large-page = die Seite ist { $megabytes } MB groß, mehr als die { $most } MB, die eine Seite haben darf
reasons-large-chapter = das Kapitel ist { $megabytes } MB groß, mehr als die { $most } MB, die eine Seite haben darf
reasons-large-contents = der Inhalt ihrer Seiten ist entpackt größer als { $megabytes } MB (oder der einer Seite größer als { $each } MB)
reasons-large-drawing = ihre Seiten enthalten zu viele Zeichenanweisungen
reasons-large-characters = ihre Seiten enthalten mehr als vier Millionen Zeichen
reasons-large-pages = sie hat { $count } Seiten oder mehr, und höchstens { $most } können geöffnet werden
reasons-large-one-part = ein Teil davon ist entpackt größer als { $megabytes } MB
reasons-damage-zip = sie ist kein vollständiges ZIP-Archiv
reasons-damage-no-pages = sie hat keine lesbaren Seiten
reasons-damage-not-pdf = sie beginnt nicht wie ein PDF
reasons-damage-cut-short = sie ist abgeschnitten, ihr Ende fehlt
reasons-damage-no-catalogue = ihr Seitenverzeichnis fehlt
reasons-damage-pdf-structure = ihre Struktur ist nicht lesbar: { $why }
reasons-damage-no-word-document = ihr fehlt der Dokumentteil, vielleicht ist sie keine Word-Datei
reasons-damage-old-word = sie ist eine alte .doc-Datei von Word 97–2003; speichern Sie sie als .docx und öffnen Sie diese
reasons-damage-no-content = ihr fehlt content.xml, vielleicht ist sie keine OpenDocument-Datei
reasons-damage-no-container = ihr fehlt META-INF/container.xml
reasons-damage-no-package = ihre container.xml nennt kein Paketdokument
reasons-damage-package-missing = ihr Paketdokument { $path } fehlt
reasons-damage-no-mime-header = ihr fehlt der MIME-Header
reasons-damage-not-multipart = sie ist keine mehrteilige MIME-Nachricht
reasons-damage-no-boundary = ihre Teile haben keine Begrenzung
reasons-damage-no-web-page = sie enthält keine Webseite
reasons-damage-not-base64 = ihre Seite ist kein gültiges Base64
reasons-damage-json = sie ist JSON, kein Artikel
reasons-damage-part-not-utf8 = Teil { $part } ist kein UTF-8-Text
reasons-damage-part-not-xml = ihr Teil { $part } ist kein wohlgeformtes XML: { $why }
reasons-damage-xml-ends-early = er endet zu früh
reasons-damage-page-encoding = ihre Zeichen sind in der Kodierung { $encoding }, die hier nicht gelesen werden kann; speichern Sie die Seite erneut als UTF-8
reasons-damage-text-encoding = sie ist in der Kodierung { $encoding } geschrieben, die Close Reader nicht liest; speichern Sie sie als UTF-8 und öffnen Sie sie erneut
reasons-damage-part = Teil { $part }: { $why }

# Die Datei eines anderen Werkzeugs, die nicht gelesen werden kann.
reasons-tool-not-utf8 = Diese Datei ist kein Text (kein gültiges UTF-8) und daher kein { $format }.
reasons-tool-syntax = Diese { $format }-Datei kann nicht gelesen werden: { $detail } (in Zeile { $line }, Spalte { $column }).
reasons-tool-shape = Dies ist kein verwendbares { $format }: { $detail }.
reasons-tool-different-text = Diese { $format }-Datei gehört zu einem anderen Text: { $detail }.

# Eine Datei in keinem Format, das Close Reader liest.
reasons-unrecognised-empty = Diese Datei ist leer.
reasons-unrecognised-zip = Dies ist ein ZIP-Archiv. Entpacken Sie es und öffnen Sie die Datei darin (bei einem brat-Export zuerst den Text des Artikels, dann seine .ann-Datei).
reasons-unrecognised-binary = Diese Datei ist kein Text (kein gültiges UTF-8) und enthält daher keine Annotationen, die Close Reader lesen kann.
reasons-unrecognised-json = Dies ist eine JSON-Datei, aber keine, die Close Reader kennt: { $what }. Close Reader liest seine eigenen Dateien, W3C-Web-Annotationen, Hypothesis sowie JSON von doccano und Label Studio.
reasons-unrecognised-plain-text = Dies ist reiner Text, keine Annotationsdatei. Um ihn zu annotieren, beginnen Sie ein neues Dokument und fügen Sie den Text ein.
reasons-json-empty-list = eine leere Liste
reasons-json-unknown-list = eine Liste, deren erstes Element weder eine W3C-Annotation noch eine Hypothesis-Annotation noch eine Label-Studio-Aufgabe ist
reasons-json-empty-object = ein leeres Objekt
reasons-json-single-value = ein einzelner Wert, weder Objekt noch Liste
reasons-json-format = ihr Feld „format“ lautet „{ $format }“
reasons-json-fields = ein Objekt mit den Feldern { $fields }

# end of reasons

## The readable report's and the printout's words (the HTML report written in the worker)

report-untitled = Artikel ohne Titel
report-page-title = { $title } (annotiert)
report-source = Quelle: { $url }
report-word-count = { $count ->
    [one] { $count } Wort
   *[other] { $count } Wörter
}
report-annotation-count = { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
}
report-annotated-by = annotiert von { $name }
report-exported = exportiert am { $date }
report-legend = Legende
report-note-marker = Notiz { $number }
report-claims = Behauptungen und ihre Quellen
report-no-source = keine Quelle verknüpft
report-kind-named = namentlich
report-kind-anonymous = anonym
report-kind-vague = vage
report-notes = Notizen
report-back-to-note = Zurück zur Textstelle von Notiz { $number }
report-comments = Kommentare

# end of report

## Why a span is suggested, and how a source was classed (src/i18n/why.rs)

why-hedge = { $class ->
    [modal] Modalverb
    [adverb] Modalwort
    [adjective] Adjektiv der Ungewissheit
    [reporting] distanzierendes Wort
    [approximator] Ungefährangabe
    [mood] Konditional
   *[verb] Verb der Vermutung
} „{ $quote }“
why-hedge-before-number = { $hedge } vor einer Zahl
why-hedge-before-quantity = { $hedge } vor einer Mengenangabe
why-claim = { $class ->
    [percentage] Prozentangabe
    [money] Geldbetrag
    [date] Datum
    [comparative] Komparativ
    [superlative] Superlativ
    [causal] kausales Bindewort
    [prediction] Vorhersage
    [change] Veränderung
    [reported] indirekte Rede
   *[number] Zahl
} „{ $quote }“
why-claim-and = { $first } und { $class ->
    [percentage] eine Prozentangabe
    [money] ein Geldbetrag
    [date] ein Datum
    [comparative] ein Komparativ
    [superlative] ein Superlativ
    [causal] ein kausales Bindewort
    [prediction] eine Vorhersage
    [change] eine Veränderung
    [reported] indirekte Rede
   *[number] eine Zahl
} „{ $quote }“
why-source-verb = redeeinleitendes Verb „{ $cue }“ mit { $kind ->
    [named] namentlich genannter
    [anonymous] anonymer
   *[vague] vager
} Quelle „{ $source }“
why-source-according = „{ $cue }“ mit { $kind ->
    [named] namentlich genannter
    [anonymous] anonymer
   *[vague] vager
} Quelle „{ $source }“
why-class-no-words = keine Wörter zum Einordnen
why-class-anonymity = Hinweis auf Anonymität: „{ $found }“
why-class-hearsay = Hörensagen: „{ $found }“
why-class-on-record = „{ $role }“ spricht offiziell für „{ $name }“
why-class-who = { $who }: „{ $found }“
why-class-who-of = { $who }: „{ $found }“ (von „{ $name }“)
why-who = { $who ->
    [official] ungenannte Amtsperson
    [spokesperson] ungenannte Sprecherin oder ungenannter Sprecher
    [source] ungenannte Quelle
    [aide] ungenannte Person aus dem Umfeld
    [diplomat] ungenannte Diplomatin oder ungenannter Diplomat
    [employee] ungenannte Beschäftigte
    [insider] ungenannte Insiderquelle
    [staff] ungenanntes Personal
    [witness] ungenannte Zeugin oder ungenannter Zeuge
    [group] vage Gruppe
    [quantity] vage Mengenangabe
   *[person] ungenannte Person
}
why-class-name = { $sign ->
    [capitalised] Eigenname
    [initialism] Abkürzung
    [organisation] Organisation
   *[title] Titel und Name
} „{ $name }“
why-class-office = über das Amt identifiziert: „{ $found }“
why-class-unnamed-office = Person im Amt, ohne Namen: „{ $found }“
why-class-nothing = kein Name und kein bekanntes Muster in „{ $phrase }“

# end of why

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

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

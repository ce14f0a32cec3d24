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

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

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

state-files = { $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
}
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

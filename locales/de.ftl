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
classroom-measure-recall = Trefferquote einer Kategorie (Überlappung)
classroom-measure-f1-exact = F1 einer Kategorie, exakt
classroom-measure-f1-overlap = F1 einer Kategorie, Überlappung
classroom-measure-links = Gefundene Verknüpfungen der Musterlösung
classroom-measure-notes = Notizen zu mindestens N Markierungen
classroom-measure-by-hand = Von Hand vergeben
classroom-criterion-add = Kriterium hinzufügen
classroom-grade-shown-as = Note anzeigen als
classroom-scale = Skala
classroom-scale-points = Punkte
classroom-scale-percent = Prozent
classroom-scale-letters = Buchstaben
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
classroom-id-canvas-user = Canvas-Benutzer-ID
classroom-id-sis-user = SIS-Benutzer-ID
classroom-id-sis-login = SIS-Login-ID
classroom-id-email = E-Mail-Adresse
classroom-id-username = Benutzername
classroom-id-number = ID-Nummer

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

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

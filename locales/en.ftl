### Close Reader's interface in English: the source every other language translates.
### Message names say where a message is used (start-, library-, annotate-, panel-, compare-…).
### Variables: $count is a number (choose its plural form with [one] and *[other]), other names are
### text. Keep each section's end marker: it lets several people add messages without clashing.

## Shared: lists, the language menu, words used across screens

# A list of two: "headings and quotes".
list-two = { $first } and { $second }
# The start of a longer list: "headings, quotes and notes" is list-more(headings, list-two(quotes, notes)).
list-more = { $first }, { $rest }
language-menu = Language
    .title = The language of Close Reader's buttons and messages (the article keeps its own)
language-unavailable = The { $language } messages could not be loaded, so Close Reader stays in the language it was in.

# end of shared

## Start screen (src/components/start.rs, open_file.rs, arrival.rs, import_review.rs, progress_bar.rs)

start-title = Close Reader
start-tagline = Mark the claims, sources and hedges in a news article. Everything stays in this browser until you download it.
start-other-ways = Other ways to begin
start-sample = Try the sample article
start-library = Library ({ $count })
start-field-title = Title
    .placeholder = Headline of the article
start-field-url = Source URL (optional)
start-field-text = Article text
    .placeholder = Paste the article here. Paragraphs, any script and any language are kept exactly.
start-reflowed = { $count ->
    [one] Joined { $count } line that was broken at the edge of the page, as text copied from a PDF has them.
   *[other] Joined { $count } lines that were broken at the edge of the page, as text copied from a PDF has them.
}
start-undo-reflow = Undo the joining
start-paste-kept = What is kept of the page
# $kept lists what was kept: "2 headings, 4 list items and emphasis".
start-from-web-page = From the web page. { $kept }
start-plain-only = Plain text only (no headings, lists or emphasis)
start-go = Start annotating
# $why says what went wrong, in the words of the part that read the page.
start-shape-lost = The page's headings and lists could not be kept ({ $why }); its text is pasted as plain text.

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

# end of library

## Annotate screen (annotate.rs, top_bar.rs, label_toolbar.rs, label_editor.rs, article.rs, search_bar.rs, export_menu.rs)

# The top bar (top_bar.rs).
annotate-library = ← Library
annotate-saved = Saved in this browser
annotate-saving = Saving…
# Saving failed: the banner under the bar says why.
annotate-not-saved = Not saved
annotate-undo = Undo
    .title = Undo (Ctrl+Z)
annotate-redo = Redo
    .title = Redo (Ctrl+Shift+Z or Ctrl+Y)
annotate-download = Download
    .title = Save a .close-reader.json file
# The Export menu (export_menu.rs); its formats' names come from the app's work.
annotate-export = Export
    .title = Save the annotations for another tool, or a report to read and print
annotate-print = Print
    .title = Print the article with its highlights
annotate-share = Share as an assignment…
    .title = Share this article with a class: a file or a link, with instructions

# The annotate screen (annotate.rs, article.rs).
annotate-article = Article
# Names the read-only view of a student's feedback file: their spans against the teacher's key.
annotate-feedback-region = Your spans against the key
annotate-caret-help = Keyboard: ←/→ next word, Shift+←/→ extend, a label key marks it, Enter opens the highlight, Esc clears, Tab leaves.
# Buttons that close and open the side panel on narrow screens.
annotate-close-panel = Close panel ▾
annotate-open-panel = Spans and notes ▴
# A suggestion's accessible description: $kind is claim, source or hedge; $reason says why.
annotate-suggested = suggested { $kind }: { $reason }

# The toolbar beside a selection (label_toolbar.rs): $name is the label's name, $key its letter,
# $number its number key (1–9).
annotate-toolbar = Label the selection
annotate-label-button = { $name } (key { $key } or { $number })

# Search (search_bar.rs).
annotate-search = Search the article
    .placeholder = Search the article (/)
annotate-search-none = No matches
# The match shown among those found: "3 of 12".
annotate-search-count = { $current } of { $total }
annotate-search-previous = Previous match
    .title = Previous match (Shift+Enter)
annotate-search-next = Next match
    .title = Next match (Enter)
annotate-mark-match = Mark this match as
# $label is a label's name.
annotate-mark-as = Mark as { $label }
    .title = Mark this match as { $label }

# The label editor (label_editor.rs): $name and $label are a label's name.
annotate-labels-title = Labels
annotate-labels-close = Close the label editor
annotate-labels-hint = Name, colour and key of each label. The key marks a selection; the list's order gives the number keys 1–9. Changes apply at once and Undo takes them back.
annotate-label-name = Name of the label { $name }
annotate-label-colour = Colour of { $name }
annotate-label-key = Key for { $name }
annotate-label-count = Spans with this label
annotate-label-up = Move { $name } up
annotate-label-down = Move { $name } down
annotate-label-delete = Delete
    .aria-label = Delete the label { $name }
# Deleting a label in use asks what becomes of its spans.
annotate-delete-choice = Delete { $label }
annotate-delete-in-use = { $count ->
    [one] { $count } span is marked “{ $label }”. What should become of it?
   *[other] { $count } spans are marked “{ $label }”. What should become of them?
}
annotate-delete-spans = Delete the spans too
annotate-relabel-as = or relabel them as
annotate-relabel-to = New label for the spans
annotate-relabel-delete = Relabel and delete
annotate-cancel = Cancel
annotate-add-label = Add a label
annotate-switch-preset = Switch to a preset…
    .aria-label = Switch to a preset
# The default label set: $name is its name as the app has it ("Claim / Source / Hedge").
annotate-preset-default = { $name } (default)
annotate-preset-name = Preset name
annotate-save-preset = Save as preset
annotate-preset-unnamed = Give the preset a name first.
annotate-single-keys = Single-key shortcuts (label keys, 1–9, l, n, p, a, x, /)
annotate-single-keys-off = Off: letters, digits and / do nothing, so speech input cannot fire them; Ctrl+Z, Delete, Escape, the arrow keys and the buttons still work. Kept in this browser.
annotate-done = Done
# A label colour's contrast: $page and $color are #rrggbb colours, $ratio a number (4.49).
annotate-contrast-not-colour = "{ $color }" is not a #rrggbb colour, so its contrast cannot be checked.
annotate-contrast-text = On a { $page } page this colour has a contrast of { $ratio }:1: its underline is visible (3:1), but its name in the side panel is hard to read (text needs 4.5:1).
annotate-contrast-both = On a { $page } page this colour has a contrast of { $ratio }:1: both its underline (needs 3:1) and its name in the side panel (needs 4.5:1) are hard to see.
# In the dark theme a label is drawn lighter ($shown): $warning is one of the two sentences above.
annotate-contrast-dark = In the dark theme (where it is drawn lighter, { $shown }): { $warning }

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

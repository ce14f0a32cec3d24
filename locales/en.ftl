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

# The default labels' names in a new document (the document keeps them in its file).
shared-label-claim = Claim
shared-label-source = Source
shared-label-hedge = Hedge

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
# $kept says what was kept (start-kept): "Kept: 2 headings, 4 list items and emphasis."
start-from-web-page = From the web page. { $kept }
start-plain-only = Plain text only (no headings, lists or emphasis)
start-go = Start annotating
# $why says what went wrong, in the words of the part that read the page.
start-shape-lost = The page's headings and lists could not be kept ({ $why }); its text is pasted as plain text.

start-cancel = Cancel
start-open-file = Open file
# Long work under way: $what says what ("Opening “Report”…"), $percent how far it is.
start-progress = { $what } { $percent } %
# What was kept of an article's shape: "Kept: 2 headings, 7 list items, emphasis and 3 links." $what
# is a list of the start-kept-* phrases below.
start-kept = Kept: { $what }.
start-kept-headings = { $count ->
    [one] { $count } heading
   *[other] { $count } headings
}
start-kept-items = { $count ->
    [one] { $count } list item
   *[other] { $count } list items
}
start-kept-quotes = { $count ->
    [one] { $count } quoted paragraph
   *[other] { $count } quoted paragraphs
}
start-kept-captions = { $count ->
    [one] { $count } caption
   *[other] { $count } captions
}
# Footnotes and endnotes of the article (not the user's notes).
start-kept-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
# Bold and italic text.
start-kept-emphasis = emphasis
start-kept-links = { $count ->
    [one] { $count } link (shown, not followed)
   *[other] { $count } links (shown, not followed)
}
# The first lines of an article, as they will look once opened.
start-preview = Preview
start-preview-more = … and { $count ->
    [one] { $count } paragraph
   *[other] { $count } paragraphs
} more.
# The review of an article read from a file (PDF, Word, web page…).
start-arrival-title = Open this article?
# $name is the file's name; $kind what it was read as (pdf, epub, word, odt, web, mhtml, markdown, text).
start-arrival-read-as = “{ $name }”, read as { $kind ->
    [pdf] a PDF
    [epub] an EPUB book
    [word] a Word file
    [odt] an OpenDocument text
    [web] a web page
    [mhtml] a web page (single file)
    [markdown] a Markdown file
    [text] a text file
   *[other] { $kind }
}
start-arrival-pasted = Pasted from { $kind ->
    [pdf] a PDF
    [epub] an EPUB book
    [word] a Word file
    [odt] an OpenDocument text
    [web] a web page
    [mhtml] a web page (single file)
    [markdown] a Markdown file
    [text] a text file
   *[other] { $kind }
}
start-arrival-field-title = Title
# $what lists what the reader left out of the file ("the running headers, footers and page numbers").
start-arrival-left-out = Left out: { $what }.
start-arrival-plain-only = Plain text only (no headings, lists or emphasis; the text is the same)
# The review of a file of annotations (imported into the open article or a new one).
start-import-title = Import “{ $name }”
# What the file is; keep the names of formats and tools (W3C, Hypothesis, doccano, Label Studio, brat).
start-import-read-as = Read as { $format ->
    [native] a Close Reader file
    [w3c-annotation] a W3C Web Annotation
    [w3c-list] a list of W3C Web Annotations
    [w3c-page] a W3C Annotation Page
    [w3c-collection] a W3C Annotation Collection
    [w3c-graph] a W3C Web Annotation graph (JSON-LD @graph)
    [hypothesis] Hypothesis annotations
    [doccano] doccano JSONL
    [label-studio] Label Studio tasks
    [csv] a Close Reader CSV sheet
    [brat] a brat .ann file
   *[other] { $format }
}.
# "5 of 7 annotations found their place in this article."
start-import-found = { $found } of { $total ->
    [one] { $total } annotation
   *[other] { $total } annotations
} found { $found ->
    [one] its
   *[other] their
} place in this article.
# "3 of 3 annotations and 2 of 3 links found their place in this article." ($linked of $links)
start-import-found-links = { $found } of { $total ->
    [one] { $total } annotation
   *[other] { $total } annotations
} and { $linked } of { $links ->
    [one] { $links } link
   *[other] { $links } links
} found their place in this article.
# A file of annotations that brings its own article. $found of $total spans placed.
start-import-new = It opens as a new document, “{ $title }” ({ $words ->
    [one] { $words } word
   *[other] { $words } words
}), with { $found } of its { $total ->
    [one] { $total } span
   *[other] { $total } spans
} placed.
start-import-new-links = It opens as a new document, “{ $title }” ({ $words ->
    [one] { $words } word
   *[other] { $words } words
}), with { $found } of its { $total ->
    [one] { $total } span
   *[other] { $total } spans
} and { $linked } of { $links ->
    [one] { $links } link
   *[other] { $links } links
} placed.
start-import-tags = Tags that are not labels here
# A tag of the file and how many annotations carry it.
start-import-tag = “{ $tag }” ({ $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
})
start-import-untagged = Without a tag ({ $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
})
start-import-create = Create the label “{ $tag }”
# $label is the name of one of the article's labels.
start-import-mark-as = Mark as { $label }
start-import-skip = Do not import them
start-import-not-placed = Not placed ({ $count })
start-import-links-not-made = Links not made ({ $count })
start-import-open-with = Open with { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
start-import-open-with-links = Open with { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} and { $links ->
    [one] { $links } link
   *[other] { $links } links
}
start-import-add-nothing = Add nothing
start-import-add = Add { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
start-import-add-links = Add { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} and { $links ->
    [one] { $links } link
   *[other] { $links } links
}

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

library-title = Library
library-new = New article
library-empty = No saved documents yet. Paste an article or open a file to begin.
library-list = Saved documents
# A document's line: $when is the date and time it was saved, $counts its labels with their counts
# ("Claim 3 · Hedge 1") or library-no-annotations.
library-doc-meta = Saved { $when } · { $words ->
    [one] { $words } word
   *[other] { $words } words
} · { $counts }
library-no-annotations = no annotations yet
# $size is a size ("12 KB"), $when a date and time.
library-class-set-kept = Class set kept: { $files ->
    [one] { $files } file
   *[other] { $files } files
} · { $size } · changed { $when }
# $title is the document's title.
library-open = Open
    .aria-label = Open { $title }
library-class-set = Class set
    .aria-label = Open the class set of { $title }
    .title = The students' files collected for this article, as you left them
library-remove-class-set = Remove class set
    .aria-label = Remove the class set of { $title }
    .title = Forget the files collected for this article (you can undo it)
library-compare = Compare
    .aria-label = Compare files for { $title }
    .title = Open students' files for this article and compare them
library-rename = Rename
    .aria-label = Rename { $title }
library-delete = Delete
    .aria-label = Delete { $title }
library-new-title = New title
library-save = Save
library-cancel = Cancel
# The message banner.
library-undo = Undo
library-dismiss = Dismiss message
# The banner shown while saving fails.
library-save-failed-download = Download
library-save-failed-retry = Try again
# The banner of a tab that only reads (another tab edits the document).
library-take-over = Take over
# Shown while a file or an article is dragged over the window.
library-drop-article = Drop an article or a Close Reader file to open it
library-drop-students = Drop students' files to add them
# A file whose article is already in the library.
library-conflict-title = This article is already in your library
library-conflict-same-text = “{ $title }” has the same text as the file you opened.
# $counts is library-conflict-counts or library-conflict-spans; $when a date and time.
library-conflict-in-library = In your library: { $counts }, last changed { $when }.
library-conflict-in-library-newer = In your library: { $counts }, last changed { $when } (newer).
library-conflict-file = The file: { $counts }, last changed { $when }.
library-conflict-file-newer = The file: { $counts }, last changed { $when } (newer).
library-conflict-file-undated = The file: { $counts }.
library-conflict-counts = { $spans ->
    [one] { $spans } span
   *[other] { $spans } spans
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
library-conflict-spans = { $spans ->
    [one] { $spans } span
   *[other] { $spans } spans
}
library-conflict-advice-library = Your library's copy is newer: replacing it with the file would go back to older work.
library-conflict-advice-file = The file is newer than your library's copy.
library-conflict-advice-unknown = Which is newer cannot be told from the two.
library-conflict-hint = Keep both opens the file as another document. Replace opens it in place of your copy, which stays in the library under a new title.
library-conflict-keep-both = Keep both
library-conflict-replace = Replace
# A student's name, asked once when they open their first assignment.
library-name-title = Your name
library-name-why = It is written into the file you hand in, so that your teacher knows whose work it is. It stays in this browser.
library-name-start = Start
library-name-skip = Skip

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

annotate-too-long-to-print = This article is too long to print from here: only the part near the screen is in the page. Export → HTML report makes one page with the whole article, its highlights and notes, to print from the browser.

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# The side panel's tabs and the region they sit in.
panel-annotations = Annotations
panel-evidence = Evidence
panel-suggestions = Suggestions
panel-tabs = Side panel
panel-annotations-count = Annotations ({ $count })
# The label chips above the list: each shows or hides its label's entries. $label is the label's name.
panel-show-labels = Show labels
panel-chip-hide = Hide { $label } from the list
panel-chip-show = Show { $label } in the list
panel-edit-labels = Labels…
    .title = Rename, recolour, rekey, reorder, add or delete labels
# C, S, H and Alt are keys: keep them.
panel-empty = Select words in the article, then press C, S or H (or use the buttons that appear) to mark a claim, source or hedge. Hold Alt to select exactly, without snapping to whole words.
panel-all-hidden = All labels are hidden from the list.
panel-comment-count = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
panel-entry-list = { $count ->
    [one] { $count } annotation in text order
   *[other] { $count } annotations in text order
}
# Words quoted from the article, in the language's quotation marks.
panel-quoted = “{ $quote }”

# The selected span's editor

panel-selected-span = Selected span
panel-close-editor = Close the span editor
panel-field-label = Label
# An option of the label menu: the label's name and its key.
panel-label-option = { $label } ({ $key })
panel-field-note = Note
    .placeholder = Why is this a claim, source or hedge? What would you check?
panel-links = Links
# L is a key: keep it.
panel-no-links = No links yet. Link a claim to the source it rests on, or a hedge to the claim it softens: press L, then click the other highlight.
# A link to a span of another article: $quote is the quoted words (already in quotation marks), $title that article's title.
panel-link-elsewhere = { $quote } in “{ $title }”
# $relation is how the span is linked ("supported by", "hedges"), $quote the other span's words in quotation marks.
panel-unlink = Remove the link: { $relation } { $quote }
    .title = Remove this link
panel-cancel-link = Cancel link
    .title = Stop linking (Esc)
panel-link = Link…
    .title = Then click the highlight to link to (L)
panel-span-comments = Comments on this span
panel-comments = Comments
panel-delete-span = Delete span
    .title = Delete (Delete or Backspace)

# The Evidence tab

panel-evidence-summary = Evidence summary
# $density is hedges per 100 words, with one decimal.
panel-overview = { $words ->
        [one] { $words } word
       *[other] { $words } words
    } · { $claims ->
        [one] { $claims } claim
       *[other] { $claims } claims
    } · { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    } · { $hedges ->
        [one] { $hedges } hedge
       *[other] { $hedges } hedges
    } ({ $density ->
        [one] { $density } hedge per 100 words
       *[other] { $density } hedges per 100 words
    })
panel-unsupported = Unsupported claims ({ $count })
panel-no-claims = No claims marked yet.
panel-all-claims-sourced = Every claim has a linked source.
panel-claims-and-sources = Claims and their sources
panel-no-source = no source linked
panel-idle-sources = Sources that support no claim ({ $count })
panel-no-sources = No sources marked yet.
panel-all-sources-used = Every source supports a claim.
panel-hedged-claims = Hedged claims ({ $count })
panel-no-hedged-claims = No claim carries a hedge (linked, or inside it).
# How many hedges a claim carries.
panel-hedge-count = { $count ->
    [one] { $count } hedge
   *[other] { $count } hedges
}
panel-sources-by-kind = Sources by kind: { $named } named, { $anonymous } anonymous, { $vague } vague
# A source's kind, as the core classifies it: named (a person or body named), anonymous (a role without a name), vague ("critics", "experts").
panel-source-kind = { $kind ->
    [named] named
    [anonymous] anonymous
    [vague] vague
   *[other] { $kind }
}

# Two articles side by side, compared in the Evidence tab

panel-beside = Beside: { $title }
panel-swap = Swap sides
    .title = Edit this article; the other goes beside
panel-close-beside = Close the article beside
panel-compare = Compare
panel-compare-hint = To compare two outlets' reports of the same event, add the other article to your library; it can then open beside this one.
panel-compare-with = Compare with another article
panel-open-beside = Open beside…
    .aria-label = Open beside
panel-same-claim = Same claim in both ({ $count })
panel-contradictions = Contradictions ({ $count })
# $title is one article's title; $count how many claims only it makes.
panel-only-in = Only in “{ $title }” ({ $count })
panel-side-sources = Sources: { $named } named, { $anonymous } anonymous, { $vague } vague

# Suggestions: the current one's card and the Suggestions tab

panel-current-suggestion = Current suggestion
# $label is the label's name in lower case ("claim").
panel-suggested = Suggested { $label }
# A, Enter, X and N are keys: keep them.
panel-accept = Accept
    .title = Accept (A or Enter)
panel-reject = Reject
    .title = Reject (X)
panel-next = Next ›
    .title = Next suggestion (N)
panel-suggestions-off = Suggestions are off for this assignment: your teacher wants to see what you find on your own.
panel-article-language = Article language
# A language the article may be in, by its tag, as the menu lists it.
panel-language = { $language ->
    [en] English
    [es] Spanish
    [fr] French
    [de] German
    [pt] Portuguese
    [ar] Arabic
    [zh] Chinese
   *[other] { $language }
}
# The same language's name as it reads inside a sentence (lower case in Spanish or French, say).
panel-language-in-text = { $language ->
    [en] English
    [es] Spanish
    [fr] French
    [de] German
    [pt] Portuguese
    [ar] Arabic
    [zh] Chinese
   *[other] { $language }
}
# $language is the article's language, $readable the languages the suggestions read ("English, Spanish and French").
panel-unreadable = No suggestions: this article reads as { $language }, and the suggestions read { $readable } only. If it is in one of those, say so here.
panel-show-suggestions = Show suggestions in the article
# N, P, A, Enter and X are keys: keep them.
panel-suggestions-hint = Hints, not labels: dashed outlines mark words that are often hedges, sources or claims, each with its reason. N and P step through them; A or Enter accepts, X rejects.
panel-open-suggestions = { $count ->
    [one] { $count } open suggestion
   *[other] { $count } open suggestions
}
panel-open-suggestions-rejected = { $count ->
    [one] { $count } open suggestion
   *[other] { $count } open suggestions
} ({ $rejected } rejected)
# $label is a label's name, $count how many open suggestions it has.
panel-suggestion-count = { $label }: { $count }
panel-accept-all = Accept all { $count }
panel-go-first = Go to the first (N)

# Comments on spans (from a teacher's feedback file)

panel-threads = Comments on spans
panel-threads-hint = Comments on your spans are also beside them: choose a span, or its entry under Annotations, to read and answer there.
# $place says where the comment sits: "On your span", "On a span of the key you missed".
panel-thread-place = { $place }:
panel-show-span = Show the span
    .title = Show the span, with this comment beside it
panel-reply = Reply
    .placeholder = Your reply

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# The assignment dialog (assignment_dialog.rs).
classroom-assign-title = Share as an assignment
classroom-assign-hint = Students get the article and its labels, without your annotations. Their name is written into the file they hand back.
classroom-assign-instructions = Instructions (shown above the article)
    .placeholder = Mark every claim and the source behind it. Mark words that soften a claim as hedges.
classroom-assign-hide-suggestions = Hide suggestions
classroom-assign-require-name = Require a name
classroom-assign-download = Download assignment file
classroom-assign-make-link = Make link
classroom-close = Close
# $count is the link's length in characters.
classroom-assign-link-about = { $count ->
    [one] Assignment link ({ $count } character; the article travels inside it, no server sees it)
   *[other] Assignment link ({ $count } characters; the article travels inside it, no server sees it)
}
classroom-assign-link = Assignment link
classroom-assign-copy-link = Copy link

# The rubric editor in the assignment dialog (rubric_editor.rs). $number is a criterion's or a
# letter band's number in the list.
classroom-rubric = Rubric
classroom-rubric-none = No rubric: students see no grading criteria, and the gradebook shows agreement only.
classroom-rubric-add = Add a rubric
# $points is the rubric's total of points.
classroom-rubric-legend = { $points ->
    [one] Rubric · { $points } point
   *[other] Rubric · { $points } points
}
classroom-criteria = Criteria
classroom-criterion-name = Name of criterion { $number }
classroom-criterion-points = Points of criterion { $number }
classroom-criterion-measure = How criterion { $number } is measured
classroom-criterion-label = Label of criterion { $number }
classroom-criterion-links = Links of criterion { $number }
classroom-criterion-notes = Notes asked for by criterion { $number }
# The choice of link kinds a criterion counts: any kind.
classroom-link-every-kind = every kind
classroom-move-up = Move up
classroom-move-down = Move down
classroom-remove = Remove
classroom-criterion-move-up = Move criterion { $number } up
classroom-criterion-move-down = Move criterion { $number } down
classroom-criterion-remove = Remove criterion { $number }
# How a criterion is measured (the choices of a menu).
classroom-criterion-add = Add a criterion
# Followed by the menu of scales: "Grade shown as [Letters]".
classroom-grade-shown-as = Grade shown as
classroom-scale = Scale
classroom-rubric-remove = Remove the rubric
classroom-bands = Letter bands
classroom-band-letter = Letter of band { $number }
# Between a band's letter and its lowest percent: "B from [60] %".
classroom-band-from = from
# After the lowest percent's box (the space before it included).
classroom-band-percent = { " " }%
classroom-band-lowest = Lowest percent of band { $number }
classroom-band-remove = Remove band { $number }
classroom-band-add = Add a letter
# $problem says what is wrong, in the words of the rubric's checks.
classroom-rubric-not-saved = Not saved yet: { $problem }.
classroom-rubric-saved = Saved with the assignment: students see these criteria.

# Above an assignment's or a feedback file's article (assignment_strip.rs).
classroom-assignment = Assignment
# $points is the rubric's total, with its word: "6.5 points".
classroom-assessed = How this is assessed ({ $points })
classroom-col-criterion = Criterion
classroom-col-points = Points
classroom-col-measured = Measured as
classroom-annotating-as = Annotating as { $name }
classroom-change-name = Change name
classroom-no-name = No name yet
classroom-add-name = Add your name
classroom-feedback = Feedback
# $name is the key's author ("Ms Okafor"); $percent the score.
classroom-feedback-heading = Feedback against { $name }'s key: { $percent }%
classroom-feedback-heading-none = Feedback against { $name }'s key: —
classroom-count-matched = { $count } matched
classroom-count-partial = { $count } partly matched
classroom-count-missed = { $count } missed
classroom-count-extra = { $count } not in the key
classroom-back-to-annotating = Back to annotating
classroom-show-against-key = Show my spans against the key

# The compare view (compare/mod.rs).
classroom-back-to-library = ← Library
classroom-compare-title = Compare: { $title }
classroom-key = Key
classroom-no-key = No key
classroom-label = Label
classroom-gradebook-csv = Gradebook CSV
# On each learning management system's button (Canvas CSV, Moodle CSV, Google Classroom CSV).
classroom-lms-title = The rubric's grades, with each student's identifier, as this system imports them
classroom-feedback-files = Feedback files
    .title = One file per student: their spans against the key, to open in Close Reader
classroom-views = What the article shows
classroom-view-heat = Heat
classroom-view-consensus = Consensus
# The article's name for assistive technology, in each view.
classroom-region-heat = Heat of { $label }
classroom-region-feedback = One student against the key
classroom-region-consensus = Consensus: at least { $k } of { $count }
# $count is the number of annotators.
classroom-heat-hint = { $count ->
    [one] { $label }: darker where the { $count } annotator marked it. Hover or tap to see who.
   *[other] { $label }: the darker, the more of the { $count } annotators marked it. Hover or tap to see who.
}
classroom-feedback-choose-key = Choose a key (above) to see a student's spans against it.
# Followed by the menu of students: "Feedback for [Ben]".
classroom-feedback-for = Feedback for
classroom-student = Student
classroom-score = Score: { $percent }%
classroom-score-none = Score: —
classroom-legend-matched = matched
classroom-legend-partial = partly matched
classroom-legend-missed = missed
classroom-legend-extra = not in the key
classroom-compare-panel = Files and agreement

# The compare view's files (compare/files.rs).
classroom-files = Files
classroom-files-heading = Files ({ $count })
classroom-add-files = Add students' files…
    .label = Add students' files
classroom-drop-files = Or drop up to { $count } files here. Files for this article are matched by its text; a slightly edited copy is re-anchored.
# $done of $count files read so far.
classroom-reading-files = Reading files… { $done } of { $count }
classroom-cancel = Cancel
# The badge on the file chosen as the key.
classroom-key-badge = key
classroom-entry-spans = { $count ->
    [one] { $count } span
   *[other] { $count } spans
}
classroom-reanchored = text differed slightly; every span re-anchored
classroom-reanchored-unplaced = { $count ->
    [one] text differed; { $count } span could not be placed
   *[other] text differed; { $count } spans could not be placed
}
# $name is the annotator's name.
classroom-remove-file = Remove { $name }
# A span that could not be placed: its label's name and the words it marked.
classroom-unplaced = { $label }: “{ $quote }”
classroom-set-aside = Set aside ({ $count })
# After a file's name: why it was set aside.
classroom-set-aside-why = : { $why }

# The agreement table (compare/table.rs).
classroom-agreement = Agreement
classroom-agreement-heading = Agreement · { $label }
# Followed by each label's alpha.
classroom-alpha = Krippendorff's α over word tokens, among the annotators:
classroom-agreement-empty = Add students' files to see their agreement.
classroom-agreement-table = Annotators by { $label }
classroom-col-annotator = Annotator
classroom-col-spans = Spans
classroom-col-exact = Exact, against the key
classroom-col-overlap = Overlap, against the key
# Column heads: precision and recall (F1 stays F1).
classroom-col-precision = P
classroom-col-recall = R
classroom-agreement-choose-key = Choose a key to score the annotators against it.
classroom-pairwise = F1 between annotators ({ $label }, overlap)

# The ranked spans (compare/lists.rs).
classroom-ranked = Spans by annotators
classroom-ranked-heading = Most marked · { $label }
classroom-ranked-empty = No spans of this label yet.
# $marked of the $count annotators marked the span.
classroom-ranked-count = { $marked } of { $count }
# $count of them marked exactly these words.
classroom-ranked-exactly = ({ $count } exactly)
classroom-key-missed-heading = The key's { $label } spans, least found first
classroom-key-missed-empty = The key has no spans of this label.
classroom-found-by = found by { $found } of { $count }

# The gradebook (compare/gradebook.rs).
classroom-gradebook = Gradebook
classroom-gradebook-no-rubric = No rubric yet: open the article, choose Assign, and add a rubric there; its grades show here.
classroom-gradebook-choose-key = Choose a key (above): the rubric's criteria are computed against it.
classroom-gradebook-heading = { $points ->
    [one] Gradebook · { $points } point
   *[other] Gradebook · { $points } points
}
classroom-grades = Grades
classroom-col-total = Total
classroom-col-grade = Grade
classroom-col-lms-identifier = LMS identifier
# A criterion's points, on its column's head.
classroom-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
# Points out of those possible: "7.5 / 10".
classroom-points-of = { $points } / { $possible }
classroom-percent = { $percent } %
classroom-grade-incomplete = incomplete
# A value the teacher changed: the value computed, and the teacher's reason.
classroom-grade-overridden = Overridden (computed { $computed }): { $reason }
classroom-grade-by-hand = Given by hand: { $reason }
classroom-grade-change = { $criterion } for { $student }: change
# A value's button for assistive technology: $value is the value shown, $title one of the three above.
classroom-grade-cell = { $student }, { $criterion }: { $value }. { $title }
classroom-lms-identifier-of = LMS identifier of { $name }
classroom-override-form = Change a value
classroom-override-about = { $student } · { $criterion } (computed { $computed }, out of { $possible })
classroom-override-about-by-hand = { $student } · { $criterion } (given by hand, out of { $possible })
classroom-points-given = Points given
classroom-reason = Reason
    .optional = optional
    .required = required: why this value
classroom-override-keep = Keep this value
classroom-override-revert = Revert to computed
classroom-gradebook-hint = Click a value to change it; a changed value is marked * and keeps its reason (hover to read it).
classroom-unmatched = Values given for students no longer in this set (kept, in case their file comes back):
# A criterion no longer in the rubric, by its number.
classroom-unmatched-criterion = criterion { $number }
classroom-unmatched-line = { $student } · { $criterion }: { $points }
classroom-unmatched-line-reason = { $student } · { $criterion }: { $points } ({ $reason })
classroom-roster-paste = Paste a roster of identifiers
classroom-roster = Roster
classroom-roster-use = Use these identifiers
# $problems lists the lines that could not be read, each with why.
classroom-roster-not-read = Not read: { $problems }.
# $system is Canvas, Moodle or Google Classroom; followed by the menu of identifier columns.
classroom-lms-identifiers-are = { $system } identifiers are
classroom-lms-identifier = { $system } identifier
# Each system's identifier columns.

# The feedback view's comments (compare/threads.rs).
classroom-comment-box = Comment on a span
# $what is the span: its words and whose it is.
classroom-comment-on = Comment on { $what }
classroom-comment = Comment
    .placeholder = Your comment
classroom-comment-hint = Click one of the student's spans, or a missed span of the key, to comment on it.

# Consensus (compare/consensus.rs).
classroom-consensus-empty = Add students' files to build a consensus.
# Spans at least $k of the $count annotators marked.
classroom-consensus-at-least = Spans marked by at least { $k } of { $count }
classroom-consensus-slider = Consensus: at least
classroom-consensus-make = Make consensus document

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# Opening files and documents. $name is a file's name, $title a document's title, $why a reason
# (often from the part of Close Reader that read the file, still in English).
messages-not-opened = “{ $name }” was not opened: { $why } Nothing was changed.
messages-answer-damaged = the reader's answer was damaged.
messages-opening-saved = Opening the saved document…
messages-opening-beside = Opening the article beside…
messages-opening-file = Opening “{ $name }”…
messages-reading-file = Reading “{ $name }”…
messages-preparing = Preparing “{ $title }”…
messages-saved-not-opened = The saved document could not be opened: { $why }.
messages-beside-not-opened = That article could not be opened beside this one: { $why }.
messages-compare-not-opened = That article could not be opened for comparing: { $why }.
messages-library-unreadable = The library cannot be read: { $why }.
messages-saved-unreadable = Saved documents cannot be read: { $why }. You can still annotate and download your work.
messages-dropped-several = { $count ->
    [one] { $count } file was dropped; drop one Close Reader file at a time. Nothing was changed.
   *[other] { $count } files were dropped; drop one Close Reader file at a time. Nothing was changed.
}
# $size (to one decimal) and $limit are numbers of megabytes.
messages-file-too-big = “{ $name }” is { $size } MB; Close Reader opens files of up to { $limit } MB.
messages-file-unreadable = “{ $name }” could not be read.
messages-no-worker = The part of Close Reader that reads files could not start in this browser.
messages-text-too-long = { $count ->
    [one] This text has { $count } character; Close Reader opens articles of up to { $limit } characters. Split it into parts and annotate each part as its own document.
   *[other] This text has { $count } characters; Close Reader opens articles of up to { $limit } characters. Split it into parts and annotate each part as its own document.
}
messages-too-many-annotations = { $count ->
    [one] This would make { $count } annotation; Close Reader holds up to { $limit } in one document. Split the article into parts.
   *[other] This would make { $count } annotations; Close Reader holds up to { $limit } in one document. Split the article into parts.
}
# Files of other tools opened with "Open file". $format is one of the messages-format-* phrases.
messages-needs-article = it holds { $format }. Open the article first, then open this file to add its annotations.
messages-format-native = a Close Reader file
messages-format-w3c-annotation = a W3C Web Annotation
messages-format-w3c-list = a list of W3C Web Annotations
messages-format-w3c-page = a W3C Annotation Page
messages-format-w3c-collection = a W3C Annotation Collection
messages-format-w3c-graph = a W3C Web Annotation graph (JSON-LD @graph)
messages-format-hypothesis = Hypothesis annotations
messages-format-doccano = doccano JSONL
messages-format-label-studio = Label Studio tasks
messages-format-csv = a Close Reader CSV sheet
messages-format-brat = a brat .ann file
# $added is messages-added-annotations or messages-added-annotations-links.
messages-imported-as-new = Opened “{ $name }” as a new document with { $added }.
messages-added-annotations = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
messages-added-annotations-links = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} and { $links ->
    [one] { $links } link
   *[other] { $links } links
}
# Work the user cancelled (with Cancel on the progress bar).
messages-cancelled-not-restored = Cancelled. The document was not opened: its last changes are not restored yet. Open it again to restore them.
messages-cancelled-still-in-library = Cancelled. The document was not opened; it is still in your library.
messages-cancelled-nothing-beside = Cancelled. Nothing was opened beside this article.
messages-cancelled-file-not-opened = Cancelled. The file was not opened; nothing was changed.
messages-cancelled-not-opened = Cancelled. The document was not opened; nothing was changed.
messages-cancelled-file-not-read = “{ $name }” was not opened; nothing was changed.
messages-export-cancelled = Cancelled. Nothing was exported.
# A file whose article is already in the library: replacing the library's copy.
messages-not-replaced-unreadable = “{ $title }” was not replaced: its copy in the library could not be read ({ $why }). Nothing was changed.
messages-not-replaced-unsaved = “{ $title }” was not replaced: the copy to keep could not be saved ({ $why }). Nothing was changed.
# The title of the copy kept when a file replaces a document; $time is a date and time.
messages-replaced-title = { $title } (replaced { $time })
messages-replaced = Replaced “{ $title }” with the file. Your version is kept in the library as “{ $kept }”.
messages-replacement-undone = Your version of “{ $title }” is back; the file's version was taken out.
messages-replacement-not-undone = Could not undo the replacement: { $why }. Both versions are in your library.
# The library's rename, delete and undo.
messages-title-empty = A title cannot be empty.
messages-not-renamed = “{ $title }” was not renamed: { $why }.
messages-deleted = Deleted “{ $title }”.
messages-not-deleted = “{ $title }” was not deleted: { $why }.
messages-restored = Restored “{ $title }”.
messages-not-restored = Could not restore it: { $why }.
# Saving in this browser, and what a closing page could not save.
messages-not-saved = Not saved in this browser: { $why }. Your work is kept in this tab: use Download to keep a copy. Saving is retried every few seconds.
messages-beside-not-saved = The article beside was not saved: { $why }. Download it to keep a copy.
messages-restoring = Restoring your last changes…
messages-restored-not-saved = Your last changes to “{ $title }” were restored but could not be saved in this browser ({ $why }): use Download to keep a copy.
messages-changes-set-aside = Changes made just before the page last closed could not be restored: { $why }. They are kept aside in this browser.
# $titles lists messages-quoted-title: "“A”, “B” and “C”".
messages-changes-restored = Restored the last changes to { $titles }, made just before the page closed.
messages-quoted-title = “{ $title }”
# Why storage failed, set into the sentences above.
messages-storage-full = your browser's storage for this page is full
messages-storage-unavailable = this browser does not allow the page to store data (IndexedDB is unavailable, as in some private windows)
# $name and $message are the browser's own (in English or the browser's language).
messages-storage-refused = the browser refused to store it ({ $name }: { $message })
messages-load-missing = it is no longer in this browser's storage
messages-load-damaged = its saved copy is damaged ({ $why })
messages-stored-file-unreadable = the browser could not read its stored file
messages-changes-not-applied = the changes saved since its last full copy cannot be applied: { $why }
messages-no-preferences = this browser keeps no preferences
messages-preferences-full = the browser's storage is full or blocked
messages-preset-saved = Saved the preset “{ $name }”.
messages-preset-not-saved = The preset was not saved: { $why }.
# Two tabs on one document.
messages-taking-over = Taking over…
messages-take-over-cancelled = Cancelled: this tab stays read-only; nothing was changed.
messages-taken-over = You edit this document here now, with the other tab's latest changes; that tab is read-only.
messages-not-taken-over = This tab could not take over: { $why }. It stays read-only; nothing was changed.
# Downloads. $why is one of messages-download-no-*.
messages-download-failed = The download could not start: { $why }.
messages-download-no-file = the file could not be built
messages-download-no-window = no window
messages-download-no-document = no document
messages-download-no-url = no object URL
messages-download-no-link = no link
messages-download-no-body = no body
# The Export menu: the report's name, and each format's tooltip (format names stay as they are).
messages-export-report = HTML report
messages-export-w3c-hint = JSON-LD for Hypothesis, Recogito and annotation servers (.annotations.jsonld)
messages-export-csv-hint = One row per span, for spreadsheets (.csv)
messages-export-brat-hint = brat standoff: the text, .ann and configuration in a ZIP (.brat.zip)
messages-export-doccano-hint = doccano sequence-labelling JSONL (.doccano.jsonl)
messages-export-label-studio-hint = Label Studio tasks with their annotations (.label-studio.json)
messages-export-report-hint = The article with highlights and notes, to read or print (.report.html)
# $format is a format's name ("CSV", "HTML report").
messages-exporting = Exporting “{ $title }” as { $format }…
# Assignment links. $why ends with a full stop.
messages-link-not-opened = The assignment link could not be opened: { $why } Nothing was changed.
messages-link-empty = nothing follows “#assignment=” in the link: it was cut off when it was copied. Ask for the link again, or for the assignment file.
messages-link-too-big = it unpacks to more than a Close Reader file may hold.
messages-link-no-assignment = it holds a document but no assignment.
messages-link-no-compression = This browser cannot make links (it has no CompressionStream); share the assignment file instead.
messages-link-not-made = The link could not be made; share the assignment file instead.
messages-link-no-decompression = This browser cannot open assignment links (it has no DecompressionStream); ask for the assignment file instead.
messages-link-damaged = This assignment link is damaged (its data does not unpack): it may have been cut short when it was copied. Ask for the link again, or for the assignment file.
messages-link-too-long = { $count ->
    [one] This article is too long to share as a link ({ $count } character; the limit is { $limit }). Share the assignment file instead.
   *[other] This article is too long to share as a link ({ $count } characters; the limit is { $limit }). Share the assignment file instead.
}
messages-rubric-link-too-long = { $count ->
    [one] The rubric makes this assignment too long to share as a link ({ $count } character; the limit is { $limit }; without the rubric it would fit). Shorten the criteria's names, or share the assignment file instead.
   *[other] The rubric makes this assignment too long to share as a link ({ $count } characters; the limit is { $limit }; without the rubric it would fit). Shorten the criteria's names, or share the assignment file instead.
}
messages-assignment-already-here = You already have “{ $title }” in this browser: your work on it is opened, unchanged.
# The name a student's reply is signed with when they gave none.
messages-student-author = Student
messages-no-conversation = there is no conversation "{ $thread }"
# The compare view's class set, kept in this browser.
messages-too-many-files = { $count ->
    [one] { $count } file was chosen; a comparison opens up to { $limit } at a time. The first { $limit } are being read; add the others afterwards.
   *[other] { $count } files were chosen; a comparison opens up to { $limit } at a time. The first { $limit } are being read; add the others afterwards.
}
# $done of $count files were read when the user pressed Cancel; $left were not.
messages-reading-stopped = { $left ->
    [one] Stopped: { $done } of { $count } files were read; the other { $left } was not added.
   *[other] Stopped: { $done } of { $count } files were read; the other { $left } were not added.
}
messages-comparison-closed = the comparison was closed
messages-class-set-not-kept = The class set could not be kept in this browser: { $why }. Its files are still open here and the copy kept before is unchanged; free some space (remove documents or class sets you no longer need in the Library) or download the gradebook.
messages-class-set-unreadable = The class set kept for this article cannot be read: { $why }. It is left as it is; files you add now are not kept, so as not to write over it.
messages-class-file-unreadable = it cannot be read ({ $why })
messages-class-set-reopening = { $count ->
    [one] Reopening the class set: { $done } of { $count } file read…
   *[other] Reopening the class set: { $done } of { $count } files read…
}
messages-class-set-removed = { $count ->
    [one] Removed the class set of “{ $title }” ({ $count } file).
   *[other] Removed the class set of “{ $title }” ({ $count } files).
}
messages-class-set-not-removed = The class set of “{ $title }” was not removed: { $why }.
messages-class-set-back = The class set of “{ $title }” is back.
messages-class-set-not-back = Could not put the class set back: { $why }.
# The gradebook and the files for learning management systems. $file is a file's name.
messages-gradebook-needs-key = Choose a key first: the gradebook scores every student against it.
messages-feedback-needs-files = Choose a key and add students' files first: each feedback file shows a student's spans against the key.
messages-feedback-saved = { $count ->
    [one] { $count } feedback file was saved in { $file }: give each student theirs; it opens in Close Reader showing their spans against the key.
   *[other] { $count } feedback files were saved in { $file }: give each student theirs; it opens in Close Reader showing their spans against the key.
}
messages-grades-need-key = Choose a key first: the grades are computed against it.
# $file is the button's name: "Canvas CSV", "Moodle CSV", "Google Classroom CSV".
messages-writing-grades = Writing the { $file }…
messages-grades-saved = { $file } is saved, with every student's grade.
# $problems says what the file leaves out (in English for now).
messages-grades-saved-but = { $file } is saved, but: { $problems }
messages-id-canvas-user = Canvas user ID
messages-id-sis-user = SIS user ID
messages-id-sis-login = SIS login ID
messages-id-email = E-mail address
messages-id-username = Username
messages-id-number = ID number
# The keyboard cursor's live region: "Claim: will cost about £42 million".
messages-caret-span = { $label }: { $quote }
# Several spans under the cursor: "Claim: …; Hedge: …".
messages-caret-spans = { $first }; { $rest }
messages-caret-selected = Selected { $spans }
messages-caret-linked = Linked to { $spans }
# The start screen's form; $field is the text field's name (start-field-text).
messages-paste-first = Paste the article's text into “{ $field }” first.
messages-url-not-web = The source URL must start with http:// or https:// (or leave it empty).
messages-untitled = Untitled
# The printed handout's end matter; $number numbers the notes.
messages-print-labels = Labels
messages-print-notes = Notes
messages-print-note-number = { $number }.
# The crash screen.
messages-crash-title = Close Reader stopped working
messages-crash-download = An error in the program stopped this page. Download your work as last saved (half a second before the error at most) to keep a copy, then reload to go on from there.
messages-crash-reload = An error in the program stopped this page. Your work as last saved is kept in this browser: reload to go on from there.
messages-crash-reload-link = Reload
messages-crash-download-link = Download your work

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# Read-only tab (another tab edits the document).
state-read-only-open-elsewhere = This document is open for editing in another tab, so it is read-only here. Take over to edit it here instead.
state-read-only-taken-over = Another tab took over this document, so it is read-only here. Take over to edit it here again, with that tab's latest changes.
state-read-only-refused = Nothing was changed: this document is read-only in this tab. Use Take over to edit it here.

# Edits to spans. $why is the core's reason, in English.
state-relabel-failed = Could not change the label: { $why }.
state-note-failed = Could not save the note: { $why }.
state-add-failed = Could not add the span: { $why }.
# $why is a sentence saying how many annotations a document may hold.
state-span-not-added = The span was not added. { $why }
state-reply-blank = The reply was not added: the message has no text.
# $most is the longest a message may be.
state-reply-too-long = { $count ->
    [one] The reply was not added: the message is { $count } character long; at most { $most } are allowed.
   *[other] The reply was not added: the message is { $count } characters long; at most { $most } are allowed.
}
state-reply-failed = The reply was not added: { $why }.

# Labels. $problem is the core's words for what is wrong with the label set ("has two labels with the id …").
state-labels-not-changed-set = Labels not changed: the label set { $problem }.
state-labels-not-changed = Labels not changed: { $why }.

# Links. The hint while a link is being made, by the label of the span it starts from.
state-linking-from-claim = Linking: click the highlight of the source it rests on (or a hedge on it, or the same claim). Esc cancels.
state-linking-from-source = Linking: click the highlight of the claim it supports. Esc cancels.
state-linking-from-hedge = Linking: click the highlight of the claim it softens. Esc cancels.
state-linking = Linking: click the highlight of the span to link it to. Esc cancels.
# A span in a sentence: its label's name (lower case) and its words.
state-link-end = { $label } “{ $quote }”
# A span that is gone, by its id.
state-link-end-unknown = “{ $id }”
# $from and $to are spans as state-link-end writes them.
state-linked-supported-by = Linked: { $from } supported by { $to }. Undo takes it back.
state-linked-hedges = Linked: { $from } hedges { $to }. Undo takes it back.
state-linked-same-claim = Linked: { $from } same claim as { $to }. Undo takes it back.
state-linked-contradicts = Linked: { $from } contradicts { $to }. Undo takes it back.
state-not-linked-self = Not linked: that is the span you are linking from; click another highlight.
state-not-linked-already = Not linked: these two are already linked.
state-not-linked = Not linked: { $why }.
state-unlinked = Link removed. Undo brings it back.
# How a link reads in the span editor, from the selected span.
state-relation-supported-by = Supported by
state-relation-hedged-by = Hedged by
state-relation-supports = Supports
state-relation-hedges = Hedges
state-relation-same-claim-as = Same claim as
state-relation-contradicts = Contradicts

# Side by side.
state-beside-already-open = That is the article already open: choose another to put beside it.
state-beside-opened = “{ $title }” is beside this article. To link a claim to the same claim there, select it, press L and click that claim (Shift+click: contradicts).
# $quote is the claim's words in the other article, $title that article's title.
state-linked-across-contradicts = Linked across: contradicts “{ $quote }” in “{ $title }”.
state-linked-across-same-claim = Linked across: the same claim as “{ $quote }” in “{ $title }”.
state-unlinked-across = Link removed in both articles. Undo brings it back here.

# Suggestions.
state-no-suggestions-left = No suggestions left: every one is accepted, rejected or already marked.
state-not-accepted-gone = Not accepted: it is no longer suggested.
state-not-accepted-no-label = Not accepted: this article has no label “{ $label }”.
state-not-accepted = Not accepted: { $why }.
state-accepted-all = { $count ->
    [one] Accepted { $count } suggestion. Undo takes it back.
   *[other] Accepted { $count } suggestions. Undo takes them all back.
}

# Importing another tool's annotations. $file is the file's name.
state-import-nothing = Nothing was added from “{ $file }”.
state-import-added = { $count ->
    [one] Added { $count } annotation from “{ $file }”. Undo takes it back.
   *[other] Added { $count } annotations from “{ $file }”. Undo takes them back.
}
state-import-added-with-links = Added { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} and { $links ->
    [one] { $links } link
   *[other] { $links } links
} from “{ $file }”. Undo takes them back.
state-import-failed = The annotations from “{ $file }” were not added: { $why }. Nothing was changed.
state-import-no-article = “{ $file }” was not imported: no article is open. Nothing was changed.

# Conversations on spans.
state-thread-on-your-span = On your span
state-thread-on-key-you-missed = On a span of the key you missed
state-thread-on-student-span = On { $student }'s span
state-thread-on-key-student-missed = On a span of the key { $student } missed
# A message's time: $day is written 2026-12-07, $time 09:00.
state-message-time-utc = { $day } { $time } UTC
# What the teacher comments on (shown after "Comment on").
state-comment-on-marked = “{ $quote }”, marked by { $student }
state-comment-on-missed = “{ $quote }”, in the key, missed by { $student }
# The teacher's name on a comment when the key has none.
state-teacher = Teacher
state-comment-pick-first = Click one of the student's spans or a missed span of the key first.
state-choose-student-first = Choose a student first.
state-conversation-gone = That conversation is gone.
state-comment-blank = The comment was not added: it has no text.
state-comment-too-long = { $count ->
    [one] The comment was not added: it is { $count } character long; at most { $most } are allowed.
   *[other] The comment was not added: it is { $count } characters long; at most { $most } are allowed.
}
# $problem is the core's words, after "it" ("has no author").
state-comment-refused = The comment was not added: it { $problem }.

# Compare view: where the article's own annotations come from, in the list of files.
state-own-annotations-file = this browser
# Hover titles of the compare view's article. $label is a label's name; $names lists the students.
state-heat-title = { $label }: marked by { $count } of { $total } — { $names }
state-consensus-title = { $label }: marked by at least { $count } of { $total }
state-verdict-matched = { $label }: matched the key
state-verdict-partial = { $label }: partly matched the key ({ $percent }% credit)
state-verdict-missed = { $label }: in the key, missed
state-verdict-extra = { $label }: not in the key
state-verdict-key-span = { $label }: the key's span

# Class sets kept in the browser.
state-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
state-size-kb = { $size } KB
state-size-mb = { $size } MB
state-size-gb = { $size } GB
# $size, $used and $quota are sizes as state-size-* write them.
state-kept-with-usage = Kept in this browser ({ $size }; this site uses { $used } of the { $quota } the browser allows).
state-kept = Kept in this browser ({ $size }).
state-not-kept = Not kept: { $why }. The files are open here until you leave this page.
state-kept-unreadable = The class set kept before cannot be read ({ $why }); changes are not kept.
# Why a kept class set cannot be used (shown inside a sentence, after "cannot be read").
state-class-set-damaged = its record is damaged ({ $error })
state-class-set-not-one = its record is not a class set ("{ $format }")
state-class-set-newer = it was kept by a newer Close Reader (record version { $version }); open it there
# Why a kept file is set aside (shown after the file's name).
state-kept-copy-missing = kept in this browser, but its kept copy is missing
state-kept-copy-changed = kept in this browser, but its kept copy is no longer this article's text
state-kept-copy-unreadable = kept in this browser, but { $why }

# Grades and rubrics.
state-grades-need-key = Choose a key first: the grades are computed against it.
state-not-a-student = { $name } is not among the students.
# A line of a pasted roster that could not be read: its number and its text.
state-roster-bad-line = line { $number } (“{ $line }”) is not “name, identifier”
state-rubric-not-saved = The rubric is not saved: { $problem }.
# A new criterion's name.
state-criterion-name = Criterion { $number }
# The rubric's total.
state-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
# The measures a criterion may use, as the assignment dialog offers them.
state-measure-recall = Label recall (overlap)
state-measure-f1-exact = Label F1, exact
state-measure-f1-overlap = Label F1, overlap
state-measure-links = Key's links found
state-measure-notes = Notes on at least N spans
state-measure-by-hand = Given by hand
# How a criterion is measured, in words a student reads. $label is a label's name.
state-measure-recall-words = the share of the key's { $label } spans you find
state-measure-f1-exact-words = F1 of your { $label } spans against the key's (same start and end)
state-measure-f1-overlap-words = F1 of your { $label } spans against the key's (overlapping)
state-measure-links-words = the share of the key's links you also make
# $kind is the kind of link as files name it: supported-by, hedges, same-claim or contradicts.
state-measure-links-kind-words = the share of the key's “{ $kind }” links you also make
state-measure-notes-words = { $count ->
    [one] notes on at least { $count } span
   *[other] notes on at least { $count } spans
}
state-measure-by-hand-words = given by your teacher
# How the grade is shown.
state-scale-points = Points
state-scale-percent = Percent
state-scale-letters = Letters

# end of state

## Why a file or a link is refused: the core's and the worker's reasons (src/i18n/reasons.rs)

# Each reason reads in English as the core's own words (the command line shows those), and the
# app reads the core's errors against this English to find the message and its values: keep
# English as it is. Reasons are of two kinds: sentences, ending with a full stop, set into
# "“{ $name }” was not opened: { $why } Nothing was changed."; and phrases, set into a sentence
# that ends them ("Could not add the span: { $why }."). A translation may word a phrase as a
# clause of its own. $id, $label, $key, $kind and the like are names from the file, as written.

# Why a Close Reader file cannot be opened (sentences). $line and $column say where in the file.
reasons-load-not-utf8 = This file is not text (it is not valid UTF-8), so it is not a Close Reader file.
reasons-load-not-json = This file is not valid JSON (the error is at line { $line }, column { $column }). Close Reader files are JSON.
# $what is reasons-limit-nesting or reasons-limit-number.
reasons-load-beyond-limits = This file cannot be read: { $what } (at line { $line }, column { $column }). No Close Reader file has that.
reasons-limit-nesting = its JSON is nested too deeply (over 128 levels)
reasons-limit-number = it holds a number out of range
reasons-load-other-format = This is a JSON file, but not a Close Reader file: its "format" is "{ $format }", not "close-reader".
reasons-load-no-format = This is a JSON file, but not a Close Reader file: it has no "format": "close-reader" field.
# $version is the file's version, $latest the newest this app reads.
reasons-load-too-new = This file was saved by a newer Close Reader (file version { $version }); this app reads versions up to { $latest }. Open it in the newer version.
reasons-load-bad-version = This Close Reader file has no valid "version" (it must be a whole number from 1 to { $latest }).
# $detail says what is wrong, often in the words of the JSON reader (in English).
reasons-load-damaged = This Close Reader file is damaged: { $detail }.
reasons-damaged-read-already = it was read already
reasons-load-text-changed = The article text in this file does not match its checksum (sha256): the text was changed after the file was saved, so the annotations' positions cannot be trusted.
# $detail is one of reasons-labels-*.
reasons-load-labels = This Close Reader file has a problem in its labels: { $detail }.
reasons-labels-empty-id = label { $number } has an empty id
reasons-labels-same-id = two labels share the id "{ $id }"
reasons-labels-colour = label "{ $id }" has the colour "{ $colour }", which is not a #rrggbb colour
reasons-labels-key = label "{ $id }" has the key "{ $key }"; a key is one character
# Annotation $index of the file, counted from 1; $start and $end are its offsets.
reasons-load-reversed = Annotation { $index } ("{ $id }") ends before it starts (start { $start }, end { $end }).
reasons-load-quote = Annotation { $index } ("{ $id }") quotes "{ $expected }", but the text at its offsets reads "{ $found }".
# $which is prefix (the text just before the annotation) or suffix (the text just after it).
reasons-load-context = Annotation { $index } ("{ $id }"): its { $which } does not match the text around it.
# $error is one of reasons-annotation-*.
reasons-load-annotation = Annotation { $index }: { $error }.
# $detail is reasons-unknown-kind or reasons-link-bad-sha256.
reasons-load-bad-link = Link { $index } ("{ $id }") { $detail }.
reasons-link-bad-sha256 = names its other document by the sha256 "{ $sha256 }", which is not 64 hexadecimal digits
# $known lists the kinds Close Reader knows, as the file writes them.
reasons-unknown-kind = has the kind "{ $kind }", which Close Reader does not know (it knows { $known })
# $error is one of reasons-link-*.
reasons-load-link = Link { $index }: { $error }.
# $detail is one of reasons-assignment-*.
reasons-load-assignment = This Close Reader file has a problem in its assignment: { $detail }.
reasons-load-feedback = This Close Reader file has a problem in its feedback: { $detail }.
# $detail is one of reasons-item-*.
reasons-load-key-span = Key span { $index } of the feedback { $detail }.
reasons-load-threads = This Close Reader file has a problem in its threads: { $detail }.
reasons-threads-not-list = it is not a list
# $detail is one of reasons-item-*, reasons-thread-* or reasons-no-id.
reasons-load-thread = Comment thread { $index } { $detail }.
reasons-load-structure = This Close Reader file has a problem in its structure: { $detail }.
# $what is Block (a paragraph, heading, list item…) or Mark (bold, a web link…) of the article's
# structure; $detail is one of reasons-item-* or reasons-structure-*.
reasons-load-structure-item = { $what } { $index } of the structure { $detail }.
reasons-shape-past-end = { $what } { $index } of the structure reaches past the end of the text.
reasons-shape-not-whole-lines = Block { $index } of the structure does not start and end at the edges of lines.
reasons-shape-overlap = Block { $index } of the structure overlaps the one before it or comes before it.
reasons-shape-bad-value = { $what } { $index } of the structure has an impossible value.

# What the JSON reader says (its other words stay in English). $what is what it says.
reasons-json-at = { $what } at line { $line } column { $column }
reasons-json-missing-field = missing field `{ $field }`
reasons-json-duplicate-field = duplicate field `{ $field }`

# One item of a file (a key span, a comment thread, a block or mark): phrases after its name.
reasons-item-unreadable = cannot be read: { $why }
reasons-item-reversed = ends before it starts (start { $start }, end { $end })
# $length is the text's length in characters.
reasons-item-outside = has offsets [{ $start }, { $end }), outside the text (which has { $length } characters)
reasons-item-empty = covers no text
reasons-item-quote = quotes "{ $expected }", but the text at its offsets reads "{ $found }"
reasons-item-unknown-label = uses the label "{ $label }", which the file does not define
reasons-no-id = has no id
reasons-thread-same-id = has the id "{ $id }", as an earlier thread does
reasons-thread-no-messages = has no messages
# $number counts the thread's messages from 1; $problem is one of reasons-message-* or reasons-no-id.
reasons-thread-message = has a message ({ $number }) that { $problem }
reasons-thread-same-message-id = has two messages with the id "{ $id }"
reasons-structure-no-href = is a link without an "href"
reasons-structure-no-level = is a heading without a "level"
reasons-structure-no-ordered = is an item without an "ordered"
reasons-structure-item-no-depth = is an item without a "depth"
reasons-structure-quote-no-depth = is a quote without a "depth"
reasons-structure-depth = has the depth { $depth }; a depth runs from 1 to { $most }
reasons-structure-level = is a heading of level { $level }; a level runs from 1 to 6
reasons-structure-number = has the number { $number }, larger than any list's ({ $most })

# A message of a conversation on a span (phrases after "the message" or "it").
reasons-message-no-author = has no author
reasons-message-no-text = has no text
reasons-message-time = has the time "{ $time }", which is not an RFC 3339 date and time (such as 2026-12-07T18:02:11Z)
reasons-message-too-long = is { $count } characters long; at most { $most } are allowed

# An assignment in a file (phrases). $problem is one of reasons-rubric-*.
reasons-assignment-instructions = its instructions are { $count } characters long; at most { $most } are allowed
reasons-assignment-rubric = in its rubric, { $problem }
reasons-assignment-rubric-unreadable = its rubric cannot be read: { $why }
reasons-assignment-criterion-unreadable = criterion { $number } of its rubric cannot be read: { $why }
reasons-assignment-band-unreadable = letter band { $number } of its rubric cannot be read: { $why }

# A rubric: in a file, the assignment dialog and the gradebook (phrases). $number counts criteria
# or letter bands from 1; $percent is a percentage.
reasons-rubric-no-criteria = it has no criteria
reasons-rubric-too-many = it has { $count } criteria; at most { $most } are allowed
reasons-rubric-no-name = criterion { $number } has no name
reasons-rubric-name-too-long = the name of criterion { $number } is { $count } characters long; at most { $most } are allowed
reasons-rubric-same-name = criteria { $first } and { $number } are both named "{ $name }"; give each its own name
reasons-rubric-points-zero = the points of criterion { $number } must be above 0
reasons-rubric-points-most = the points of criterion { $number } must be at most { $most }
reasons-rubric-points-decimals = the points of criterion { $number } have more than two decimals
reasons-rubric-no-label = criterion { $number } measures no label; choose one
reasons-rubric-notes-zero = criterion { $number } asks for notes on at least 0 spans; ask for 1 or more
reasons-rubric-notes-most = criterion { $number } asks for notes on at least { $count } spans; at most { $most } can be asked for
reasons-rubric-unknown-label = criterion { $number } measures the label "{ $label }", which the file does not define
reasons-rubric-unknown-link-kind = criterion { $number } counts links of the kind "{ $kind }", which Close Reader does not know (it knows { $known })
reasons-rubric-no-letters = its letter scale has no letters
reasons-rubric-too-many-letters = its letter scale has { $count } letters; at most { $most } are allowed
reasons-rubric-band-no-letter = letter band { $number } has no letter
reasons-rubric-letter-too-long = the letter of band { $number } is longer than { $most } characters
reasons-rubric-same-letter = the letter "{ $letter }" is given to bands { $first } and { $number }
reasons-rubric-band-range = letter band { $number } ({ $letter }) starts at { $percent } %; a band starts between 0 and 100 %
# Band $number starts at $percent; the band above it, $above, is $above_letter from $above_percent.
reasons-rubric-band-order = letter bands go from the highest down: band { $number } ({ $letter }, from { $percent } %) must start below band { $above } ({ $above_letter }, from { $above_percent } %)
reasons-rubric-last-band = the last letter band ({ $letter }) starts at { $percent } %; it must start at 0 %, so that every grade has a letter

# Edits the document will not take (phrases).
reasons-annotation-outside = annotation "{ $id }" has offsets [{ $start }, { $end }), outside the text (which has { $length } characters)
reasons-annotation-empty = annotation "{ $id }" covers no text
reasons-annotation-unknown-label = annotation "{ $id }" uses the label "{ $label }", which the file does not define
reasons-annotation-same-id = two annotations share the id "{ $id }"
reasons-link-empty-id = a link has an empty id
reasons-link-same-id = two links share the id "{ $id }"
# $end is from (the link's start) or to (its end).
reasons-link-missing-end = link "{ $id }" goes { $end } the annotation "{ $annotation }", which does not exist
reasons-link-to-itself = link "{ $id }" joins the annotation "{ $annotation }" to itself
reasons-link-repeats = link "{ $id }" repeats link "{ $existing }" (same annotations, same kind)
reasons-link-no-annotation = there is no annotation "{ $annotation }" to link
# $kind is a link kind as files write it (supported-by, hedges, same-claim, contradicts).
reasons-link-not-across = a { $kind } link cannot join two documents (only same-claim and contradicts can)
reasons-edit-annotation-changed = annotation "{ $id }" has changed since this edit was made
reasons-edit-label = the label "{ $id }" already exists, or is still in use
reasons-edit-label-changed = the label "{ $id }" has changed since this edit was made
reasons-edit-link-changed = link "{ $id }" has changed since this edit was made
# $links lists the links' ids.
reasons-edit-still-linked = annotation "{ $id }" still has links ({ $links }); remove them with it
reasons-edit-message-same-id = the conversation already has a message with the id "{ $id }"
# $problem is one of reasons-message-* or reasons-no-id.
reasons-edit-message = the message { $problem }
reasons-edit-conversation-changed = the conversation "{ $id }" has changed since this edit was made
# A label set (phrases after "the label set"). $id names a label, $key is its shortcut key.
reasons-label-empty-id = has a label with an empty id
reasons-label-same-id = has two labels with the id "{ $id }"
reasons-label-no-name = has a label ("{ $id }") without a name
reasons-label-colour = has a label ("{ $id }") whose colour "{ $colour }" is not a #rrggbb colour
reasons-label-key-too-long = has a label ("{ $id }") whose key "{ $key }" is more than one character
reasons-label-key-reserved = has a label ("{ $id }") with the key "{ $key }", which the app uses for its own commands
reasons-label-key-taken = has a label ("{ $id }") with the key "{ $key }", which the label "{ $other }" already uses
reasons-label-unknown = has no label "{ $id }"
reasons-label-to-itself = cannot move the spans of the label "{ $id }" to that same label
reasons-label-no-position = has no position { $position } (it has { $count } labels)
reasons-label-in-use = still has { $count } spans marked with the label "{ $id }"; choose what becomes of them before deleting it

# Changes kept when the page closed that cannot be replayed (phrases).
reasons-journal-unreadable = the record cannot be read ({ $why })
reasons-journal-format = format { $format } version { $version }
reasons-journal-no-stored-copy = the saved document they apply to is no longer in this browser
reasons-journal-other-text = the saved document they apply to has another text

# An assignment link's code that does not decode (sentences). $character is one of reasons-character-*.
reasons-code-character = its code has { $character } at character { $position }, and a code has only letters, digits, "-" and "_" (the link was probably changed when it was copied).
reasons-code-length = its code has { $count } characters, a length no code has (the link was probably cut short when it was copied).
reasons-code-ending = its code ends in "{ $character }", which no code ends in (the link was probably cut short or changed when it was copied).
reasons-character-space = a space
reasons-character-line-break = a line break
# $code is the character's code point, such as U+200B.
reasons-character-invisible = the invisible character { $code }
reasons-character-quoted = "{ $character }"

# An article that cannot be imported (sentences). $kind is PDF, Word, EPUB, OpenDocument, MHTML,
# JSON, Markdown or text (a plain text file).
reasons-article-no-text-layer = This PDF has no text layer: it is an image of the pages. Open a PDF with text in it, or paste the article's text.
reasons-article-encrypted = This { $kind } is protected by a password, so its text cannot be read. Save an unprotected copy and open that.
# $what is one of reasons-large-*.
reasons-article-too-large = This file is too large to open: { $what }.
# $detail is one of reasons-damage-*, or the words of the library that read the file (in English).
reasons-article-damaged = This { $kind } file is damaged and cannot be read ({ $detail }).
reasons-article-damaged-page = This web page file is damaged and cannot be read ({ $detail }).
reasons-article-empty = This { $kind } file has no text in it to annotate.
reasons-article-empty-page = This web page has no text in it to annotate.
reasons-article-archive = This is a ZIP archive, not a Word, OpenDocument or EPUB file. Unpack it and open the file inside (for a brat export, open the article's text first, then its .ann file).
# $what is one of reasons-file-*.
reasons-article-not-article = This is { $what }, not an article: open a web page, PDF, Word, OpenDocument, EPUB, Markdown or text file.
reasons-file-empty = an empty file
reasons-file-image = an image
reasons-file-binary = a binary file, not text
reasons-file-damaged-zip = a damaged zip archive
reasons-file-opendocument-other = an OpenDocument spreadsheet, presentation or drawing, not a text document
reasons-file-excel = an Excel workbook
reasons-file-powerpoint = a PowerPoint presentation
reasons-file-office-protected = a password-protected Office file: save an unprotected copy as .docx
reasons-file-old-word = an old Word (.doc) file: save it as .docx
reasons-file-old-office = an old Office file (.xls or .ppt)
reasons-file-rtf = an RTF file: save it as .docx or .odt
reasons-file-xml = an XML file
# The limits that protect the page. $megabytes, $each and $most are numbers (of megabytes, parts,
# pages); $part names a part inside the file.
reasons-large-parts = it holds { $count } parts, more than { $most }
reasons-large-part = its part { $part } unpacks to more than { $megabytes } MB
reasons-large-all-parts = its parts unpack to more than { $megabytes } MB
reasons-large-page = the page is { $megabytes } MB, more than the { $most } MB a page may have
reasons-large-chapter = the chapter is { $megabytes } MB, more than the { $most } MB a page may have
reasons-large-contents = its pages' contents unpack to more than { $megabytes } MB (or one of them to more than { $each } MB)
reasons-large-drawing = its pages hold too many drawing instructions
reasons-large-characters = its pages hold more than four million characters
reasons-large-pages = it has { $count } pages or more, and at most { $most } can be opened
reasons-large-one-part = a part of it unpacks to more than { $megabytes } MB
reasons-damage-zip = it is not a complete zip archive
reasons-damage-no-pages = it has no pages that can be read
reasons-damage-not-pdf = it does not begin as a PDF does
reasons-damage-cut-short = it is cut short: its end is missing
reasons-damage-no-catalogue = its catalogue of pages is missing
# $why is the PDF library's words (in English).
reasons-damage-pdf-structure = its structure cannot be read: { $why }
reasons-damage-no-word-document = it has no document part: it may not be a Word file
reasons-damage-old-word = it is an old Word 97–2003 .doc file; save it as .docx and open that
reasons-damage-no-content = it has no content.xml: it may not be an OpenDocument file
reasons-damage-no-container = it has no META-INF/container.xml
reasons-damage-no-package = its container.xml names no package document
reasons-damage-package-missing = its package document { $path } is missing
reasons-damage-no-mime-header = it has no MIME header
reasons-damage-not-multipart = it is not a multipart MIME message
reasons-damage-no-boundary = its parts have no boundary
reasons-damage-no-web-page = it holds no web page
reasons-damage-not-base64 = its page is not valid base64
reasons-damage-json = it is JSON, not an article
reasons-damage-part-not-utf8 = part { $part } is not UTF-8 text
# $why is reasons-damage-xml-ends-early or the XML reader's words (in English).
reasons-damage-part-not-xml = its part { $part } is not well-formed XML: { $why }
reasons-damage-xml-ends-early = it ends too early
# $encoding is a character encoding's name (windows-1251, Shift_JIS…).
reasons-damage-page-encoding = its characters are in the { $encoding } encoding, which cannot be read here; save the page again as UTF-8
reasons-damage-text-encoding = it is written in the { $encoding } encoding, which Close Reader does not read; save it as UTF-8 and open it again
reasons-damage-part = part { $part }: { $why }

# Another tool's file that cannot be read (sentences). $format names it (doccano JSONL, Label
# Studio JSON, W3C Web Annotation JSON, Close Reader CSV, brat standoff (.ann)); $detail is the
# reader's words (in English).
reasons-tool-not-utf8 = This file is not text (it is not valid UTF-8), so it is not { $format }.
reasons-tool-syntax = This { $format } file cannot be read: { $detail } (at line { $line }, column { $column }).
reasons-tool-shape = This is not usable { $format }: { $detail }.
reasons-tool-different-text = This { $format } file is about a different text: { $detail }.

# A file that is no format Close Reader reads (sentences).
reasons-unrecognised-empty = This file is empty.
reasons-unrecognised-zip = This is a ZIP archive. Unpack it and open the file inside (for a brat export, open the article's text first, then its .ann file).
reasons-unrecognised-binary = This file is not text (it is not valid UTF-8), so it holds no annotations Close Reader can read.
# $what is one of reasons-json-*.
reasons-unrecognised-json = This is a JSON file, but not one Close Reader knows: { $what }. Close Reader reads its own files, W3C Web Annotations, Hypothesis, doccano and Label Studio JSON.
reasons-unrecognised-plain-text = This is plain text, not an annotation file. To annotate it, start a new document and paste the text.
reasons-json-empty-list = an empty list
reasons-json-unknown-list = a list whose first item is none of W3C annotations, Hypothesis annotations or Label Studio tasks
reasons-json-empty-object = an empty object
reasons-json-single-value = a single value, not an object or a list
reasons-json-format = its "format" is "{ $format }"
# $fields lists the object's first fields.
reasons-json-fields = an object with the fields { $fields }

# end of reasons

## The readable report's and the printout's words (the HTML report written in the worker)

# The readable report's own words (src/effects/export.rs gives them, core/src/analysis/report.rs
# writes them); the article, its title, labels and notes keep their own. $title, $url, $name, $date
# and $number are filled in by the report.
report-untitled = Untitled article
# The page's title, as a browser tab shows it.
report-page-title = { $title } (annotated)
# The article's web address, under its title.
report-source = Source: { $url }
# The line under the title: "412 words · 9 annotations · annotated by Rana · exported 7 Dec 2026, 09:00".
report-word-count = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
report-annotation-count = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
# $name is the annotator's name.
report-annotated-by = annotated by { $name }
# $date is the date and time the report was made.
report-exported = exported { $date }
# The heading over the labels, each with how many spans it has.
report-legend = Legend
# A note's number in the text, as a screen reader reads it out.
report-note-marker = Note { $number }
report-claims = Claims and their sources
report-no-source = no source linked
# A source's kind, after the source's words (as panel-source-kind).
report-kind-named = named
report-kind-anonymous = anonymous
report-kind-vague = vague
report-notes = Notes
# The link from a note back to its place in the text, as a screen reader reads it out.
report-back-to-note = Back to the text of note { $number }
# The heading over the conversations on spans.
report-comments = Comments

# end of report

## Why a span is suggested, and how a source was classed (src/i18n/why.rs)

# A suggestion's reason (its accessible description, its hover text and the Suggestions card) and
# the rule that classed a source (the evidence panel). The quoted words ($quote, $cue, $source,
# $found, $name, $role, $phrase) are the article's own: they stay as they are, in the language's
# quotation marks. English keeps the engine's own text, straight single quotes included.
# A hedge: its kind ($class), then its words.
why-hedge = { $class ->
    [modal] modal verb
    [adverb] epistemic adverb
    [adjective] epistemic adjective
    [reporting] reporting hedge
    [approximator] approximator
    [mood] conditional
   *[verb] epistemic verb
} '{ $quote }'
# An approximator that counts only before a quantity: $hedge is why-hedge ("approximator 'at least'").
why-hedge-before-number = { $hedge } before a number
why-hedge-before-quantity = { $hedge } before a quantity
# A claim: what makes the clause checkable ($class), then its words.
why-claim = { $class ->
    [percentage] percentage
    [money] amount of money
    [date] date
    [comparative] comparative
    [superlative] superlative
    [causal] causal connective
    [prediction] prediction
    [change] change
    [reported] reported speech
   *[number] number
} '{ $quote }'
# A claim with a second cue of another kind: $first is why-claim ("number '1,440'"), then the
# second cue's kind ($class) and words.
why-claim-and = { $first } and { $class ->
    [percentage] a percentage
    [money] an amount of money
    [date] a date
    [comparative] a comparative
    [superlative] a superlative
    [causal] a causal connective
    [prediction] a prediction
    [change] a change
    [reported] a reported speech
   *[number] a number
} '{ $quote }'
# A source after or before a reporting verb ($cue, lowercase: "said"), with its kind and its words
# ($source, cut at 40 characters).
why-source-verb = reporting verb '{ $cue }' with { $kind ->
    [named] named
    [anonymous] anonymous
   *[vague] vague
} source '{ $source }'
# A source after words that attribute ($cue: "according to", "zufolge", "nach Angaben", a headline's colon).
why-source-according = '{ $cue }' with { $kind ->
    [named] named
    [anonymous] anonymous
   *[vague] vague
} source '{ $source }'
# How a source was classed (the evidence panel, beside its kind).
why-class-no-words = no words to classify
why-class-anonymity = anonymity marker: '{ $found }'
why-class-hearsay = hearsay: '{ $found }'
# A role that speaks on the record ($role: "spokesperson") for a name: named.
why-class-on-record = on-record { $role } for '{ $name }'
# An unnamed role or a vague group ($who is why-who), and the words found.
why-class-who = { $who }: '{ $found }'
# An unnamed role of a name: "unnamed official: 'officials' (of 'Pentagon')".
why-class-who-of = { $who }: '{ $found }' (of '{ $name }')
why-who = { $who ->
    [official] unnamed official
    [spokesperson] unnamed spokesperson
    [source] unnamed source
    [aide] unnamed aide
    [diplomat] unnamed diplomat
    [employee] unnamed employee
    [insider] unnamed insider
    [staff] unnamed staff
    [witness] unnamed witness
    [group] vague group
    [quantity] vague quantity
   *[person] unnamed person
}
# A name, and what shows it to be one ($sign).
why-class-name = { $sign ->
    [capitalised] capitalised name
    [initialism] initialism
    [organisation] organisation
   *[title] title and name
} '{ $name }'
why-class-office = identified by office: '{ $found }'
why-class-unnamed-office = unnamed office-holder: '{ $found }'
why-class-nothing = no name or known pattern in '{ $phrase }'

# end of why

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

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

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

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

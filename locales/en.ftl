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

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

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
state-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
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

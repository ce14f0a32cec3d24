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
classroom-measure-recall = Label recall (overlap)
classroom-measure-f1-exact = Label F1, exact
classroom-measure-f1-overlap = Label F1, overlap
classroom-measure-links = Key's links found
classroom-measure-notes = Notes on at least N spans
classroom-measure-by-hand = Given by hand
classroom-criterion-add = Add a criterion
# Followed by the menu of scales: "Grade shown as [Letters]".
classroom-grade-shown-as = Grade shown as
classroom-scale = Scale
classroom-scale-points = Points
classroom-scale-percent = Percent
classroom-scale-letters = Letters
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
classroom-id-canvas-user = Canvas user ID
classroom-id-sis-user = SIS user ID
classroom-id-sis-login = SIS login ID
classroom-id-email = E-mail address
classroom-id-username = Username
classroom-id-number = ID number

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

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

### واجهة Close Reader بالعربية (مترجمة من en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } و{ $second }
list-more = { $first }، { $rest }
language-menu = اللغة
    .title = لغة أزرار Close Reader ورسائله (يحتفظ المقال بلغته)
language-unavailable = تعذّر تحميل الرسائل بـ{ $language }، لذا يبقى Close Reader باللغة التي كان عليها.

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

state-read-only-open-elsewhere = هذا المستند مفتوح للتحرير في علامة تبويب أخرى، لذا فهو للقراءة فقط هنا. تولَّ التحرير لتحريره هنا بدلًا من ذلك.
state-read-only-taken-over = تولّت علامة تبويب أخرى تحرير هذا المستند، لذا فهو للقراءة فقط هنا. تولَّ التحرير لتحريره هنا مجددًا مع أحدث تغييرات تلك العلامة.
state-read-only-refused = لم يتغيّر شيء: هذا المستند للقراءة فقط في علامة التبويب هذه. تولَّ التحرير لتحريره هنا.

state-relabel-failed = تعذّر تغيير التصنيف: { $why }.
state-note-failed = تعذّر حفظ الملاحظة: { $why }.
state-add-failed = تعذّرت إضافة المقطع: { $why }.
state-span-not-added = لم تتم إضافة المقطع. { $why }
state-reply-blank = لم تتم إضافة الرد: الرسالة فارغة.
state-reply-too-long = { $count ->
    [few] لم تتم إضافة الرد: طول الرسالة { $count } أحرف، والحد الأقصى المسموح به { $most }.
    [many] لم تتم إضافة الرد: طول الرسالة { $count } حرفًا، والحد الأقصى المسموح به { $most }.
   *[other] لم تتم إضافة الرد: طول الرسالة { $count } حرف، والحد الأقصى المسموح به { $most }.
}
state-reply-failed = لم تتم إضافة الرد: { $why }.

state-labels-not-changed-set = لم تتغيّر التصنيفات: مشكلة في مجموعة التصنيفات ({ $problem }).
state-labels-not-changed = لم تتغيّر التصنيفات: { $why }.

state-linking-from-claim = جارٍ الربط: انقر على تمييز المصدر الذي يستند إليه الادّعاء (أو تحوّط عليه، أو الادّعاء نفسه). اضغط Esc للإلغاء.
state-linking-from-source = جارٍ الربط: انقر على تمييز الادّعاء الذي يدعمه هذا المصدر. اضغط Esc للإلغاء.
state-linking-from-hedge = جارٍ الربط: انقر على تمييز الادّعاء الذي يخفّفه هذا التحوّط. اضغط Esc للإلغاء.
state-linking = جارٍ الربط: انقر على تمييز المقطع المراد الربط به. اضغط Esc للإلغاء.
state-link-end = { $label } «{ $quote }»
state-link-end-unknown = «{ $id }»
state-linked-supported-by = تم الربط: { $from } يستند إلى { $to }. يمكنك التراجع عن ذلك.
state-linked-hedges = تم الربط: { $from } يخفّف { $to }. يمكنك التراجع عن ذلك.
state-linked-same-claim = تم الربط: { $from } و{ $to } ادّعاء واحد. يمكنك التراجع عن ذلك.
state-linked-contradicts = تم الربط: { $from } يناقض { $to }. يمكنك التراجع عن ذلك.
state-not-linked-self = لم يتم الربط: هذا هو المقطع الذي تربط منه؛ انقر على تمييز آخر.
state-not-linked-already = لم يتم الربط: هذان المقطعان مربوطان بالفعل.
state-not-linked = لم يتم الربط: { $why }.
state-unlinked = أُزيل الربط. يعيده التراجع.
state-relation-supported-by = يستند إلى
state-relation-hedged-by = يخفّفه
state-relation-supports = يدعم
state-relation-hedges = يخفّف
state-relation-same-claim-as = الادّعاء نفسه مثل
state-relation-contradicts = يناقض

state-beside-already-open = هذا هو المقال المفتوح بالفعل: اختر مقالًا آخر لوضعه بجانبه.
state-beside-opened = «{ $title }» بجانب هذا المقال. لربط ادّعاء بالادّعاء نفسه هناك، حدّده واضغط L ثم انقر على ذلك الادّعاء (Shift+نقرة: يناقضه).
state-linked-across-contradicts = تم الربط بين المقالين: يناقض «{ $quote }» في «{ $title }».
state-linked-across-same-claim = تم الربط بين المقالين: الادّعاء نفسه مثل «{ $quote }» في «{ $title }».
state-unlinked-across = أُزيل الربط من المقالين. يعيده التراجع هنا.

state-no-suggestions-left = لم تتبقَّ اقتراحات: كل اقتراح إما مقبول أو مرفوض أو محدَّد بالفعل.
state-not-accepted-gone = لم يُقبل: لم يعد مقترحًا.
state-not-accepted-no-label = لم يُقبل: لا يوجد في هذا المقال تصنيف «{ $label }».
state-not-accepted = لم يُقبل: { $why }.
state-accepted-all = { $count ->
    [one] تم قبول اقتراح واحد. يلغيه التراجع.
    [two] تم قبول اقتراحين. يلغيهما التراجع.
    [few] تم قبول { $count } اقتراحات. يلغيها التراجع كلها.
    [many] تم قبول { $count } اقتراحًا. يلغيها التراجع كلها.
   *[other] تم قبول { $count } اقتراح. يلغيها التراجع كلها.
}

state-import-nothing = لم تتم إضافة شيء من «{ $file }».
state-import-added = { $count ->
    [one] تمت إضافة تعليق توضيحي واحد من «{ $file }». يلغيه التراجع.
    [two] تمت إضافة تعليقين توضيحيين من «{ $file }». يلغيهما التراجع.
    [few] تمت إضافة { $count } تعليقات توضيحية من «{ $file }». يلغيها التراجع.
    [many] تمت إضافة { $count } تعليقًا توضيحيًا من «{ $file }». يلغيها التراجع.
   *[other] تمت إضافة { $count } تعليق توضيحي من «{ $file }». يلغيها التراجع.
}
state-import-added-with-links = تمت إضافة { $count ->
    [one] تعليق توضيحي واحد
    [two] تعليقين توضيحيين
    [few] { $count } تعليقات توضيحية
    [many] { $count } تعليقًا توضيحيًا
   *[other] { $count } تعليق توضيحي
} و{ $links ->
    [one] رابط واحد
    [two] رابطين
    [few] { $links } روابط
    [many] { $links } رابطًا
   *[other] { $links } رابط
} من «{ $file }». يلغي التراجع ذلك كله.
state-import-failed = لم تتم إضافة التعليقات التوضيحية من «{ $file }»: { $why }. لم يتغيّر شيء.
state-import-no-article = لم يتم استيراد «{ $file }»: لا يوجد مقال مفتوح. لم يتغيّر شيء.

state-thread-on-your-span = على مقطعك
state-thread-on-key-you-missed = على مقطع من الإجابة النموذجية فاتك
state-thread-on-student-span = على مقطع { $student }
state-thread-on-key-student-missed = على مقطع من الإجابة النموذجية فات { $student }
state-message-time-utc = { $day } { $time } UTC
state-comment-on-marked = «{ $quote }»، حدّده { $student }
state-comment-on-missed = «{ $quote }»، في الإجابة النموذجية، وفات { $student }
state-teacher = المعلّم
state-comment-pick-first = انقر أولًا على أحد مقاطع الطالب أو على مقطع من الإجابة النموذجية فاته.
state-choose-student-first = اختر طالبًا أولًا.
state-conversation-gone = لم تعد هذه المحادثة موجودة.
state-comment-blank = لم تتم إضافة التعليق: إنه فارغ.
state-comment-too-long = { $count ->
    [few] لم تتم إضافة التعليق: طوله { $count } أحرف، والحد الأقصى المسموح به { $most }.
    [many] لم تتم إضافة التعليق: طوله { $count } حرفًا، والحد الأقصى المسموح به { $most }.
   *[other] لم تتم إضافة التعليق: طوله { $count } حرف، والحد الأقصى المسموح به { $most }.
}
state-comment-refused = لم تتم إضافة التعليق ({ $problem }).

state-own-annotations-file = هذا المتصفح
state-heat-title = { $label }: حدّده { $count } من { $total } — { $names }
state-consensus-title = { $label }: حدّده { $count } على الأقل من { $total }
state-verdict-matched = { $label }: يطابق الإجابة النموذجية
state-verdict-partial = { $label }: يطابق الإجابة النموذجية جزئيًا ({ $percent }٪ من الدرجة)
state-verdict-missed = { $label }: في الإجابة النموذجية، ولم يُحدَّد
state-verdict-extra = { $label }: ليس في الإجابة النموذجية
state-verdict-key-span = { $label }: مقطع الإجابة النموذجية

state-files = { $count ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $count } ملفات
    [many] { $count } ملفًا
   *[other] { $count } ملف
}
state-size-bytes = { $count ->
    [one] بايت واحد
    [two] بايتان
    [few] { $count } بايتات
    [many] { $count } بايتًا
   *[other] { $count } بايت
}
state-size-kb = { $size } كيلوبايت
state-size-mb = { $size } ميغابايت
state-size-gb = { $size } غيغابايت
state-kept-with-usage = محفوظ في هذا المتصفح ({ $size }؛ يستخدم هذا الموقع { $used } من أصل { $quota } يسمح بها المتصفح).
state-kept = محفوظ في هذا المتصفح ({ $size }).
state-not-kept = لم يُحفظ: { $why }. تبقى الملفات مفتوحة هنا حتى تغادر هذه الصفحة.
state-kept-unreadable = تتعذّر قراءة ملفات الصف المحفوظة سابقًا ({ $why })؛ لا تُحفظ التغييرات.
state-class-set-damaged = سجلّها تالف ({ $error })
state-class-set-not-one = سجلّها ليس ملفات صف («{ $format }»)
state-class-set-newer = حُفظت بإصدار أحدث من Close Reader (إصدار السجل { $version })؛ افتحها به
state-kept-copy-missing = محفوظ في هذا المتصفح، لكن نسخته المحفوظة مفقودة
state-kept-copy-changed = محفوظ في هذا المتصفح، لكن نسخته المحفوظة لم تعد نص هذا المقال
state-kept-copy-unreadable = محفوظ في هذا المتصفح، لكن { $why }

state-grades-need-key = اختر الإجابة النموذجية أولًا: تُحسب الدرجات على أساسها.
state-not-a-student = { $name } ليس من بين الطلاب.
state-roster-bad-line = السطر { $number } («{ $line }») ليس بالصيغة «الاسم، المعرّف»
state-rubric-not-saved = لم يُحفظ سلّم التقدير: { $problem }.
state-criterion-name = المعيار { $number }
state-points = { $count ->
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
state-measure-recall = استدعاء التصنيف (تداخل)
state-measure-f1-exact = F1 للتصنيف، تطابق تام
state-measure-f1-overlap = F1 للتصنيف، تداخل
state-measure-links = روابط الإجابة النموذجية المكتشفة
state-measure-notes = ملاحظات على N مقاطع على الأقل
state-measure-by-hand = تُمنح يدويًا
state-measure-recall-words = نسبة مقاطع «{ $label }» في الإجابة النموذجية التي تجدها
state-measure-f1-exact-words = مقياس F1 لمقاطع «{ $label }» لديك مقارنةً بمقاطع الإجابة النموذجية (البداية والنهاية نفسها)
state-measure-f1-overlap-words = مقياس F1 لمقاطع «{ $label }» لديك مقارنةً بمقاطع الإجابة النموذجية (مع التداخل)
state-measure-links-words = نسبة روابط الإجابة النموذجية التي تنشئها أنت أيضًا
state-measure-links-kind-words = نسبة روابط «{ $kind ->
    [supported-by] يستند إلى
    [hedges] يخفّف
    [same-claim] الادّعاء نفسه
    [contradicts] يناقض
   *[other] { $kind }
}» في الإجابة النموذجية التي تنشئها أنت أيضًا
state-measure-notes-words = ملاحظات على { $count ->
    [one] مقطع واحد
    [two] مقطعين
    [few] { $count } مقاطع
    [many] { $count } مقطعًا
   *[other] { $count } مقطع
} على الأقل
state-measure-by-hand-words = يمنحها معلّمك
state-scale-points = نقاط
state-scale-percent = نسبة مئوية
state-scale-letters = حروف

# end of state

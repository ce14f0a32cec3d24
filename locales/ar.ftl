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

annotate-library = → المكتبة
annotate-saved = محفوظ في هذا المتصفح
annotate-saving = جارٍ الحفظ…
annotate-not-saved = لم يُحفظ
annotate-undo = تراجع
    .title = تراجع (Ctrl+Z)
annotate-redo = إعادة
    .title = إعادة (Ctrl+Shift+Z أو Ctrl+Y)
annotate-download = تنزيل
    .title = حفظ ملف بصيغة ‎.close-reader.json
annotate-export = تصدير
    .title = حفظ التعليقات التوضيحية لأداة أخرى، أو تقرير للقراءة والطباعة
annotate-print = طباعة
    .title = طباعة المقال مع النصوص المميَّزة فيه
annotate-share = مشاركة كمهمة…
    .title = مشاركة هذا المقال مع صف: ملف أو رابط، مع التعليمات
annotate-article = المقال
annotate-feedback-region = مقاطعك مقارنةً بالإجابة النموذجية
annotate-caret-help = لوحة المفاتيح: ←/→ كلمة بكلمة، Shift+←/→ لتوسيع التحديد، مفتاح التصنيف يصنّف التحديد، Enter يفتح المقطع المميَّز، Esc يلغي التحديد، Tab للخروج من المقال.
annotate-close-panel = إغلاق اللوحة ▾
annotate-open-panel = المقاطع والملاحظات ▴
annotate-suggested = { $kind ->
    [claim] ادّعاء مقترح
    [source] مصدر مقترح
    [hedge] تحوّط مقترح
   *[other] اقتراح ({ $kind })
}: { $reason }
annotate-toolbar = تصنيف التحديد
annotate-label-button = { $name } (المفتاح { $key } أو { $number })
annotate-search = البحث في المقال
    .placeholder = البحث في المقال (/)
annotate-search-none = لا توجد نتائج
annotate-search-count = { $current } من { $total }
annotate-search-previous = النتيجة السابقة
    .title = النتيجة السابقة (Shift+Enter)
annotate-search-next = النتيجة التالية
    .title = النتيجة التالية (Enter)
annotate-mark-match = تصنيف هذه النتيجة
annotate-mark-as = التصنيف: { $label }
    .title = تصنيف هذه النتيجة: { $label }
annotate-labels-title = التصنيفات
annotate-labels-close = إغلاق محرّر التصنيفات
annotate-labels-hint = اسم كل تصنيف ولونه ومفتاحه. المفتاح يصنّف التحديد، وترتيب القائمة يحدد مفاتيح الأرقام 1–9. تُطبَّق التغييرات فورًا، ويُلغيها زر «تراجع».
annotate-label-name = اسم التصنيف { $name }
annotate-label-colour = لون { $name }
annotate-label-key = مفتاح { $name }
annotate-label-count = المقاطع التي تحمل هذا التصنيف
annotate-label-up = نقل { $name } إلى الأعلى
annotate-label-down = نقل { $name } إلى الأسفل
annotate-label-delete = حذف
    .aria-label = حذف التصنيف { $name }
annotate-delete-choice = حذف { $label }
annotate-delete-in-use = { $count ->
    [zero] لا توجد مقاطع تحمل التصنيف «{ $label }».
    [one] مقطع واحد يحمل التصنيف «{ $label }». ماذا تريد أن تفعل به؟
    [two] مقطعان يحملان التصنيف «{ $label }». ماذا تريد أن تفعل بهما؟
    [few] { $count } مقاطع تحمل التصنيف «{ $label }». ماذا تريد أن تفعل بها؟
    [many] { $count } مقطعًا تحمل التصنيف «{ $label }». ماذا تريد أن تفعل بها؟
   *[other] { $count } مقطع تحمل التصنيف «{ $label }». ماذا تريد أن تفعل بها؟
}
annotate-delete-spans = حذف المقاطع أيضًا
annotate-relabel-as = أو إعادة تصنيفها إلى
annotate-relabel-to = التصنيف الجديد للمقاطع
annotate-relabel-delete = إعادة التصنيف والحذف
annotate-cancel = إلغاء
annotate-add-label = إضافة تصنيف
annotate-switch-preset = التبديل إلى قالب…
    .aria-label = التبديل إلى قالب
annotate-preset-default = { $name } (الافتراضي)
annotate-preset-name = اسم القالب
annotate-save-preset = حفظ كقالب
annotate-preset-unnamed = اكتب اسمًا للقالب أولًا.
annotate-single-keys = اختصارات المفتاح الواحد (مفاتيح التصنيفات، 1–9، l، n، p، a، x، /)
annotate-single-keys-off = عند إيقافها: لا تفعل الحروف والأرقام و/ شيئًا، فلا يمكن للإدخال الصوتي تشغيلها؛ ويبقى Ctrl+Z وDelete وEscape ومفاتيح الأسهم والأزرار تعمل. يُحفظ هذا الإعداد في هذا المتصفح.
annotate-done = تم
annotate-contrast-not-colour = «‎{ $color }» ليس لونًا بصيغة ‎#rrggbb، لذا لا يمكن التحقق من تباينه.
annotate-contrast-text = على صفحة بلون ‎{ $page } يبلغ تباين هذا اللون { $ratio }:١: خطه السفلي مرئي (٣:١)، لكن اسمه في اللوحة الجانبية صعب القراءة (يحتاج النص إلى ٤٫٥:١).
annotate-contrast-both = على صفحة بلون ‎{ $page } يبلغ تباين هذا اللون { $ratio }:١: خطه السفلي (يحتاج إلى ٣:١) واسمه في اللوحة الجانبية (يحتاج إلى ٤٫٥:١) كلاهما صعب الرؤية.
annotate-contrast-dark = في السمة الداكنة (حيث يُرسم اللون أفتح، ‎{ $shown }): { $warning }

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

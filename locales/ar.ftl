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

classroom-assign-title = المشاركة كمهمة
classroom-assign-hint = يحصل الطلاب على المقال وتصنيفاته دون تعليقاتك. ويُكتب اسم كل طالب في الملف الذي يسلّمه.
classroom-assign-instructions = التعليمات (تظهر فوق المقال)
    .placeholder = حدّد كل ادّعاء والمصدر الذي يستند إليه. وحدّد الكلمات التي تخفّف من الادّعاء على أنها تحوّط.
classroom-assign-hide-suggestions = إخفاء الاقتراحات
classroom-assign-require-name = اشتراط الاسم
classroom-assign-download = تنزيل ملف المهمة
classroom-assign-make-link = إنشاء رابط
classroom-close = إغلاق
classroom-assign-link-about = رابط المهمة ({ $count ->
    [zero] { $count } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
}؛ المقال منقول داخل الرابط نفسه ولا يراه أي خادم)
classroom-assign-link = رابط المهمة
classroom-assign-copy-link = نسخ الرابط

classroom-rubric = سلّم التقدير
classroom-rubric-none = لا يوجد سلّم تقدير: لا يرى الطلاب أي معايير للتقييم، ويعرض سجل الدرجات درجة الاتفاق فقط.
classroom-rubric-add = إضافة سلّم تقدير
classroom-rubric-legend = سلّم التقدير · { $points ->
    [zero] { $points } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $points } نقاط
    [many] { $points } نقطة
   *[other] { $points } نقطة
}
classroom-criteria = المعايير
classroom-criterion-name = اسم المعيار { $number }
classroom-criterion-points = نقاط المعيار { $number }
classroom-criterion-measure = طريقة قياس المعيار { $number }
classroom-criterion-label = تصنيف المعيار { $number }
classroom-criterion-links = نوع الربط في المعيار { $number }
classroom-criterion-notes = عدد الملاحظات المطلوبة في المعيار { $number }
classroom-link-every-kind = كل الأنواع
classroom-move-up = نقل لأعلى
classroom-move-down = نقل لأسفل
classroom-remove = إزالة
classroom-criterion-move-up = نقل المعيار { $number } لأعلى
classroom-criterion-move-down = نقل المعيار { $number } لأسفل
classroom-criterion-remove = إزالة المعيار { $number }
classroom-measure-recall = الاستدعاء لتصنيف (بالتداخل)
classroom-measure-f1-exact = F1 لتصنيف، بتطابق تام
classroom-measure-f1-overlap = F1 لتصنيف، بالتداخل
classroom-measure-links = عمليات الربط الموجودة في الإجابة النموذجية
classroom-measure-notes = ملاحظات على N من المقاطع على الأقل
classroom-measure-by-hand = تُمنح يدويًا
classroom-criterion-add = إضافة معيار
classroom-grade-shown-as = طريقة عرض الدرجة
classroom-scale = المقياس
classroom-scale-points = نقاط
classroom-scale-percent = نسبة مئوية
classroom-scale-letters = تقديرات بالحروف
classroom-rubric-remove = إزالة سلّم التقدير
classroom-bands = نطاقات التقديرات
classroom-band-letter = تقدير النطاق { $number }
classroom-band-from = من
classroom-band-percent = { " " }٪
classroom-band-lowest = أدنى نسبة في النطاق { $number }
classroom-band-remove = إزالة النطاق { $number }
classroom-band-add = إضافة تقدير
classroom-rubric-not-saved = لم يُحفظ بعد: { $problem }.
classroom-rubric-saved = حُفظ مع المهمة: يرى الطلاب هذه المعايير.

classroom-assignment = المهمة
classroom-assessed = طريقة التقييم ({ $points })
classroom-col-criterion = المعيار
classroom-col-points = النقاط
classroom-col-measured = طريقة القياس
classroom-annotating-as = التعليق على النص باسم { $name }
classroom-change-name = تغيير الاسم
classroom-no-name = لا يوجد اسم بعد
classroom-add-name = أضف اسمك
classroom-feedback = التغذية الراجعة
classroom-feedback-heading = التغذية الراجعة مقارنةً بإجابة { $name } النموذجية: { $percent }٪
classroom-feedback-heading-none = التغذية الراجعة مقارنةً بإجابة { $name } النموذجية: —
classroom-count-matched = متطابقة: { $count }
classroom-count-partial = متطابقة جزئيًا: { $count }
classroom-count-missed = فائتة: { $count }
classroom-count-extra = ليست في الإجابة النموذجية: { $count }
classroom-back-to-annotating = العودة إلى التعليق على النص
classroom-show-against-key = عرض مقاطعي مقارنةً بالإجابة النموذجية

classroom-back-to-library = → المكتبة
classroom-compare-title = مقارنة: { $title }
classroom-key = الإجابة النموذجية
classroom-no-key = بلا إجابة نموذجية
classroom-label = التصنيف
classroom-gradebook-csv = سجل الدرجات CSV
classroom-lms-title = درجات سلّم التقدير مع معرّف كل طالب، بالصيغة التي يستوردها هذا النظام
classroom-feedback-files = ملفات التغذية الراجعة
    .title = ملف لكل طالب: مقاطعه مقارنةً بالإجابة النموذجية، ليفتحه في Close Reader
classroom-views = ما يعرضه المقال
classroom-view-heat = خريطة الكثافة
classroom-view-consensus = التوافق
classroom-region-heat = خريطة الكثافة: { $label }
classroom-region-feedback = طالب واحد مقارنةً بالإجابة النموذجية
classroom-region-consensus = التوافق: { $k } من { $count } على الأقل
classroom-heat-hint = { $label }: كلما كان اللون أغمق، زاد عدد المعلّقين الذين حدّدوه (من أصل { $count }). مرّر المؤشر أو المس المقطع لمعرفة من حدّده.
classroom-feedback-choose-key = اختر إجابة نموذجية (في الأعلى) لعرض مقاطع أحد الطلاب مقارنةً بها.
classroom-feedback-for = التغذية الراجعة للطالب
classroom-student = الطالب
classroom-score = النتيجة: { $percent }٪
classroom-score-none = النتيجة: —
classroom-legend-matched = متطابق
classroom-legend-partial = متطابق جزئيًا
classroom-legend-missed = فائت
classroom-legend-extra = ليس في الإجابة النموذجية
classroom-compare-panel = الملفات ودرجة الاتفاق

classroom-files = الملفات
classroom-files-heading = الملفات ({ $count })
classroom-add-files = إضافة ملفات الطلاب…
    .label = إضافة ملفات الطلاب
classroom-drop-files = أو أفلِت هنا ما يصل إلى { $count ->
    [zero] { $count } ملف
    [one] ملف واحد
    [two] ملفين
    [few] { $count } ملفات
    [many] { $count } ملفًا
   *[other] { $count } ملف
}. تُطابَق ملفات هذا المقال من خلال نصّه، وإذا عُدّلت نسخة قليلًا يُعاد تثبيت مقاطعها.
classroom-reading-files = جارٍ قراءة الملفات… { $done } من { $count }
classroom-cancel = إلغاء
classroom-key-badge = الإجابة النموذجية
classroom-entry-spans = { $count ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $count } مقاطع
    [many] { $count } مقطعًا
   *[other] { $count } مقطع
}
classroom-reanchored = اختلف النص قليلًا؛ أُعيد تثبيت كل المقاطع
classroom-reanchored-unplaced = اختلف النص؛ تعذّر تحديد موضع { $count ->
    [zero] { $count } مقطع
    [one] مقطع واحد
    [two] مقطعين
    [few] { $count } مقاطع
    [many] { $count } مقطعًا
   *[other] { $count } مقطع
}
classroom-remove-file = إزالة { $name }
classroom-unplaced = { $label }: «{ $quote }»
classroom-set-aside = ملفات مستبعدة ({ $count })
classroom-set-aside-why = : { $why }

classroom-agreement = درجة الاتفاق
classroom-agreement-heading = درجة الاتفاق · { $label }
classroom-alpha = معامل ألفا لكريبندورف على مستوى الكلمات، بين المعلّقين:
classroom-agreement-empty = أضف ملفات الطلاب لعرض درجة الاتفاق بينها.
classroom-agreement-table = المعلّقون حسب { $label }
classroom-col-annotator = المعلّق
classroom-col-spans = المقاطع
classroom-col-exact = تطابق تام مع الإجابة النموذجية
classroom-col-overlap = تداخل مع الإجابة النموذجية
classroom-col-precision = الدقة
classroom-col-recall = الاستدعاء
classroom-agreement-choose-key = اختر إجابة نموذجية لتقييم المعلّقين مقارنةً بها.
classroom-pairwise = F1 بين المعلّقين ({ $label }، بالتداخل)

classroom-ranked = المقاطع حسب المعلّقين
classroom-ranked-heading = الأكثر تحديدًا · { $label }
classroom-ranked-empty = لا توجد مقاطع بهذا التصنيف بعد.
classroom-ranked-count = { $marked } من { $count }
classroom-ranked-exactly = ({ $count } بتطابق تام)
classroom-key-missed-heading = مقاطع «{ $label }» في الإجابة النموذجية، الأقل عثورًا عليها أولًا
classroom-key-missed-empty = لا تحتوي الإجابة النموذجية على مقاطع بهذا التصنيف.
classroom-found-by = عثر عليه { $found } من { $count }

classroom-gradebook = سجل الدرجات
classroom-gradebook-no-rubric = لا يوجد سلّم تقدير بعد: افتح المقال واختر «المشاركة كمهمة» وأضف سلّم تقدير هناك، وستظهر درجاته هنا.
classroom-gradebook-choose-key = اختر إجابة نموذجية (في الأعلى): تُحسب معايير سلّم التقدير مقارنةً بها.
classroom-gradebook-heading = سجل الدرجات · { $points ->
    [zero] { $points } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $points } نقاط
    [many] { $points } نقطة
   *[other] { $points } نقطة
}
classroom-grades = الدرجات
classroom-col-total = المجموع
classroom-col-grade = الدرجة
classroom-col-lms-identifier = معرّف LMS
classroom-points = { $points ->
    [zero] { $points } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $points } نقاط
    [many] { $points } نقطة
   *[other] { $points } نقطة
}
classroom-points-of = { $points } / { $possible }
classroom-percent = { $percent }٪
classroom-grade-incomplete = غير مكتملة
classroom-grade-overridden = مُعدَّلة (المحسوبة: { $computed }): { $reason }
classroom-grade-by-hand = مُنحت يدويًا: { $reason }
classroom-grade-change = { $criterion } للطالب { $student }: تغيير
classroom-grade-cell = { $student }، { $criterion }: { $value }. { $title }
classroom-lms-identifier-of = معرّف LMS للطالب { $name }
classroom-override-form = تغيير قيمة
classroom-override-about = { $student } · { $criterion } (المحسوبة: { $computed } من { $possible })
classroom-override-about-by-hand = { $student } · { $criterion } (تُمنح يدويًا، من { $possible })
classroom-points-given = النقاط الممنوحة
classroom-reason = السبب
    .optional = اختياري
    .required = مطلوب: لماذا هذه القيمة
classroom-override-keep = اعتماد هذه القيمة
classroom-override-revert = العودة إلى القيمة المحسوبة
classroom-gradebook-hint = انقر على قيمة لتغييرها؛ تُعلَّم القيمة المعدّلة بـ* ويُحتفظ بسببها (مرّر المؤشر لقراءته).
classroom-unmatched = قيم مُنحت لطلاب لم يعودوا في هذه المجموعة (محفوظة في حال عادت ملفاتهم):
classroom-unmatched-criterion = المعيار { $number }
classroom-unmatched-line = { $student } · { $criterion }: { $points }
classroom-unmatched-line-reason = { $student } · { $criterion }: { $points } ({ $reason })
classroom-roster-paste = لصق قائمة بالمعرّفات
classroom-roster = القائمة
classroom-roster-use = استخدام هذه المعرّفات
classroom-roster-not-read = لم تُقرأ: { $problems }.
classroom-lms-identifiers-are = معرّفات { $system }:
classroom-lms-identifier = معرّف { $system }
classroom-id-canvas-user = معرّف مستخدم Canvas
classroom-id-sis-user = معرّف مستخدم SIS
classroom-id-sis-login = معرّف تسجيل الدخول في SIS
classroom-id-email = البريد الإلكتروني
classroom-id-username = اسم المستخدم
classroom-id-number = رقم التعريف

classroom-comment-box = التعليق على مقطع
classroom-comment-on = تعليق على { $what }
classroom-comment = تعليق
    .placeholder = تعليقك
classroom-comment-hint = انقر على أحد مقاطع الطالب، أو على مقطع فائت من الإجابة النموذجية، للتعليق عليه.

classroom-consensus-empty = أضف ملفات الطلاب لبناء التوافق.
classroom-consensus-at-least = مقاطع حدّدها { $k } من { $count } على الأقل
classroom-consensus-slider = التوافق: على الأقل
classroom-consensus-make = إنشاء مستند التوافق

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

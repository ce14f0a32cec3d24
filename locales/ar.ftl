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

panel-annotations = التعليقات التوضيحية
panel-evidence = الأدلة
panel-suggestions = الاقتراحات
panel-tabs = اللوحة الجانبية
panel-annotations-count = التعليقات التوضيحية ({ $count })
panel-show-labels = إظهار التصنيفات
panel-chip-hide = إخفاء { $label } من القائمة
panel-chip-show = إظهار { $label } في القائمة
panel-edit-labels = التصنيفات…
    .title = إعادة تسمية التصنيفات أو تغيير ألوانها أو مفاتيحها أو ترتيبها، أو إضافة تصنيفات أو حذفها
panel-empty = حدّد كلمات في المقال، ثم اضغط C أو S أو H (أو استخدم الأزرار التي تظهر) لتعليمها ادّعاءً أو مصدرًا أو تحوّطًا. اضغط مع الاستمرار على Alt لتحدّد بدقة دون التوسّع إلى كلمات كاملة.
panel-all-hidden = كل التصنيفات مخفية من القائمة.
panel-comment-count = { $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
panel-entry-list = { $count ->
    [zero] لا تعليقات توضيحية
    [one] تعليق توضيحي واحد بترتيب النص
    [two] تعليقان توضيحيان بترتيب النص
    [few] { $count } تعليقات توضيحية بترتيب النص
    [many] { $count } تعليقًا توضيحيًا بترتيب النص
   *[other] { $count } تعليق توضيحي بترتيب النص
}
panel-quoted = «{ $quote }»
panel-selected-span = المقطع المحدّد
panel-close-editor = إغلاق محرّر المقطع
panel-field-label = التصنيف
panel-label-option = { $label } ({ $key })
panel-field-note = ملاحظة
    .placeholder = لماذا هذا ادّعاء أو مصدر أو تحوّط؟ ما الذي كنت ستتحقق منه؟
panel-links = الروابط
panel-no-links = لا روابط بعد. اربط الادّعاء بالمصدر الذي يستند إليه، أو التحوّط بالادّعاء الذي يخفّفه: اضغط L ثم انقر على التظليل الآخر.
panel-link-elsewhere = { $quote } في «{ $title }»
panel-unlink = إزالة الربط: { $relation } { $quote }
    .title = إزالة هذا الربط
panel-cancel-link = إلغاء الربط الجاري
    .title = التوقف عن الربط (Esc)
panel-link = ربط…
    .title = ثم انقر على التظليل المراد الربط به (L)
panel-span-comments = التعليقات على هذا المقطع
panel-comments = التعليقات
panel-delete-span = حذف المقطع
    .title = حذف (Delete أو Backspace)
panel-evidence-summary = ملخّص الأدلة
panel-overview = { $words ->
        [zero] لا كلمات
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $words } كلمات
        [many] { $words } كلمةً
       *[other] { $words } كلمة
    } · { $claims ->
        [zero] لا ادّعاءات
        [one] ادّعاء واحد
        [two] ادّعاءان
        [few] { $claims } ادّعاءات
        [many] { $claims } ادّعاءً
       *[other] { $claims } ادّعاء
    } · { $sources ->
        [zero] لا مصادر
        [one] مصدر واحد
        [two] مصدران
        [few] { $sources } مصادر
        [many] { $sources } مصدرًا
       *[other] { $sources } مصدر
    } · { $hedges ->
        [zero] لا تحوّطات
        [one] تحوّط واحد
        [two] تحوّطان
        [few] { $hedges } تحوّطات
        [many] { $hedges } تحوّطًا
       *[other] { $hedges } تحوّط
    } ({ $density ->
        [one] تحوّط واحد لكل ١٠٠ كلمة
        [two] تحوّطان لكل ١٠٠ كلمة
        [few] { $density } تحوّطات لكل ١٠٠ كلمة
        [many] { $density } تحوّطًا لكل ١٠٠ كلمة
       *[other] { $density } تحوّط لكل ١٠٠ كلمة
    })
panel-unsupported = ادّعاءات بلا مصدر ({ $count })
panel-no-claims = لم يُعلَّم أي ادّعاء بعد.
panel-all-claims-sourced = لكل ادّعاء مصدر مربوط به.
panel-claims-and-sources = الادّعاءات ومصادرها
panel-no-source = لا مصدر مربوط
panel-idle-sources = مصادر لا تدعم أي ادّعاء ({ $count })
panel-no-sources = لم يُعلَّم أي مصدر بعد.
panel-all-sources-used = كل مصدر يدعم ادّعاءً.
panel-hedged-claims = ادّعاءات فيها تحوّط ({ $count })
panel-no-hedged-claims = لا يحمل أي ادّعاء تحوّطًا (مربوطًا به أو داخله).
panel-hedge-count = { $count ->
    [zero] لا تحوّطات
    [one] تحوّط واحد
    [two] تحوّطان
    [few] { $count } تحوّطات
    [many] { $count } تحوّطًا
   *[other] { $count } تحوّط
}
panel-sources-by-kind = المصادر حسب النوع: المسمّاة { $named }، المجهولة { $anonymous }، المبهمة { $vague }
panel-source-kind = { $kind ->
    [named] مسمّى
    [anonymous] مجهول
    [vague] مبهم
   *[other] { $kind }
}
panel-beside = المقال المجاور: { $title }
panel-swap = تبديل الجانبين
    .title = حرّر هذا المقال، وينتقل الآخر إلى الجانب
panel-close-beside = إغلاق المقال المجاور
panel-compare = مقارنة
panel-compare-hint = لمقارنة تغطية وسيلتين إعلاميتين للحدث نفسه، أضف المقال الآخر إلى مكتبتك؛ وعندها يمكن فتحه بجانب هذا المقال.
panel-compare-with = مقارنة بمقال آخر
panel-open-beside = فتح بجانبه…
    .aria-label = فتح بجانبه
panel-same-claim = الادّعاء نفسه في كليهما ({ $count })
panel-contradictions = تناقضات ({ $count })
panel-only-in = فقط في «{ $title }» ({ $count })
panel-side-sources = المصادر: المسمّاة { $named }، المجهولة { $anonymous }، المبهمة { $vague }
panel-current-suggestion = الاقتراح الحالي
panel-suggested = اقتراح: { $label }
panel-accept = قبول
    .title = قبول (A أو Enter)
panel-reject = رفض
    .title = رفض (X)
panel-next = التالي ›
    .title = الاقتراح التالي (N)
panel-suggestions-off = الاقتراحات متوقفة في هذه المهمة: يريد معلّمك أن يرى ما تجده بنفسك.
panel-article-language = لغة المقال
panel-language = { $language ->
    [en] الإنجليزية
    [es] الإسبانية
    [fr] الفرنسية
    [de] الألمانية
    [pt] البرتغالية
    [ar] العربية
    [zh] الصينية
   *[other] { $language }
}
panel-language-in-text = { $language ->
    [en] الإنجليزية
    [es] الإسبانية
    [fr] الفرنسية
    [de] الألمانية
    [pt] البرتغالية
    [ar] العربية
    [zh] الصينية
   *[other] { $language }
}
panel-unreadable = لا اقتراحات: يبدو أن هذا المقال مكتوب باللغة { $language }، والاقتراحات لا تعمل إلا مع { $readable }. إن كان مكتوبًا بإحدى هذه اللغات، فحدّدها هنا.
panel-show-suggestions = إظهار الاقتراحات في المقال
panel-suggestions-hint = تلميحات لا تصنيفات: تحيط الخطوط المتقطعة بكلمات كثيرًا ما تكون تحوّطات أو مصادر أو ادّعاءات، ومع كلٍّ منها سببه. تنقّل بينها بـ N وP؛ واقبل بـ A أو Enter، وارفض بـ X.
panel-open-suggestions = { $count ->
    [zero] لا اقتراحات معلّقة
    [one] اقتراح واحد معلّق
    [two] اقتراحان معلّقان
    [few] { $count } اقتراحات معلّقة
    [many] { $count } اقتراحًا معلّقًا
   *[other] { $count } اقتراح معلّق
}
panel-open-suggestions-rejected = { $count ->
    [zero] لا اقتراحات معلّقة
    [one] اقتراح واحد معلّق
    [two] اقتراحان معلّقان
    [few] { $count } اقتراحات معلّقة
    [many] { $count } اقتراحًا معلّقًا
   *[other] { $count } اقتراح معلّق
} (المرفوضة: { $rejected })
panel-suggestion-count = { $label }: { $count }
panel-accept-all = قبول الكل ({ $count })
panel-go-first = الانتقال إلى الأول (N)
panel-threads = التعليقات على المقاطع
panel-threads-hint = تظهر التعليقات على مقاطعك بجانبها أيضًا: اختر مقطعًا، أو مدخله تحت «التعليقات التوضيحية»، لتقرأها وتردّ عليها هناك.
panel-thread-place = { $place }:
panel-show-span = إظهار المقطع
    .title = إظهار المقطع مع هذا التعليق بجانبه
panel-reply = ردّ
    .placeholder = ردّك

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

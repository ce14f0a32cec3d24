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

start-title = Close Reader
start-tagline = حدّد الادّعاءات والمصادر والتحوّطات في مقال إخباري. يبقى كل شيء في هذا المتصفح حتى تنزّله.
start-other-ways = طرق أخرى للبدء
start-sample = جرّب المقال النموذجي
start-library = المكتبة ({ $count })
start-field-title = العنوان
    .placeholder = العنوان الرئيسي للمقال
start-field-url = رابط المصدر (اختياري)
start-field-text = نص المقال
    .placeholder = الصق المقال هنا. تُحفظ الفقرات وأي نظام كتابة وأي لغة كما هي تمامًا.
start-reflowed = { $count ->
    [zero] لم يُوصل أي سطر.
    [one] وُصل سطر واحد كان مقطوعًا عند حافة الصفحة، كما يحدث في النص المنسوخ من ملف PDF.
    [two] وُصل سطران كانا مقطوعين عند حافة الصفحة، كما يحدث في النص المنسوخ من ملف PDF.
    [few] وُصلت { $count } أسطر كانت مقطوعة عند حافة الصفحة، كما يحدث في النص المنسوخ من ملف PDF.
    [many] وُصل { $count } سطرًا كانت مقطوعة عند حافة الصفحة، كما يحدث في النص المنسوخ من ملف PDF.
   *[other] وُصل { $count } سطر كانت مقطوعة عند حافة الصفحة، كما يحدث في النص المنسوخ من ملف PDF.
}
start-undo-reflow = تراجع عن الوصل
start-paste-kept = ما يُحفظ من الصفحة
start-from-web-page = من صفحة الويب. { $kept }
start-plain-only = نص عادي فقط (بلا عناوين أو قوائم أو إبراز)
start-go = ابدأ التعليق على النص
start-shape-lost = تعذّر الاحتفاظ بعناوين الصفحة وقوائمها ({ $why })؛ لذا لُصق نصها نصًّا عاديًا.
start-cancel = إلغاء
start-open-file = فتح ملف
start-progress = { $what } { $percent }٪
start-kept = ما حُفظ: { $what }.
start-kept-headings = { $count ->
    [zero] لا عناوين
    [one] عنوان واحد
    [two] عنوانان
    [few] { $count } عناوين
    [many] { $count } عنوانًا
   *[other] { $count } عنوان
}
start-kept-items = { $count ->
    [zero] لا عناصر قوائم
    [one] عنصر قائمة واحد
    [two] عنصرا قائمة
    [few] { $count } عناصر قوائم
    [many] { $count } عنصرًا من عناصر القوائم
   *[other] { $count } عنصر من عناصر القوائم
}
start-kept-quotes = { $count ->
    [zero] لا فقرات مقتبسة
    [one] فقرة مقتبسة واحدة
    [two] فقرتان مقتبستان
    [few] { $count } فقرات مقتبسة
    [many] { $count } فقرةً مقتبسة
   *[other] { $count } فقرة مقتبسة
}
start-kept-captions = { $count ->
    [zero] لا تسميات توضيحية
    [one] تسمية توضيحية واحدة
    [two] تسميتان توضيحيتان
    [few] { $count } تسميات توضيحية
    [many] { $count } تسميةً توضيحية
   *[other] { $count } تسمية توضيحية
}
start-kept-notes = { $count ->
    [zero] لا حواشٍ
    [one] حاشية واحدة
    [two] حاشيتان
    [few] { $count } حواشٍ
    [many] { $count } حاشيةً
   *[other] { $count } حاشية
}
start-kept-emphasis = الإبراز (الخط الغامق والمائل)
start-kept-links = { $count ->
    [zero] لا روابط
    [one] رابط واحد (يُعرض ولا يُفتح)
    [two] رابطان (يُعرضان ولا يُفتحان)
    [few] { $count } روابط (تُعرض ولا تُفتح)
    [many] { $count } رابطًا (تُعرض ولا تُفتح)
   *[other] { $count } رابط (تُعرض ولا تُفتح)
}
start-preview = معاينة
start-preview-more = { $count ->
    [zero] …
    [one] … وفقرة أخرى.
    [two] … وفقرتان أخريان.
    [few] … و{ $count } فقرات أخرى.
    [many] … و{ $count } فقرةً أخرى.
   *[other] … و{ $count } فقرة أخرى.
}
start-arrival-title = هل تريد فتح هذا المقال؟
start-arrival-read-as = «{ $name }»، قُرئ على أنه { $kind ->
    [pdf] ملف PDF
    [epub] كتاب EPUB
    [word] ملف Word
    [odt] نص OpenDocument
    [web] صفحة ويب
    [mhtml] صفحة ويب (ملف واحد)
    [markdown] ملف Markdown
    [text] ملف نصي
   *[other] { $kind }
}
start-arrival-pasted = لُصق من { $kind ->
    [pdf] ملف PDF
    [epub] كتاب EPUB
    [word] ملف Word
    [odt] نص OpenDocument
    [web] صفحة ويب
    [mhtml] صفحة ويب (ملف واحد)
    [markdown] ملف Markdown
    [text] ملف نصي
   *[other] { $kind }
}
start-arrival-field-title = العنوان
start-arrival-left-out = ما حُذف: { $what }.
start-arrival-plain-only = نص عادي فقط (بلا عناوين أو قوائم أو إبراز؛ النص نفسه لا يتغيّر)
start-import-title = استيراد «{ $name }»
start-import-read-as = قُرئ على أنه { $format ->
    [native] ملف Close Reader
    [w3c-annotation] تعليق ويب توضيحي بمعيار W3C (Web Annotation)
    [w3c-list] قائمة تعليقات ويب توضيحية بمعيار W3C
    [w3c-page] صفحة تعليقات توضيحية بمعيار W3C (Annotation Page)
    [w3c-collection] مجموعة تعليقات توضيحية بمعيار W3C (Annotation Collection)
    [w3c-graph] بنية تعليقات ويب توضيحية بمعيار W3C (JSON-LD @graph)
    [hypothesis] تعليقات Hypothesis
    [doccano] ملف doccano بصيغة JSONL
    [label-studio] مهام Label Studio
    [csv] جدول CSV من Close Reader
    [brat] ملف brat بامتداد ann
   *[other] { $format }
}.
start-import-found = التعليقات التوضيحية التي وجدت موضعها في هذا المقال: { $found } من أصل { $total }.
start-import-found-links = ما وجد موضعه في هذا المقال: { $found } من أصل { $total } من التعليقات التوضيحية، و{ $linked } من أصل { $links } من عمليات الربط.
start-import-new = يُفتح مستندًا جديدًا بعنوان «{ $title }» ({ $words ->
    [zero] بلا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $words } كلمات
    [many] { $words } كلمةً
   *[other] { $words } كلمة
})، ووُضع في موضعه { $found } من أصل { $total } من المقاطع.
start-import-new-links = يُفتح مستندًا جديدًا بعنوان «{ $title }» ({ $words ->
    [zero] بلا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $words } كلمات
    [many] { $words } كلمةً
   *[other] { $words } كلمة
})، ووُضع في موضعه { $found } من أصل { $total } من المقاطع و{ $linked } من أصل { $links } من عمليات الربط.
start-import-tags = وسوم ليست تصنيفات هنا
start-import-tag = «{ $tag }» ({ $count ->
    [zero] لا تعليقات توضيحية
    [one] تعليق توضيحي واحد
    [two] تعليقان توضيحيان
    [few] { $count } تعليقات توضيحية
    [many] { $count } تعليقًا توضيحيًا
   *[other] { $count } تعليق توضيحي
})
start-import-untagged = بلا وسم ({ $count ->
    [zero] لا تعليقات توضيحية
    [one] تعليق توضيحي واحد
    [two] تعليقان توضيحيان
    [few] { $count } تعليقات توضيحية
    [many] { $count } تعليقًا توضيحيًا
   *[other] { $count } تعليق توضيحي
})
start-import-create = إنشاء التصنيف «{ $tag }»
start-import-mark-as = تصنيفها: { $label }
start-import-skip = عدم استيرادها
start-import-not-placed = لم تجد موضعها ({ $count })
start-import-links-not-made = عمليات ربط لم تُنشأ ({ $count })
start-import-open-with = { $count ->
    [zero] فتح بلا تعليقات توضيحية
    [one] فتح مع تعليق توضيحي واحد
    [two] فتح مع تعليقين توضيحيين
    [few] فتح مع { $count } تعليقات توضيحية
    [many] فتح مع { $count } تعليقًا توضيحيًا
   *[other] فتح مع { $count } تعليق توضيحي
}
start-import-open-with-links = { $count ->
    [zero] فتح بلا تعليقات توضيحية
    [one] فتح مع تعليق توضيحي واحد
    [two] فتح مع تعليقين توضيحيين
    [few] فتح مع { $count } تعليقات توضيحية
    [many] فتح مع { $count } تعليقًا توضيحيًا
   *[other] فتح مع { $count } تعليق توضيحي
} و{ $links ->
    [zero] بلا عمليات ربط
    [one] ربط واحد
    [two] ربطين
    [few] { $links } عمليات ربط
    [many] { $links } عملية ربط
   *[other] { $links } عملية ربط
}
start-import-add-nothing = عدم إضافة أي شيء
start-import-add = { $count ->
    [zero] عدم إضافة أي شيء
    [one] إضافة تعليق توضيحي واحد
    [two] إضافة تعليقين توضيحيين
    [few] إضافة { $count } تعليقات توضيحية
    [many] إضافة { $count } تعليقًا توضيحيًا
   *[other] إضافة { $count } تعليق توضيحي
}
start-import-add-links = { $count ->
    [one] إضافة تعليق توضيحي واحد
    [two] إضافة تعليقين توضيحيين
    [few] إضافة { $count } تعليقات توضيحية
    [many] إضافة { $count } تعليقًا توضيحيًا
   *[other] إضافة { $count } تعليق توضيحي
} و{ $links ->
    [zero] لا عمليات ربط
    [one] ربط واحد
    [two] ربطين
    [few] { $links } عمليات ربط
    [many] { $links } عملية ربط
   *[other] { $links } عملية ربط
}

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

library-title = المكتبة
library-new = مقال جديد
library-empty = لا توجد مستندات محفوظة بعد. الصق مقالًا أو افتح ملفًا للبدء.
library-list = المستندات المحفوظة
library-doc-meta = حُفظ في { $when } · { $words ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $words } كلمات
    [many] { $words } كلمةً
   *[other] { $words } كلمة
} · { $counts }
library-no-annotations = لا تعليقات توضيحية بعد
library-class-set-kept = ملفات الصف محفوظة: { $files ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
} · { $size } · عُدّلت في { $when }
library-open = فتح
    .aria-label = فتح { $title }
library-class-set = ملفات الصف
    .aria-label = فتح ملفات الصف لمقال { $title }
    .title = ملفات الطلاب التي جُمعت لهذا المقال، كما تركتها
library-remove-class-set = إزالة ملفات الصف
    .aria-label = إزالة ملفات الصف لمقال { $title }
    .title = نسيان الملفات التي جُمعت لهذا المقال (يمكنك التراجع عن ذلك)
library-compare = مقارنة
    .aria-label = مقارنة ملفات مقال { $title }
    .title = فتح ملفات الطلاب لهذا المقال ومقارنتها
library-rename = إعادة تسمية
    .aria-label = إعادة تسمية { $title }
library-delete = حذف
    .aria-label = حذف { $title }
library-new-title = العنوان الجديد
library-save = حفظ
library-cancel = إلغاء
library-undo = تراجع
library-dismiss = إغلاق الرسالة
library-save-failed-download = تنزيل
library-save-failed-retry = إعادة المحاولة
library-take-over = تولّي التحرير
library-drop-article = أفلت مقالًا أو ملف Close Reader هنا لفتحه
library-drop-students = أفلت ملفات الطلاب هنا لإضافتها
library-conflict-title = هذا المقال موجود في مكتبتك بالفعل
library-conflict-same-text = نص «{ $title }» مطابق لنص الملف الذي فتحته.
library-conflict-in-library = في مكتبتك: { $counts }، آخر تغيير في { $when }.
library-conflict-in-library-newer = في مكتبتك: { $counts }، آخر تغيير في { $when } (الأحدث).
library-conflict-file = الملف: { $counts }، آخر تغيير في { $when }.
library-conflict-file-newer = الملف: { $counts }، آخر تغيير في { $when } (الأحدث).
library-conflict-file-undated = الملف: { $counts }.
library-conflict-counts = { $spans ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $spans } مقاطع
    [many] { $spans } مقطعًا
   *[other] { $spans } مقطع
}، { $notes ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $notes } ملاحظات
    [many] { $notes } ملاحظةً
   *[other] { $notes } ملاحظة
}
library-conflict-spans = { $spans ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $spans } مقاطع
    [many] { $spans } مقطعًا
   *[other] { $spans } مقطع
}
library-conflict-advice-library = نسخة مكتبتك أحدث: استبدالها بالملف يعني الرجوع إلى عمل أقدم.
library-conflict-advice-file = الملف أحدث من نسخة مكتبتك.
library-conflict-advice-unknown = لا يمكن معرفة أيّهما أحدث.
library-conflict-hint = «الاحتفاظ بالاثنين» يفتح الملف مستندًا آخر. «استبدال» يفتحه مكان نسختك، التي تبقى في المكتبة بعنوان جديد.
library-conflict-keep-both = الاحتفاظ بالاثنين
library-conflict-replace = استبدال
library-name-title = اسمك
library-name-why = يُكتب اسمك في الملف الذي تسلّمه، ليعرف معلّمك صاحب العمل. ويبقى في هذا المتصفح.
library-name-start = بدء
library-name-skip = تخطٍّ

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

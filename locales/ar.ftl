### واجهة Close Reader بالعربية (مترجمة من en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } و{ $second }
list-more = { $first }، { $rest }
language-menu = اللغة
    .title = لغة أزرار Close Reader ورسائله (يحتفظ المقال بلغته)
language-unavailable = تعذّر تحميل الرسائل بـ{ $language }، لذا يبقى Close Reader باللغة التي كان عليها.

# The default labels' names in a new document (the document keeps them in its file).
shared-label-claim = ادّعاء
shared-label-source = مصدر
shared-label-hedge = تحوّط

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

annotate-too-long-to-print = هذا المقال أطول من أن يُطبع من هنا: لا يوجد في الصفحة إلا الجزء القريب من الشاشة. تصدير ← تقرير HTML يُنشئ صفحة واحدة فيها المقال كاملًا مع تظليلاته وملاحظاته، لطباعتها من المتصفح.

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
classroom-criterion-add = إضافة معيار
classroom-grade-shown-as = طريقة عرض الدرجة
classroom-scale = المقياس
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

messages-not-opened = لم يُفتح «{ $name }»: { $why } لم يتغيّر شيء.
messages-answer-damaged = وصل ردّ قارئ الملفات تالفًا.
messages-opening-saved = جارٍ فتح المستند المحفوظ…
messages-opening-beside = جارٍ فتح المقال المجاور…
messages-opening-file = جارٍ فتح «{ $name }»…
messages-reading-file = جارٍ قراءة «{ $name }»…
messages-preparing = جارٍ تجهيز «{ $title }»…
messages-saved-not-opened = تعذّر فتح المستند المحفوظ: { $why }.
messages-beside-not-opened = تعذّر فتح هذا المقال بجانب المقال الحالي: { $why }.
messages-compare-not-opened = تعذّر فتح هذا المقال للمقارنة: { $why }.
messages-library-unreadable = تتعذّر قراءة المكتبة: { $why }.
messages-saved-unreadable = تتعذّر قراءة المستندات المحفوظة: { $why }. لا يزال بإمكانك التعليق على النص وتنزيل عملك.
messages-dropped-several = { $count ->
    [zero] لم يُفلَت أي ملف؛ أفلِت ملف Close Reader واحدًا في كل مرة. لم يتغيّر شيء.
    [one] أُفلِت ملف واحد؛ أفلِت ملف Close Reader واحدًا في كل مرة. لم يتغيّر شيء.
    [two] أُفلِت ملفان؛ أفلِت ملف Close Reader واحدًا في كل مرة. لم يتغيّر شيء.
    [few] أُفلِتت { $count } ملفات؛ أفلِت ملف Close Reader واحدًا في كل مرة. لم يتغيّر شيء.
    [many] أُفلِت { $count } ملفًا؛ أفلِت ملف Close Reader واحدًا في كل مرة. لم يتغيّر شيء.
   *[other] أُفلِت { $count } ملف؛ أفلِت ملف Close Reader واحدًا في كل مرة. لم يتغيّر شيء.
}
messages-file-too-big = حجم «{ $name }» { $size } ميغابايت؛ يفتح Close Reader ملفات يصل حجمها إلى { $limit } ميغابايت.
messages-file-unreadable = تعذّرت قراءة «{ $name }».
messages-no-worker = تعذّر تشغيل جزء Close Reader الذي يقرأ الملفات في هذا المتصفح.
messages-text-too-long = { $count ->
    [zero] لا يحتوي هذا النص على أي حرف؛ يفتح Close Reader مقالات تصل إلى { $limit } حرف. قسّمه إلى أجزاء وعلّق على كل جزء كمستند مستقل.
    [one] يحتوي هذا النص على حرف واحد؛ يفتح Close Reader مقالات تصل إلى { $limit } حرف. قسّمه إلى أجزاء وعلّق على كل جزء كمستند مستقل.
    [two] يحتوي هذا النص على حرفين؛ يفتح Close Reader مقالات تصل إلى { $limit } حرف. قسّمه إلى أجزاء وعلّق على كل جزء كمستند مستقل.
    [few] يحتوي هذا النص على { $count } أحرف؛ يفتح Close Reader مقالات تصل إلى { $limit } حرف. قسّمه إلى أجزاء وعلّق على كل جزء كمستند مستقل.
    [many] يحتوي هذا النص على { $count } حرفًا؛ يفتح Close Reader مقالات تصل إلى { $limit } حرف. قسّمه إلى أجزاء وعلّق على كل جزء كمستند مستقل.
   *[other] يحتوي هذا النص على { $count } حرف؛ يفتح Close Reader مقالات تصل إلى { $limit } حرف. قسّمه إلى أجزاء وعلّق على كل جزء كمستند مستقل.
}
messages-too-many-annotations = { $count ->
    [one] سينتج عن ذلك تعليق توضيحي واحد؛ يتسع المستند الواحد في Close Reader لـ{ $limit } تعليق توضيحي كحد أقصى. قسّم المقال إلى أجزاء.
    [two] سينتج عن ذلك تعليقان توضيحيان؛ يتسع المستند الواحد في Close Reader لـ{ $limit } تعليق توضيحي كحد أقصى. قسّم المقال إلى أجزاء.
    [few] سينتج عن ذلك { $count } تعليقات توضيحية؛ يتسع المستند الواحد في Close Reader لـ{ $limit } تعليق توضيحي كحد أقصى. قسّم المقال إلى أجزاء.
    [many] سينتج عن ذلك { $count } تعليقًا توضيحيًا؛ يتسع المستند الواحد في Close Reader لـ{ $limit } تعليق توضيحي كحد أقصى. قسّم المقال إلى أجزاء.
   *[other] سينتج عن ذلك { $count } تعليق توضيحي؛ يتسع المستند الواحد في Close Reader لـ{ $limit } تعليق توضيحي كحد أقصى. قسّم المقال إلى أجزاء.
}
messages-needs-article = فهو يحتوي على { $format }. افتح المقال أولًا، ثم افتح هذا الملف لإضافة تعليقاته التوضيحية.
messages-format-native = ملف Close Reader
messages-format-w3c-annotation = تعليق توضيحي بصيغة W3C Web Annotation
messages-format-w3c-list = قائمة تعليقات توضيحية بصيغة W3C Web Annotation
messages-format-w3c-page = صفحة تعليقات بصيغة W3C Annotation Page
messages-format-w3c-collection = مجموعة تعليقات بصيغة W3C Annotation Collection
messages-format-w3c-graph = رسم بياني لتعليقات W3C Web Annotation (JSON-LD @graph)
messages-format-hypothesis = تعليقات Hypothesis التوضيحية
messages-format-doccano = ملف doccano بصيغة JSONL
messages-format-label-studio = مهام Label Studio
messages-format-csv = جدول CSV من Close Reader
messages-format-brat = ملف .ann من brat
messages-imported-as-new = فُتح «{ $name }» كمستند جديد يتضمن { $added }.
messages-added-annotations = { $count ->
    [zero] { $count } تعليق توضيحي
    [one] تعليقًا توضيحيًا واحدًا
    [two] تعليقين توضيحيين
    [few] { $count } تعليقات توضيحية
    [many] { $count } تعليقًا توضيحيًا
   *[other] { $count } تعليق توضيحي
}
messages-added-annotations-links = { $count ->
    [zero] { $count } تعليق توضيحي
    [one] تعليقًا توضيحيًا واحدًا
    [two] تعليقين توضيحيين
    [few] { $count } تعليقات توضيحية
    [many] { $count } تعليقًا توضيحيًا
   *[other] { $count } تعليق توضيحي
} و{ $links ->
    [one] رابطًا واحدًا
    [two] رابطين
    [few] { $links } روابط
    [many] { $links } رابطًا
   *[other] { $links } رابط
}
messages-cancelled-not-restored = تم الإلغاء. لم يُفتح المستند: لم تُستعَد تغييراته الأخيرة بعد. افتحه مرة أخرى لاستعادتها.
messages-cancelled-still-in-library = تم الإلغاء. لم يُفتح المستند؛ ولا يزال في مكتبتك.
messages-cancelled-nothing-beside = تم الإلغاء. لم يُفتح شيء بجانب هذا المقال.
messages-cancelled-file-not-opened = تم الإلغاء. لم يُفتح الملف؛ لم يتغيّر شيء.
messages-cancelled-not-opened = تم الإلغاء. لم يُفتح المستند؛ لم يتغيّر شيء.
messages-cancelled-file-not-read = لم يُفتح «{ $name }»؛ لم يتغيّر شيء.
messages-export-cancelled = تم الإلغاء. لم يُصدَّر شيء.
messages-not-replaced-unreadable = لم يُستبدَل «{ $title }»: تعذّرت قراءة نسخته في المكتبة ({ $why }). لم يتغيّر شيء.
messages-not-replaced-unsaved = لم يُستبدَل «{ $title }»: تعذّر حفظ النسخة التي يُراد الاحتفاظ بها ({ $why }). لم يتغيّر شيء.
messages-replaced-title = { $title } (استُبدل في { $time })
messages-replaced = استُبدل «{ $title }» بالملف. نسختك محفوظة في المكتبة باسم «{ $kept }».
messages-replacement-undone = عادت نسختك من «{ $title }»، وأُزيلت نسخة الملف.
messages-replacement-not-undone = تعذّر التراجع عن الاستبدال: { $why }. النسختان كلتاهما في مكتبتك.
messages-title-empty = لا يمكن أن يكون العنوان فارغًا.
messages-not-renamed = لم تُغيَّر تسمية «{ $title }»: { $why }.
messages-deleted = حُذف «{ $title }».
messages-not-deleted = لم يُحذف «{ $title }»: { $why }.
messages-restored = استُعيد «{ $title }».
messages-not-restored = تعذّرت استعادته: { $why }.
messages-not-saved = لم يُحفظ في هذا المتصفح: { $why }. عملك باقٍ في علامة التبويب هذه: استخدم «تنزيل» للاحتفاظ بنسخة. تُعاد محاولة الحفظ كل بضع ثوانٍ.
messages-beside-not-saved = لم يُحفظ المقال المجاور: { $why }. نزّله للاحتفاظ بنسخة.
messages-restoring = جارٍ استعادة تغييراتك الأخيرة…
messages-restored-not-saved = استُعيدت تغييراتك الأخيرة على «{ $title }» لكن تعذّر حفظها في هذا المتصفح ({ $why }): استخدم «تنزيل» للاحتفاظ بنسخة.
messages-changes-set-aside = تعذّرت استعادة التغييرات التي أُجريت قُبيل إغلاق الصفحة آخر مرة: { $why }. وهي محفوظة جانبًا في هذا المتصفح.
messages-changes-restored = استُعيدت التغييرات الأخيرة على { $titles }، التي أُجريت قُبيل إغلاق الصفحة.
messages-quoted-title = «{ $title }»
messages-storage-full = مساحة التخزين المخصصة لهذه الصفحة في متصفحك ممتلئة
messages-storage-unavailable = لا يسمح هذا المتصفح للصفحة بتخزين البيانات (IndexedDB غير متاح، كما في بعض النوافذ الخاصة)
messages-storage-refused = رفض المتصفح تخزينه ({ $name }: { $message })
messages-load-missing = لم يعد موجودًا في مساحة تخزين هذا المتصفح
messages-load-damaged = نسخته المحفوظة تالفة ({ $why })
messages-stored-file-unreadable = تعذّر على المتصفح قراءة ملفه المخزَّن
messages-changes-not-applied = يتعذّر تطبيق التغييرات المحفوظة منذ آخر نسخة كاملة منه: { $why }
messages-no-preferences = لا يحتفظ هذا المتصفح بالتفضيلات
messages-preferences-full = مساحة تخزين المتصفح ممتلئة أو محظورة
messages-preset-saved = حُفظ القالب «{ $name }».
messages-preset-not-saved = لم يُحفظ القالب: { $why }.
messages-taking-over = جارٍ تولّي التحرير…
messages-take-over-cancelled = تم الإلغاء: تبقى علامة التبويب هذه للقراءة فقط؛ لم يتغيّر شيء.
messages-taken-over = أنت تحرّر هذا المستند هنا الآن، مع آخر تغييرات علامة التبويب الأخرى؛ وأصبحت تلك العلامة للقراءة فقط.
messages-not-taken-over = تعذّر على علامة التبويب هذه تولّي التحرير: { $why }. تبقى للقراءة فقط؛ لم يتغيّر شيء.
messages-download-failed = تعذّر بدء التنزيل: { $why }.
messages-download-no-file = تعذّر إنشاء الملف
messages-download-no-window = لا توجد نافذة
messages-download-no-document = لا يوجد مستند
messages-download-no-url = لا يوجد عنوان URL للكائن
messages-download-no-link = لا يوجد رابط
messages-download-no-body = لا يوجد متن للصفحة
messages-export-report = تقرير HTML
messages-export-w3c-hint = JSON-LD لـHypothesis وRecogito وخوادم التعليقات التوضيحية (.annotations.jsonld)
messages-export-csv-hint = صف لكل مقطع، لجداول البيانات (.csv)
messages-export-brat-hint = صيغة brat المنفصلة: النص وملف .ann والإعدادات في ملف ZIP (.brat.zip)
messages-export-doccano-hint = ملف JSONL من doccano لتصنيف التسلسلات (.doccano.jsonl)
messages-export-label-studio-hint = مهام Label Studio مع تعليقاتها التوضيحية (.label-studio.json)
messages-export-report-hint = المقال مع التظليل والملاحظات، للقراءة أو الطباعة (.report.html)
messages-exporting = جارٍ تصدير «{ $title }» بصيغة { $format }…
messages-link-not-opened = تعذّر فتح رابط المهمة: { $why } لم يتغيّر شيء.
messages-link-empty = لا شيء يلي «#assignment=» في الرابط: لقد قُطع عند نسخه. اطلب الرابط مرة أخرى، أو ملف المهمة.
messages-link-too-big = ينتج عن فك ضغطه أكثر مما يمكن أن يحتويه ملف Close Reader.
messages-link-no-assignment = يحتوي على مستند لكن دون مهمة.
messages-link-no-compression = لا يستطيع هذا المتصفح إنشاء روابط (لا يتوفر فيه CompressionStream)؛ شارك ملف المهمة بدلًا من ذلك.
messages-link-not-made = تعذّر إنشاء الرابط؛ شارك ملف المهمة بدلًا من ذلك.
messages-link-no-decompression = لا يستطيع هذا المتصفح فتح روابط المهام (لا يتوفر فيه DecompressionStream)؛ اطلب ملف المهمة بدلًا من ذلك.
messages-link-damaged = رابط المهمة هذا تالف (يتعذّر فك ضغط بياناته): ربما قُطع عند نسخه. اطلب الرابط مرة أخرى، أو ملف المهمة.
messages-link-too-long = { $count ->
    [one] هذا المقال أطول من أن يُشارَك كرابط (حرف واحد؛ الحد الأقصى { $limit }). شارك ملف المهمة بدلًا من ذلك.
    [two] هذا المقال أطول من أن يُشارَك كرابط (حرفان؛ الحد الأقصى { $limit }). شارك ملف المهمة بدلًا من ذلك.
    [few] هذا المقال أطول من أن يُشارَك كرابط ({ $count } أحرف؛ الحد الأقصى { $limit }). شارك ملف المهمة بدلًا من ذلك.
    [many] هذا المقال أطول من أن يُشارَك كرابط ({ $count } حرفًا؛ الحد الأقصى { $limit }). شارك ملف المهمة بدلًا من ذلك.
   *[other] هذا المقال أطول من أن يُشارَك كرابط ({ $count } حرف؛ الحد الأقصى { $limit }). شارك ملف المهمة بدلًا من ذلك.
}
messages-rubric-link-too-long = { $count ->
    [one] يجعل سلّم التقدير هذه المهمة أطول من أن تُشارَك كرابط (حرف واحد؛ الحد الأقصى { $limit }؛ ومن دون سلّم التقدير كانت ستتسع). اختصر أسماء المعايير، أو شارك ملف المهمة بدلًا من ذلك.
    [two] يجعل سلّم التقدير هذه المهمة أطول من أن تُشارَك كرابط (حرفان؛ الحد الأقصى { $limit }؛ ومن دون سلّم التقدير كانت ستتسع). اختصر أسماء المعايير، أو شارك ملف المهمة بدلًا من ذلك.
    [few] يجعل سلّم التقدير هذه المهمة أطول من أن تُشارَك كرابط ({ $count } أحرف؛ الحد الأقصى { $limit }؛ ومن دون سلّم التقدير كانت ستتسع). اختصر أسماء المعايير، أو شارك ملف المهمة بدلًا من ذلك.
    [many] يجعل سلّم التقدير هذه المهمة أطول من أن تُشارَك كرابط ({ $count } حرفًا؛ الحد الأقصى { $limit }؛ ومن دون سلّم التقدير كانت ستتسع). اختصر أسماء المعايير، أو شارك ملف المهمة بدلًا من ذلك.
   *[other] يجعل سلّم التقدير هذه المهمة أطول من أن تُشارَك كرابط ({ $count } حرف؛ الحد الأقصى { $limit }؛ ومن دون سلّم التقدير كانت ستتسع). اختصر أسماء المعايير، أو شارك ملف المهمة بدلًا من ذلك.
}
messages-assignment-already-here = لديك «{ $title }» في هذا المتصفح بالفعل: فُتح عملك عليه دون تغيير.
messages-student-author = الطالب
messages-no-conversation = لا توجد محادثة «{ $thread }»
messages-too-many-files = { $count ->
    [one] اختير ملف واحد؛ تفتح المقارنة { $limit } ملف كحد أقصى في المرة الواحدة. تجري قراءة أول { $limit } ملف؛ أضف الباقي بعد ذلك.
    [two] اختير ملفان؛ تفتح المقارنة { $limit } ملف كحد أقصى في المرة الواحدة. تجري قراءة أول { $limit } ملف؛ أضف الباقي بعد ذلك.
    [few] اختيرت { $count } ملفات؛ تفتح المقارنة { $limit } ملف كحد أقصى في المرة الواحدة. تجري قراءة أول { $limit } ملف؛ أضف الباقي بعد ذلك.
    [many] اختير { $count } ملفًا؛ تفتح المقارنة { $limit } ملف كحد أقصى في المرة الواحدة. تجري قراءة أول { $limit } ملف؛ أضف الباقي بعد ذلك.
   *[other] اختير { $count } ملف؛ تفتح المقارنة { $limit } ملف كحد أقصى في المرة الواحدة. تجري قراءة أول { $limit } ملف؛ أضف الباقي بعد ذلك.
}
messages-reading-stopped = { $left ->
    [one] توقفت القراءة: قُرئ { $done } من أصل { $count } من الملفات؛ ولم يُضَف الملف المتبقي.
    [two] توقفت القراءة: قُرئ { $done } من أصل { $count } من الملفات؛ ولم يُضَف الملفان المتبقيان.
    [few] توقفت القراءة: قُرئ { $done } من أصل { $count } من الملفات؛ ولم تُضَف الملفات المتبقية وعددها { $left }.
    [many] توقفت القراءة: قُرئ { $done } من أصل { $count } من الملفات؛ ولم تُضَف الملفات المتبقية وعددها { $left }.
   *[other] توقفت القراءة: قُرئ { $done } من أصل { $count } من الملفات؛ ولم تُضَف الملفات المتبقية وعددها { $left }.
}
messages-comparison-closed = أُغلقت المقارنة
messages-class-set-not-kept = تعذّر الاحتفاظ بملفات الصف في هذا المتصفح: { $why }. لا تزال ملفاتها مفتوحة هنا والنسخة المحفوظة سابقًا لم تتغيّر؛ أفرغ بعض المساحة (احذف من المكتبة المستندات أو ملفات الصف التي لم تعد بحاجة إليها) أو نزّل سجل الدرجات.
messages-class-set-unreadable = تتعذّر قراءة ملفات الصف المحفوظة لهذا المقال: { $why }. تُركت كما هي؛ ولن يُحتفظ بالملفات التي تضيفها الآن، حتى لا تُكتب فوقها.
messages-class-file-unreadable = تتعذّر قراءته ({ $why })
messages-class-set-reopening = { $count ->
    [one] جارٍ إعادة فتح ملفات الصف: قُرئ { $done } من أصل ملف واحد…
    [two] جارٍ إعادة فتح ملفات الصف: قُرئ { $done } من أصل ملفين…
    [few] جارٍ إعادة فتح ملفات الصف: قُرئ { $done } من أصل { $count } ملفات…
    [many] جارٍ إعادة فتح ملفات الصف: قُرئ { $done } من أصل { $count } ملفًا…
   *[other] جارٍ إعادة فتح ملفات الصف: قُرئ { $done } من أصل { $count } ملف…
}
messages-class-set-removed = { $count ->
    [zero] أُزيلت ملفات الصف الخاصة بـ«{ $title }» (دون ملفات).
    [one] أُزيلت ملفات الصف الخاصة بـ«{ $title }» (ملف واحد).
    [two] أُزيلت ملفات الصف الخاصة بـ«{ $title }» (ملفان).
    [few] أُزيلت ملفات الصف الخاصة بـ«{ $title }» ({ $count } ملفات).
    [many] أُزيلت ملفات الصف الخاصة بـ«{ $title }» ({ $count } ملفًا).
   *[other] أُزيلت ملفات الصف الخاصة بـ«{ $title }» ({ $count } ملف).
}
messages-class-set-not-removed = لم تُزَل ملفات الصف الخاصة بـ«{ $title }»: { $why }.
messages-class-set-back = عادت ملفات الصف الخاصة بـ«{ $title }».
messages-class-set-not-back = تعذّرت إعادة ملفات الصف: { $why }.
messages-gradebook-needs-key = اختر الإجابة النموذجية أولًا: يقيّم سجل الدرجات كل طالب بناءً عليها.
messages-feedback-needs-files = اختر الإجابة النموذجية وأضف ملفات الطلاب أولًا: يعرض كل ملف للتغذية الراجعة مقاطع الطالب مقارنةً بالإجابة النموذجية.
messages-feedback-saved = { $count ->
    [one] حُفظ ملف واحد للتغذية الراجعة في { $file }: أعطِ كل طالب ملفه؛ يُفتح في Close Reader ويعرض مقاطعه مقارنةً بالإجابة النموذجية.
    [two] حُفظ ملفان للتغذية الراجعة في { $file }: أعطِ كل طالب ملفه؛ يُفتح في Close Reader ويعرض مقاطعه مقارنةً بالإجابة النموذجية.
    [few] حُفظت { $count } ملفات للتغذية الراجعة في { $file }: أعطِ كل طالب ملفه؛ يُفتح في Close Reader ويعرض مقاطعه مقارنةً بالإجابة النموذجية.
    [many] حُفظ { $count } ملفًا للتغذية الراجعة في { $file }: أعطِ كل طالب ملفه؛ يُفتح في Close Reader ويعرض مقاطعه مقارنةً بالإجابة النموذجية.
   *[other] حُفظ { $count } ملف للتغذية الراجعة في { $file }: أعطِ كل طالب ملفه؛ يُفتح في Close Reader ويعرض مقاطعه مقارنةً بالإجابة النموذجية.
}
messages-grades-need-key = اختر الإجابة النموذجية أولًا: تُحسب الدرجات بناءً عليها.
messages-writing-grades = جارٍ إنشاء { $file }…
messages-grades-saved = حُفظ { $file }، مع درجة كل طالب.
messages-grades-saved-but = حُفظ { $file }، لكن: { $problems }
messages-id-canvas-user = معرّف المستخدم في Canvas
messages-id-sis-user = معرّف المستخدم في SIS
messages-id-sis-login = معرّف تسجيل الدخول في SIS
messages-id-email = عنوان البريد الإلكتروني
messages-id-username = اسم المستخدم
messages-id-number = رقم الهوية
messages-caret-span = { $label }: { $quote }
messages-caret-spans = { $first }؛ { $rest }
messages-caret-selected = تم تحديد { $spans }
messages-caret-linked = تم الربط بـ{ $spans }
messages-paste-first = الصق نص المقال في «{ $field }» أولًا.
messages-url-not-web = يجب أن يبدأ عنوان URL للمصدر بـhttp:// أو https:// (أو اتركه فارغًا).
messages-untitled = بلا عنوان
messages-print-labels = التصنيفات
messages-print-notes = الملاحظات
messages-print-note-number = { $number }.
messages-crash-title = توقف Close Reader عن العمل
messages-crash-download = أوقف خطأ في البرنامج هذه الصفحة. نزّل عملك كما حُفظ آخر مرة (قبل الخطأ بنصف ثانية على الأكثر) للاحتفاظ بنسخة، ثم أعد تحميل الصفحة لتتابع من حيث توقفت.
messages-crash-reload = أوقف خطأ في البرنامج هذه الصفحة. عملك كما حُفظ آخر مرة محفوظ في هذا المتصفح: أعد تحميل الصفحة لتتابع من حيث توقفت.
messages-crash-reload-link = إعادة التحميل
messages-crash-download-link = تنزيل عملك

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

## Why a file or a link is refused: the core's and the worker's reasons (src/i18n/reasons.rs)

# لماذا يُرفض ملف أو رابط أو تعديل. نوعان من الأسباب: جمل كاملة تنتهي بنقطة، وعبارات تُدرج في جملة أخرى.

# ملف Close Reader لا يُفتح.
reasons-load-not-utf8 = هذا الملف ليس نصًا (ليس بترميز UTF-8 صالح)، لذا فهو ليس ملف Close Reader.
reasons-load-not-json = هذا الملف ليس JSON صالحًا (الخطأ في السطر { $line }، العمود { $column }). ملفات Close Reader مكتوبة بصيغة JSON.
reasons-load-beyond-limits = تتعذّر قراءة هذا الملف: { $what } (في السطر { $line }، العمود { $column }). لا يحتوي أي ملف Close Reader على ذلك.
reasons-limit-nesting = بنية JSON فيه متداخلة بعمق مفرط (أكثر من ١٢٨ مستوى)
reasons-limit-number = يحتوي على رقم خارج النطاق المسموح
reasons-load-other-format = هذا ملف JSON، لكنه ليس ملف Close Reader: قيمة الحقل «format» فيه «{ $format }» وليست «close-reader».
reasons-load-no-format = هذا ملف JSON، لكنه ليس ملف Close Reader: ليس فيه الحقل «format» بالقيمة «close-reader».
reasons-load-too-new = حُفظ هذا الملف بإصدار أحدث من Close Reader (إصدار الملف { $version })؛ يقرأ هذا التطبيق الإصدارات حتى { $latest }. افتحه في الإصدار الأحدث.
reasons-load-bad-version = ليس لملف Close Reader هذا «version» صالح (يجب أن يكون عددًا صحيحًا من ١ إلى { $latest }).
reasons-load-damaged = ملف Close Reader هذا تالف: { $detail }.
reasons-damaged-read-already = سبقت قراءته
reasons-load-text-changed = نص المقال في هذا الملف لا يطابق المجموع الاختباري (sha256): تغيّر النص بعد حفظ الملف، لذا لا يمكن الوثوق بمواضع التعليقات التوضيحية.
reasons-load-labels = في تصنيفات ملف Close Reader هذا مشكلة: { $detail }.
reasons-labels-empty-id = معرّف التصنيف { $number } فارغ
reasons-labels-same-id = تصنيفان يحملان المعرّف نفسه «{ $id }»
reasons-labels-colour = لون التصنيف «{ $id }» هو «{ $colour }»، وهو ليس لونًا بصيغة ‎#rrggbb
reasons-labels-key = مفتاح التصنيف «{ $id }» هو «{ $key }»؛ والمفتاح حرف واحد
reasons-load-reversed = التعليق التوضيحي { $index } («{ $id }») ينتهي قبل أن يبدأ (البداية { $start }، النهاية { $end }).
reasons-load-quote = التعليق التوضيحي { $index } («{ $id }») يقتبس «{ $expected }»، لكن النص في مواضعه هو «{ $found }».
reasons-load-context = التعليق التوضيحي { $index } («{ $id }»): { $which ->
    [prefix] النص الذي يسبقه
   *[suffix] النص الذي يليه
} لا يطابق النص المحيط به.
reasons-load-annotation = التعليق التوضيحي { $index }: { $error }.
reasons-load-bad-link = الرابط { $index } («{ $id }»): { $detail }.
reasons-link-bad-sha256 = بصمة sha256 للمستند الآخر «{ $sha256 }» ليست ٦٤ رقمًا ست عشريًا
reasons-unknown-kind = النوع «{ $kind }» لا يعرفه Close Reader (الأنواع التي يعرفها: { $known })
reasons-load-link = الرابط { $index }: { $error }.
reasons-load-assignment = في مهمة ملف Close Reader هذا مشكلة: { $detail }.
reasons-load-feedback = في التغذية الراجعة لملف Close Reader هذا مشكلة: { $detail }.
reasons-load-key-span = المقطع { $index } من الإجابة النموذجية: { $detail }.
reasons-load-threads = في تعليقات ملف Close Reader هذا مشكلة: { $detail }.
reasons-threads-not-list = ليست قائمة
reasons-load-thread = المحادثة { $index }: { $detail }.
reasons-load-structure = في بنية ملف Close Reader هذا مشكلة: { $detail }.
reasons-load-structure-item = { $what ->
    [Block] الكتلة
   *[Mark] التنسيق
} { $index } من البنية: { $detail }.
reasons-shape-past-end = { $what ->
    [Block] الكتلة { $index } من البنية تمتد
   *[Mark] التنسيق { $index } من البنية يمتد
} إلى ما بعد نهاية النص.
reasons-shape-not-whole-lines = الكتلة { $index } من البنية لا تبدأ وتنتهي عند حدود الأسطر.
reasons-shape-overlap = الكتلة { $index } من البنية تتداخل مع ما قبلها أو تأتي قبله.
reasons-shape-bad-value = { $what ->
    [Block] للكتلة
   *[Mark] للتنسيق
} { $index } من البنية قيمة مستحيلة.

# ما يقوله قارئ JSON.
reasons-json-at = { $what } (السطر { $line }، العمود { $column })
reasons-json-missing-field = الحقل `{ $field }` مفقود
reasons-json-duplicate-field = الحقل `{ $field }` مكرر

# عنصر من ملف (مقطع من الإجابة النموذجية، محادثة، كتلة أو تنسيق).
reasons-item-unreadable = تتعذّر القراءة: { $why }
reasons-item-reversed = النهاية تسبق البداية (البداية { $start }، النهاية { $end })
reasons-item-outside = المواضع [{ $start }, { $end }) خارج النص (عدد أحرف النص { $length })
reasons-item-empty = النطاق لا يغطي أي نص
reasons-item-quote = الاقتباس «{ $expected }»، لكن النص في هذه المواضع هو «{ $found }»
reasons-item-unknown-label = التصنيف «{ $label }» غير معرَّف في الملف
reasons-no-id = لا يوجد معرّف
reasons-thread-same-id = المعرّف «{ $id }» مستخدم في محادثة سابقة
reasons-thread-no-messages = لا توجد رسائل
reasons-thread-message = الرسالة { $number } غير صالحة ({ $problem })
reasons-thread-same-message-id = رسالتان تحملان المعرّف «{ $id }»
reasons-structure-no-href = رابط بلا «href»
reasons-structure-no-level = عنوان بلا «level»
reasons-structure-no-ordered = عنصر قائمة بلا «ordered»
reasons-structure-item-no-depth = عنصر قائمة بلا «depth»
reasons-structure-quote-no-depth = اقتباس بلا «depth»
reasons-structure-depth = العمق { $depth }، والعمق من ١ إلى { $most }
reasons-structure-level = عنوان من المستوى { $level }، والمستوى من ١ إلى ٦
reasons-structure-number = الرقم { $number } أكبر من رقم أي قائمة ({ $most })

# رسالة في محادثة.
reasons-message-no-author = لا يوجد مؤلف
reasons-message-no-text = لا يوجد نص
reasons-message-time = الوقت «{ $time }» ليس تاريخًا ووقتًا وفق RFC 3339 (مثل 2026-12-07T18:02:11Z)
reasons-message-too-long = عدد أحرفها { $count }، والحد الأقصى { $most }

# مهمة الملف وسلّم التقدير فيها.
reasons-assignment-instructions = عدد أحرف تعليماتها { $count }، والحد الأقصى { $most }
reasons-assignment-rubric = في سلّم التقدير، { $problem }
reasons-assignment-rubric-unreadable = تتعذّر قراءة سلّم التقدير: { $why }
reasons-assignment-criterion-unreadable = تتعذّر قراءة المعيار { $number } من سلّم التقدير: { $why }
reasons-assignment-band-unreadable = تتعذّر قراءة فئة الحرف { $number } من سلّم التقدير: { $why }
reasons-rubric-no-criteria = لا توجد معايير
reasons-rubric-too-many = عدد المعايير { $count }، والحد الأقصى { $most }
reasons-rubric-no-name = المعيار { $number } بلا اسم
reasons-rubric-name-too-long = عدد أحرف اسم المعيار { $number } هو { $count }، والحد الأقصى { $most }
reasons-rubric-same-name = المعياران { $first } و{ $number } يحملان الاسم نفسه «{ $name }»؛ أعطِ كلًا منهما اسمًا خاصًا
reasons-rubric-points-zero = يجب أن تكون درجات المعيار { $number } أكبر من ٠
reasons-rubric-points-most = يجب ألا تتجاوز درجات المعيار { $number } القيمة { $most }
reasons-rubric-points-decimals = في درجات المعيار { $number } أكثر من منزلتين عشريتين
reasons-rubric-no-label = المعيار { $number } لا يقيس أي تصنيف؛ اختر تصنيفًا
reasons-rubric-notes-zero = المعيار { $number } يطلب ملاحظات على عدد من المقاطع لا يقل عن ٠؛ اطلب ١ أو أكثر
reasons-rubric-notes-most = المعيار { $number } يطلب ملاحظات على عدد من المقاطع لا يقل عن { $count }؛ والحد الأقصى الذي يمكن طلبه { $most }
reasons-rubric-unknown-label = المعيار { $number } يقيس التصنيف «{ $label }» غير المعرَّف في الملف
reasons-rubric-unknown-link-kind = المعيار { $number } يعدّ روابط من النوع «{ $kind }» الذي لا يعرفه Close Reader (الأنواع التي يعرفها: { $known })
reasons-rubric-no-letters = لا توجد أحرف في سلّم الأحرف
reasons-rubric-too-many-letters = عدد الأحرف في سلّم الأحرف { $count }، والحد الأقصى { $most }
reasons-rubric-band-no-letter = فئة الحرف { $number } بلا حرف
reasons-rubric-letter-too-long = عدد محارف حرف الفئة { $number } أكبر من { $most }
reasons-rubric-same-letter = الحرف «{ $letter }» مُعطى للفئتين { $first } و{ $number }
reasons-rubric-band-range = فئة الحرف { $number } ({ $letter }) تبدأ عند { $percent }٪؛ والفئة تبدأ بين ٠ و١٠٠٪
reasons-rubric-band-order = تتدرج فئات الأحرف من الأعلى إلى الأدنى: يجب أن تبدأ الفئة { $number } ({ $letter }، من { $percent }٪) تحت الفئة { $above } ({ $above_letter }، من { $above_percent }٪)
reasons-rubric-last-band = آخر فئة حرف ({ $letter }) تبدأ عند { $percent }٪؛ ويجب أن تبدأ عند ٠٪ كي يكون لكل درجة حرف

# تعديلات لا يقبلها المستند.
reasons-annotation-outside = مواضع التعليق التوضيحي «{ $id }» [{ $start }, { $end }) خارج النص (عدد أحرف النص { $length })
reasons-annotation-empty = التعليق التوضيحي «{ $id }» لا يغطي أي نص
reasons-annotation-unknown-label = التعليق التوضيحي «{ $id }» يستخدم التصنيف «{ $label }» غير المعرَّف في الملف
reasons-annotation-same-id = تعليقان توضيحيان يحملان المعرّف نفسه «{ $id }»
reasons-link-empty-id = معرّف أحد الروابط فارغ
reasons-link-same-id = رابطان يحملان المعرّف نفسه «{ $id }»
reasons-link-missing-end = الرابط «{ $id }» { $end ->
    [from] يبدأ من
   *[to] ينتهي عند
} التعليق التوضيحي «{ $annotation }» غير الموجود
reasons-link-to-itself = الرابط «{ $id }» يربط التعليق التوضيحي «{ $annotation }» بنفسه
reasons-link-repeats = الرابط «{ $id }» يكرر الرابط «{ $existing }» (التعليقات التوضيحية نفسها والنوع نفسه)
reasons-link-no-annotation = لا يوجد تعليق توضيحي «{ $annotation }» للربط
reasons-link-not-across = الرابط من النوع «{ $kind }» لا يمكنه الربط بين مستندين (لا يمكن ذلك إلا لـ same-claim وcontradicts)
reasons-edit-annotation-changed = تغيّر التعليق التوضيحي «{ $id }» منذ إجراء هذا التعديل
reasons-edit-label = التصنيف «{ $id }» موجود بالفعل أو ما زال مستخدمًا
reasons-edit-label-changed = تغيّر التصنيف «{ $id }» منذ إجراء هذا التعديل
reasons-edit-link-changed = تغيّر الرابط «{ $id }» منذ إجراء هذا التعديل
reasons-edit-still-linked = ما زالت للتعليق التوضيحي «{ $id }» روابط ({ $links })؛ احذفها معه
reasons-edit-message-same-id = في المحادثة رسالة تحمل المعرّف «{ $id }» بالفعل
reasons-edit-message = الرسالة غير صالحة ({ $problem })
reasons-edit-conversation-changed = تغيّرت المحادثة «{ $id }» منذ إجراء هذا التعديل
reasons-label-empty-id = معرّف أحد التصنيفات فارغ
reasons-label-same-id = تصنيفان يحملان المعرّف «{ $id }»
reasons-label-no-name = التصنيف «{ $id }» بلا اسم
reasons-label-colour = لون التصنيف «{ $id }» «{ $colour }» ليس لونًا بصيغة ‎#rrggbb
reasons-label-key-too-long = مفتاح التصنيف «{ $id }» «{ $key }» أطول من حرف واحد
reasons-label-key-reserved = مفتاح التصنيف «{ $id }» هو «{ $key }»، ويستخدمه التطبيق لأوامره الخاصة
reasons-label-key-taken = مفتاح التصنيف «{ $id }» هو «{ $key }»، ويستخدمه التصنيف «{ $other }» بالفعل
reasons-label-unknown = لا يوجد تصنيف «{ $id }»
reasons-label-to-itself = لا يمكن نقل مقاطع التصنيف «{ $id }» إلى التصنيف نفسه
reasons-label-no-position = لا يوجد الموضع { $position } (عدد التصنيفات { $count })
reasons-label-in-use = ما زالت هناك مقاطع معلَّمة بالتصنيف «{ $id }» (عددها { $count })؛ اختر ما يحدث لها قبل حذفه

# تغييرات حُفظت عند إغلاق الصفحة.
reasons-journal-unreadable = يتعذّر قراءة السجل ({ $why })
reasons-journal-format = الصيغة { $format }، الإصدار { $version }
reasons-journal-no-stored-copy = المستند المحفوظ الذي تنطبق عليه لم يعد في هذا المتصفح
reasons-journal-other-text = للمستند المحفوظ الذي تنطبق عليه نص آخر

# رمز رابط المهمة.
reasons-code-character = في رمزه { $character } عند المحرف { $position }، والرمز لا يحتوي إلا على حروف وأرقام و«-» و«_» (يبدو أن الرابط تغيّر عند نسخه).
reasons-code-length = عدد محارف رمزه { $count }، وهو طول لا يكون لأي رمز (يبدو أن الرابط اقتُطع عند نسخه).
reasons-code-ending = ينتهي رمزه بـ«{ $character }»، ولا ينتهي أي رمز بذلك (يبدو أن الرابط اقتُطع أو تغيّر عند نسخه).
reasons-character-space = مسافة
reasons-character-line-break = فاصل أسطر
reasons-character-invisible = المحرف غير المرئي { $code }
reasons-character-quoted = «{ $character }»

# مقال يتعذّر استيراده.
reasons-article-no-text-layer = ليس في ملف PDF هذا طبقة نص: إنه صورة للصفحات. افتح ملف PDF فيه نص، أو الصق نص المقال.
reasons-article-encrypted = ملف { $kind } هذا محمي بكلمة مرور، لذا تتعذّر قراءة نصه. احفظ نسخة غير محمية وافتحها.
reasons-article-too-large = هذا الملف أكبر من أن يُفتح: { $what }.
reasons-article-damaged = { $kind ->
    [text] هذا الملف النصي
   *[other] ملف { $kind } هذا
} تالف وتتعذّر قراءته ({ $detail }).
reasons-article-damaged-page = ملف صفحة الويب هذا تالف وتتعذّر قراءته ({ $detail }).
reasons-article-empty = { $kind ->
    [text] ليس في هذا الملف النصي
   *[other] ليس في ملف { $kind } هذا
} أي نص للتعليق عليه.
reasons-article-empty-page = ليس في صفحة الويب هذه أي نص للتعليق عليه.
reasons-article-archive = هذا أرشيف ZIP، وليس ملف Word أو OpenDocument أو EPUB. فك ضغطه وافتح الملف الذي بداخله (لتصدير brat، افتح نص المقال أولًا ثم ملف ‎.ann الخاص به).
reasons-article-not-article = هذا { $what }، وليس مقالًا: افتح صفحة ويب أو ملف PDF أو Word أو OpenDocument أو EPUB أو Markdown أو ملفًا نصيًا.
reasons-file-empty = ملف فارغ
reasons-file-image = صورة
reasons-file-binary = ملف ثنائي وليس نصًا
reasons-file-damaged-zip = أرشيف zip تالف
reasons-file-opendocument-other = جدول بيانات أو عرض تقديمي أو رسم بصيغة OpenDocument، وليس مستندًا نصيًا
reasons-file-excel = مصنف Excel
reasons-file-powerpoint = عرض تقديمي PowerPoint
reasons-file-office-protected = ملف Office محمي بكلمة مرور (احفظ نسخة غير محمية بصيغة ‎.docx)
reasons-file-old-word = ملف Word قديم (‎.doc) (احفظه بصيغة ‎.docx)
reasons-file-old-office = ملف Office قديم (‎.xls أو ‎.ppt)
reasons-file-rtf = ملف RTF (احفظه بصيغة ‎.docx أو ‎.odt)
reasons-file-xml = ملف XML
reasons-large-parts = عدد أجزائه { $count }، أي أكثر من { $most }
reasons-large-part = جزؤه { $part } يتجاوز { $megabytes } ميغابايت بعد فك الضغط
reasons-large-all-parts = أجزاؤه تتجاوز { $megabytes } ميغابايت بعد فك الضغط
reasons-large-page = حجم الصفحة { $megabytes } ميغابايت، أي أكثر من { $most } ميغابايت المسموح بها للصفحة
reasons-large-chapter = حجم الفصل { $megabytes } ميغابايت، أي أكثر من { $most } ميغابايت المسموح بها للصفحة
reasons-large-contents = محتوى صفحاته يتجاوز { $megabytes } ميغابايت بعد فك الضغط (أو محتوى إحداها يتجاوز { $each } ميغابايت)
reasons-large-drawing = في صفحاته تعليمات رسم كثيرة جدًا
reasons-large-characters = في صفحاته أكثر من أربعة ملايين حرف
reasons-large-pages = عدد صفحاته { $count } أو أكثر، ولا يمكن فتح أكثر من { $most }
reasons-large-one-part = أحد أجزائه يتجاوز { $megabytes } ميغابايت بعد فك الضغط
reasons-damage-zip = ليس أرشيف zip كاملًا
reasons-damage-no-pages = ليست فيه صفحات يمكن قراءتها
reasons-damage-not-pdf = لا يبدأ كما يبدأ ملف PDF
reasons-damage-cut-short = مقتطع: نهايته مفقودة
reasons-damage-no-catalogue = فهرس صفحاته مفقود
reasons-damage-pdf-structure = تتعذّر قراءة بنيته: { $why }
reasons-damage-no-word-document = ليس فيه جزء المستند: ربما ليس ملف Word
reasons-damage-old-word = إنه ملف ‎.doc قديم من Word 97–2003؛ احفظه بصيغة ‎.docx وافتح الملف الجديد
reasons-damage-no-content = ليس فيه content.xml: ربما ليس ملف OpenDocument
reasons-damage-no-container = ليس فيه META-INF/container.xml
reasons-damage-no-package = ملف container.xml فيه لا يسمّي أي مستند حزمة
reasons-damage-package-missing = مستند الحزمة { $path } مفقود
reasons-damage-no-mime-header = ليس فيه ترويسة MIME
reasons-damage-not-multipart = ليس رسالة MIME متعددة الأجزاء
reasons-damage-no-boundary = ليس لأجزائه فاصل
reasons-damage-no-web-page = لا يحتوي على أي صفحة ويب
reasons-damage-not-base64 = صفحته ليست بترميز base64 صالح
reasons-damage-json = إنه JSON وليس مقالًا
reasons-damage-part-not-utf8 = الجزء { $part } ليس نصًا بترميز UTF-8
reasons-damage-part-not-xml = جزؤه { $part } ليس XML سليم البنية: { $why }
reasons-damage-xml-ends-early = ينتهي قبل أوانه
reasons-damage-page-encoding = محارفه بترميز { $encoding } الذي تتعذّر قراءته هنا؛ احفظ الصفحة مجددًا بترميز UTF-8
reasons-damage-text-encoding = مكتوب بترميز { $encoding } الذي لا يقرؤه Close Reader؛ احفظه بترميز UTF-8 وافتحه مجددًا
reasons-damage-part = الجزء { $part }: { $why }

# ملف أداة أخرى تتعذّر قراءته.
reasons-tool-not-utf8 = هذا الملف ليس نصًا (ليس بترميز UTF-8 صالح)، لذا فهو ليس { $format }.
reasons-tool-syntax = تتعذّر قراءة ملف { $format } هذا: { $detail } (في السطر { $line }، العمود { $column }).
reasons-tool-shape = هذا ليس { $format } صالحًا للاستخدام: { $detail }.
reasons-tool-different-text = ملف { $format } هذا يخص نصًا آخر: { $detail }.

# ملف ليس بأي صيغة يقرؤها Close Reader.
reasons-unrecognised-empty = هذا الملف فارغ.
reasons-unrecognised-zip = هذا أرشيف ZIP. فك ضغطه وافتح الملف الذي بداخله (لتصدير brat، افتح نص المقال أولًا ثم ملف ‎.ann الخاص به).
reasons-unrecognised-binary = هذا الملف ليس نصًا (ليس بترميز UTF-8 صالح)، لذا لا يحتوي على تعليقات توضيحية يستطيع Close Reader قراءتها.
reasons-unrecognised-json = هذا ملف JSON، لكنه ليس من نوع يعرفه Close Reader: { $what }. يقرأ Close Reader ملفاته الخاصة، والتعليقات التوضيحية على الويب بمعيار W3C، وHypothesis، وملفات JSON من doccano وLabel Studio.
reasons-unrecognised-plain-text = هذا نص عادي، وليس ملف تعليقات توضيحية. للتعليق عليه، ابدأ مستندًا جديدًا والصق النص.
reasons-json-empty-list = قائمة فارغة
reasons-json-unknown-list = قائمة عنصرها الأول ليس تعليقًا توضيحيًا بمعيار W3C ولا تعليقًا من Hypothesis ولا مهمة من Label Studio
reasons-json-empty-object = كائن فارغ
reasons-json-single-value = قيمة مفردة، ليست كائنًا ولا قائمة
reasons-json-format = قيمة الحقل «format» فيه «{ $format }»
reasons-json-fields = كائن فيه الحقول { $fields }

# end of reasons

## The readable report's and the printout's words (the HTML report written in the worker)

report-untitled = مقال بلا عنوان
report-page-title = { $title } (مع التعليقات التوضيحية)
report-source = المصدر: { $url }
report-word-count = { $count ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $count } كلمات
    [many] { $count } كلمةً
   *[other] { $count } كلمة
}
report-annotation-count = { $count ->
    [zero] لا تعليقات توضيحية
    [one] تعليق توضيحي واحد
    [two] تعليقان توضيحيان
    [few] { $count } تعليقات توضيحية
    [many] { $count } تعليقًا توضيحيًا
   *[other] { $count } تعليق توضيحي
}
report-annotated-by = المعلّق: { $name }
report-exported = تاريخ التصدير: { $date }
report-legend = دليل التصنيفات
report-note-marker = الملاحظة { $number }
report-claims = الادّعاءات ومصادرها
report-no-source = لا مصدر مربوط
report-kind-named = مسمّى
report-kind-anonymous = مجهول
report-kind-vague = مبهم
report-notes = الملاحظات
report-back-to-note = العودة إلى موضع الملاحظة { $number } في النص
report-comments = التعليقات

# end of report

## Why a span is suggested, and how a source was classed (src/i18n/why.rs)

why-hedge = { $class ->
    [modal] فعل وجهي
    [adverb] ظرف يفيد الاحتمال
    [adjective] صفة تفيد الاحتمال
    [reporting] تحوّط يفيد النقل عن الغير
    [approximator] لفظ يفيد التقريب
    [mood] صيغة الشرط
   *[verb] فعل يفيد الظن
} «{ $quote }»
why-hedge-before-number = { $hedge } قبل عدد
why-hedge-before-quantity = { $hedge } قبل كمية
why-claim = { $class ->
    [percentage] نسبة مئوية
    [money] مبلغ مالي
    [date] تاريخ
    [comparative] صيغة مقارنة
    [superlative] صيغة تفضيل
    [causal] رابط سببي
    [prediction] تنبّؤ
    [change] تغيّر
    [reported] كلام منقول
   *[number] عدد
} «{ $quote }»
why-claim-and = { $first } و{ $class ->
    [percentage] نسبة مئوية
    [money] مبلغ مالي
    [date] تاريخ
    [comparative] صيغة مقارنة
    [superlative] صيغة تفضيل
    [causal] رابط سببي
    [prediction] تنبّؤ
    [change] تغيّر
    [reported] كلام منقول
   *[number] عدد
} «{ $quote }»
why-source-verb = فعل القول «{ $cue }» مع مصدر { $kind ->
    [named] مسمّى
    [anonymous] مجهول
   *[vague] مبهم
} «{ $source }»
why-source-according = «{ $cue }» مع مصدر { $kind ->
    [named] مسمّى
    [anonymous] مجهول
   *[vague] مبهم
} «{ $source }»
why-class-no-words = لا كلمات لتصنيفها
why-class-anonymity = علامة على إخفاء الهوية: «{ $found }»
why-class-hearsay = كلام متداول بلا قائل: «{ $found }»
why-class-on-record = «{ $role }» يتحدث رسميًا باسم «{ $name }»
why-class-who = { $who }: «{ $found }»
why-class-who-of = { $who }: «{ $found }» (من «{ $name }»)
why-who = { $who ->
    [official] مسؤول غير مسمّى
    [spokesperson] متحدث غير مسمّى
    [source] مصدر غير مسمّى
    [aide] مساعد غير مسمّى
    [diplomat] دبلوماسي غير مسمّى
    [employee] موظف غير مسمّى
    [insider] مطّلع غير مسمّى
    [staff] طاقم غير مسمّى
    [witness] شاهد غير مسمّى
    [group] جماعة مبهمة
    [quantity] عدد مبهم
   *[person] شخص غير مسمّى
}
why-class-name = { $sign ->
    [capitalised] اسم علم
    [initialism] اختصار
    [organisation] مؤسسة
   *[title] لقب واسم
} «{ $name }»
why-class-office = معرَّف بمنصبه: «{ $found }»
why-class-unnamed-office = صاحب منصب غير مسمّى: «{ $found }»
why-class-nothing = لا اسم ولا نمط معروف في «{ $phrase }»

# end of why

### Close Reader 界面的简体中文版（译自 en.ftl）。
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first }和{ $second }
list-more = { $first }、{ $rest }
language-menu = 语言
    .title = Close Reader 按钮和提示信息所用的语言（文章保留其原有语言）
language-unavailable = 无法加载{ $language }的界面文字，Close Reader 保持原来的语言。

# end of shared

## Start screen (src/components/start.rs, open_file.rs, arrival.rs, import_review.rs, progress_bar.rs)

start-title = Close Reader
start-tagline = 标出新闻文章中的主张、来源和模糊限制语。在你下载之前，所有内容都只保存在此浏览器中。
start-other-ways = 其他开始方式
start-sample = 试用示例文章
start-library = 文档库（{ $count }）
start-field-title = 标题
    .placeholder = 文章的标题
start-field-url = 来源网址（可选）
start-field-text = 文章正文
    .placeholder = 在此粘贴文章。段落、任何文字系统和任何语言都会原样保留。
start-reflowed = 已合并{ $count }行在页面边缘断开的文字（从 PDF 复制的文本常有这种情况）。
start-undo-reflow = 撤销合并
start-paste-kept = 页面中保留的内容
start-from-web-page = 来自网页。{ $kept }
start-plain-only = 仅纯文本（不含标题、列表和强调）
start-go = 开始标注
start-shape-lost = 无法保留页面的标题和列表（{ $why }），其文字已作为纯文本粘贴。
start-cancel = 取消
start-open-file = 打开文件
start-progress = { $what } { $percent }%
start-kept = 已保留：{ $what }。
start-kept-headings = { $count }个标题
start-kept-items = { $count }个列表项
start-kept-quotes = { $count }段引文
start-kept-captions = { $count }个图注
start-kept-notes = { $count }条脚注
start-kept-emphasis = 强调格式
start-kept-links = { $count }个链接（仅显示，不可跳转）
start-preview = 预览
start-preview-more = ……以及另外{ $count }段。
start-arrival-title = 打开这篇文章？
start-arrival-read-as = “{ $name }”，文件类型：{ $kind ->
    [pdf] PDF
    [epub] EPUB 电子书
    [word] Word 文件
    [odt] OpenDocument 文本
    [web] 网页
    [mhtml] 网页（单个文件）
    [markdown] Markdown 文件
    [text] 文本文件
   *[other] { $kind }
}
start-arrival-pasted = 粘贴来源：{ $kind ->
    [pdf] PDF
    [epub] EPUB 电子书
    [word] Word 文件
    [odt] OpenDocument 文本
    [web] 网页
    [mhtml] 网页（单个文件）
    [markdown] Markdown 文件
    [text] 文本文件
   *[other] { $kind }
}
start-arrival-field-title = 标题
start-arrival-left-out = 已省略：{ $what }。
start-arrival-plain-only = 仅纯文本（不含标题、列表和强调；文字内容不变）
start-import-title = 导入“{ $name }”
start-import-read-as = 文件格式：{ $format ->
    [native] Close Reader 文件
    [w3c-annotation] W3C Web Annotation 标注
    [w3c-list] W3C Web Annotation 标注列表
    [w3c-page] W3C Annotation Page
    [w3c-collection] W3C Annotation Collection
    [w3c-graph] W3C Web Annotation 图（JSON-LD @graph）
    [hypothesis] Hypothesis 标注
    [doccano] doccano JSONL
    [label-studio] Label Studio 任务
    [csv] Close Reader CSV 表格
    [brat] brat .ann 文件
   *[other] { $format }
}。
start-import-found = { $total }条标注中有{ $found }条在本文中找到了位置。
start-import-found-links = { $total }条标注中有{ $found }条、{ $links }个关联中有{ $linked }个在本文中找到了位置。
start-import-new = 将作为新文档打开：“{ $title }”（{ $words }词），{ $total }个标注片段中有{ $found }个已就位。
start-import-new-links = 将作为新文档打开：“{ $title }”（{ $words }词），{ $total }个标注片段中有{ $found }个、{ $links }个关联中有{ $linked }个已就位。
start-import-tags = 在此处没有对应标签的标记
start-import-tag = “{ $tag }”（{ $count }条标注）
start-import-untagged = 无标记（{ $count }条标注）
start-import-create = 创建标签“{ $tag }”
start-import-mark-as = 标为“{ $label }”
start-import-skip = 不导入
start-import-not-placed = 未能定位（{ $count }）
start-import-links-not-made = 未能建立的关联（{ $count }）
start-import-open-with = 打开并添加{ $count }条标注
start-import-open-with-links = 打开并添加{ $count }条标注和{ $links }个关联
start-import-add-nothing = 不添加任何内容
start-import-add = 添加{ $count }条标注
start-import-add-links = 添加{ $count }条标注和{ $links }个关联

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

library-title = 文档库
library-new = 新文章
library-empty = 还没有保存的文档。粘贴一篇文章或打开一个文件即可开始。
library-list = 已保存的文档
library-doc-meta = 保存于{ $when } · { $words }词 · { $counts }
library-no-annotations = 尚无标注
library-class-set-kept = 已保留班级文件集：{ $files }个文件 · { $size } · 更改于{ $when }
library-open = 打开
    .aria-label = 打开“{ $title }”
library-class-set = 班级文件集
    .aria-label = 打开“{ $title }”的班级文件集
    .title = 为这篇文章收集的学生文件，保持你离开时的状态
library-remove-class-set = 移除班级文件集
    .aria-label = 移除“{ $title }”的班级文件集
    .title = 不再保留为这篇文章收集的文件（可以撤销）
library-compare = 比较
    .aria-label = 比较“{ $title }”的文件
    .title = 打开这篇文章的学生文件并进行比较
library-rename = 重命名
    .aria-label = 重命名“{ $title }”
library-delete = 删除
    .aria-label = 删除“{ $title }”
library-new-title = 新标题
library-save = 保存
library-cancel = 取消
library-undo = 撤销
library-dismiss = 关闭消息
library-save-failed-download = 下载
library-save-failed-retry = 重试
library-take-over = 接管
library-drop-article = 将文章或 Close Reader 文件拖放到此处即可打开
library-drop-students = 将学生文件拖放到此处即可添加
library-conflict-title = 这篇文章已在你的文档库中
library-conflict-same-text = “{ $title }”与你打开的文件文本相同。
library-conflict-in-library = 文档库中的版本：{ $counts }，最后更改于{ $when }。
library-conflict-in-library-newer = 文档库中的版本：{ $counts }，最后更改于{ $when }（较新）。
library-conflict-file = 文件：{ $counts }，最后更改于{ $when }。
library-conflict-file-newer = 文件：{ $counts }，最后更改于{ $when }（较新）。
library-conflict-file-undated = 文件：{ $counts }。
library-conflict-counts = { $spans }个标注片段，{ $notes }条批注
library-conflict-spans = { $spans }个标注片段
library-conflict-advice-library = 文档库中的副本较新：用该文件替换它会退回到较旧的工作。
library-conflict-advice-file = 该文件比文档库中的副本新。
library-conflict-advice-unknown = 无法判断两者哪个较新。
library-conflict-hint = “保留两者”会将文件作为另一个文档打开。“替换”会用它取代你的副本，原副本会以新标题保留在文档库中。
library-conflict-keep-both = 保留两者
library-conflict-replace = 替换
library-name-title = 你的姓名
library-name-why = 姓名会写入你提交的文件，让教师知道这是谁的作业。它只保存在此浏览器中。
library-name-start = 开始
library-name-skip = 跳过

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

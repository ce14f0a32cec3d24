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

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

# end of library

## Annotate screen (annotate.rs, top_bar.rs, label_toolbar.rs, label_editor.rs, article.rs, search_bar.rs, export_menu.rs)

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

panel-annotations = 标注
panel-evidence = 证据
panel-suggestions = 建议
panel-tabs = 侧边栏
panel-annotations-count = 标注（{ $count }）
panel-show-labels = 显示标签
panel-chip-hide = 在列表中隐藏“{ $label }”
panel-chip-show = 在列表中显示“{ $label }”
panel-edit-labels = 标签…
    .title = 重命名标签，更改颜色、快捷键或顺序，添加或删除标签
panel-empty = 在文章中选中文字，然后按 C、S 或 H（或使用出现的按钮），将其标注为主张、来源或模糊限制语。按住 Alt 可精确选择，不会自动扩展到整个词。
panel-all-hidden = 所有标签都已从列表中隐藏。
panel-comment-count = { $count }条评论
panel-entry-list = 按文中顺序排列的{ $count }条标注
panel-quoted = “{ $quote }”
panel-selected-span = 选中的标注片段
panel-close-editor = 关闭标注片段编辑器
panel-field-label = 标签
panel-label-option = { $label }（{ $key }）
panel-field-note = 批注
    .placeholder = 为什么这是主张、来源或模糊限制语？你会去核实什么？
panel-links = 关联
panel-no-links = 还没有关联。可以把主张关联到它所依据的来源，或把模糊限制语关联到它所弱化的主张：按 L，然后点击另一处高亮。
panel-link-elsewhere = “{ $title }”中的{ $quote }
panel-unlink = 删除关联：{ $relation } { $quote }
    .title = 删除此关联
panel-cancel-link = 取消关联
    .title = 停止关联（Esc）
panel-link = 关联…
    .title = 然后点击要关联的高亮（L）
panel-span-comments = 此标注片段上的评论
panel-comments = 评论
panel-delete-span = 删除标注片段
    .title = 删除（Delete 或 Backspace）
panel-evidence-summary = 证据摘要
panel-overview = { $words }词 · { $claims }条主张 · { $sources }个来源 · { $hedges }个模糊限制语（每100词{ $density }个模糊限制语）
panel-unsupported = 无来源的主张（{ $count }）
panel-no-claims = 尚未标注任何主张。
panel-all-claims-sourced = 每条主张都有关联的来源。
panel-claims-and-sources = 主张及其来源
panel-no-source = 未关联来源
panel-idle-sources = 未支撑任何主张的来源（{ $count }）
panel-no-sources = 尚未标注任何来源。
panel-all-sources-used = 每个来源都支撑了至少一条主张。
panel-hedged-claims = 带模糊限制语的主张（{ $count }）
panel-no-hedged-claims = 没有主张带有模糊限制语（无论是关联的还是包含在其中的）。
panel-hedge-count = { $count }个模糊限制语
panel-sources-by-kind = 按类型分的来源：具名{ $named }个，匿名{ $anonymous }个，模糊{ $vague }个
panel-source-kind = { $kind ->
    [named] 具名
    [anonymous] 匿名
    [vague] 模糊
   *[other] { $kind }
}
panel-beside = 并排文章：{ $title }
panel-swap = 交换两侧
    .title = 编辑这篇文章，另一篇移到旁边
panel-close-beside = 关闭旁边的文章
panel-compare = 比较
panel-compare-hint = 要比较两家媒体对同一事件的报道，请把另一篇文章加入文档库，之后就能在这篇文章旁边打开它。
panel-compare-with = 与另一篇文章比较
panel-open-beside = 在旁边打开…
    .aria-label = 在旁边打开
panel-same-claim = 两篇共有的主张（{ $count }）
panel-contradictions = 相互矛盾（{ $count }）
panel-only-in = 仅见于“{ $title }”（{ $count }）
panel-side-sources = 来源：具名{ $named }个，匿名{ $anonymous }个，模糊{ $vague }个
panel-current-suggestion = 当前建议
panel-suggested = 建议：{ $label }
panel-accept = 接受
    .title = 接受（A 或 Enter）
panel-reject = 拒绝
    .title = 拒绝（X）
panel-next = 下一条 ›
    .title = 下一条建议（N）
panel-suggestions-off = 此作业已关闭建议：教师希望看到你独立找到的内容。
panel-article-language = 文章语言
panel-language = { $language ->
    [en] 英语
    [es] 西班牙语
    [fr] 法语
    [de] 德语
    [pt] 葡萄牙语
    [ar] 阿拉伯语
    [zh] 中文
   *[other] { $language }
}
panel-language-in-text = { $language ->
    [en] 英语
    [es] 西班牙语
    [fr] 法语
    [de] 德语
    [pt] 葡萄牙语
    [ar] 阿拉伯语
    [zh] 中文
   *[other] { $language }
}
panel-unreadable = 没有建议：这篇文章看起来是{ $language }，而建议只支持{ $readable }。如果文章其实是其中一种语言，请在这里指定。
panel-show-suggestions = 在文章中显示建议
panel-suggestions-hint = 这些是提示，不是标签：虚线框标出常作为模糊限制语、来源或主张的词语，并各附理由。按 N 和 P 逐个浏览；按 A 或 Enter 接受，按 X 拒绝。
panel-open-suggestions = { $count }条待处理的建议
panel-open-suggestions-rejected = { $count }条待处理的建议（已拒绝{ $rejected }条）
panel-suggestion-count = { $label }：{ $count }
panel-accept-all = 全部接受（{ $count }）
panel-go-first = 转到第一条（N）
panel-threads = 标注片段上的评论
panel-threads-hint = 你的标注片段上的评论也显示在片段旁边：选择一个标注片段，或在“标注”下选择它的条目，即可在那里阅读和回复。
panel-thread-place = { $place }：
panel-show-span = 显示标注片段
    .title = 显示标注片段，并在旁边显示此评论
panel-reply = 回复
    .placeholder = 你的回复

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

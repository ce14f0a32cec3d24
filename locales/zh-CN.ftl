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

annotate-library = ← 文档库
annotate-saved = 已保存在此浏览器中
annotate-saving = 正在保存…
annotate-not-saved = 未保存
annotate-undo = 撤销
    .title = 撤销（Ctrl+Z）
annotate-redo = 重做
    .title = 重做（Ctrl+Shift+Z 或 Ctrl+Y）
annotate-download = 下载
    .title = 保存为 .close-reader.json 文件
annotate-export = 导出
    .title = 保存标注供其他工具使用，或保存一份可供阅读和打印的报告
annotate-print = 打印
    .title = 打印文章及其高亮
annotate-share = 作为作业分享…
    .title = 与班级分享这篇文章：以文件或链接的形式，并附上说明
annotate-article = 文章
annotate-feedback-region = 你的标注片段与参考答案的对照
annotate-caret-help = 键盘：←/→ 逐词移动，Shift+←/→ 扩展选区，按标签键即可标注，Enter 打开高亮，Esc 取消选择，Tab 离开文章。
annotate-close-panel = 关闭面板 ▾
annotate-open-panel = 标注片段和批注 ▴
annotate-suggested = { $kind ->
    [claim] 建议标为主张
    [source] 建议标为来源
    [hedge] 建议标为模糊限制语
   *[other] 建议（{ $kind }）
}：{ $reason }
annotate-toolbar = 为所选内容添加标签
annotate-label-button = { $name }（按键{ $key }或{ $number }）
annotate-search = 在文章中搜索
    .placeholder = 在文章中搜索（/）
annotate-search-none = 无匹配结果
annotate-search-count = 第{ $current }项，共{ $total }项
annotate-search-previous = 上一个匹配项
    .title = 上一个匹配项（Shift+Enter）
annotate-search-next = 下一个匹配项
    .title = 下一个匹配项（Enter）
annotate-mark-match = 将此匹配项标注为
annotate-mark-as = 标注为“{ $label }”
    .title = 将此匹配项标注为“{ $label }”
annotate-labels-title = 标签
annotate-labels-close = 关闭标签编辑器
annotate-labels-hint = 设置每个标签的名称、颜色和按键。按标签键即可标注所选内容；列表顺序对应数字键 1–9。更改立即生效，可用“撤销”还原。
annotate-label-name = 标签“{ $name }”的名称
annotate-label-colour = “{ $name }”的颜色
annotate-label-key = “{ $name }”的按键
annotate-label-count = 使用此标签的标注片段
annotate-label-up = 上移“{ $name }”
annotate-label-down = 下移“{ $name }”
annotate-label-delete = 删除
    .aria-label = 删除标签“{ $name }”
annotate-delete-choice = 删除“{ $label }”
annotate-delete-in-use = 有{ $count }个标注片段使用标签“{ $label }”。要如何处理这些片段？
annotate-delete-spans = 同时删除这些标注片段
annotate-relabel-as = 或将它们改为标签
annotate-relabel-to = 这些标注片段的新标签
annotate-relabel-delete = 更改标签并删除
annotate-cancel = 取消
annotate-add-label = 添加标签
annotate-switch-preset = 切换到预设…
    .aria-label = 切换到预设
annotate-preset-default = { $name }（默认）
annotate-preset-name = 预设名称
annotate-save-preset = 另存为预设
annotate-preset-unnamed = 请先为预设命名。
annotate-single-keys = 单键快捷键（标签键、1–9、l、n、p、a、x、/）
annotate-single-keys-off = 关闭后：字母、数字和 / 不起作用，语音输入因此不会误触发；Ctrl+Z、Delete、Escape、方向键和按钮仍可使用。此设置保存在此浏览器中。
annotate-done = 完成
annotate-contrast-not-colour = “{ $color }”不是 #rrggbb 格式的颜色，无法检查其对比度。
annotate-contrast-text = 在{ $page }页面上，此颜色的对比度为{ $ratio }:1：下划线清晰可见（3:1），但它在侧边栏中的名称难以阅读（文字需要 4.5:1）。
annotate-contrast-both = 在{ $page }页面上，此颜色的对比度为{ $ratio }:1：下划线（需要 3:1）和侧边栏中的名称（需要 4.5:1）都难以看清。
annotate-contrast-dark = 在深色主题中（此颜色会显示得更浅：{ $shown }）：{ $warning }

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

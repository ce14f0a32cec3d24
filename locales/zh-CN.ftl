### Close Reader 界面的简体中文版（译自 en.ftl）。
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first }和{ $second }
list-more = { $first }、{ $rest }
language-menu = 语言
    .title = Close Reader 按钮和提示信息所用的语言（文章保留其原有语言）
language-unavailable = 无法加载{ $language }的界面文字，Close Reader 保持原来的语言。

# The default labels' names in a new document (the document keeps them in its file).
shared-label-claim = 主张
shared-label-source = 来源
shared-label-hedge = 模糊限制语

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

annotate-too-long-to-print = 这篇文章太长，无法从这里打印：页面中只有屏幕附近的部分。“导出 → HTML 报告”会生成一页包含整篇文章及其高亮和批注的内容，可在浏览器中打印。

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

classroom-assign-title = 作为作业分享
classroom-assign-hint = 学生会收到文章及其标签，但不包括你的标注。学生的姓名会写入他们提交的文件。
classroom-assign-instructions = 说明（显示在文章上方）
    .placeholder = 标出每条主张及其背后的来源。把弱化主张语气的词标为模糊限制语。
classroom-assign-hide-suggestions = 隐藏建议
classroom-assign-require-name = 要求填写姓名
classroom-assign-download = 下载作业文件
classroom-assign-make-link = 生成链接
classroom-close = 关闭
classroom-assign-link-about = 作业链接（{ $count }个字符；文章就在链接中，任何服务器都看不到）
classroom-assign-link = 作业链接
classroom-assign-copy-link = 复制链接

classroom-rubric = 评分量规
classroom-rubric-none = 没有评分量规：学生看不到评分标准，成绩册只显示一致度。
classroom-rubric-add = 添加评分量规
classroom-rubric-legend = 评分量规 · 共{ $points }分
classroom-criteria = 评分项
classroom-criterion-name = 评分项{ $number }的名称
classroom-criterion-points = 评分项{ $number }的分值
classroom-criterion-measure = 评分项{ $number }的衡量方式
classroom-criterion-label = 评分项{ $number }的标签
classroom-criterion-links = 评分项{ $number }的关联类型
classroom-criterion-notes = 评分项{ $number }要求的批注数
classroom-link-every-kind = 所有类型
classroom-move-up = 上移
classroom-move-down = 下移
classroom-remove = 删除
classroom-criterion-move-up = 上移评分项{ $number }
classroom-criterion-move-down = 下移评分项{ $number }
classroom-criterion-remove = 删除评分项{ $number }
classroom-criterion-add = 添加评分项
classroom-grade-shown-as = 成绩显示为
classroom-scale = 计分方式
classroom-rubric-remove = 删除评分量规
classroom-bands = 字母等级区间
classroom-band-letter = 等级区间{ $number }的字母
classroom-band-from = 不低于
classroom-band-percent = { " " }%
classroom-band-lowest = 等级区间{ $number }的最低百分比
classroom-band-remove = 删除等级区间{ $number }
classroom-band-add = 添加字母等级
classroom-rubric-not-saved = 尚未保存：{ $problem }。
classroom-rubric-saved = 已随作业保存：学生会看到这些评分项。

classroom-assignment = 作业
classroom-assessed = 评分方式（{ $points }）
classroom-col-criterion = 评分项
classroom-col-points = 分值
classroom-col-measured = 衡量方式
classroom-annotating-as = 以{ $name }的身份标注
classroom-change-name = 更改姓名
classroom-no-name = 尚未填写姓名
classroom-add-name = 填写你的姓名
classroom-feedback = 反馈
classroom-feedback-heading = 对照{ $name }的参考答案的反馈：{ $percent }%
classroom-feedback-heading-none = 对照{ $name }的参考答案的反馈：—
classroom-count-matched = { $count }处匹配
classroom-count-partial = { $count }处部分匹配
classroom-count-missed = { $count }处遗漏
classroom-count-extra = { $count }处不在参考答案中
classroom-back-to-annotating = 返回标注
classroom-show-against-key = 将我的标注片段与参考答案对照

classroom-back-to-library = ← 文档库
classroom-compare-title = 比较：{ $title }
classroom-key = 参考答案
classroom-no-key = 无参考答案
classroom-label = 标签
classroom-gradebook-csv = 成绩册 CSV
classroom-lms-title = 评分量规的成绩及每位学生的标识符，按此系统的导入格式
classroom-feedback-files = 反馈文件
    .title = 每位学生一个文件：其标注片段与参考答案的对照，可在 Close Reader 中打开
classroom-views = 文章显示的内容
classroom-view-heat = 热力图
classroom-view-consensus = 共识
classroom-region-heat = { $label }的热力图
classroom-region-feedback = 单个学生与参考答案对照
classroom-region-consensus = 共识：{ $count }人中至少{ $k }人
classroom-heat-hint = { $label }：颜色越深，{ $count }名标注者中标出它的人越多。悬停或点按可查看是谁。
classroom-feedback-choose-key = 请在上方选择参考答案，以查看学生的标注片段与它的对照。
classroom-feedback-for = 反馈对象
classroom-student = 学生
classroom-score = 得分：{ $percent }%
classroom-score-none = 得分：—
classroom-legend-matched = 匹配
classroom-legend-partial = 部分匹配
classroom-legend-missed = 遗漏
classroom-legend-extra = 不在参考答案中
classroom-compare-panel = 文件与一致度

classroom-files = 文件
classroom-files-heading = 文件（{ $count }）
classroom-add-files = 添加学生文件…
    .label = 添加学生文件
classroom-drop-files = 也可以把最多{ $count }个文件拖放到这里。属于这篇文章的文件按其文本识别；稍有改动的副本会重新定位。
classroom-reading-files = 正在读取文件……{ $done }/{ $count }
classroom-cancel = 取消
classroom-key-badge = 参考答案
classroom-entry-spans = { $count }个标注片段
classroom-reanchored = 文本略有不同；所有标注片段均已重新定位
classroom-reanchored-unplaced = 文本不同；有{ $count }个标注片段无法定位
classroom-remove-file = 移除{ $name }
classroom-unplaced = { $label }：“{ $quote }”
classroom-set-aside = 已搁置（{ $count }）
classroom-set-aside-why = ：{ $why }

classroom-agreement = 一致度
classroom-agreement-heading = 一致度 · { $label }
classroom-alpha = 标注者之间基于词的 Krippendorff α：
classroom-agreement-empty = 添加学生文件以查看一致度。
classroom-agreement-table = 按{ $label }列出的标注者
classroom-col-annotator = 标注者
classroom-col-spans = 标注片段
classroom-col-exact = 精确匹配（对照参考答案）
classroom-col-overlap = 重叠匹配（对照参考答案）
classroom-col-precision = 精确率
classroom-col-recall = 召回率
classroom-agreement-choose-key = 选择参考答案，即可对照它为标注者评分。
classroom-pairwise = 标注者之间的 F1（{ $label }，重叠）

classroom-ranked = 按标注者统计的标注片段
classroom-ranked-heading = 标注最多 · { $label }
classroom-ranked-empty = 该标签暂无标注片段。
classroom-ranked-count = { $marked }/{ $count }
classroom-ranked-exactly = （{ $count }个完全一致）
classroom-key-missed-heading = 参考答案中的“{ $label }”标注片段（最少被找到的在前）
classroom-key-missed-empty = 参考答案中没有该标签的标注片段。
classroom-found-by = { $count }人中有{ $found }人找到

classroom-gradebook = 成绩册
classroom-gradebook-no-rubric = 尚无评分量规：打开文章，选择“作为作业分享”，在那里添加评分量规；其成绩会显示在这里。
classroom-gradebook-choose-key = 请在上方选择参考答案：评分量规的各评分项将对照它计算。
classroom-gradebook-heading = 成绩册 · 共{ $points }分
classroom-grades = 成绩
classroom-col-total = 总分
classroom-col-grade = 成绩
classroom-col-lms-identifier = LMS 标识符
classroom-points = { $points }分
classroom-points-of = { $points } / { $possible }
classroom-percent = { $percent }%
classroom-grade-incomplete = 未完成
classroom-grade-overridden = 已修改（计算值{ $computed }）：{ $reason }
classroom-grade-by-hand = 手动给分：{ $reason }
classroom-grade-change = { $student }的{ $criterion }：修改
classroom-grade-cell = { $student }，{ $criterion }：{ $value }。{ $title }
classroom-lms-identifier-of = { $name }的 LMS 标识符
classroom-override-form = 修改分值
classroom-override-about = { $student } · { $criterion }（计算值{ $computed }，满分{ $possible }）
classroom-override-about-by-hand = { $student } · { $criterion }（手动给分，满分{ $possible }）
classroom-points-given = 所给分值
classroom-reason = 理由
    .optional = 选填
    .required = 必填：为何给这个分值
classroom-override-keep = 保留此分值
classroom-override-revert = 恢复为计算值
classroom-gradebook-hint = 点击分值即可修改；修改过的分值标有 *，并保留理由（悬停可查看）。
classroom-unmatched = 已不在此文件集中的学生的分值（予以保留，以防其文件再次加入）：
classroom-unmatched-criterion = 评分项{ $number }
classroom-unmatched-line = { $student } · { $criterion }：{ $points }
classroom-unmatched-line-reason = { $student } · { $criterion }：{ $points }（{ $reason }）
classroom-roster-paste = 粘贴标识符名单
classroom-roster = 名单
classroom-roster-use = 使用这些标识符
classroom-roster-not-read = 未读取：{ $problems }。
classroom-lms-identifiers-are = { $system }标识符：
classroom-lms-identifier = { $system }标识符

classroom-comment-box = 评论标注片段
classroom-comment-on = 评论{ $what }
classroom-comment = 评论
    .placeholder = 你的评论
classroom-comment-hint = 点击学生的某个标注片段，或参考答案中被遗漏的片段，即可发表评论。

classroom-consensus-empty = 添加学生文件以生成共识。
classroom-consensus-at-least = 至少被{ $count }人中的{ $k }人标出的片段
classroom-consensus-slider = 共识：至少
classroom-consensus-make = 生成共识文档

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

messages-not-opened = 未打开“{ $name }”：{ $why }未做任何更改。
messages-answer-damaged = 文件读取器返回的结果已损坏。
messages-opening-saved = 正在打开已保存的文档…
messages-opening-beside = 正在并排打开文章…
messages-opening-file = 正在打开“{ $name }”…
messages-reading-file = 正在读取“{ $name }”…
messages-preparing = 正在准备“{ $title }”…
messages-saved-not-opened = 无法打开已保存的文档：{ $why }。
messages-beside-not-opened = 无法在此文章旁并排打开该文章：{ $why }。
messages-compare-not-opened = 无法打开该文章进行比较：{ $why }。
messages-library-unreadable = 无法读取文档库：{ $why }。
messages-saved-unreadable = 无法读取已保存的文档：{ $why }。你仍然可以标注并下载你的工作。
messages-dropped-several = 拖入了{ $count }个文件；请一次只拖入一个 Close Reader 文件。未做任何更改。
messages-file-too-big = “{ $name }”大小为{ $size } MB；Close Reader 最多可打开{ $limit } MB 的文件。
messages-file-unreadable = 无法读取“{ $name }”。
messages-no-worker = Close Reader 中负责读取文件的部分无法在此浏览器中启动。
messages-text-too-long = 此文本有{ $count }个字符；Close Reader 最多可打开{ $limit }个字符的文章。请将其拆分成几部分，并把每部分作为单独的文档进行标注。
messages-too-many-annotations = 这样会产生{ $count }条标注；Close Reader 每个文档最多容纳{ $limit }条。请将文章拆分成几部分。
messages-needs-article = 其中包含{ $format }。请先打开文章，再打开此文件以添加其中的标注。
messages-format-native = 一个 Close Reader 文件
messages-format-w3c-annotation = 一条 W3C Web Annotation 标注
messages-format-w3c-list = 一组 W3C Web Annotation 标注
messages-format-w3c-page = 一个 W3C Annotation Page
messages-format-w3c-collection = 一个 W3C Annotation Collection
messages-format-w3c-graph = 一个 W3C Web Annotation 图（JSON-LD @graph）
messages-format-hypothesis = Hypothesis 标注
messages-format-doccano = doccano JSONL 数据
messages-format-label-studio = Label Studio 任务
messages-format-csv = 一个 Close Reader CSV 表格
messages-format-brat = 一个 brat .ann 文件
messages-imported-as-new = 已将“{ $name }”作为新文档打开，其中包含{ $added }。
messages-added-annotations = { $count }条标注
messages-added-annotations-links = { $count }条标注和{ $links }个关联
messages-cancelled-not-restored = 已取消。文档未打开：其最近的更改尚未恢复。请再次打开它以恢复这些更改。
messages-cancelled-still-in-library = 已取消。文档未打开；它仍在你的文档库中。
messages-cancelled-nothing-beside = 已取消。未在此文章旁打开任何内容。
messages-cancelled-file-not-opened = 已取消。文件未打开；未做任何更改。
messages-cancelled-not-opened = 已取消。文档未打开；未做任何更改。
messages-cancelled-file-not-read = 未打开“{ $name }”；未做任何更改。
messages-export-cancelled = 已取消。未导出任何内容。
messages-not-replaced-unreadable = 未替换“{ $title }”：无法读取它在文档库中的副本（{ $why }）。未做任何更改。
messages-not-replaced-unsaved = 未替换“{ $title }”：无法保存要保留的副本（{ $why }）。未做任何更改。
messages-replaced-title = { $title }（替换于{ $time }）
messages-replaced = 已用该文件替换“{ $title }”。你的版本以“{ $kept }”为名保留在文档库中。
messages-replacement-undone = 你的“{ $title }”版本已恢复；文件中的版本已移除。
messages-replacement-not-undone = 无法撤销替换：{ $why }。两个版本都在你的文档库中。
messages-title-empty = 标题不能为空。
messages-not-renamed = 未重命名“{ $title }”：{ $why }。
messages-deleted = 已删除“{ $title }”。
messages-not-deleted = 未删除“{ $title }”：{ $why }。
messages-restored = 已恢复“{ $title }”。
messages-not-restored = 无法恢复：{ $why }。
messages-not-saved = 未保存到此浏览器：{ $why }。你的工作仍保留在此标签页中：请使用“下载”保存一份副本。系统每隔几秒会重试保存。
messages-beside-not-saved = 并排的文章未保存：{ $why }。请下载它以保存一份副本。
messages-restoring = 正在恢复你最近的更改…
messages-restored-not-saved = 已恢复你对“{ $title }”的最近更改，但无法将其保存到此浏览器（{ $why }）：请使用“下载”保存一份副本。
messages-changes-set-aside = 页面上次关闭前不久所做的更改无法恢复：{ $why }。这些更改已另行保存在此浏览器中。
messages-changes-restored = 已恢复页面关闭前不久对{ $titles }所做的最近更改。
messages-quoted-title = “{ $title }”
messages-storage-full = 你的浏览器为此页面提供的存储空间已满
messages-storage-unavailable = 此浏览器不允许该页面存储数据（IndexedDB 不可用，某些隐私窗口中即是如此）
messages-storage-refused = 浏览器拒绝存储（{ $name }：{ $message }）
messages-load-missing = 它已不在此浏览器的存储中
messages-load-damaged = 其保存的副本已损坏（{ $why }）
messages-stored-file-unreadable = 浏览器无法读取其存储的文件
messages-changes-not-applied = 无法应用自上次完整副本以来保存的更改：{ $why }
messages-no-preferences = 此浏览器不保存偏好设置
messages-preferences-full = 浏览器的存储空间已满或被阻止
messages-preset-saved = 已保存预设“{ $name }”。
messages-preset-not-saved = 预设未保存：{ $why }。
messages-taking-over = 正在接管…
messages-take-over-cancelled = 已取消：此标签页仍为只读；未做任何更改。
messages-taken-over = 你现在在这里编辑此文档，并已获得另一个标签页的最新更改；那个标签页现为只读。
messages-not-taken-over = 此标签页无法接管：{ $why }。它仍为只读；未做任何更改。
messages-download-failed = 无法开始下载：{ $why }。
messages-download-no-file = 无法生成文件
messages-download-no-window = 没有窗口
messages-download-no-document = 没有文档
messages-download-no-url = 没有对象 URL
messages-download-no-link = 没有链接
messages-download-no-body = 没有页面主体
messages-export-report = HTML 报告
messages-export-w3c-hint = 适用于 Hypothesis、Recogito 和标注服务器的 JSON-LD（.annotations.jsonld）
messages-export-csv-hint = 每个标注片段一行，用于电子表格（.csv）
messages-export-brat-hint = brat standoff 格式：文本、.ann 和配置打包为 ZIP（.brat.zip）
messages-export-doccano-hint = doccano 序列标注 JSONL（.doccano.jsonl）
messages-export-label-studio-hint = 带标注的 Label Studio 任务（.label-studio.json）
messages-export-report-hint = 带高亮和批注的文章，供阅读或打印（.report.html）
messages-exporting = 正在将“{ $title }”导出为 { $format }…
messages-link-not-opened = 无法打开作业链接：{ $why }未做任何更改。
messages-link-empty = 链接中“#assignment=”之后没有内容：复制时被截断了。请重新索取链接或作业文件。
messages-link-too-big = 解压后超出了 Close Reader 文件可容纳的大小。
messages-link-no-assignment = 其中包含文档，但没有作业。
messages-link-no-compression = 此浏览器无法生成链接（不支持 CompressionStream）；请改为分享作业文件。
messages-link-not-made = 无法生成链接；请改为分享作业文件。
messages-link-no-decompression = 此浏览器无法打开作业链接（不支持 DecompressionStream）；请改为索取作业文件。
messages-link-damaged = 此作业链接已损坏（其数据无法解压）：可能在复制时被截断了。请重新索取链接或作业文件。
messages-link-too-long = 这篇文章太长，无法以链接分享（{ $count }个字符；上限为{ $limit }）。请改为分享作业文件。
messages-rubric-link-too-long = 评分量规使此作业过长，无法以链接分享（{ $count }个字符；上限为{ $limit }；去掉评分量规即可容纳）。请缩短评分项的名称，或改为分享作业文件。
messages-assignment-already-here = 此浏览器中已有“{ $title }”：已打开你在其上的工作，未做更改。
messages-student-author = 学生
messages-no-conversation = 不存在对话“{ $thread }”
messages-too-many-files = 选择了{ $count }个文件；一次比较最多打开{ $limit }个。正在读取前{ $limit }个；请稍后再添加其余文件。
messages-reading-stopped = 已停止：已读取{ $done }/{ $count }个文件；其余{ $left }个未添加。
messages-comparison-closed = 比较已关闭
messages-class-set-not-kept = 无法在此浏览器中保留班级文件集：{ $why }。其文件仍在此处打开，之前保留的副本未改变；请释放一些空间（在文档库中删除不再需要的文档或班级文件集）或下载成绩册。
messages-class-set-unreadable = 无法读取为此文章保留的班级文件集：{ $why }。它将保持原样；你现在添加的文件不会被保留，以免覆盖它。
messages-class-file-unreadable = 无法读取（{ $why }）
messages-class-set-reopening = 正在重新打开班级文件集：已读取{ $done }/{ $count }个文件…
messages-class-set-removed = 已移除“{ $title }”的班级文件集（{ $count }个文件）。
messages-class-set-not-removed = 未移除“{ $title }”的班级文件集：{ $why }。
messages-class-set-back = “{ $title }”的班级文件集已恢复。
messages-class-set-not-back = 无法恢复班级文件集：{ $why }。
messages-gradebook-needs-key = 请先选择参考答案：成绩册会据此为每位学生评分。
messages-feedback-needs-files = 请先选择参考答案并添加学生的文件：每个反馈文件都会显示某位学生的标注片段与参考答案的对照。
messages-feedback-saved = 已将{ $count }个反馈文件保存到 { $file } 中：请把每位学生自己的文件发给他们；文件在 Close Reader 中打开后会显示其标注片段与参考答案的对照。
messages-grades-need-key = 请先选择参考答案：成绩将据此计算。
messages-writing-grades = 正在生成 { $file }…
messages-grades-saved = { $file } 已保存，包含每位学生的成绩。
messages-grades-saved-but = { $file } 已保存，但：{ $problems }
messages-id-canvas-user = Canvas 用户 ID
messages-id-sis-user = SIS 用户 ID
messages-id-sis-login = SIS 登录 ID
messages-id-email = 电子邮件地址
messages-id-username = 用户名
messages-id-number = ID 号
messages-caret-span = { $label }：{ $quote }
messages-caret-spans = { $first }；{ $rest }
messages-caret-selected = 已选中：{ $spans }
messages-caret-linked = 已关联到：{ $spans }
messages-paste-first = 请先将文章文本粘贴到“{ $field }”中。
messages-url-not-web = 来源 URL 必须以 http:// 或 https:// 开头（或留空）。
messages-untitled = 无标题
messages-print-labels = 标签
messages-print-notes = 批注
messages-print-note-number = { $number }.
messages-crash-title = Close Reader 已停止工作
messages-crash-download = 程序出错，此页面已停止运行。请下载最后一次保存的工作（最多为出错前半秒）以保留副本，然后重新加载页面，从那里继续。
messages-crash-reload = 程序出错，此页面已停止运行。你最后一次保存的工作已保留在此浏览器中：重新加载页面即可从那里继续。
messages-crash-reload-link = 重新加载
messages-crash-download-link = 下载你的工作

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

state-read-only-open-elsewhere = 此文档正在另一个标签页中编辑，因此在这里为只读。接管后即可改在这里编辑。
state-read-only-taken-over = 另一个标签页接管了此文档，因此在这里为只读。接管后即可在这里重新编辑，并带上那个标签页的最新更改。
state-read-only-refused = 未做任何更改：此文档在此标签页中为只读。接管后即可在这里编辑。

state-relabel-failed = 无法更改标签：{ $why }。
state-note-failed = 无法保存批注：{ $why }。
state-add-failed = 无法添加标注片段：{ $why }。
state-span-not-added = 未添加标注片段。{ $why }
state-reply-blank = 未添加回复：消息没有内容。
state-reply-too-long = 未添加回复：消息长{ $count }个字符，最多允许{ $most }个。
state-reply-failed = 未添加回复：{ $why }。

state-labels-not-changed-set = 标签未更改：标签集有问题（{ $problem }）。
state-labels-not-changed = 标签未更改：{ $why }。

state-linking-from-claim = 正在关联：点击该主张所依据的来源的高亮（或弱化它的模糊限制语，或同一主张）。按 Esc 取消。
state-linking-from-source = 正在关联：点击该来源所支持的主张的高亮。按 Esc 取消。
state-linking-from-hedge = 正在关联：点击该模糊限制语所弱化的主张的高亮。按 Esc 取消。
state-linking = 正在关联：点击要与之关联的标注片段的高亮。按 Esc 取消。
state-link-end = { $label }“{ $quote }”
state-link-end-unknown = “{ $id }”
state-linked-supported-by = 已关联：{ $from }以{ $to }为依据。可用撤销取消。
state-linked-hedges = 已关联：{ $from }弱化{ $to }。可用撤销取消。
state-linked-same-claim = 已关联：{ $from }与{ $to }为同一主张。可用撤销取消。
state-linked-contradicts = 已关联：{ $from }与{ $to }相矛盾。可用撤销取消。
state-not-linked-self = 未关联：这就是你正在关联的起点片段，请点击另一个高亮。
state-not-linked-already = 未关联：这两者已经关联。
state-not-linked = 未关联：{ $why }。
state-unlinked = 已删除关联。撤销可以恢复。
state-relation-supported-by = 依据
state-relation-hedged-by = 弱化来自
state-relation-supports = 支持
state-relation-hedges = 弱化
state-relation-same-claim-as = 同一主张
state-relation-contradicts = 相矛盾

state-beside-already-open = 这就是已打开的文章：请另选一篇放在旁边。
state-beside-opened = “{ $title }”已在本文旁边。要把一条主张关联到那里的同一主张，请选中它，按 L，再点击那条主张（Shift+点击：相矛盾）。
state-linked-across-contradicts = 已跨文章关联：与“{ $title }”中的“{ $quote }”相矛盾。
state-linked-across-same-claim = 已跨文章关联：与“{ $title }”中的“{ $quote }”为同一主张。
state-unlinked-across = 已在两篇文章中删除关联。撤销可以在这里恢复。

state-no-suggestions-left = 没有剩余的建议：每条建议都已接受、已拒绝或已标注。
state-not-accepted-gone = 未接受：它已不再是建议。
state-not-accepted-no-label = 未接受：本文没有标签“{ $label }”。
state-not-accepted = 未接受：{ $why }。
state-accepted-all = 已接受{ $count }条建议。撤销可以全部取消。

state-import-nothing = 未从“{ $file }”添加任何内容。
state-import-added = 已从“{ $file }”添加{ $count }条标注。撤销可以取消。
state-import-added-with-links = 已从“{ $file }”添加{ $count }条标注和{ $links }个关联。撤销可以全部取消。
state-import-failed = 未添加“{ $file }”中的标注：{ $why }。未做任何更改。
state-import-no-article = 未导入“{ $file }”：没有打开的文章。未做任何更改。

state-thread-on-your-span = 在你的标注片段上
state-thread-on-key-you-missed = 在你漏掉的参考答案片段上
state-thread-on-student-span = 在{ $student }的标注片段上
state-thread-on-key-student-missed = 在{ $student }漏掉的参考答案片段上
state-message-time-utc = { $day } { $time } UTC
state-comment-on-marked = “{ $quote }”，由{ $student }标注
state-comment-on-missed = “{ $quote }”，参考答案中有，{ $student }漏掉了
state-teacher = 教师
state-comment-pick-first = 请先点击学生的某个标注片段，或参考答案中被漏掉的片段。
state-choose-student-first = 请先选择一名学生。
state-conversation-gone = 该对话已不存在。
state-comment-blank = 未添加评论：评论没有内容。
state-comment-too-long = 未添加评论：评论长{ $count }个字符，最多允许{ $most }个。
state-comment-refused = 未添加评论（{ $problem }）。

state-own-annotations-file = 此浏览器
state-heat-title = { $label }：{ $total }人中有{ $count }人标注——{ $names }
state-consensus-title = { $label }：{ $total }人中至少有{ $count }人标注
state-verdict-matched = { $label }：与参考答案一致
state-verdict-partial = { $label }：与参考答案部分一致（得{ $percent }%的分）
state-verdict-missed = { $label }：参考答案中有，但被漏掉
state-verdict-extra = { $label }：不在参考答案中
state-verdict-key-span = { $label }：参考答案的片段

state-size-bytes = { $count }字节
state-size-kb = { $size } KB
state-size-mb = { $size } MB
state-size-gb = { $size } GB
state-kept-with-usage = 已保存在此浏览器中（{ $size }；本网站已使用浏览器允许的{ $quota }中的{ $used }）。
state-kept = 已保存在此浏览器中（{ $size }）。
state-not-kept = 未保存：{ $why }。在你离开此页面之前，这些文件在这里保持打开。
state-kept-unreadable = 无法读取之前保存的班级文件集（{ $why }）；更改不会被保存。
state-class-set-damaged = 其记录已损坏（{ $error }）
state-class-set-not-one = 其记录不是班级文件集（“{ $format }”）
state-class-set-newer = 它由更新版本的 Close Reader 保存（记录版本{ $version }），请用该版本打开
state-kept-copy-missing = 已保存在此浏览器中，但保存的副本丢失
state-kept-copy-changed = 已保存在此浏览器中，但保存的副本已不再是本文的文本
state-kept-copy-unreadable = 已保存在此浏览器中，但{ $why }

state-grades-need-key = 请先选择参考答案：成绩是对照它计算的。
state-not-a-student = 学生中没有{ $name }。
state-roster-bad-line = 第{ $number }行（“{ $line }”）不是“姓名, 标识符”的格式
state-rubric-not-saved = 评分量规未保存：{ $problem }。
state-criterion-name = 评分项{ $number }
state-points = { $count }分
state-measure-recall = 标签召回率（重叠）
state-measure-f1-exact = 标签 F1，精确匹配
state-measure-f1-overlap = 标签 F1，重叠
state-measure-links = 找到的参考答案关联
state-measure-notes = 至少 N 个片段有批注
state-measure-by-hand = 手动给分
state-measure-recall-words = 你找到的参考答案中“{ $label }”片段的比例
state-measure-f1-exact-words = 你的“{ $label }”片段相对参考答案的 F1（起止位置相同）
state-measure-f1-overlap-words = 你的“{ $label }”片段相对参考答案的 F1（有重叠即可）
state-measure-links-words = 参考答案中你也建立了的关联的比例
state-measure-links-kind-words = 参考答案中你也建立了的“{ $kind ->
    [supported-by] 依据
    [hedges] 弱化
    [same-claim] 同一主张
    [contradicts] 相矛盾
   *[other] { $kind }
}”关联的比例
state-measure-notes-words = 至少{ $count }个片段有批注
state-measure-by-hand-words = 由你的教师给分
state-scale-points = 分数
state-scale-percent = 百分比
state-scale-letters = 字母等级

# end of state

## Why a file or a link is refused: the core's and the worker's reasons (src/i18n/reasons.rs)

# 文件、链接或修改被拒绝的原因。原因分两种：以句号结尾的完整句子，以及嵌入其他句子中的短语。

# 无法打开的 Close Reader 文件。
reasons-load-not-utf8 = 此文件不是文本（不是有效的 UTF-8），因此不是 Close Reader 文件。
reasons-load-not-json = 此文件不是有效的 JSON（错误位于第{ $line }行第{ $column }列）。Close Reader 文件是 JSON 格式。
reasons-load-beyond-limits = 无法读取此文件：{ $what }（位于第{ $line }行第{ $column }列）。Close Reader 文件不会包含这样的内容。
reasons-limit-nesting = 其 JSON 嵌套过深（超过128层）
reasons-limit-number = 其中有超出范围的数字
reasons-load-other-format = 这是 JSON 文件，但不是 Close Reader 文件：其“format”字段为“{ $format }”，而不是“close-reader”。
reasons-load-no-format = 这是 JSON 文件，但不是 Close Reader 文件：其中没有值为“close-reader”的“format”字段。
reasons-load-too-new = 此文件由更新版本的 Close Reader 保存（文件版本{ $version }）；本应用最多可读取版本{ $latest }。请在更新的版本中打开。
reasons-load-bad-version = 此 Close Reader 文件没有有效的“version”（必须是1到{ $latest }之间的整数）。
reasons-load-damaged = 此 Close Reader 文件已损坏：{ $detail }。
reasons-damaged-read-already = 它已被读取过
reasons-load-text-changed = 此文件中的文章文本与其校验和（sha256）不符：文件保存后文本被改动过，因此标注的位置不可信。
reasons-load-labels = 此 Close Reader 文件的标签有问题：{ $detail }。
reasons-labels-empty-id = 第{ $number }个标签的标识符为空
reasons-labels-same-id = 两个标签使用同一标识符“{ $id }”
reasons-labels-colour = 标签“{ $id }”的颜色为“{ $colour }”，不是 #rrggbb 格式的颜色
reasons-labels-key = 标签“{ $id }”的按键为“{ $key }”；按键只能是一个字符
reasons-load-reversed = 第{ $index }个标注（“{ $id }”）的结束位置早于开始位置（开始{ $start }，结束{ $end }）。
reasons-load-quote = 第{ $index }个标注（“{ $id }”）引用的是“{ $expected }”，但其位置上的文本是“{ $found }”。
reasons-load-context = 第{ $index }个标注（“{ $id }”）：{ $which ->
    [prefix] 其前文
   *[suffix] 其后文
}与周围的文本不符。
reasons-load-annotation = 第{ $index }个标注：{ $error }。
reasons-load-bad-link = 第{ $index }个关联（“{ $id }”）：{ $detail }。
reasons-link-bad-sha256 = 它用 sha256“{ $sha256 }”指代另一文档，但这不是64位十六进制数字
reasons-unknown-kind = 其类型“{ $kind }”是 Close Reader 不认识的（它认识 { $known }）
reasons-load-link = 第{ $index }个关联：{ $error }。
reasons-load-assignment = 此 Close Reader 文件的作业有问题：{ $detail }。
reasons-load-feedback = 此 Close Reader 文件的反馈有问题：{ $detail }。
reasons-load-key-span = 反馈中参考答案的第{ $index }个标注片段：{ $detail }。
reasons-load-threads = 此 Close Reader 文件的评论有问题：{ $detail }。
reasons-threads-not-list = 它不是列表
reasons-load-thread = 第{ $index }个评论对话：{ $detail }。
reasons-load-structure = 此 Close Reader 文件的结构有问题：{ $detail }。
reasons-load-structure-item = 结构中的第{ $index }个{ $what ->
    [Block] 块
   *[Mark] 格式标记
}：{ $detail }。
reasons-shape-past-end = 结构中的第{ $index }个{ $what ->
    [Block] 块
   *[Mark] 格式标记
}超出了文本末尾。
reasons-shape-not-whole-lines = 结构中的第{ $index }个块没有在行的边界处开始和结束。
reasons-shape-overlap = 结构中的第{ $index }个块与前一个块重叠，或位于其前面。
reasons-shape-bad-value = 结构中的第{ $index }个{ $what ->
    [Block] 块
   *[Mark] 格式标记
}的值不可能成立。

# JSON 读取器给出的信息。
reasons-json-at = { $what }（第{ $line }行第{ $column }列）
reasons-json-missing-field = 缺少字段`{ $field }`
reasons-json-duplicate-field = 字段`{ $field }`重复

# 文件中的一项（参考答案的标注片段、评论对话、块或格式标记）。
reasons-item-unreadable = 无法读取：{ $why }
reasons-item-reversed = 结束位置早于开始位置（开始{ $start }，结束{ $end }）
reasons-item-outside = 位置[{ $start }, { $end })超出了文本范围（文本共{ $length }个字符）
reasons-item-empty = 没有覆盖任何文本
reasons-item-quote = 引用的是“{ $expected }”，但其位置上的文本是“{ $found }”
reasons-item-unknown-label = 使用了文件未定义的标签“{ $label }”
reasons-no-id = 没有标识符
reasons-thread-same-id = 标识符“{ $id }”与之前的对话重复
reasons-thread-no-messages = 没有任何消息
reasons-thread-message = 第{ $number }条消息无效（{ $problem }）
reasons-thread-same-message-id = 有两条消息的标识符都是“{ $id }”
reasons-structure-no-href = 它是缺少“href”的链接
reasons-structure-no-level = 它是缺少“level”的标题
reasons-structure-no-ordered = 它是缺少“ordered”的列表项
reasons-structure-item-no-depth = 它是缺少“depth”的列表项
reasons-structure-quote-no-depth = 它是缺少“depth”的引文
reasons-structure-depth = 深度为{ $depth }；深度范围是1到{ $most }
reasons-structure-level = 它是{ $level }级标题；级别范围是1到6
reasons-structure-number = 编号为{ $number }，大于任何列表的编号（{ $most }）

# 对话中的一条消息。
reasons-message-no-author = 没有作者
reasons-message-no-text = 没有内容
reasons-message-time = 时间“{ $time }”不是 RFC 3339 格式的日期时间（例如 2026-12-07T18:02:11Z）
reasons-message-too-long = 长度为{ $count }个字符；最多允许{ $most }个

# 文件中的作业及其评分量规。
reasons-assignment-instructions = 其说明长度为{ $count }个字符；最多允许{ $most }个
reasons-assignment-rubric = 评分量规中{ $problem }
reasons-assignment-rubric-unreadable = 无法读取其评分量规：{ $why }
reasons-assignment-criterion-unreadable = 无法读取其评分量规的第{ $number }个评分项：{ $why }
reasons-assignment-band-unreadable = 无法读取其评分量规的第{ $number }个字母等级：{ $why }
reasons-rubric-no-criteria = 没有任何评分项
reasons-rubric-too-many = 有{ $count }个评分项；最多允许{ $most }个
reasons-rubric-no-name = 第{ $number }个评分项没有名称
reasons-rubric-name-too-long = 第{ $number }个评分项的名称长度为{ $count }个字符；最多允许{ $most }个
reasons-rubric-same-name = 第{ $first }个和第{ $number }个评分项都叫“{ $name }”；请为每项取不同的名称
reasons-rubric-points-zero = 第{ $number }个评分项的分值必须大于0
reasons-rubric-points-most = 第{ $number }个评分项的分值最多为{ $most }
reasons-rubric-points-decimals = 第{ $number }个评分项的分值超过两位小数
reasons-rubric-no-label = 第{ $number }个评分项没有衡量任何标签；请选择一个
reasons-rubric-notes-zero = 第{ $number }个评分项要求至少0个标注片段有批注；请要求1个或更多
reasons-rubric-notes-most = 第{ $number }个评分项要求至少{ $count }个标注片段有批注；最多只能要求{ $most }个
reasons-rubric-unknown-label = 第{ $number }个评分项衡量的标签“{ $label }”在文件中没有定义
reasons-rubric-unknown-link-kind = 第{ $number }个评分项统计类型为“{ $kind }”的关联，但 Close Reader 不认识这种类型（它认识 { $known }）
reasons-rubric-no-letters = 字母等级制没有任何字母
reasons-rubric-too-many-letters = 字母等级制有{ $count }个字母；最多允许{ $most }个
reasons-rubric-band-no-letter = 第{ $number }个字母等级没有字母
reasons-rubric-letter-too-long = 第{ $number }个等级的字母超过{ $most }个字符
reasons-rubric-same-letter = 字母“{ $letter }”同时用于第{ $first }个和第{ $number }个等级
reasons-rubric-band-range = 第{ $number }个字母等级（{ $letter }）从{ $percent }%开始；等级的起点须在0到100%之间
reasons-rubric-band-order = 字母等级须从高到低排列：第{ $number }个等级（{ $letter }，从{ $percent }%起）的起点必须低于第{ $above }个等级（{ $above_letter }，从{ $above_percent }%起）
reasons-rubric-last-band = 最后一个字母等级（{ $letter }）从{ $percent }%开始；它必须从0%开始，这样每个成绩都有字母

# 文档不接受的修改。
reasons-annotation-outside = 标注“{ $id }”的位置[{ $start }, { $end })超出了文本范围（文本共{ $length }个字符）
reasons-annotation-empty = 标注“{ $id }”没有覆盖任何文本
reasons-annotation-unknown-label = 标注“{ $id }”使用了文件未定义的标签“{ $label }”
reasons-annotation-same-id = 两个标注使用同一标识符“{ $id }”
reasons-link-empty-id = 有一个关联的标识符为空
reasons-link-same-id = 两个关联使用同一标识符“{ $id }”
reasons-link-missing-end = 关联“{ $id }”{ $end ->
    [from] 的起点
   *[to] 的终点
}是不存在的标注“{ $annotation }”
reasons-link-to-itself = 关联“{ $id }”把标注“{ $annotation }”与它自身相连
reasons-link-repeats = 关联“{ $id }”与关联“{ $existing }”重复（标注相同，类型相同）
reasons-link-no-annotation = 没有可关联的标注“{ $annotation }”
reasons-link-not-across = 类型为“{ $kind }”的关联不能连接两个文档（只有 same-claim 和 contradicts 可以）
reasons-edit-annotation-changed = 标注“{ $id }”在此修改之后已发生变化
reasons-edit-label = 标签“{ $id }”已存在，或仍在使用中
reasons-edit-label-changed = 标签“{ $id }”在此修改之后已发生变化
reasons-edit-link-changed = 关联“{ $id }”在此修改之后已发生变化
reasons-edit-still-linked = 标注“{ $id }”仍有关联（{ $links }）；请连同标注一起删除
reasons-edit-message-same-id = 对话中已有标识符为“{ $id }”的消息
reasons-edit-message = 消息无效（{ $problem }）
reasons-edit-conversation-changed = 对话“{ $id }”在此修改之后已发生变化
reasons-label-empty-id = 有一个标签的标识符为空
reasons-label-same-id = 有两个标签的标识符都是“{ $id }”
reasons-label-no-name = 标签“{ $id }”没有名称
reasons-label-colour = 标签“{ $id }”的颜色“{ $colour }”不是 #rrggbb 格式的颜色
reasons-label-key-too-long = 标签“{ $id }”的按键“{ $key }”超过一个字符
reasons-label-key-reserved = 标签“{ $id }”的按键“{ $key }”是应用自身命令所用的按键
reasons-label-key-taken = 标签“{ $id }”的按键“{ $key }”已被标签“{ $other }”使用
reasons-label-unknown = 没有标签“{ $id }”
reasons-label-to-itself = 不能把标签“{ $id }”的标注片段改为同一个标签
reasons-label-no-position = 没有第{ $position }个位置（共有{ $count }个标签）
reasons-label-in-use = 仍有{ $count }个标注片段使用标签“{ $id }”；删除前请选择如何处理这些片段

# 页面关闭时保留的更改。
reasons-journal-unreadable = 无法读取该记录（{ $why }）
reasons-journal-format = 格式 { $format }，版本{ $version }
reasons-journal-no-stored-copy = 这些更改所属的已保存文档已不在此浏览器中
reasons-journal-other-text = 这些更改所属的已保存文档的文本不同

# 作业链接的代码。
reasons-code-character = 其代码的第{ $position }个字符是{ $character }，而代码只能包含字母、数字、“-”和“_”（链接很可能在复制时被改动了）。
reasons-code-length = 其代码有{ $count }个字符，没有代码是这个长度（链接很可能在复制时被截断了）。
reasons-code-ending = 其代码以“{ $character }”结尾，没有代码以此结尾（链接很可能在复制时被截断或改动了）。
reasons-character-space = 空格
reasons-character-line-break = 换行符
reasons-character-invisible = 不可见字符 { $code }
reasons-character-quoted = “{ $character }”

# 无法导入的文章。
reasons-article-no-text-layer = 此 PDF 没有文本层：它是页面的图像。请打开含有文本的 PDF，或粘贴文章的文本。
reasons-article-encrypted = 此 { $kind } 文件受密码保护，因此无法读取其文本。请另存一份不受保护的副本并打开它。
reasons-article-too-large = 此文件太大，无法打开：{ $what }。
reasons-article-damaged = { $kind ->
    [text] 此文本文件
   *[other] 此 { $kind } 文件
}已损坏，无法读取（{ $detail }）。
reasons-article-damaged-page = 此网页文件已损坏，无法读取（{ $detail }）。
reasons-article-empty = { $kind ->
    [text] 此文本文件
   *[other] 此 { $kind } 文件
}中没有可标注的文本。
reasons-article-empty-page = 此网页中没有可标注的文本。
reasons-article-archive = 这是 ZIP 压缩包，不是 Word、OpenDocument 或 EPUB 文件。请解压后打开其中的文件（如果是 brat 导出，请先打开文章文本，再打开其 .ann 文件）。
reasons-article-not-article = 这是{ $what }，不是文章：请打开网页，或 PDF、Word、OpenDocument、EPUB、Markdown 或文本文件。
reasons-file-empty = 空文件
reasons-file-image = 图片
reasons-file-binary = 二进制文件，不是文本
reasons-file-damaged-zip = 已损坏的 zip 压缩包
reasons-file-opendocument-other = OpenDocument 电子表格、演示文稿或绘图，不是文本文档
reasons-file-excel = Excel 工作簿
reasons-file-powerpoint = PowerPoint 演示文稿
reasons-file-office-protected = 受密码保护的 Office 文件（请另存一份不受保护的 .docx 副本）
reasons-file-old-word = 旧版 Word（.doc）文件（请另存为 .docx）
reasons-file-old-office = 旧版 Office 文件（.xls 或 .ppt）
reasons-file-rtf = RTF 文件（请另存为 .docx 或 .odt）
reasons-file-xml = XML 文件
reasons-large-parts = 它包含{ $count }个部分，超过了{ $most }个
reasons-large-part = 其部分 { $part } 解压后超过{ $megabytes } MB
reasons-large-all-parts = 其各部分解压后超过{ $megabytes } MB
reasons-large-page = 页面大小为{ $megabytes } MB，超过了单个页面允许的{ $most } MB
reasons-large-chapter = 章节大小为{ $megabytes } MB，超过了单个页面允许的{ $most } MB
reasons-large-contents = 其页面内容解压后超过{ $megabytes } MB（或其中某一页超过{ $each } MB）
reasons-large-drawing = 其页面包含过多绘图指令
reasons-large-characters = 其页面包含超过四百万个字符
reasons-large-pages = 它有{ $count }页或更多，最多只能打开{ $most }页
reasons-large-one-part = 其中某个部分解压后超过{ $megabytes } MB
reasons-damage-zip = 它不是完整的 zip 压缩包
reasons-damage-no-pages = 它没有可读取的页面
reasons-damage-not-pdf = 它的开头不像 PDF
reasons-damage-cut-short = 它被截断了：缺少结尾
reasons-damage-no-catalogue = 缺少其页面目录
reasons-damage-pdf-structure = 无法读取其结构：{ $why }
reasons-damage-no-word-document = 它没有文档部分：可能不是 Word 文件
reasons-damage-old-word = 它是旧版 Word 97–2003 .doc 文件；请另存为 .docx 后打开
reasons-damage-no-content = 它没有 content.xml：可能不是 OpenDocument 文件
reasons-damage-no-container = 它没有 META-INF/container.xml
reasons-damage-no-package = 其 container.xml 没有指定包文档
reasons-damage-package-missing = 缺少其包文档 { $path }
reasons-damage-no-mime-header = 它没有 MIME 头
reasons-damage-not-multipart = 它不是多部分 MIME 消息
reasons-damage-no-boundary = 其各部分没有分隔符
reasons-damage-no-web-page = 其中没有网页
reasons-damage-not-base64 = 其页面不是有效的 base64
reasons-damage-json = 它是 JSON，不是文章
reasons-damage-part-not-utf8 = 部分 { $part } 不是 UTF-8 文本
reasons-damage-part-not-xml = 其部分 { $part } 不是格式正确的 XML：{ $why }
reasons-damage-xml-ends-early = 它过早结束
reasons-damage-page-encoding = 其字符采用 { $encoding } 编码，此处无法读取；请将页面重新保存为 UTF-8
reasons-damage-text-encoding = 它采用 { $encoding } 编码，Close Reader 无法读取；请另存为 UTF-8 后重新打开
reasons-damage-part = 部分 { $part }：{ $why }

# 无法读取的其他工具的文件。
reasons-tool-not-utf8 = 此文件不是文本（不是有效的 UTF-8），因此不是 { $format }。
reasons-tool-syntax = 无法读取此 { $format } 文件：{ $detail }（位于第{ $line }行第{ $column }列）。
reasons-tool-shape = 这不是可用的 { $format }：{ $detail }。
reasons-tool-different-text = 此 { $format } 文件针对的是另一篇文本：{ $detail }。

# 不属于 Close Reader 可读取的任何格式的文件。
reasons-unrecognised-empty = 此文件为空。
reasons-unrecognised-zip = 这是 ZIP 压缩包。请解压后打开其中的文件（如果是 brat 导出，请先打开文章文本，再打开其 .ann 文件）。
reasons-unrecognised-binary = 此文件不是文本（不是有效的 UTF-8），因此其中没有 Close Reader 可读取的标注。
reasons-unrecognised-json = 这是 JSON 文件，但不是 Close Reader 认识的类型：{ $what }。Close Reader 可读取它自己的文件、W3C 网页标注、Hypothesis，以及 doccano 和 Label Studio 的 JSON。
reasons-unrecognised-plain-text = 这是纯文本，不是标注文件。要标注它，请新建文档并粘贴文本。
reasons-json-empty-list = 空列表
reasons-json-unknown-list = 一个列表，其第一项既不是 W3C 标注，也不是 Hypothesis 标注，也不是 Label Studio 任务
reasons-json-empty-object = 空对象
reasons-json-single-value = 单个值，既不是对象也不是列表
reasons-json-format = 其“format”字段为“{ $format }”
reasons-json-fields = 含有字段 { $fields } 的对象

# end of reasons

## The readable report's and the printout's words (the HTML report written in the worker)

report-untitled = 无标题文章
report-page-title = { $title }（已标注）
report-source = 来源：{ $url }
report-word-count = { $count }词
report-annotation-count = { $count }条标注
report-annotated-by = 标注者：{ $name }
report-exported = 导出于{ $date }
report-legend = 图例
report-note-marker = 批注{ $number }
report-claims = 主张及其来源
report-no-source = 未关联来源
report-kind-named = 具名
report-kind-anonymous = 匿名
report-kind-vague = 模糊
report-notes = 批注
report-back-to-note = 返回批注{ $number }在正文中的位置
report-comments = 评论

# end of report

## Why a span is suggested, and how a source was classed (src/i18n/why.rs)

why-hedge = { $class ->
    [modal] 情态动词
    [adverb] 推测性副词
    [adjective] 不确定性形容词
    [reporting] 转述类模糊限制语
    [approximator] 概数表达
    [mood] 条件式
   *[verb] 推测性动词
}“{ $quote }”
why-hedge-before-number = { $hedge }，位于数字前
why-hedge-before-quantity = { $hedge }，位于数量前
why-claim = { $class ->
    [percentage] 百分比
    [money] 金额
    [date] 日期
    [comparative] 比较级
    [superlative] 最高级
    [causal] 因果连接词
    [prediction] 预测
    [change] 变化
    [reported] 间接引语
   *[number] 数字
}“{ $quote }”
why-claim-and = { $first }和{ $class ->
    [percentage] 百分比
    [money] 金额
    [date] 日期
    [comparative] 比较级
    [superlative] 最高级
    [causal] 因果连接词
    [prediction] 预测
    [change] 变化
    [reported] 间接引语
   *[number] 数字
}“{ $quote }”
why-source-verb = 转述动词“{ $cue }”，{ $kind ->
    [named] 具名
    [anonymous] 匿名
   *[vague] 模糊
}来源“{ $source }”
why-source-according = “{ $cue }”，{ $kind ->
    [named] 具名
    [anonymous] 匿名
   *[vague] 模糊
}来源“{ $source }”
why-class-no-words = 没有可分类的词语
why-class-anonymity = 匿名标记：“{ $found }”
why-class-hearsay = 传闻：“{ $found }”
why-class-on-record = 代表“{ $name }”正式发言的“{ $role }”
why-class-who = { $who }：“{ $found }”
why-class-who-of = { $who }：“{ $found }”（属于“{ $name }”）
why-who = { $who ->
    [official] 未具名官员
    [spokesperson] 未具名发言人
    [source] 未具名消息人士
    [aide] 未具名助手
    [diplomat] 未具名外交官
    [employee] 未具名员工
    [insider] 未具名知情人士
    [staff] 未具名工作人员
    [witness] 未具名目击者
    [group] 模糊群体
    [quantity] 模糊数量
   *[person] 未具名人士
}
why-class-name = { $sign ->
    [capitalised] 专有名称
    [initialism] 缩写
    [organisation] 机构
   *[title] 头衔加姓名
}“{ $name }”
why-class-office = 以职务指明：“{ $found }”
why-class-unnamed-office = 未具名的任职者：“{ $found }”
why-class-nothing = “{ $phrase }”中没有名字或已知模式

# end of why

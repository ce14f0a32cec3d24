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

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

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

state-files = { $count }个文件
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

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
classroom-measure-recall = 标签召回率（重叠）
classroom-measure-f1-exact = 标签 F1，精确
classroom-measure-f1-overlap = 标签 F1，重叠
classroom-measure-links = 找到的参考答案关联
classroom-measure-notes = 至少 N 个标注片段有批注
classroom-measure-by-hand = 手动给分
classroom-criterion-add = 添加评分项
classroom-grade-shown-as = 成绩显示为
classroom-scale = 计分方式
classroom-scale-points = 分数
classroom-scale-percent = 百分比
classroom-scale-letters = 字母等级
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
classroom-id-canvas-user = Canvas 用户 ID
classroom-id-sis-user = SIS 用户 ID
classroom-id-sis-login = SIS 登录 ID
classroom-id-email = 电子邮件地址
classroom-id-username = 用户名
classroom-id-number = ID 号码

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

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

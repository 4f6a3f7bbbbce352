<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Bulk edit</source>
        <translation>批量编辑</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected item(s):</source>
        <translation>
            <numerusform>更改所选的 %Ln 个项目：</numerusform>
        </translation>
    </message>
    <message>
        <source>leave as is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <source>not owned</source>
        <translation>未拥有</translation>
    </message>
    <message>
        <source>&amp;Owned</source>
        <translation>已拥有(&amp;O)</translation>
    </message>
    <message>
        <source>on the want list</source>
        <translation>加入需求清单</translation>
    </message>
    <message>
        <source>off the want list</source>
        <translation>移出需求清单</translation>
    </message>
    <message>
        <source>&amp;Wanted</source>
        <translation>需要(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>品相(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>存放位置(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. album 3, page 12</source>
        <translation>例如：集邮册 3，第 12 页</translation>
    </message>
    <message>
        <source>&amp;Price paid</source>
        <translation>购买价格(&amp;P)</translation>
    </message>
    <message>
        <source>The price paid is not an amount.</source>
        <translation>购买价格不是金额。</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>批量编辑(&amp;B)…</translation>
    </message>
    <message>
        <source>Mark series &amp;owned</source>
        <translation>整套标为已拥有(&amp;O)</translation>
    </message>
    <message>
        <source>Mark series &amp;wanted</source>
        <translation>整套标为需要(&amp;W)</translation>
    </message>
    <message>
        <source>Select the rows to change first.</source>
        <translation>请先选择要更改的行。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) owned</source>
        <translation>
            <numerusform>将 %Ln 个项目标为已拥有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) wanted</source>
        <translation>
            <numerusform>将 %Ln 个项目标为需要</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>未更改：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit of %Ln item(s)</source>
        <translation>
            <numerusform>批量编辑 %Ln 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed.</source>
        <translation>
            <numerusform>已更改 %Ln 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {item} owned</source>
        <translation>将 {item} 标为已藏</translation>
    </message>
    <message>
        <source>Mark {item} not owned</source>
        <translation>将 {item} 标为未藏</translation>
    </message>
    <message>
        <source>Mark {item} wanted</source>
        <translation>将 {item} 标为求购</translation>
    </message>
    <message>
        <source>Mark {item} not wanted</source>
        <translation>取消 {item} 的求购标记</translation>
    </message>
    <message>
        <source>unknown condition {value}</source>
        <translation>未知品相 {value}</translation>
    </message>
    <message>
        <source>Change {what} of {item}</source>
        <translation>更改 {item} 的{what}</translation>
    </message>
    <message>
        <source>currency must be a three-letter code</source>
        <translation>币种必须是三个字母的代码</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>品相</translation>
    </message>
    <message>
        <source>Details of the selected series or item</source>
        <translation>所选套票或邮品的详细信息</translation>
    </message>
    <message>
        <source>Select a series or an item to see its details.</source>
        <translation>选择一套票或一件邮品以查看详细信息。</translation>
    </message>
    <message>
        <source>(untitled series)</source>
        <translation>（无名称的套票）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发行</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No items catalogued yet.</source>
        <translation>尚未编目任何邮品。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>邮品</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Perforation</source>
        <translation>齿孔</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation>目录编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Album page</source>
        <translation>集邮册页</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>已藏</translation>
    </message>
    <message>
        <source>Copies to keep</source>
        <translation>保留张数</translation>
    </message>
    <message>
        <source>Nothing to show: no series matches the search.</source>
        <translation>无内容：没有符合搜索的套票。</translation>
    </message>
    <message>
        <source>Not owned.</source>
        <translation>未收藏。</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>求购</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描图</translation>
    </message>
    <message>
        <source>Series completion</source>
        <translation>套票完成度</translation>
    </message>
    <message>
        <source>Checklist of the series: owned and wanted items</source>
        <translation>套票清单：已藏和求购的邮品</translation>
    </message>
    <message>
        <source>{owned}/{total} owned</source>
        <translation>已藏 {owned}/{total}</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>无邮品</translation>
    </message>
    <message>
        <source>Catalogue values of the item</source>
        <translation>邮品的目录价</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>新票</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Edition, e.g. 2024</source>
        <translation>版本，例如 2024</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>设置价格(&amp;V)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Value condition</source>
        <translation>价格对应品相</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Catalogue value</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Catalogue edition</source>
        <translation>目录版本</translation>
    </message>
    <message>
        <source>Catalogue value of {item}:</source>
        <translation>{item} 的目录价格：</translation>
    </message>
    <message>
        <source>Catalogue value:</source>
        <translation>目录价：</translation>
    </message>
    <message>
        <source>Set catalogue value of {item}</source>
        <translation>设置 {item} 的目录价</translation>
    </message>
    <message>
        <source>Remove catalogue value of {item}</source>
        <translation>移除 {item} 的目录价</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Only &amp;incomplete series</source>
        <translation>仅未集齐的套票(&amp;I)</translation>
    </message>
    <message>
        <source>KP Stamps</source>
        <translation>KP Stamps</translation>
    </message>
    <message>
        <source>This also deletes {parts}.</source>
        <translation>这也将删除{parts}。</translation>
    </message>
    <message>
        <source>Delete {series} and {items}?</source>
        <translation>删除 {series} 和 {items}？</translation>
    </message>
    <message>
        <source>Delete {items}?</source>
        <translation>删除 {items}？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln holding(s)</source>
        <translation>
            <numerusform>%Ln 件藏品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln want(s)</source>
        <translation>
            <numerusform>%Ln 条需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <translation>
            <numerusform>%Ln 张扫描图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln catalogue value(s)</source>
        <translation>
            <numerusform>%Ln 个目录价格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) will no longer point at them.</source>
        <translation>
            <numerusform>%Ln 行订单将不再指向它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>(Edit ▸ Undo brings everything back.)</source>
        <translation>（编辑 ▸ 撤销 可全部恢复。）</translation>
    </message>
    <message>
        <source>&amp;New series…</source>
        <translation>新建套票(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete whole &amp;series…</source>
        <translation>删除整套(&amp;S)…</translation>
    </message>
    <message>
        <source>Add series {name}</source>
        <translation>添加套票 {name}</translation>
    </message>
    <message>
        <source>Edit series {name}</source>
        <translation>编辑套票 {name}</translation>
    </message>
    <message>
        <source>Your version is kept: OK saves it over theirs.</source>
        <translation>保留您的版本：按“确定”将覆盖对方的版本。</translation>
    </message>
    <message>
        <source>Delete series {name}</source>
        <translation>删除套票 {name}</translation>
    </message>
    <message>
        <source>Delete {series} and {items}</source>
        <translation>删除 {series} 和 {items}</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>删除 {items}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Catalogue: series and items</source>
        <translation>目录：套票与邮品</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订购(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About KP Stamps</source>
        <translation>关于 KP Stamps(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln owned</source>
        <translation>
            <numerusform>已拥有 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wanted</source>
        <translation>
            <numerusform>需要 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>A catalogue for collectors of stamps of the DPRK (North Korea).</source>
        <translation>朝鲜民主主义人民共和国（朝鲜）邮票收藏者的目录。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Reference data: Radio Free Asia (10 January 2025) and Wikipedia, North Korean Postal Service.</source>
        <translation>参考资料：自由亚洲电台（2025年1月10日）及维基百科“朝鲜邮政”。</translation>
    </message>
    <message>
        <source>About KP Stamps</source>
        <translation>关于 KP Stamps</translation>
    </message>
    <message>
        <source>Series {name} was deleted by someone else since you opened it. Your changes were not saved.</source>
        <translation>您打开套票 {name} 之后，它已被他人删除。您的更改未保存。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>Series {name} was changed by {who} at {when} since you opened it. Your changes were not saved.</source>
        <translation>您打开套票 {name} 之后，{who} 于 {when} 修改了它。您的更改未保存。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Cancel to close the dialog; undo in the other window can bring the series back.</source>
        <translation>按“取消”关闭对话框；在另一窗口中撤销可恢复该套票。</translation>
    </message>
    <message>
        <source>• nothing that the dialog shows</source>
        <translation>• 对话框中显示的内容均未改变</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>对方更改了：</translation>
    </message>
    <message>
        <source>Reload their version (your changes are discarded), or keep editing: OK then saves your version over theirs.</source>
        <translation>重新载入对方的版本（您的更改将被放弃），或继续编辑：之后按“确定”将用您的版本覆盖对方的版本。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>重新载入对方的版本</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;筛选&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>套票</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>专题筛选</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>局部</translation>
    </message>
    <message>
        <source>Gallery of scans</source>
        <translation>扫描图库</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>添加副本</translation>
    </message>
    <message>
        <source>When an item is already in the catalogue</source>
        <translation>邮品已在目录中时</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Items already in the catalogue:</source>
        <translation>目录中已有的邮品：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>List in the file</source>
        <translation>文件中的清单</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>What each list becomes</source>
        <translation>各清单的导入方式</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>检查（试运行）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Wants (want list)</source>
        <translation>想要（需求清单）</translation>
    </message>
    <message>
        <source>Holdings (list name as location)</source>
        <translation>收藏（清单名作为存放位置）</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Import list {name} as</source>
        <translation>清单 {name} 导入为</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>列 {name} 对应的字段</translation>
    </message>
    <message>
        <source>Read as {encoding}, delimiter {delimiter}</source>
        <translation>按 {encoding} 读取，分隔符 {delimiter}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>名称（朝鲜语）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称（英语）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>名称（汉语）</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>名称（俄语）</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>齿度</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>尺寸 (mm)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Items of the series</source>
        <translation>套票中的邮品</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>perforated</source>
        <translation>有齿</translation>
    </message>
    <message>
        <source>imperforate</source>
        <translation>无齿</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>oval</source>
        <translation>椭圆形</translation>
    </message>
    <message>
        <source>round</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>Width×height in mm, e.g. 40×30; empty: the album assumes the kind&apos;s usual size</source>
        <translation>宽×高（毫米），如 40×30；留空则集邮册按该类别的常见尺寸估计</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>没有可订购的内容。</translation>
    </message>
    <message>
        <source>New order from series</source>
        <translation>按套票新建订单</translation>
    </message>
    <message>
        <source>Series (serials such as Ba79 or titles, separated by commas):</source>
        <translation>套票（编号如 Ba79 或名称，用逗号分隔）：</translation>
    </message>
    <message>
        <source>How many of each:</source>
        <translation>每种数量：</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>请先打开一个订单。</translation>
    </message>
    <message>
        <source>Save order form as PDF</source>
        <translation>将订购单另存为 PDF</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页 (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页 (Page Down)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第{n}页，共{total}页</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>集邮册</translation>
    </message>
    <message>
        <source>Print &amp;album…</source>
        <translation>打印集邮册(&amp;A)…</translation>
    </message>
    <message>
        <source>Print &amp;list…</source>
        <translation>打印清单(&amp;L)…</translation>
    </message>
    <message>
        <source>first {n} series of the search</source>
        <translation>搜索结果的前 {n} 套</translation>
    </message>
    <message>
        <source>Owned: {item}</source>
        <translation>已有：{item}</translation>
    </message>
    <message>
        <source>Wanted: {item}</source>
        <translation>求购：{item}</translation>
    </message>
    <message>
        <source>Keep {n}: {item}</source>
        <translation>保留 {n} 张：{item}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path} ({n}).</source>
        <translation>已保存 {path}（{n}）。</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>标为已收到</translation>
    </message>
    <message>
        <source>Add the lines of order {number} to your holdings?</source>
        <translation>将订单 {number} 的各行添加到您的藏品？</translation>
    </message>
    <message>
        <source>Receive order {number}</source>
        <translation>收到订单 {number}</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} received; %Ln holding(s) added.</source>
        <translation>
            <numerusform>订单 {number} 已收到；已添加 %Ln 件藏品。</numerusform>
        </translation>
    </message>
    <message>
        <source>New order from &amp;want list</source>
        <translation>按求购清单新建订单(&amp;W)</translation>
    </message>
    <message>
        <source>New order from &amp;selection</source>
        <translation>按所选内容新建订单(&amp;S)</translation>
    </message>
    <message>
        <source>New order from ser&amp;ies…</source>
        <translation>按套票新建订单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation>订单(&amp;O)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print order form…</source>
        <translation>打印订购单(&amp;P)…</translation>
    </message>
    <message>
        <source>Save order form as P&amp;DF…</source>
        <translation>将订购单另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language order for titles</source>
        <translation>名称的语言顺序</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Show titles in this order of languages. When a title is missing in the first language, the next one is used.</source>
        <translation>按此语言顺序显示名称。第一种语言的名称缺失时，使用下一种语言。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>默认币种</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new interface language takes effect after a restart.</source>
        <translation>新的界面语言在重新启动后生效。</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>默认币种：</translation>
    </message>
    <message>
        <source>The default currency must be a three-letter code such as EUR, not {text!r}.</source>
        <translation>默认币种必须是 EUR 这样的三字母代码，而不是 {text!r}。</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>订购人资料</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>邮寄地址：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Order form language:</source>
        <translation>订购单语言：</translation>
    </message>
    <message>
        <source>The e-mail address {text!r} does not look like name@example.org.</source>
        <translation>电子邮件地址 {text!r} 不符合 name@example.org 的格式。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Load the reference catalogue into a new catalogue</source>
        <translation>在新目录中载入参考目录</translation>
    </message>
    <message>
        <source>Back up the catalogue when closing</source>
        <translation>关闭时备份目录</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留的备份数</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>保留的备份数：</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>首选项页面</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Scan image</source>
        <translation>扫描图像</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描图</translation>
    </message>
    <message>
        <source>Titles and catalogue numbers</source>
        <translation>名称和目录编号</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>Flip front/back</source>
        <translation>翻转正面/背面</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Scan {n} of {total} — {name}</source>
        <translation>扫描图 {n}/{total} — {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>{role} · {size}{zoom} %</source>
        <translation>{role} · {size}{zoom} %</translation>
    </message>
    <message>
        <source>Check scans</source>
        <translation>检查扫描图</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Remove scans without a file and delete unused files</source>
        <translation>移除缺少文件的扫描图并删除未使用的文件</translation>
    </message>
    <message>
        <source>Missing file: {path} (scan of {owner}, was “{name}”)</source>
        <translation>缺少文件：{path}（{owner} 的扫描图，原名“{name}”）</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>邮品 {id}</translation>
    </message>
    <message>
        <source>series {id}</source>
        <translation>套票 {id}</translation>
    </message>
    <message>
        <source>Unused file: {path}</source>
        <translation>未使用的文件：{path}</translation>
    </message>
    <message>
        <source>All scans have their files and there are no unused files.</source>
        <translation>所有扫描图的文件都在，且没有未使用的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) lost their file.</source>
        <translation>
            <numerusform>%Ln 张扫描图的文件丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not used.</source>
        <translation>
            <numerusform>%Ln 个文件未被使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair removes those scans from the catalogue and deletes the unused files.</source>
        <translation>修复会从目录中移除这些扫描图并删除未使用的文件。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln scan(s) without a file.</source>
        <translation>
            <numerusform>已移除 %Ln 张没有文件的扫描图。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln unused file(s).</source>
        <translation>
            <numerusform>已删除 %Ln 个未使用的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted files cannot be brought back with Undo.</source>
        <translation>已删除的文件无法通过撤销恢复。</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>&amp;Attach scans…</source>
        <translation>附加扫描图(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste scan</source>
        <translation>粘贴扫描图(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>图库(&amp;G)</translation>
    </message>
    <message>
        <source>Check &amp;scans…</source>
        <translation>检查扫描图(&amp;S)…</translation>
    </message>
    <message>
        <source>Select a series or an item first.</source>
        <translation>请先选择一套票或一件邮品。</translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>附加扫描图</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图像 ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %Ln file(s)…</source>
        <translation>
            <numerusform>正在附加 %Ln 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %Ln scan(s)</source>
        <translation>
            <numerusform>附加 %Ln 张扫描图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %Ln scan(s).</source>
        <translation>
            <numerusform>已附加 %Ln 张扫描图。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gallery — %Ln scan(s)</source>
        <translation>
            <numerusform>图库 — %Ln 张扫描图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln scan(s)</source>
        <translation>
            <numerusform>移除 %Ln 张扫描图</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>部分文件未能附加</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图像。</translation>
    </message>
    <message>
        <source>Paste failed</source>
        <translation>粘贴失败</translation>
    </message>
    <message>
        <source>The clipboard image could not be saved.</source>
        <translation>无法保存剪贴板中的图像。</translation>
    </message>
    <message>
        <source>Change scan role</source>
        <translation>更改扫描图类型</translation>
    </message>
    <message>
        <source>Move scan</source>
        <translation>移动扫描图</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>后移</translation>
    </message>
    <message>
        <source>Remove scan(s)</source>
        <translation>移除扫描图</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt;&lt;br&gt;words match titles (ko/en/zh/ru), notes, serials, numbers; &lt;i&gt;chinson&lt;/i&gt; finds 친선&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; phrase &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; exclude &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;theme:sport&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2020..2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;kind:postcard&lt;/code&gt;&lt;br&gt;&lt;code&gt;serial:Ba79&lt;/code&gt; &amp;nbsp; &lt;code&gt;mi:6789&lt;/code&gt; &amp;nbsp; &lt;code&gt;cat:&quot;Mi 6789&quot;&lt;/code&gt; &amp;nbsp; &lt;code&gt;scott:&lt;/code&gt; &lt;code&gt;sg:&lt;/code&gt; &lt;code&gt;yv:&lt;/code&gt; &lt;code&gt;ksc:&lt;/code&gt; &lt;code&gt;colnect:&lt;/code&gt;&lt;br&gt;&lt;code&gt;owned&lt;/code&gt; &amp;nbsp; &lt;code&gt;wanted&lt;/code&gt; &amp;nbsp; &lt;code&gt;missing&lt;/code&gt; &amp;nbsp; &lt;code&gt;condition:used&lt;/code&gt;</source>
        <translation>&lt;b&gt;搜索&lt;/b&gt;&lt;br&gt;词语匹配名称（ko/en/zh/ru）、备注、编号和目录号；&lt;i&gt;chinson&lt;/i&gt; 可找到 친선&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; 短语 &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; 排除 &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; phrase &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; exclude &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;theme:sport&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2020..2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;kind:postcard&lt;/code&gt;&lt;br&gt;&lt;code&gt;serial:Ba79&lt;/code&gt; &amp;nbsp; &lt;code&gt;mi:6789&lt;/code&gt; &amp;nbsp; &lt;code&gt;cat:&quot;Mi 6789&quot;&lt;/code&gt; &amp;nbsp; &lt;code&gt;scott:&lt;/code&gt; &lt;code&gt;sg:&lt;/code&gt; &lt;code&gt;yv:&lt;/code&gt; &lt;code&gt;ksc:&lt;/code&gt; &lt;code&gt;colnect:&lt;/code&gt;&lt;br&gt;&lt;code&gt;owned&lt;/code&gt; &amp;nbsp; &lt;code&gt;wanted&lt;/code&gt; &amp;nbsp; &lt;code&gt;missing&lt;/code&gt; &amp;nbsp; &lt;code&gt;condition:used&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Search (theme:sport year:2024 mi:6789 …)</source>
        <translation>搜索（theme:sport year:2024 mi:6789 …）</translation>
    </message>
    <message>
        <source>Search syntax help</source>
        <translation>搜索语法帮助</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show the filter panel</source>
        <translation>显示筛选面板</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>搜索提示</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>保存此搜索</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>请先输入搜索内容，然后再保存。</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>朝鲜语</translation>
    </message>
    <message>
        <source>Title in Korean</source>
        <translation>朝鲜语名称</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>英语名称</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>汉语</translation>
    </message>
    <message>
        <source>Title in Chinese</source>
        <translation>汉语名称</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>俄语名称</translation>
    </message>
    <message>
        <source>Type to find a theme…</source>
        <translation>输入以查找专题…</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translation>筛选专题</translation>
    </message>
    <message>
        <source>new theme key, e.g. sport.archery</source>
        <translation>新专题键，例如 sport.archery</translation>
    </message>
    <message>
        <source>New theme key</source>
        <translation>新专题键</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英语名称</translation>
    </message>
    <message>
        <source>New theme English name</source>
        <translation>新专题的英语名称</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>添加专题</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name}（新）</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>新建套票</translation>
    </message>
    <message>
        <source>Edit series {serial}</source>
        <translation>编辑套票 {serial}</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>e.g. Ba79</source>
        <translation>例如 Ba79</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发行日期</translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>— (from the issue date)</source>
        <translation>—（取自发行日期）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>e.g. KSC announcement, 10 January 2025</source>
        <translation>例如 朝鲜邮票社公告，2025年1月10日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Notes on the items</source>
        <translation>关于品目的提示</translation>
    </message>
    <message>
        <source>Add items by count</source>
        <translation>按数量添加邮品</translation>
    </message>
    <message>
        <source>e.g. 4 stamps + 3 postcards</source>
        <translation>例如：邮票4枚 + 明信片3枚</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加邮品</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Copy the series title</source>
        <translation>复制套票名称</translation>
    </message>
    <message>
        <source>Put the series titles into the selected items (all items if none selected)</source>
        <translation>将套票名称填入所选邮品（未选择时填入全部邮品）</translation>
    </message>
    <message>
        <source>Count shortcut: {error}</source>
        <translation>数量简写：{error}</translation>
    </message>
    <message>
        <source>Item {item}: &apos;{number}&apos; is not a catalogue number KP Stamps can read; it is kept as written</source>
        <translation>品目 {item}：“{number}”不是 KP Stamps 能读取的目录编号；按输入原样保存</translation>
    </message>
    <message>
        <source>Discard the changes to this series?</source>
        <translation>放弃对此套票的更改？</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter commands</source>
        <translation>筛选命令</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>命令及其快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{amount} (no currency)</source>
        <translation>{amount}（无币种）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln 套</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Series complete: {complete} · begun: {started}</source>
        <translation>已集齐的套票：{complete} · 已开始：{started}</translation>
    </message>
    <message>
        <source>Owned: {items} ({copies}) · Wanted: {wanted} ({wcopies})</source>
        <translation>已拥有：{items}（{copies}）· 需要：{wanted}（{wcopies}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies)</source>
        <translation>
            <numerusform>%Ln 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Money spent: {spent} ({unpriced})</source>
        <translation>花费：{spent}（{unpriced}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln holding(s) without a price</source>
        <translation>
            <numerusform>%Ln 件藏品没有价格</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated catalogue value: {value}</source>
        <translation>估计目录价：{value}</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Summary of the collection</source>
        <translation>收藏概况</translation>
    </message>
    <message>
        <source>Items by year (hatched: owned)</source>
        <translation>按年份的邮品（斜线：已藏）</translation>
    </message>
    <message>
        <source>Series by theme</source>
        <translation>按专题的套票</translation>
    </message>
    <message>
        <source>Items by kind (hatched: owned)</source>
        <translation>按类别的邮品（斜线：已藏）</translation>
    </message>
    <message>
        <source>Statistics charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年份</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>按专题</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>统计状态</translation>
    </message>
    <message>
        <source>Completion per series</source>
        <translation>各套票完成度</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation>将图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export figures as &amp;CSV…</source>
        <translation>将数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Show &amp;all rows</source>
        <translation>显示所有行(&amp;A)</translation>
    </message>
    <message>
        <source>Remove the filter set by clicking a bar</source>
        <translation>移除点击柱形设置的筛选</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Could not compute the statistics: {error}</source>
        <translation>无法计算统计数据：{error}</translation>
    </message>
    <message>
        <source>unknown year</source>
        <translation>未知年份</translation>
    </message>
    <message>
        <source>Filtered by statistics: {what}</source>
        <translation>按统计筛选：{what}</translation>
    </message>
    <message>
        <source>The search cannot select series without a year.</source>
        <translation>搜索无法选出没有年份的套票。</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>{year} 年</translation>
    </message>
    <message>
        <source>theme {name}</source>
        <translation>专题 {name}</translation>
    </message>
    <message>
        <source>one series</source>
        <translation>一套票</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>the figures are not counted yet</source>
        <translation>数据尚未统计</translation>
    </message>
    <message>
        <source>this tab has no chart</source>
        <translation>此标签页没有图表</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message>
        <source>Figures and charts about the catalogue and the collection</source>
        <translation>有关目录和收藏的数据与图表</translation>
    </message>
    <message>
        <source>Themes and their names in four languages</source>
        <translation>专题及其四种语言的名称</translation>
    </message>
    <message>
        <source>&amp;New theme</source>
        <translation>新建专题(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;sub-theme</source>
        <translation>新建子专题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>合并到(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>专题(&amp;T)…</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新建专题</translation>
    </message>
    <message>
        <source>Create theme {name}</source>
        <translation>创建专题 {name}</translation>
    </message>
    <message>
        <source>Rename theme {old} to {new}</source>
        <translation>将专题 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Move theme {name} under {parent}</source>
        <translation>将专题 {name} 移到 {parent} 之下</translation>
    </message>
    <message>
        <source>Merge theme {source} into {target}</source>
        <translation>将专题 {source} 合并到 {target}</translation>
    </message>
    <message>
        <source>Delete theme {name}, reassigning to {target}</source>
        <translation>删除专题 {name}，改归到 {target}</translation>
    </message>
    <message>
        <source>Delete theme {name}</source>
        <translation>删除专题 {name}</translation>
    </message>
    <message>
        <source>Select a theme first.</source>
        <translation>请先选择一个专题。</translation>
    </message>
    <message>
        <source>Move {name} under:</source>
        <translation>将 {name} 移到：</translation>
    </message>
    <message>
        <source>Merge {name} into:</source>
        <translation>将 {name} 合并到：</translation>
    </message>
    <message>
        <source>{name} is used by {used} series and has {children} sub-themes. Reassign them to:</source>
        <translation>{name} 被 {used} 套票使用，并有 {children} 个子专题。将它们改归到：</translation>
    </message>
    <message>
        <source>Not deleted: {name} is still in use.</source>
        <translation>未删除：{name} 仍在使用中。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export catalogue…</source>
        <translation>导出目录(&amp;E)…</translation>
    </message>
    <message>
        <source>Export current &amp;search…</source>
        <translation>导出当前搜索结果(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Collections (*.csv *.json *.tc *.xml *.gcs);;All files (*)</source>
        <translation>收藏 (*.csv *.json *.tc *.xml *.gcs);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported {count} to {path}</source>
        <translation>已将 {count} 项导出到 {path}</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>备份 (*.zip)</translation>
    </message>
    <message>
        <source>Replace the catalogue with this backup? The current catalogue is kept in the backups folder.</source>
        <translation>用此备份替换目录？当前目录将保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restored {path}; the previous catalogue is in {previous}</source>
        <translation>已恢复 {path}；之前的目录位于 {previous}</translation>
    </message>
    <message>
        <source>series {name}</source>
        <translation>套票 {name}</translation>
    </message>
    <message>
        <source>item {name}</source>
        <translation>邮品 {name}</translation>
    </message>
    <message>
        <source>order {name}</source>
        <translation>订单 {name}</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</source>
        <translation>无法撤销“{what}”：{thing} 在此期间已被他人删除。此步骤已从撤销历史中移除。</translation>
    </message>
    <message>
        <source>Cannot redo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</source>
        <translation>无法重做“{what}”：{thing} 在此期间已被他人删除。此步骤已从撤销历史中移除。</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</source>
        <translation>无法撤销“{what}”：{who} 于 {when} 修改了 {thing}。已保留对方的版本；此步骤已从撤销历史中移除。</translation>
    </message>
    <message>
        <source>Cannot redo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</source>
        <translation>无法重做“{what}”：{who} 于 {when} 修改了 {thing}。已保留对方的版本；此步骤已从撤销历史中移除。</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>将光标移到搜索框</translation>
    </message>
    <message>
        <source>Only the first {n} characters of the search are used.</source>
        <translation>只使用搜索的前 {n} 个字符。</translation>
    </message>
    <message>
        <source>A quote is not closed; the rest of the search is read as one phrase.</source>
        <translation>引号未闭合；其余部分按一个短语读取。</translation>
    </message>
    <message>
        <source>Only the first {n} search terms are used.</source>
        <translation>只使用前 {n} 个搜索词。</translation>
    </message>
    <message>
        <source>A closing bracket has no opening bracket; it is ignored.</source>
        <translation>右括号没有对应的左括号，已忽略。</translation>
    </message>
    <message>
        <source>A bracket is not closed; it is closed at the end.</source>
        <translation>括号未闭合，已在末尾闭合。</translation>
    </message>
    <message>
        <source>{name}: needs a value, for example {example}.</source>
        <translation>{name}：需要一个值，例如 {example}。</translation>
    </message>
    <message>
        <source>year:{value} is not a year; write year:2024 or year:2020..2024.</source>
        <translation>year:{value} 不是年份；请写 year:2024 或 year:2020..2024。</translation>
    </message>
    <message>
        <source>Unknown {what} {value}; expected one of: {valid}.</source>
        <translation>未知的 {what} {value}；应为以下之一：{valid}。</translation>
    </message>
    <message>
        <source>The serial is longer than 40 characters.</source>
        <translation>编号超过 40 个字符。</translation>
    </message>
    <message>
        <source>Issue date: {error}.</source>
        <translation>发行日期：{error}。</translation>
    </message>
    <message>
        <source>Announced date: {error}.</source>
        <translation>公布日期：{error}。</translation>
    </message>
    <message>
        <source>Year {year} is impossible.</source>
        <translation>{year} 年不可能。</translation>
    </message>
    <message>
        <source>Year {year} does not match the issue date {date}.</source>
        <translation>{year} 年与发行日期 {date} 不符。</translation>
    </message>
    <message>
        <source>Item {n} has no kind.</source>
        <translation>项目 {n} 没有类别。</translation>
    </message>
    <message>
        <source>Item {n}: unknown kind “{kind}”.</source>
        <translation>项目 {n}：未知类别“{kind}”。</translation>
    </message>
    <message>
        <source>Item {n}: face value {error}.</source>
        <translation>项目 {n}：面值 {error}。</translation>
    </message>
    <message>
        <source>Item {n}: currency “{currency}” is not a three-letter code.</source>
        <translation>项目 {n}：货币“{currency}”不是三个字母的代码。</translation>
    </message>
    <message>
        <source>Item {n}: unknown perforation “{perforation}”.</source>
        <translation>项目 {n}：未知齿孔“{perforation}”。</translation>
    </message>
    <message>
        <source>Item {n}: {error}.</source>
        <translation>项目 {n}：{error}。</translation>
    </message>
    <message>
        <source>Serial {serial} is already used by another series.</source>
        <translation>编号 {serial} 已被另一套使用。</translation>
    </message>
    <message>
        <source>Give the series a serial or a title.</source>
        <translation>请为该套票填写编号或标题。</translation>
    </message>
    <message>
        <source>A new theme needs a key and an English name.</source>
        <translation>新主题需要键和英文名称。</translation>
    </message>
    <message>
        <source>{text} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{text} 不是日期（请用 YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>year {year} is out of range</source>
        <translation>年份 {year} 超出范围</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>有日必须有月</translation>
    </message>
    <message>
        <source>month {month} does not exist</source>
        <translation>不存在 {month} 月</translation>
    </message>
    <message>
        <source>{date} does not exist</source>
        <translation>{date} 不存在</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} 不是金额</translation>
    </message>
    <message>
        <source>amount {text} is negative</source>
        <translation>金额 {text} 为负数</translation>
    </message>
    <message>
        <source>amount {text} is too large</source>
        <translation>金额 {text} 太大</translation>
    </message>
    <message>
        <source>type something like “{example}”</source>
        <translation>请输入类似“{example}”的内容</translation>
    </message>
    <message>
        <source>4 stamps + 3 postcards</source>
        <translation>邮票4枚 + 明信片3枚</translation>
    </message>
    <message>
        <source>“{part}” has more than one number</source>
        <translation>“{part}”中有多个数字</translation>
    </message>
    <message>
        <source>“{part}” does not name a kind of item (stamp, postcard, souvenir sheet…)</source>
        <translation>“{part}”不是项目类别（邮票、明信片、小型张…）</translation>
    </message>
    <message>
        <source>“{part}”: the count must be at least 1</source>
        <translation>“{part}”：数量至少为 1</translation>
    </message>
    <message>
        <source>more than {n} items in one shortcut</source>
        <translation>一次超过 {n} 个项目</translation>
    </message>
    <message>
        <source>“{part}” needs a catalogue abbreviation before the number ({known})</source>
        <translation>“{part}”的编号前需要目录缩写（{known}）</translation>
    </message>
    <message>
        <source>KP Stamps user guide</source>
        <translation>KP Stamps 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Thumbnails in the table</source>
        <translation>表格中的缩略图(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to KP Stamps</source>
        <translation>欢迎使用 KP Stamps</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to KP Stamps&lt;/h3&gt;&lt;p&gt;Choose the interface language, the order of languages for titles and your name and address for order forms. Everything can be changed later in File ▸ Preferences; Help ▸ User guide (F1) explains the rest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 KP Stamps&lt;/h3&gt;&lt;p&gt;请选择界面语言、标题的语言顺序以及订单上的姓名和地址。以后都可以在 文件 ▸ 首选项 中更改；其余内容见 帮助 ▸ 用户指南（F1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <source>Print album</source>
        <translation>打印集邮册</translation>
    </message>
    <message>
        <source>A4, Letter, or width×height in mm such as 230x300mm</source>
        <translation>A4、Letter，或以毫米表示的宽×高，如 230x300mm</translation>
    </message>
    <message>
        <source>Print the scans in their spaces</source>
        <translation>在票位中打印扫描图</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>边框</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>收藏名称：</translation>
    </message>
    <message>
        <source>Mount margin:</source>
        <translation>票位边距：</translation>
    </message>
    <message>
        <source>Binder margin:</source>
        <translation>装订边距：</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存为 CSV…</translation>
    </message>
    <message>
        <source>Read-only: {reason} You can browse, search, export and print; changes are off.</source>
        <translation>只读：{reason} 可以浏览、搜索、导出和打印，但不能修改。</translation>
    </message>
    <message>
        <source>Read-only catalogue</source>
        <translation>只读目录</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title}（只读）</translation>
    </message>
    <message>
        <source>Serial (KSC)</source>
        <translation>编号（朝鲜邮票社）</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <source>Series title (Korean)</source>
        <translation>套票名称（朝鲜语）</translation>
    </message>
    <message>
        <source>Series title (English)</source>
        <translation>套票名称（英语）</translation>
    </message>
    <message>
        <source>Series title (Chinese)</source>
        <translation>套票名称（中文）</translation>
    </message>
    <message>
        <source>Series title (Russian)</source>
        <translation>套票名称（俄语）</translation>
    </message>
    <message>
        <source>Series notes</source>
        <translation>套票备注</translation>
    </message>
    <message>
        <source>Series source</source>
        <translation>套票来源</translation>
    </message>
    <message>
        <source>Series scans (JSON)</source>
        <translation>套票图像（JSON）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Position in the series</source>
        <translation>在套票中的序号</translation>
    </message>
    <message>
        <source>Item title (Korean)</source>
        <translation>单项名称（朝鲜语）</translation>
    </message>
    <message>
        <source>Item title (English)</source>
        <translation>单项名称（英语）</translation>
    </message>
    <message>
        <source>Item title (Chinese)</source>
        <translation>单项名称（中文）</translation>
    </message>
    <message>
        <source>Item title (Russian)</source>
        <translation>单项名称（俄语）</translation>
    </message>
    <message>
        <source>Perforated or imperforate</source>
        <translation>有齿或无齿</translation>
    </message>
    <message>
        <source>Perforation gauge</source>
        <translation>齿孔度数</translation>
    </message>
    <message>
        <source>Format or size</source>
        <translation>形式或尺寸</translation>
    </message>
    <message>
        <source>Id in the source</source>
        <translation>来源中的编号</translation>
    </message>
    <message>
        <source>Link to the source</source>
        <translation>来源链接</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>宽度（毫米）</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>高度（毫米）</translation>
    </message>
    <message>
        <source>Face value as written</source>
        <translation>原文面值</translation>
    </message>
    <message>
        <source>Catalogue numbers (Mi:6789, Sc:5123)</source>
        <translation>目录编号 (Mi:6789, Sc:5123)</translation>
    </message>
    <message>
        <source>Holdings (JSON)</source>
        <translation>收藏（JSON）</translation>
    </message>
    <message>
        <source>Wants (JSON)</source>
        <translation>想要（JSON）</translation>
    </message>
    <message>
        <source>Catalogue values (JSON)</source>
        <translation>目录价格（JSON）</translation>
    </message>
    <message>
        <source>Scans (JSON)</source>
        <translation>图像（JSON）</translation>
    </message>
    <message>
        <source>{catalogue} number</source>
        <translation>{catalogue} 编号</translation>
    </message>
    <message>
        <source>Planned: in KSC&apos;s issuing plan, not verified as issued; the plan may change.</source>
        <translation>计划：列于朝鲜邮票社发行计划，未证实已发行；计划可能变动。</translation>
    </message>
    <message>
        <source>Announced: not verified as issued yet.</source>
        <translation>已公布：尚未证实已发行。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Announced (not issued yet)</source>
        <translation>已公布（尚未发行）</translation>
    </message>
    <message>
        <source>Planned (in KSC&apos;s plan; may change)</source>
        <translation>计划（朝鲜邮票社计划，可能变动）</translation>
    </message>
    <message>
        <source>Export catalogue pack</source>
        <translation>导出目录包</translation>
    </message>
    <message>
        <source>Only the series of the current search</source>
        <translation>仅当前搜索的系列</translation>
    </message>
    <message>
        <source>Include scans</source>
        <translation>包括扫描图</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Holdings, wants, orders and prices paid are never written to a pack.</source>
        <translation>藏品、缺品、订单和购入价格绝不写入目录包。</translation>
    </message>
    <message>
        <source>Export catalogue pac&amp;k…</source>
        <translation>导出目录包(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Update from catalogue pack…</source>
        <translation>用目录包更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Reference catalogue updated to {version}: {summary}.</source>
        <translation>参考目录已更新到 {version}：{summary}。</translation>
    </message>
    <message>
        <source>Catalogue packs (*.kpspack *.zip);;All files (*)</source>
        <translation>目录包 (*.kpspack *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported {series} series and {items} items to {path}</source>
        <translation>已将 {series} 个系列和 {items} 个品种导出到 {path}</translation>
    </message>
    <message>
        <source>Update from catalogue pack</source>
        <translation>用目录包更新</translation>
    </message>
    <message>
        <source>The pack was refused; nothing was changed.</source>
        <translation>目录包被拒绝；没有任何更改。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Values that differ</source>
        <translation>不同的值</translation>
    </message>
    <message>
        <source>Take the pack&apos;s version</source>
        <translation>采用目录包的版本</translation>
    </message>
    <message>
        <source>Conflicts: rows you edited that the pack would change</source>
        <translation>冲突：目录包将更改的、您编辑过的行</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}: {summary}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version}：{summary}。</translation>
    </message>
    <message>
        <source>Your holdings, wants and orders are not touched. Rows you edited are kept unless you tick “take theirs”.</source>
        <translation>您的藏品、缺品和订单不受影响。除非勾选“采用对方的”，您编辑过的行保持不变。</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>没有任何更改：</translation>
    </message>
    <message>
        <source>Update from pack {name}</source>
        <translation>用目录包 {name} 更新</translation>
    </message>
    <message>
        <source>Updated from {name}: {summary}.</source>
        <translation>已用 {name} 更新：{summary}。</translation>
    </message>
    <message>
        <source>already owned: {items}</source>
        <translation>已拥有：{items}</translation>
    </message>
    <message>
        <source>already on an open order: {items}</source>
        <translation>已在未完成的订单中：{items}</translation>
    </message>
    <message>
        <source>Left out of the order — {reasons}.</source>
        <translation>未列入订单 — {reasons}。</translation>
    </message>
    <message>
        <source>Not printed: the order could not be saved ({error}).</source>
        <translation>未打印：订单无法保存（{error}）。</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>No series or items match “{query}”.</source>
        <translation>没有与“{query}”匹配的套票或品种。</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>您是不是要找 {suggestion}？</translation>
    </message>
    <message>
        <source>Check the spelling, or press ? for the search syntax.</source>
        <translation>请检查拼写，或按 ? 查看搜索语法。</translation>
    </message>
    <message>
        <source>Would import: {counts}</source>
        <translation>将导入：{counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln 个新条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln 个已更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln 行被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new series</source>
        <translation>
            <numerusform>%Ln 个新系列</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {counts}</source>
        <translation>已导入：{counts}</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} sent to the printer (%Ln page(s)).</source>
        <translation>
            <numerusform>订单 {number} 已发送到打印机（%Ln 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%Ln page(s)).</source>
        <translation>
            <numerusform>已保存 {path}（%Ln 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The album could not be read: {error}</source>
        <translation>无法读取集邮册：{error}</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>套票</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation>目录编号</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>已藏</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>求购</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>已藏</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>品相</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>购入价</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>求购</translation>
    </message>
    <message>
        <source>Want qty</source>
        <translation>求购数量</translation>
    </message>
    <message>
        <source>Wanted condition</source>
        <translation>求购品相</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>最高价</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your last change was not saved.</source>
        <translation>您最近的更改未保存。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order {number}</source>
        <translation>订单 {number}</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订购日期</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件方</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>订购单语言</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <source>Shipping route</source>
        <translation>邮寄路线</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>移除行</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标为已发送</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>标为已收到…</translation>
    </message>
    <message>
        <source>Subtotal: {amount}</source>
        <translation>小计：{amount}</translation>
    </message>
    <message>
        <source>Total: {amount} {currency}</source>
        <translation>总计：{amount} {currency}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Saved order {number} at {time}.</source>
        <translation>订单 {number} 已于 {time} 保存。</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>关闭订单</translation>
    </message>
    <message>
        <source>Order {number} has changes that are not saved.</source>
        <translation>订单 {number} 有未保存的更改。</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>标为已收到…</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>Korean</source>
        <translation>朝鲜语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>汉语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo/redo “{what}”: {error}</source>
        <translation>无法撤销/重做“{what}”：{error}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Bulk edit</source>
        <translation>Массовое изменение</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected item(s):</source>
        <translation>
            <numerusform>Изменить %Ln выбранный предмет:</numerusform>
            <numerusform>Изменить %Ln выбранных предмета:</numerusform>
            <numerusform>Изменить %Ln выбранных предметов:</numerusform>
        </translation>
    </message>
    <message>
        <source>leave as is</source>
        <translation>не менять</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>not owned</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Owned</source>
        <translation>&amp;Есть</translation>
    </message>
    <message>
        <source>on the want list</source>
        <translation>в список желаемого</translation>
    </message>
    <message>
        <source>off the want list</source>
        <translation>из списка желаемого</translation>
    </message>
    <message>
        <source>&amp;Wanted</source>
        <translation>&amp;Нужно</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Состояние</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Место хранения</translation>
    </message>
    <message>
        <source>e.g. album 3, page 12</source>
        <translation>напр. альбом 3, с. 12</translation>
    </message>
    <message>
        <source>&amp;Price paid</source>
        <translation>&amp;Цена покупки</translation>
    </message>
    <message>
        <source>The price paid is not an amount.</source>
        <translation>Цена покупки — не сумма.</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>&amp;Массовое изменение…</translation>
    </message>
    <message>
        <source>Mark series &amp;owned</source>
        <translation>Вся серия &amp;есть</translation>
    </message>
    <message>
        <source>Mark series &amp;wanted</source>
        <translation>Вся серия ну&amp;жна</translation>
    </message>
    <message>
        <source>Select the rows to change first.</source>
        <translation>Сначала выберите строки.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) owned</source>
        <translation>
            <numerusform>Отметить %Ln предмет как имеющийся</numerusform>
            <numerusform>Отметить %Ln предмета как имеющиеся</numerusform>
            <numerusform>Отметить %Ln предметов как имеющиеся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) wanted</source>
        <translation>
            <numerusform>Отметить %Ln предмет как нужный</numerusform>
            <numerusform>Отметить %Ln предмета как нужные</numerusform>
            <numerusform>Отметить %Ln предметов как нужные</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Не изменено: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit of %Ln item(s)</source>
        <translation>
            <numerusform>Массовое изменение %Ln предмета</numerusform>
            <numerusform>Массовое изменение %Ln предметов</numerusform>
            <numerusform>Массовое изменение %Ln предметов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed.</source>
        <translation>
            <numerusform>Изменён %Ln предмет.</numerusform>
            <numerusform>Изменено %Ln предмета.</numerusform>
            <numerusform>Изменено %Ln предметов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {item} owned</source>
        <translation>Отметить {item} как имеющуюся</translation>
    </message>
    <message>
        <source>Mark {item} not owned</source>
        <translation>Отметить {item} как отсутствующую</translation>
    </message>
    <message>
        <source>Mark {item} wanted</source>
        <translation>Отметить {item} как нужную</translation>
    </message>
    <message>
        <source>Mark {item} not wanted</source>
        <translation>Снять отметку «нужна» с {item}</translation>
    </message>
    <message>
        <source>unknown condition {value}</source>
        <translation>неизвестное состояние {value}</translation>
    </message>
    <message>
        <source>Change {what} of {item}</source>
        <translation>Изменить {what}: {item}</translation>
    </message>
    <message>
        <source>currency must be a three-letter code</source>
        <translation>валюта должна быть трёхбуквенным кодом</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Details of the selected series or item</source>
        <translation>Сведения о выбранной серии или позиции</translation>
    </message>
    <message>
        <source>Select a series or an item to see its details.</source>
        <translation>Выберите серию или позицию, чтобы увидеть сведения.</translation>
    </message>
    <message>
        <source>(untitled series)</source>
        <translation>(серия без названия)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущена</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлена</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>No items catalogued yet.</source>
        <translation>Позиций в каталоге пока нет.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <source>Perforation</source>
        <translation>Зубцовка</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation>Номера по каталогам</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Album page</source>
        <translation>Лист альбома</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Есть</translation>
    </message>
    <message>
        <source>Copies to keep</source>
        <translation>Оставить экземпляров</translation>
    </message>
    <message>
        <source>Nothing to show: no series matches the search.</source>
        <translation>Нечего показать: ни одна серия не подходит под поиск.</translation>
    </message>
    <message>
        <source>Not owned.</source>
        <translation>В коллекции нет.</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Нужна</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message>
        <source>Series completion</source>
        <translation>Полнота серии</translation>
    </message>
    <message>
        <source>Checklist of the series: owned and wanted items</source>
        <translation>Список серии: имеющиеся и нужные позиции</translation>
    </message>
    <message>
        <source>{owned}/{total} owned</source>
        <translation>есть {owned} из {total}</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Нет позиций</translation>
    </message>
    <message>
        <source>Catalogue values of the item</source>
        <translation>Каталожные цены позиции</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>Чистая</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Edition, e.g. 2024</source>
        <translation>Издание, напр. 2024</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>Задать &amp;цену</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Value condition</source>
        <translation>Состояние для цены</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Catalogue value</source>
        <translation>Каталожная цена</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Catalogue edition</source>
        <translation>Издание каталога</translation>
    </message>
    <message>
        <source>Catalogue value of {item}:</source>
        <translation>Каталожная цена {item}:</translation>
    </message>
    <message>
        <source>Catalogue value:</source>
        <translation>Каталожная цена:</translation>
    </message>
    <message>
        <source>Set catalogue value of {item}</source>
        <translation>Задать каталожную цену: {item}</translation>
    </message>
    <message>
        <source>Remove catalogue value of {item}</source>
        <translation>Удалить каталожную цену: {item}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Only &amp;incomplete series</source>
        <translation>Только &amp;неполные серии</translation>
    </message>
    <message>
        <source>KP Stamps</source>
        <translation>KP Stamps</translation>
    </message>
    <message>
        <source>This also deletes {parts}.</source>
        <translation>Также будут удалены: {parts}.</translation>
    </message>
    <message>
        <source>Delete {series} and {items}?</source>
        <translation>Удалить {series} и {items}?</translation>
    </message>
    <message>
        <source>Delete {items}?</source>
        <translation>Удалить {items}?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln holding(s)</source>
        <translation>
            <numerusform>%Ln экземпляр</numerusform>
            <numerusform>%Ln экземпляра</numerusform>
            <numerusform>%Ln экземпляров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln want(s)</source>
        <translation>
            <numerusform>%Ln желаемый</numerusform>
            <numerusform>%Ln желаемых</numerusform>
            <numerusform>%Ln желаемых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <translation>
            <numerusform>%Ln скан</numerusform>
            <numerusform>%Ln скана</numerusform>
            <numerusform>%Ln сканов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln catalogue value(s)</source>
        <translation>
            <numerusform>%Ln каталожная цена</numerusform>
            <numerusform>%Ln каталожные цены</numerusform>
            <numerusform>%Ln каталожных цен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) will no longer point at them.</source>
        <translation>
            <numerusform>%Ln строка заказов больше не будет на них ссылаться.</numerusform>
            <numerusform>%Ln строки заказов больше не будут на них ссылаться.</numerusform>
            <numerusform>%Ln строк заказов больше не будут на них ссылаться.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Edit ▸ Undo brings everything back.)</source>
        <translation>(Правка ▸ Отменить вернёт всё обратно.)</translation>
    </message>
    <message>
        <source>&amp;New series…</source>
        <translation>&amp;Новая серия…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete whole &amp;series…</source>
        <translation>Удалить всю &amp;серию…</translation>
    </message>
    <message>
        <source>Add series {name}</source>
        <translation>Добавить серию {name}</translation>
    </message>
    <message>
        <source>Edit series {name}</source>
        <translation>Изменить серию {name}</translation>
    </message>
    <message>
        <source>Your version is kept: OK saves it over theirs.</source>
        <translation>Ваша версия сохранена: «ОК» запишет её поверх чужой.</translation>
    </message>
    <message>
        <source>Delete series {name}</source>
        <translation>Удалить серию {name}</translation>
    </message>
    <message>
        <source>Delete {series} and {items}</source>
        <translation>Удалить {series} и {items}</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>Удалить {items}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <source>Catalogue: series and items</source>
        <translation>Каталог: серии и позиции</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;About KP Stamps</source>
        <translation>&amp;О программе KP Stamps</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown</source>
        <translation>
            <numerusform>Показана %Ln строка</numerusform>
            <numerusform>Показано %Ln строки</numerusform>
            <numerusform>Показано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln owned</source>
        <translation>
            <numerusform>есть %Ln</numerusform>
            <numerusform>есть %Ln</numerusform>
            <numerusform>есть %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wanted</source>
        <translation>
            <numerusform>нужно %Ln</numerusform>
            <numerusform>нужно %Ln</numerusform>
            <numerusform>нужно %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>A catalogue for collectors of stamps of the DPRK (North Korea).</source>
        <translation>Каталог для коллекционеров марок КНДР (Северной Кореи).</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Reference data: Radio Free Asia (10 January 2025) and Wikipedia, North Korean Postal Service.</source>
        <translation>Справочные данные: Радио «Свободная Азия» (10 января 2025 г.) и Википедия, «Почта КНДР».</translation>
    </message>
    <message>
        <source>About KP Stamps</source>
        <translation>О программе KP Stamps</translation>
    </message>
    <message>
        <source>Series {name} was deleted by someone else since you opened it. Your changes were not saved.</source>
        <translation>Пока серия {name} была открыта, её удалил другой пользователь. Ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>Series {name} was changed by {who} at {when} since you opened it. Your changes were not saved.</source>
        <translation>Пока серия {name} была открыта, её изменил {who} ({when}). Ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <source>Cancel to close the dialog; undo in the other window can bring the series back.</source>
        <translation>«Отмена» закроет диалог; отмена действия в другом окне может вернуть серию.</translation>
    </message>
    <message>
        <source>• nothing that the dialog shows</source>
        <translation>• ничего из того, что показано в диалоге</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>Изменено:</translation>
    </message>
    <message>
        <source>Reload their version (your changes are discarded), or keep editing: OK then saves your version over theirs.</source>
        <translation>Загрузите их версию (ваши изменения будут потеряны) или продолжайте правку: тогда «ОК» запишет вашу версию поверх их.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Загрузить их версию</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Фильтры&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>С года</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>По год</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>front</source>
        <translation>лицевая сторона</translation>
    </message>
    <message>
        <source>back</source>
        <translation>оборот</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>деталь</translation>
    </message>
    <message>
        <source>Gallery of scans</source>
        <translation>Галерея сканов</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Поиск по каталогу</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>определить</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>Добавить копию</translation>
    </message>
    <message>
        <source>When an item is already in the catalogue</source>
        <translation>Если позиция уже есть в каталоге</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Items already in the catalogue:</source>
        <translation>Позиции, уже имеющиеся в каталоге:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>List in the file</source>
        <translation>Список в файле</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>What each list becomes</source>
        <translation>Что станет с каждым списком</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Проверить (пробный прогон)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Wants (want list)</source>
        <translation>Поиск (список желаемого)</translation>
    </message>
    <message>
        <source>Holdings (list name as location)</source>
        <translation>В коллекции (имя списка как место хранения)</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Import list {name} as</source>
        <translation>Импортировать список {name} как</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>Поле для столбца {name}</translation>
    </message>
    <message>
        <source>Read as {encoding}, delimiter {delimiter}</source>
        <translation>Прочитано как {encoding}, разделитель {delimiter}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>Название (корейское)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Название (английское)</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>Название (китайское)</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Название (русское)</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>Размер зубцовки</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>Размер (мм)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Items of the series</source>
        <translation>Позиции серии</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>perforated</source>
        <translation>зубцовая</translation>
    </message>
    <message>
        <source>imperforate</source>
        <translation>беззубцовая</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>прямоугольник</translation>
    </message>
    <message>
        <source>oval</source>
        <translation>овал</translation>
    </message>
    <message>
        <source>round</source>
        <translation>круг</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>треугольник</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>ромб</translation>
    </message>
    <message>
        <source>Width×height in mm, e.g. 40×30; empty: the album assumes the kind&apos;s usual size</source>
        <translation>Ширина×высота в мм, например 40×30; пусто: альбом берёт обычный размер для этого вида</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>Заказывать нечего.</translation>
    </message>
    <message>
        <source>New order from series</source>
        <translation>Новый заказ по сериям</translation>
    </message>
    <message>
        <source>Series (serials such as Ba79 or titles, separated by commas):</source>
        <translation>Серии (шифры вроде Ba79 или названия через запятую):</translation>
    </message>
    <message>
        <source>How many of each:</source>
        <translation>Сколько каждой:</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Сначала откройте заказ.</translation>
    </message>
    <message>
        <source>Save order form as PDF</source>
        <translation>Сохранить бланк заказа в PDF</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Страница {n} из {total}</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Альбом</translation>
    </message>
    <message>
        <source>Print &amp;album…</source>
        <translation>Печать &amp;альбома…</translation>
    </message>
    <message>
        <source>Print &amp;list…</source>
        <translation>Печать &amp;списка…</translation>
    </message>
    <message>
        <source>first {n} series of the search</source>
        <translation>первые {n} серий поиска</translation>
    </message>
    <message>
        <source>Owned: {item}</source>
        <translation>Есть: {item}</translation>
    </message>
    <message>
        <source>Wanted: {item}</source>
        <translation>Нужно: {item}</translation>
    </message>
    <message>
        <source>Keep {n}: {item}</source>
        <translation>Оставить {n}: {item}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path} ({n}).</source>
        <translation>Сохранено: {path} ({n}).</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Отметить как полученный</translation>
    </message>
    <message>
        <source>Add the lines of order {number} to your holdings?</source>
        <translation>Добавить строки заказа {number} в коллекцию?</translation>
    </message>
    <message>
        <source>Receive order {number}</source>
        <translation>Получение заказа {number}</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} received; %Ln holding(s) added.</source>
        <translation>
            <numerusform>Заказ {number} получен; добавлен %Ln экземпляр в коллекцию.</numerusform>
            <numerusform>Заказ {number} получен; добавлено %Ln экземпляра в коллекцию.</numerusform>
            <numerusform>Заказ {number} получен; добавлено %Ln экземпляров в коллекцию.</numerusform>
        </translation>
    </message>
    <message>
        <source>New order from &amp;want list</source>
        <translation>Новый заказ по списку &amp;нужного</translation>
    </message>
    <message>
        <source>New order from &amp;selection</source>
        <translation>Новый заказ по &amp;выделенному</translation>
    </message>
    <message>
        <source>New order from ser&amp;ies…</source>
        <translation>Новый заказ по &amp;сериям…</translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation>&amp;Заказы…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Предпросмо&amp;тр печати…</translation>
    </message>
    <message>
        <source>&amp;Print order form…</source>
        <translation>&amp;Печать бланка заказа…</translation>
    </message>
    <message>
        <source>Save order form as P&amp;DF…</source>
        <translation>Сохранить бланк заказа в &amp;PDF…</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Названия</translation>
    </message>
    <message>
        <source>Language order for titles</source>
        <translation>Порядок языков названий</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Show titles in this order of languages. When a title is missing in the first language, the next one is used.</source>
        <translation>Названия показываются в этом порядке языков. Если названия на первом языке нет, берётся следующий.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Валюта по умолчанию</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>A new interface language takes effect after a restart.</source>
        <translation>Новый язык интерфейса вступит в силу после перезапуска.</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Валюта по умолчанию:</translation>
    </message>
    <message>
        <source>The default currency must be a three-letter code such as EUR, not {text!r}.</source>
        <translation>Валюта по умолчанию должна быть трёхбуквенным кодом вроде EUR, а не {text!r}.</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Данные заказчика</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Почтовый адрес:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Order form language:</source>
        <translation>Язык бланка заказа:</translation>
    </message>
    <message>
        <source>The e-mail address {text!r} does not look like name@example.org.</source>
        <translation>Адрес эл. почты {text!r} не похож на name@example.org.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Load the reference catalogue into a new catalogue</source>
        <translation>Загружать справочный каталог в новый каталог</translation>
    </message>
    <message>
        <source>Back up the catalogue when closing</source>
        <translation>Делать резервную копию каталога при закрытии</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Хранить резервных копий</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Хранить резервных копий:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Страницы настроек</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Настро&amp;йки…</translation>
    </message>
    <message>
        <source>Scan image</source>
        <translation>Изображение скана</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <source>Titles and catalogue numbers</source>
        <translation>Названия и номера по каталогам</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Вперёд ▶</translation>
    </message>
    <message>
        <source>Flip front/back</source>
        <translation>Перевернуть (лицо/оборот)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Scan {n} of {total} — {name}</source>
        <translation>Скан {n} из {total} — {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>{role} · {size}{zoom} %</source>
        <translation>{role} · {size}{zoom} %</translation>
    </message>
    <message>
        <source>Check scans</source>
        <translation>Проверка сканов</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Remove scans without a file and delete unused files</source>
        <translation>Убрать сканы без файла и удалить неиспользуемые файлы</translation>
    </message>
    <message>
        <source>Missing file: {path} (scan of {owner}, was “{name}”)</source>
        <translation>Нет файла: {path} (скан {owner}, был «{name}»)</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>позиция {id}</translation>
    </message>
    <message>
        <source>series {id}</source>
        <translation>серия {id}</translation>
    </message>
    <message>
        <source>Unused file: {path}</source>
        <translation>Неиспользуемый файл: {path}</translation>
    </message>
    <message>
        <source>All scans have their files and there are no unused files.</source>
        <translation>У всех сканов есть файлы, неиспользуемых файлов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) lost their file.</source>
        <translation>
            <numerusform>У %Ln скана нет файла.</numerusform>
            <numerusform>У %Ln сканов нет файла.</numerusform>
            <numerusform>У %Ln сканов нет файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not used.</source>
        <translation>
            <numerusform>%Ln файл не используется.</numerusform>
            <numerusform>%Ln файла не используются.</numerusform>
            <numerusform>%Ln файлов не используются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair removes those scans from the catalogue and deletes the unused files.</source>
        <translation>Исправление удалит эти сканы из каталога и неиспользуемые файлы.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln scan(s) without a file.</source>
        <translation>
            <numerusform>Удалён %Ln скан без файла.</numerusform>
            <numerusform>Удалено %Ln скана без файла.</numerusform>
            <numerusform>Удалено %Ln сканов без файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln unused file(s).</source>
        <translation>
            <numerusform>Удалён %Ln неиспользуемый файл.</numerusform>
            <numerusform>Удалено %Ln неиспользуемых файла.</numerusform>
            <numerusform>Удалено %Ln неиспользуемых файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted files cannot be brought back with Undo.</source>
        <translation>Удалённые файлы нельзя вернуть отменой.</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Галерея</translation>
    </message>
    <message>
        <source>&amp;Attach scans…</source>
        <translation>При&amp;крепить сканы…</translation>
    </message>
    <message>
        <source>&amp;Paste scan</source>
        <translation>&amp;Вставить скан</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Галерея</translation>
    </message>
    <message>
        <source>Check &amp;scans…</source>
        <translation>Проверить &amp;сканы…</translation>
    </message>
    <message>
        <source>Select a series or an item first.</source>
        <translation>Сначала выберите серию или позицию.</translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>Прикрепить сканы</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %Ln file(s)…</source>
        <translation>
            <numerusform>Прикрепляется %Ln файл…</numerusform>
            <numerusform>Прикрепляются %Ln файла…</numerusform>
            <numerusform>Прикрепляются %Ln файлов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %Ln scan(s)</source>
        <translation>
            <numerusform>Прикрепить %Ln скан</numerusform>
            <numerusform>Прикрепить %Ln скана</numerusform>
            <numerusform>Прикрепить %Ln сканов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %Ln scan(s).</source>
        <translation>
            <numerusform>Прикреплён %Ln скан.</numerusform>
            <numerusform>Прикреплено %Ln скана.</numerusform>
            <numerusform>Прикреплено %Ln сканов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gallery — %Ln scan(s)</source>
        <translation>
            <numerusform>Галерея — %Ln скан</numerusform>
            <numerusform>Галерея — %Ln скана</numerusform>
            <numerusform>Галерея — %Ln сканов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln scan(s)</source>
        <translation>
            <numerusform>Убрать %Ln скан</numerusform>
            <numerusform>Убрать %Ln скана</numerusform>
            <numerusform>Убрать %Ln сканов</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Некоторые файлы не прикреплены</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>В буфере обмена нет изображения.</translation>
    </message>
    <message>
        <source>Paste failed</source>
        <translation>Не удалось вставить</translation>
    </message>
    <message>
        <source>The clipboard image could not be saved.</source>
        <translation>Не удалось сохранить изображение из буфера обмена.</translation>
    </message>
    <message>
        <source>Change scan role</source>
        <translation>Изменить роль скана</translation>
    </message>
    <message>
        <source>Move scan</source>
        <translation>Переместить скан</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Переместить раньше</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Переместить позже</translation>
    </message>
    <message>
        <source>Remove scan(s)</source>
        <translation>Убрать сканы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt;&lt;br&gt;words match titles (ko/en/zh/ru), notes, serials, numbers; &lt;i&gt;chinson&lt;/i&gt; finds 친선&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; phrase &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; exclude &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;theme:sport&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2020..2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;kind:postcard&lt;/code&gt;&lt;br&gt;&lt;code&gt;serial:Ba79&lt;/code&gt; &amp;nbsp; &lt;code&gt;mi:6789&lt;/code&gt; &amp;nbsp; &lt;code&gt;cat:&quot;Mi 6789&quot;&lt;/code&gt; &amp;nbsp; &lt;code&gt;scott:&lt;/code&gt; &lt;code&gt;sg:&lt;/code&gt; &lt;code&gt;yv:&lt;/code&gt; &lt;code&gt;ksc:&lt;/code&gt; &lt;code&gt;colnect:&lt;/code&gt;&lt;br&gt;&lt;code&gt;owned&lt;/code&gt; &amp;nbsp; &lt;code&gt;wanted&lt;/code&gt; &amp;nbsp; &lt;code&gt;missing&lt;/code&gt; &amp;nbsp; &lt;code&gt;condition:used&lt;/code&gt;</source>
        <translation>&lt;b&gt;Поиск&lt;/b&gt;&lt;br&gt;слова ищутся в названиях (ko/en/zh/ru), примечаниях, шифрах, номерах; &lt;i&gt;chinson&lt;/i&gt; находит 친선&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; фраза &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; исключить &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; phrase &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; exclude &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;theme:sport&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2020..2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;kind:postcard&lt;/code&gt;&lt;br&gt;&lt;code&gt;serial:Ba79&lt;/code&gt; &amp;nbsp; &lt;code&gt;mi:6789&lt;/code&gt; &amp;nbsp; &lt;code&gt;cat:&quot;Mi 6789&quot;&lt;/code&gt; &amp;nbsp; &lt;code&gt;scott:&lt;/code&gt; &lt;code&gt;sg:&lt;/code&gt; &lt;code&gt;yv:&lt;/code&gt; &lt;code&gt;ksc:&lt;/code&gt; &lt;code&gt;colnect:&lt;/code&gt;&lt;br&gt;&lt;code&gt;owned&lt;/code&gt; &amp;nbsp; &lt;code&gt;wanted&lt;/code&gt; &amp;nbsp; &lt;code&gt;missing&lt;/code&gt; &amp;nbsp; &lt;code&gt;condition:used&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Search (theme:sport year:2024 mi:6789 …)</source>
        <translation>Поиск (theme:sport year:2024 mi:6789 …)</translation>
    </message>
    <message>
        <source>Search syntax help</source>
        <translation>Справка по синтаксису поиска</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Show the filter panel</source>
        <translation>Показать панель фильтров</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Подсказка поиска</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Сначала введите запрос, затем сохраните его.</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
    <message>
        <source>Title in Korean</source>
        <translation>Название на корейском</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Title in Chinese</source>
        <translation>Название на китайском</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Type to find a theme…</source>
        <translation>Введите, чтобы найти тему…</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translation>Фильтр тем</translation>
    </message>
    <message>
        <source>new theme key, e.g. sport.archery</source>
        <translation>ключ новой темы, напр. sport.archery</translation>
    </message>
    <message>
        <source>New theme key</source>
        <translation>Ключ новой темы</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Английское название</translation>
    </message>
    <message>
        <source>New theme English name</source>
        <translation>Английское название новой темы</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (новая)</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Новая серия</translation>
    </message>
    <message>
        <source>Edit series {serial}</source>
        <translation>Изменить серию {serial}</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <source>e.g. Ba79</source>
        <translation>напр. Ba79</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>— (from the issue date)</source>
        <translation>— (по дате выпуска)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>e.g. KSC announcement, 10 January 2025</source>
        <translation>напр. объявление KSC, 10 января 2025 г.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Notes on the items</source>
        <translation>Замечания по элементам</translation>
    </message>
    <message>
        <source>Add items by count</source>
        <translation>Добавить позиции по количеству</translation>
    </message>
    <message>
        <source>e.g. 4 stamps + 3 postcards</source>
        <translation>напр. марки 4 + открытки 3</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <source>Copy the series title</source>
        <translation>Скопировать название серии</translation>
    </message>
    <message>
        <source>Put the series titles into the selected items (all items if none selected)</source>
        <translation>Вставить названия серии в выбранные позиции (во все, если ничего не выбрано)</translation>
    </message>
    <message>
        <source>Count shortcut: {error}</source>
        <translation>Краткая запись количества: {error}</translation>
    </message>
    <message>
        <source>Item {item}: &apos;{number}&apos; is not a catalogue number KP Stamps can read; it is kept as written</source>
        <translation>Элемент {item}: «{number}» — не каталожный номер, который KP Stamps может прочитать; он сохраняется как написан</translation>
    </message>
    <message>
        <source>Discard the changes to this series?</source>
        <translation>Отменить изменения этой серии?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter commands</source>
        <translation>Фильтр команд</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>Команды и их сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Сочетания клавиш…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{amount} (no currency)</source>
        <translation>{amount} (без валюты)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln серия</numerusform>
            <numerusform>%Ln серии</numerusform>
            <numerusform>%Ln серий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln предмет</numerusform>
            <numerusform>%Ln предмета</numerusform>
            <numerusform>%Ln предметов</numerusform>
        </translation>
    </message>
    <message>
        <source>Series complete: {complete} · begun: {started}</source>
        <translation>Полных серий: {complete} · начатых: {started}</translation>
    </message>
    <message>
        <source>Owned: {items} ({copies}) · Wanted: {wanted} ({wcopies})</source>
        <translation>Есть: {items} ({copies}) · Нужно: {wanted} ({wcopies})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies)</source>
        <translation>
            <numerusform>%Ln экземпляр</numerusform>
            <numerusform>%Ln экземпляра</numerusform>
            <numerusform>%Ln экземпляров</numerusform>
        </translation>
    </message>
    <message>
        <source>Money spent: {spent} ({unpriced})</source>
        <translation>Потрачено: {spent} ({unpriced})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln holding(s) without a price</source>
        <translation>
            <numerusform>%Ln экземпляр без цены</numerusform>
            <numerusform>%Ln экземпляра без цены</numerusform>
            <numerusform>%Ln экземпляров без цены</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated catalogue value: {value}</source>
        <translation>Оценка по каталогу: {value}</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Summary of the collection</source>
        <translation>Сводка по коллекции</translation>
    </message>
    <message>
        <source>Items by year (hatched: owned)</source>
        <translation>Позиции по годам (штриховка: есть)</translation>
    </message>
    <message>
        <source>Series by theme</source>
        <translation>Серии по темам</translation>
    </message>
    <message>
        <source>Items by kind (hatched: owned)</source>
        <translation>Позиции по видам (штриховка: есть)</translation>
    </message>
    <message>
        <source>Statistics charts</source>
        <translation>Диаграммы статистики</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>По годам</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>По темам</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>По видам</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>Состояние статистики</translation>
    </message>
    <message>
        <source>Completion per series</source>
        <translation>Полнота по сериям</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Экспорт диаграммы в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation>Экспорт диаграммы в &amp;SVG…</translation>
    </message>
    <message>
        <source>Export figures as &amp;CSV…</source>
        <translation>Экспорт данных в &amp;CSV…</translation>
    </message>
    <message>
        <source>Show &amp;all rows</source>
        <translation>Показать &amp;все строки</translation>
    </message>
    <message>
        <source>Remove the filter set by clicking a bar</source>
        <translation>Снять фильтр, заданный щелчком по столбцу</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Could not compute the statistics: {error}</source>
        <translation>Не удалось подсчитать статистику: {error}</translation>
    </message>
    <message>
        <source>unknown year</source>
        <translation>год неизвестен</translation>
    </message>
    <message>
        <source>Filtered by statistics: {what}</source>
        <translation>Фильтр из статистики: {what}</translation>
    </message>
    <message>
        <source>The search cannot select series without a year.</source>
        <translation>Поиском нельзя выбрать серии без года.</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>год {year}</translation>
    </message>
    <message>
        <source>theme {name}</source>
        <translation>тема {name}</translation>
    </message>
    <message>
        <source>one series</source>
        <translation>одна серия</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>the figures are not counted yet</source>
        <translation>данные ещё не подсчитаны</translation>
    </message>
    <message>
        <source>this tab has no chart</source>
        <translation>на этой вкладке нет диаграммы</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Не удалось сохранить {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>Figures and charts about the catalogue and the collection</source>
        <translation>Цифры и диаграммы по каталогу и коллекции</translation>
    </message>
    <message>
        <source>Themes and their names in four languages</source>
        <translation>Темы и их названия на четырёх языках</translation>
    </message>
    <message>
        <source>&amp;New theme</source>
        <translation>&amp;Новая тема</translation>
    </message>
    <message>
        <source>New &amp;sub-theme</source>
        <translation>Новая &amp;подтема</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Переместить в…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>&amp;Темы…</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>Create theme {name}</source>
        <translation>Создать тему {name}</translation>
    </message>
    <message>
        <source>Rename theme {old} to {new}</source>
        <translation>Переименовать тему {old} в {new}</translation>
    </message>
    <message>
        <source>Move theme {name} under {parent}</source>
        <translation>Переместить тему {name} в {parent}</translation>
    </message>
    <message>
        <source>Merge theme {source} into {target}</source>
        <translation>Объединить тему {source} с {target}</translation>
    </message>
    <message>
        <source>Delete theme {name}, reassigning to {target}</source>
        <translation>Удалить тему {name}, передав всё в {target}</translation>
    </message>
    <message>
        <source>Delete theme {name}</source>
        <translation>Удалить тему {name}</translation>
    </message>
    <message>
        <source>Select a theme first.</source>
        <translation>Сначала выберите тему.</translation>
    </message>
    <message>
        <source>Move {name} under:</source>
        <translation>Переместить {name} в:</translation>
    </message>
    <message>
        <source>Merge {name} into:</source>
        <translation>Объединить {name} с:</translation>
    </message>
    <message>
        <source>{name} is used by {used} series and has {children} sub-themes. Reassign them to:</source>
        <translation>Тема {name} используется в сериях ({used}) и имеет подтемы ({children}). Передать их в:</translation>
    </message>
    <message>
        <source>Not deleted: {name} is still in use.</source>
        <translation>Не удалено: тема {name} ещё используется.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export catalogue…</source>
        <translation>&amp;Экспорт каталога…</translation>
    </message>
    <message>
        <source>Export current &amp;search…</source>
        <translation>Экспорт результатов &amp;поиска…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Резервная копия</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Collections (*.csv *.json *.tc *.xml *.gcs);;All files (*)</source>
        <translation>Коллекции (*.csv *.json *.tc *.xml *.gcs);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exported {count} to {path}</source>
        <translation>Экспортировано {count} в {path}</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана в {path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Резервные копии (*.zip)</translation>
    </message>
    <message>
        <source>Replace the catalogue with this backup? The current catalogue is kept in the backups folder.</source>
        <translation>Заменить каталог этой резервной копией? Текущий каталог останется в папке резервных копий.</translation>
    </message>
    <message>
        <source>Restored {path}; the previous catalogue is in {previous}</source>
        <translation>Восстановлено из {path}; прежний каталог — в {previous}</translation>
    </message>
    <message>
        <source>series {name}</source>
        <translation>серия {name}</translation>
    </message>
    <message>
        <source>item {name}</source>
        <translation>позиция {name}</translation>
    </message>
    <message>
        <source>order {name}</source>
        <translation>заказ {name}</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</source>
        <translation>Нельзя отменить «{what}»: тем временем {thing} удалил другой пользователь. Этот шаг убран из истории отмены.</translation>
    </message>
    <message>
        <source>Cannot redo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</source>
        <translation>Нельзя повторить «{what}»: тем временем {thing} удалил другой пользователь. Этот шаг убран из истории отмены.</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</source>
        <translation>Нельзя отменить «{what}»: {thing} изменил {who} ({when}). Их версия сохранена; этот шаг убран из истории отмены.</translation>
    </message>
    <message>
        <source>Cannot redo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</source>
        <translation>Нельзя повторить «{what}»: {thing} изменил {who} ({when}). Их версия сохранена; этот шаг убран из истории отмены.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>Перевести курсор в поле поиска</translation>
    </message>
    <message>
        <source>Only the first {n} characters of the search are used.</source>
        <translation>Используются только первые {n} символов поиска.</translation>
    </message>
    <message>
        <source>A quote is not closed; the rest of the search is read as one phrase.</source>
        <translation>Кавычка не закрыта; остаток поиска читается как одна фраза.</translation>
    </message>
    <message>
        <source>Only the first {n} search terms are used.</source>
        <translation>Используются только первые {n} условий поиска.</translation>
    </message>
    <message>
        <source>A closing bracket has no opening bracket; it is ignored.</source>
        <translation>У закрывающей скобки нет открывающей; она пропущена.</translation>
    </message>
    <message>
        <source>A bracket is not closed; it is closed at the end.</source>
        <translation>Скобка не закрыта; она закрыта в конце.</translation>
    </message>
    <message>
        <source>{name}: needs a value, for example {example}.</source>
        <translation>{name}: нужно значение, например {example}.</translation>
    </message>
    <message>
        <source>year:{value} is not a year; write year:2024 or year:2020..2024.</source>
        <translation>year:{value} — не год; пишите year:2024 или year:2020..2024.</translation>
    </message>
    <message>
        <source>Unknown {what} {value}; expected one of: {valid}.</source>
        <translation>Неизвестное значение {what} {value}; возможные: {valid}.</translation>
    </message>
    <message>
        <source>The serial is longer than 40 characters.</source>
        <translation>Номер серии длиннее 40 символов.</translation>
    </message>
    <message>
        <source>Issue date: {error}.</source>
        <translation>Дата выпуска: {error}.</translation>
    </message>
    <message>
        <source>Announced date: {error}.</source>
        <translation>Дата объявления: {error}.</translation>
    </message>
    <message>
        <source>Year {year} is impossible.</source>
        <translation>Год {year} невозможен.</translation>
    </message>
    <message>
        <source>Year {year} does not match the issue date {date}.</source>
        <translation>Год {year} не совпадает с датой выпуска {date}.</translation>
    </message>
    <message>
        <source>Item {n} has no kind.</source>
        <translation>У предмета {n} нет вида.</translation>
    </message>
    <message>
        <source>Item {n}: unknown kind “{kind}”.</source>
        <translation>Предмет {n}: неизвестный вид «{kind}».</translation>
    </message>
    <message>
        <source>Item {n}: face value {error}.</source>
        <translation>Предмет {n}: номинал {error}.</translation>
    </message>
    <message>
        <source>Item {n}: currency “{currency}” is not a three-letter code.</source>
        <translation>Предмет {n}: валюта «{currency}» — не трёхбуквенный код.</translation>
    </message>
    <message>
        <source>Item {n}: unknown perforation “{perforation}”.</source>
        <translation>Предмет {n}: неизвестная зубцовка «{perforation}».</translation>
    </message>
    <message>
        <source>Item {n}: {error}.</source>
        <translation>Предмет {n}: {error}.</translation>
    </message>
    <message>
        <source>Serial {serial} is already used by another series.</source>
        <translation>Номер {serial} уже занят другой серией.</translation>
    </message>
    <message>
        <source>Give the series a serial or a title.</source>
        <translation>Укажите номер или название серии.</translation>
    </message>
    <message>
        <source>A new theme needs a key and an English name.</source>
        <translation>Новой теме нужны ключ и английское название.</translation>
    </message>
    <message>
        <source>{text} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{text} — не дата (пишите ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>year {year} is out of range</source>
        <translation>год {year} вне допустимого диапазона</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>для дня нужен месяц</translation>
    </message>
    <message>
        <source>month {month} does not exist</source>
        <translation>месяца {month} не существует</translation>
    </message>
    <message>
        <source>{date} does not exist</source>
        <translation>даты {date} не существует</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} — не сумма</translation>
    </message>
    <message>
        <source>amount {text} is negative</source>
        <translation>сумма {text} отрицательна</translation>
    </message>
    <message>
        <source>amount {text} is too large</source>
        <translation>сумма {text} слишком велика</translation>
    </message>
    <message>
        <source>type something like “{example}”</source>
        <translation>введите, например, «{example}»</translation>
    </message>
    <message>
        <source>4 stamps + 3 postcards</source>
        <translation>марки 4 + открытки 3</translation>
    </message>
    <message>
        <source>“{part}” has more than one number</source>
        <translation>в «{part}» больше одного числа</translation>
    </message>
    <message>
        <source>“{part}” does not name a kind of item (stamp, postcard, souvenir sheet…)</source>
        <translation>«{part}» — не вид предмета (марка, открытка, блок…)</translation>
    </message>
    <message>
        <source>“{part}”: the count must be at least 1</source>
        <translation>«{part}»: количество должно быть не меньше 1</translation>
    </message>
    <message>
        <source>more than {n} items in one shortcut</source>
        <translation>больше {n} предметов за раз</translation>
    </message>
    <message>
        <source>“{part}” needs a catalogue abbreviation before the number ({known})</source>
        <translation>в «{part}» перед номером нужно сокращение каталога ({known})</translation>
    </message>
    <message>
        <source>KP Stamps user guide</source>
        <translation>Руководство KP Stamps</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;Thumbnails in the table</source>
        <translation>&amp;Миниатюры в таблице</translation>
    </message>
    <message>
        <source>Welcome to KP Stamps</source>
        <translation>Добро пожаловать в KP Stamps</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to KP Stamps&lt;/h3&gt;&lt;p&gt;Choose the interface language, the order of languages for titles and your name and address for order forms. Everything can be changed later in File ▸ Preferences; Help ▸ User guide (F1) explains the rest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Добро пожаловать в KP Stamps&lt;/h3&gt;&lt;p&gt;Выберите язык интерфейса, порядок языков названий и ваше имя и адрес для бланков заказа. Всё это можно изменить позже в меню Файл ▸ Настройки; остальное объясняет Справка ▸ Руководство (F1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Печать списка</translation>
    </message>
    <message>
        <source>Print album</source>
        <translation>Печать альбома</translation>
    </message>
    <message>
        <source>A4, Letter, or width×height in mm such as 230x300mm</source>
        <translation>A4, Letter или ширина×высота в мм, например 230x300mm</translation>
    </message>
    <message>
        <source>Print the scans in their spaces</source>
        <translation>Печатать сканы в местах для марок</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Рамка</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>Номера страниц</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Список:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>Название коллекции:</translation>
    </message>
    <message>
        <source>Mount margin:</source>
        <translation>Поле вокруг марки:</translation>
    </message>
    <message>
        <source>Binder margin:</source>
        <translation>Поле для переплёта:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Read-only: {reason} You can browse, search, export and print; changes are off.</source>
        <translation>Только чтение: {reason} Можно просматривать, искать, экспортировать и печатать; изменения отключены.</translation>
    </message>
    <message>
        <source>Read-only catalogue</source>
        <translation>Каталог только для чтения</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (только чтение)</translation>
    </message>
    <message>
        <source>Serial (KSC)</source>
        <translation>Шифр (KSC)</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Series title (Korean)</source>
        <translation>Название серии (корейский)</translation>
    </message>
    <message>
        <source>Series title (English)</source>
        <translation>Название серии (английский)</translation>
    </message>
    <message>
        <source>Series title (Chinese)</source>
        <translation>Название серии (китайский)</translation>
    </message>
    <message>
        <source>Series title (Russian)</source>
        <translation>Название серии (русский)</translation>
    </message>
    <message>
        <source>Series notes</source>
        <translation>Заметки к серии</translation>
    </message>
    <message>
        <source>Series source</source>
        <translation>Источник серии</translation>
    </message>
    <message>
        <source>Series scans (JSON)</source>
        <translation>Сканы серии (JSON)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Position in the series</source>
        <translation>Место в серии</translation>
    </message>
    <message>
        <source>Item title (Korean)</source>
        <translation>Название (корейский)</translation>
    </message>
    <message>
        <source>Item title (English)</source>
        <translation>Название (английский)</translation>
    </message>
    <message>
        <source>Item title (Chinese)</source>
        <translation>Название (китайский)</translation>
    </message>
    <message>
        <source>Item title (Russian)</source>
        <translation>Название (русский)</translation>
    </message>
    <message>
        <source>Perforated or imperforate</source>
        <translation>Зубцовая или беззубцовая</translation>
    </message>
    <message>
        <source>Perforation gauge</source>
        <translation>Размер зубцовки</translation>
    </message>
    <message>
        <source>Format or size</source>
        <translation>Формат или размер</translation>
    </message>
    <message>
        <source>Id in the source</source>
        <translation>Номер в источнике</translation>
    </message>
    <message>
        <source>Link to the source</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Ширина (мм)</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>Высота (мм)</translation>
    </message>
    <message>
        <source>Face value as written</source>
        <translation>Номинал как записан</translation>
    </message>
    <message>
        <source>Catalogue numbers (Mi:6789, Sc:5123)</source>
        <translation>Номера по каталогам (Mi:6789, Sc:5123)</translation>
    </message>
    <message>
        <source>Holdings (JSON)</source>
        <translation>В коллекции (JSON)</translation>
    </message>
    <message>
        <source>Wants (JSON)</source>
        <translation>Поиск (JSON)</translation>
    </message>
    <message>
        <source>Catalogue values (JSON)</source>
        <translation>Каталожные цены (JSON)</translation>
    </message>
    <message>
        <source>Scans (JSON)</source>
        <translation>Сканы (JSON)</translation>
    </message>
    <message>
        <source>{catalogue} number</source>
        <translation>Номер {catalogue}</translation>
    </message>
    <message>
        <source>Planned: in KSC&apos;s issuing plan, not verified as issued; the plan may change.</source>
        <translation>Запланирована: в плане выпуска KSC, выпуск не подтверждён; план может измениться.</translation>
    </message>
    <message>
        <source>Announced: not verified as issued yet.</source>
        <translation>Объявлена: выпуск ещё не подтверждён.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Announced (not issued yet)</source>
        <translation>Объявлена (ещё не выпущена)</translation>
    </message>
    <message>
        <source>Planned (in KSC&apos;s plan; may change)</source>
        <translation>Запланирована (в плане KSC; может измениться)</translation>
    </message>
    <message>
        <source>Export catalogue pack</source>
        <translation>Экспорт пакета каталога</translation>
    </message>
    <message>
        <source>Only the series of the current search</source>
        <translation>Только серии текущего поиска</translation>
    </message>
    <message>
        <source>Include scans</source>
        <translation>Включить сканы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Holdings, wants, orders and prices paid are never written to a pack.</source>
        <translation>Коллекция, список желаний, заказы и уплаченные цены никогда не попадают в пакет.</translation>
    </message>
    <message>
        <source>Export catalogue pac&amp;k…</source>
        <translation>Экспорт паке&amp;та каталога…</translation>
    </message>
    <message>
        <source>&amp;Update from catalogue pack…</source>
        <translation>&amp;Обновить из пакета каталога…</translation>
    </message>
    <message>
        <source>Reference catalogue updated to {version}: {summary}.</source>
        <translation>Справочный каталог обновлён до {version}: {summary}.</translation>
    </message>
    <message>
        <source>Catalogue packs (*.kpspack *.zip);;All files (*)</source>
        <translation>Пакеты каталога (*.kpspack *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exported {series} series and {items} items to {path}</source>
        <translation>Экспортировано серий: {series}, позиций: {items} в {path}</translation>
    </message>
    <message>
        <source>Update from catalogue pack</source>
        <translation>Обновление из пакета каталога</translation>
    </message>
    <message>
        <source>The pack was refused; nothing was changed.</source>
        <translation>Пакет отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Values that differ</source>
        <translation>Различающиеся значения</translation>
    </message>
    <message>
        <source>Take the pack&apos;s version</source>
        <translation>Взять версию пакета</translation>
    </message>
    <message>
        <source>Conflicts: rows you edited that the pack would change</source>
        <translation>Конфликты: изменённые вами строки, которые пакет изменил бы</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>взять их</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}: {summary}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version}: {summary}.</translation>
    </message>
    <message>
        <source>Your holdings, wants and orders are not touched. Rows you edited are kept unless you tick “take theirs”.</source>
        <translation>Коллекция, список желаний и заказы не затрагиваются. Изменённые вами строки сохраняются, если не отмечено «взять их».</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Ничего не изменено:</translation>
    </message>
    <message>
        <source>Update from pack {name}</source>
        <translation>Обновление из пакета {name}</translation>
    </message>
    <message>
        <source>Updated from {name}: {summary}.</source>
        <translation>Обновлено из {name}: {summary}.</translation>
    </message>
    <message>
        <source>already owned: {items}</source>
        <translation>уже есть в коллекции: {items}</translation>
    </message>
    <message>
        <source>already on an open order: {items}</source>
        <translation>уже в открытом заказе: {items}</translation>
    </message>
    <message>
        <source>Left out of the order — {reasons}.</source>
        <translation>Не включено в заказ — {reasons}.</translation>
    </message>
    <message>
        <source>Not printed: the order could not be saved ({error}).</source>
        <translation>Не напечатано: заказ не удалось сохранить ({error}).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>No series or items match “{query}”.</source>
        <translation>Нет серий и позиций, подходящих под «{query}».</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Возможно, вы имели в виду {suggestion}?</translation>
    </message>
    <message>
        <source>Check the spelling, or press ? for the search syntax.</source>
        <translation>Проверьте написание или нажмите ?, чтобы увидеть синтаксис поиска.</translation>
    </message>
    <message>
        <source>Would import: {counts}</source>
        <translation>Будет импортировано: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln новый предмет</numerusform>
            <numerusform>%Ln новых предмета</numerusform>
            <numerusform>%Ln новых предметов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln обновлён</numerusform>
            <numerusform>%Ln обновлено</numerusform>
            <numerusform>%Ln обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln дубликат</numerusform>
            <numerusform>%Ln дубликата</numerusform>
            <numerusform>%Ln дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln строка отклонена</numerusform>
            <numerusform>%Ln строки отклонены</numerusform>
            <numerusform>%Ln строк отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new series</source>
        <translation>
            <numerusform>%Ln новая серия</numerusform>
            <numerusform>%Ln новые серии</numerusform>
            <numerusform>%Ln новых серий</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {counts}</source>
        <translation>Импортировано: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} sent to the printer (%Ln page(s)).</source>
        <translation>
            <numerusform>Заказ {number} отправлен на принтер (%Ln страница).</numerusform>
            <numerusform>Заказ {number} отправлен на принтер (%Ln страницы).</numerusform>
            <numerusform>Заказ {number} отправлен на принтер (%Ln страниц).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%Ln page(s)).</source>
        <translation>
            <numerusform>Сохранено: {path} (%Ln страница).</numerusform>
            <numerusform>Сохранено: {path} (%Ln страницы).</numerusform>
            <numerusform>Сохранено: {path} (%Ln страниц).</numerusform>
        </translation>
    </message>
    <message>
        <source>The album could not be read: {error}</source>
        <translation>Не удалось прочитать альбом: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Serial</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation>Номера по каталогам</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Есть</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Нужна</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Есть</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>Уплачено</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Где хранится</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Нужна</translation>
    </message>
    <message>
        <source>Want qty</source>
        <translation>Нужно, шт.</translation>
    </message>
    <message>
        <source>Wanted condition</source>
        <translation>Нужное состояние</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Макс. цена</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your last change was not saved.</source>
        <translation>Последнее изменение не сохранено.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order {number}</source>
        <translation>Заказ {number}</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>Язык бланка</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Shipping route</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Строки заказа</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>Стоимость доставки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Предпросмотр печати…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Отметить как отправленный</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>Отметить как полученный…</translation>
    </message>
    <message>
        <source>Subtotal: {amount}</source>
        <translation>Подытог: {amount}</translation>
    </message>
    <message>
        <source>Total: {amount} {currency}</source>
        <translation>Итого: {amount} {currency}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Saved order {number} at {time}.</source>
        <translation>Заказ {number} сохранён в {time}.</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>Закрыть заказ</translation>
    </message>
    <message>
        <source>Order {number} has changes that are not saved.</source>
        <translation>В заказе {number} есть несохранённые изменения.</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>Отметить как полученный…</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo/redo “{what}”: {error}</source>
        <translation>Не удалось отменить/повторить «{what}»: {error}</translation>
    </message>
</context>
</TS>

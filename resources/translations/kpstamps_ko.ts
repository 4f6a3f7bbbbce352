<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {item} owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {item} not owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {item} wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {item} not wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown condition {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {what} of {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency must be a three-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected series or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perforation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist of the series: owned and wanted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owned}/{total} owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;incomplete series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KP Stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue: series and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KP Stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} rows shown · {series} series · {items} items · {owned} owned · {wanted} wanted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About KP Stamps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

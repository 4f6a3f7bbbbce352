<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Bulk edit</source>
        <translation>Bulk edit</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected item(s):</source>
        <translation>
            <numerusform>Change %Ln selected item:</numerusform>
            <numerusform>Change %Ln selected items:</numerusform>
        </translation>
    </message>
    <message>
        <source>leave as is</source>
        <translation>leave as is</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>owned</translation>
    </message>
    <message>
        <source>not owned</source>
        <translation>not owned</translation>
    </message>
    <message>
        <source>&amp;Owned</source>
        <translation>&amp;Owned</translation>
    </message>
    <message>
        <source>on the want list</source>
        <translation>on the want list</translation>
    </message>
    <message>
        <source>off the want list</source>
        <translation>off the want list</translation>
    </message>
    <message>
        <source>&amp;Wanted</source>
        <translation>&amp;Wanted</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Condition</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>e.g. album 3, page 12</source>
        <translation>e.g. album 3, page 12</translation>
    </message>
    <message>
        <source>&amp;Price paid</source>
        <translation>&amp;Price paid</translation>
    </message>
    <message>
        <source>The price paid is not an amount.</source>
        <translation>The price paid is not an amount.</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>&amp;Bulk edit…</translation>
    </message>
    <message>
        <source>Mark series &amp;owned</source>
        <translation>Mark series &amp;owned</translation>
    </message>
    <message>
        <source>Mark series &amp;wanted</source>
        <translation>Mark series &amp;wanted</translation>
    </message>
    <message>
        <source>Select the rows to change first.</source>
        <translation>Select the rows to change first.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) owned</source>
        <translation>
            <numerusform>Mark %Ln item owned</numerusform>
            <numerusform>Mark %Ln items owned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) wanted</source>
        <translation>
            <numerusform>Mark %Ln item wanted</numerusform>
            <numerusform>Mark %Ln items wanted</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Not changed: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit of %Ln item(s)</source>
        <translation>
            <numerusform>Bulk edit of %Ln item</numerusform>
            <numerusform>Bulk edit of %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed.</source>
        <translation>
            <numerusform>%Ln item changed.</numerusform>
            <numerusform>%Ln items changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {item} owned</source>
        <translation>Mark {item} owned</translation>
    </message>
    <message>
        <source>Mark {item} not owned</source>
        <translation>Mark {item} not owned</translation>
    </message>
    <message>
        <source>Mark {item} wanted</source>
        <translation>Mark {item} wanted</translation>
    </message>
    <message>
        <source>Mark {item} not wanted</source>
        <translation>Mark {item} not wanted</translation>
    </message>
    <message>
        <source>unknown condition {value}</source>
        <translation>unknown condition {value}</translation>
    </message>
    <message>
        <source>Change {what} of {item}</source>
        <translation>Change {what} of {item}</translation>
    </message>
    <message>
        <source>currency must be a three-letter code</source>
        <translation>currency must be a three-letter code</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} is not a whole number</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Details of the selected series or item</source>
        <translation>Details of the selected series or item</translation>
    </message>
    <message>
        <source>Select a series or an item to see its details.</source>
        <translation>Select a series or an item to see its details.</translation>
    </message>
    <message>
        <source>(untitled series)</source>
        <translation>(untitled series)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No items catalogued yet.</source>
        <translation>No items catalogued yet.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Face value</translation>
    </message>
    <message>
        <source>Perforation</source>
        <translation>Perforation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation>Catalogue numbers</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Album page</source>
        <translation>Album page</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <source>Copies to keep</source>
        <translation>Copies to keep</translation>
    </message>
    <message>
        <source>Nothing to show: no series matches the search.</source>
        <translation>Nothing to show: no series matches the search.</translation>
    </message>
    <message>
        <source>Not owned.</source>
        <translation>Not owned.</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Series completion</source>
        <translation>Series completion</translation>
    </message>
    <message>
        <source>Checklist of the series: owned and wanted items</source>
        <translation>Checklist of the series: owned and wanted items</translation>
    </message>
    <message>
        <source>{owned}/{total} owned</source>
        <translation>{owned}/{total} owned</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>No items</translation>
    </message>
    <message>
        <source>Catalogue values of the item</source>
        <translation>Catalogue values of the item</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>Mint</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Edition, e.g. 2024</source>
        <translation>Edition, e.g. 2024</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>Set &amp;value</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Value condition</source>
        <translation>Value condition</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Catalogue value</source>
        <translation>Catalogue value</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Catalogue edition</source>
        <translation>Catalogue edition</translation>
    </message>
    <message>
        <source>Catalogue value of {item}:</source>
        <translation>Catalogue value of {item}:</translation>
    </message>
    <message>
        <source>Catalogue value:</source>
        <translation>Catalogue value:</translation>
    </message>
    <message>
        <source>Set catalogue value of {item}</source>
        <translation>Set catalogue value of {item}</translation>
    </message>
    <message>
        <source>Remove catalogue value of {item}</source>
        <translation>Remove catalogue value of {item}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Only &amp;incomplete series</source>
        <translation>Only &amp;incomplete series</translation>
    </message>
    <message>
        <source>KP Stamps</source>
        <translation>KP Stamps</translation>
    </message>
    <message>
        <source>This also deletes {parts}.</source>
        <translation>This also deletes {parts}.</translation>
    </message>
    <message>
        <source>Delete {series} and {items}?</source>
        <translation>Delete {series} and {items}?</translation>
    </message>
    <message>
        <source>Delete {items}?</source>
        <translation>Delete {items}?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln holding(s)</source>
        <translation>
            <numerusform>%Ln holding</numerusform>
            <numerusform>%Ln holdings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln want(s)</source>
        <translation>
            <numerusform>%Ln want</numerusform>
            <numerusform>%Ln wants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <translation>
            <numerusform>%Ln scan</numerusform>
            <numerusform>%Ln scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln catalogue value(s)</source>
        <translation>
            <numerusform>%Ln catalogue value</numerusform>
            <numerusform>%Ln catalogue values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) will no longer point at them.</source>
        <translation>
            <numerusform>%Ln order line will no longer point at them.</numerusform>
            <numerusform>%Ln order lines will no longer point at them.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Edit ▸ Undo brings everything back.)</source>
        <translation>(Edit ▸ Undo brings everything back.)</translation>
    </message>
    <message>
        <source>&amp;New series…</source>
        <translation>&amp;New series…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete whole &amp;series…</source>
        <translation>Delete whole &amp;series…</translation>
    </message>
    <message>
        <source>Add series {name}</source>
        <translation>Add series {name}</translation>
    </message>
    <message>
        <source>Edit series {name}</source>
        <translation>Edit series {name}</translation>
    </message>
    <message>
        <source>Your version is kept: OK saves it over theirs.</source>
        <translation>Your version is kept: OK saves it over theirs.</translation>
    </message>
    <message>
        <source>Delete series {name}</source>
        <translation>Delete series {name}</translation>
    </message>
    <message>
        <source>Delete {series} and {items}</source>
        <translation>Delete {series} and {items}</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>Delete {items}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Catalogue: series and items</source>
        <translation>Catalogue: series and items</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;About KP Stamps</source>
        <translation>&amp;About KP Stamps</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown</source>
        <translation>
            <numerusform>%Ln row shown</numerusform>
            <numerusform>%Ln rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln owned</source>
        <translation>
            <numerusform>%Ln owned</numerusform>
            <numerusform>%Ln owned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wanted</source>
        <translation>
            <numerusform>%Ln wanted</numerusform>
            <numerusform>%Ln wanted</numerusform>
        </translation>
    </message>
    <message>
        <source>A catalogue for collectors of stamps of the DPRK (North Korea).</source>
        <translation>A catalogue for collectors of stamps of the DPRK (North Korea).</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Reference data: Radio Free Asia (10 January 2025) and Wikipedia, North Korean Postal Service.</source>
        <translation>Reference data: Radio Free Asia (10 January 2025) and Wikipedia, North Korean Postal Service.</translation>
    </message>
    <message>
        <source>About KP Stamps</source>
        <translation>About KP Stamps</translation>
    </message>
    <message>
        <source>Series {name} was deleted by someone else since you opened it. Your changes were not saved.</source>
        <translation>Series {name} was deleted by someone else since you opened it. Your changes were not saved.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Series {name} was changed by {who} at {when} since you opened it. Your changes were not saved.</source>
        <translation>Series {name} was changed by {who} at {when} since you opened it. Your changes were not saved.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>Cancel to close the dialog; undo in the other window can bring the series back.</source>
        <translation>Cancel to close the dialog; undo in the other window can bring the series back.</translation>
    </message>
    <message>
        <source>• nothing that the dialog shows</source>
        <translation>• nothing that the dialog shows</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>They changed:</translation>
    </message>
    <message>
        <source>Reload their version (your changes are discarded), or keep editing: OK then saves your version over theirs.</source>
        <translation>Reload their version (your changes are discarded), or keep editing: OK then saves your version over theirs.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Reload their version</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filters&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Theme filter</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Kind filter</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>front</source>
        <translation>front</translation>
    </message>
    <message>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detail</translation>
    </message>
    <message>
        <source>Gallery of scans</source>
        <translation>Gallery of scans</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>detect</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>Add a copy</translation>
    </message>
    <message>
        <source>When an item is already in the catalogue</source>
        <translation>When an item is already in the catalogue</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Items already in the catalogue:</source>
        <translation>Items already in the catalogue:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>List in the file</source>
        <translation>List in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>What each list becomes</source>
        <translation>What each list becomes</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Wants (want list)</source>
        <translation>Wants (want list)</translation>
    </message>
    <message>
        <source>Holdings (list name as location)</source>
        <translation>Holdings (list name as location)</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Import list {name} as</source>
        <translation>Import list {name} as</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>Field for column {name}</translation>
    </message>
    <message>
        <source>Read as {encoding}, delimiter {delimiter}</source>
        <translation>Read as {encoding}, delimiter {delimiter}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>Title (Korean)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>Title (Chinese)</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Title (Russian)</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>Gauge</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>Size (mm)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Items of the series</source>
        <translation>Items of the series</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>perforated</source>
        <translation>perforated</translation>
    </message>
    <message>
        <source>imperforate</source>
        <translation>imperforate</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>rectangle</translation>
    </message>
    <message>
        <source>oval</source>
        <translation>oval</translation>
    </message>
    <message>
        <source>round</source>
        <translation>round</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triangle</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>diamond</translation>
    </message>
    <message>
        <source>Width×height in mm, e.g. 40×30; empty: the album assumes the kind&apos;s usual size</source>
        <translation>Width×height in mm, e.g. 40×30; empty: the album assumes the kind&apos;s usual size</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>Nothing to order.</translation>
    </message>
    <message>
        <source>New order from series</source>
        <translation>New order from series</translation>
    </message>
    <message>
        <source>Series (serials such as Ba79 or titles, separated by commas):</source>
        <translation>Series (serials such as Ba79 or titles, separated by commas):</translation>
    </message>
    <message>
        <source>How many of each:</source>
        <translation>How many of each:</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Open an order first.</translation>
    </message>
    <message>
        <source>Save order form as PDF</source>
        <translation>Save order form as PDF</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Print &amp;album…</source>
        <translation>Print &amp;album…</translation>
    </message>
    <message>
        <source>Print &amp;list…</source>
        <translation>Print &amp;list…</translation>
    </message>
    <message>
        <source>first {n} series of the search</source>
        <translation>first {n} series of the search</translation>
    </message>
    <message>
        <source>Owned: {item}</source>
        <translation>Owned: {item}</translation>
    </message>
    <message>
        <source>Wanted: {item}</source>
        <translation>Wanted: {item}</translation>
    </message>
    <message>
        <source>Keep {n}: {item}</source>
        <translation>Keep {n}: {item}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path} ({n}).</source>
        <translation>Saved {path} ({n}).</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Mark received</translation>
    </message>
    <message>
        <source>Add the lines of order {number} to your holdings?</source>
        <translation>Add the lines of order {number} to your holdings?</translation>
    </message>
    <message>
        <source>Receive order {number}</source>
        <translation>Receive order {number}</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} received; %Ln holding(s) added.</source>
        <translation>
            <numerusform>Order {number} received; %Ln holding added.</numerusform>
            <numerusform>Order {number} received; %Ln holdings added.</numerusform>
        </translation>
    </message>
    <message>
        <source>New order from &amp;want list</source>
        <translation>New order from &amp;want list</translation>
    </message>
    <message>
        <source>New order from &amp;selection</source>
        <translation>New order from &amp;selection</translation>
    </message>
    <message>
        <source>New order from ser&amp;ies…</source>
        <translation>New order from ser&amp;ies…</translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation>&amp;Orders…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print order form…</source>
        <translation>&amp;Print order form…</translation>
    </message>
    <message>
        <source>Save order form as P&amp;DF…</source>
        <translation>Save order form as P&amp;DF…</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Language order for titles</source>
        <translation>Language order for titles</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Show titles in this order of languages. When a title is missing in the first language, the next one is used.</source>
        <translation>Show titles in this order of languages. When a title is missing in the first language, the next one is used.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Default currency</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>A new interface language takes effect after a restart.</source>
        <translation>A new interface language takes effect after a restart.</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Default currency:</translation>
    </message>
    <message>
        <source>The default currency must be a three-letter code such as EUR, not {text!r}.</source>
        <translation>The default currency must be a three-letter code such as EUR, not {text!r}.</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Customer profile</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postal address:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Order form language:</source>
        <translation>Order form language:</translation>
    </message>
    <message>
        <source>The e-mail address {text!r} does not look like name@example.org.</source>
        <translation>The e-mail address {text!r} does not look like name@example.org.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Load the reference catalogue into a new catalogue</source>
        <translation>Load the reference catalogue into a new catalogue</translation>
    </message>
    <message>
        <source>Back up the catalogue when closing</source>
        <translation>Back up the catalogue when closing</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Data directory:</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Backups to keep:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Preference pages</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Scan image</source>
        <translation>Scan image</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Titles and catalogue numbers</source>
        <translation>Titles and catalogue numbers</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Flip front/back</source>
        <translation>Flip front/back</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Scan {n} of {total} — {name}</source>
        <translation>Scan {n} of {total} — {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{role} · {size}{zoom} %</source>
        <translation>{role} · {size}{zoom} %</translation>
    </message>
    <message>
        <source>Check scans</source>
        <translation>Check scans</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Remove scans without a file and delete unused files</source>
        <translation>Remove scans without a file and delete unused files</translation>
    </message>
    <message>
        <source>Missing file: {path} (scan of {owner}, was “{name}”)</source>
        <translation>Missing file: {path} (scan of {owner}, was “{name}”)</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>item {id}</translation>
    </message>
    <message>
        <source>series {id}</source>
        <translation>series {id}</translation>
    </message>
    <message>
        <source>Unused file: {path}</source>
        <translation>Unused file: {path}</translation>
    </message>
    <message>
        <source>All scans have their files and there are no unused files.</source>
        <translation>All scans have their files and there are no unused files.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) lost their file.</source>
        <translation>
            <numerusform>%Ln scan lost its file.</numerusform>
            <numerusform>%Ln scans lost their file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not used.</source>
        <translation>
            <numerusform>%Ln file not used.</numerusform>
            <numerusform>%Ln files not used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair removes those scans from the catalogue and deletes the unused files.</source>
        <translation>Repair removes those scans from the catalogue and deletes the unused files.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln scan(s) without a file.</source>
        <translation>
            <numerusform>Removed %Ln scan without a file.</numerusform>
            <numerusform>Removed %Ln scans without a file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln unused file(s).</source>
        <translation>
            <numerusform>Deleted %Ln unused file.</numerusform>
            <numerusform>Deleted %Ln unused files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted files cannot be brought back with Undo.</source>
        <translation>Deleted files cannot be brought back with Undo.</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Gallery</translation>
    </message>
    <message>
        <source>&amp;Attach scans…</source>
        <translation>&amp;Attach scans…</translation>
    </message>
    <message>
        <source>&amp;Paste scan</source>
        <translation>&amp;Paste scan</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Gallery</translation>
    </message>
    <message>
        <source>Check &amp;scans…</source>
        <translation>Check &amp;scans…</translation>
    </message>
    <message>
        <source>Select a series or an item first.</source>
        <translation>Select a series or an item first.</translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>Attach scans</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %Ln file(s)…</source>
        <translation>
            <numerusform>Attaching %Ln file…</numerusform>
            <numerusform>Attaching %Ln files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %Ln scan(s)</source>
        <translation>
            <numerusform>Attach %Ln scan</numerusform>
            <numerusform>Attach %Ln scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %Ln scan(s).</source>
        <translation>
            <numerusform>Attached %Ln scan.</numerusform>
            <numerusform>Attached %Ln scans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gallery — %Ln scan(s)</source>
        <translation>
            <numerusform>Gallery — %Ln scan</numerusform>
            <numerusform>Gallery — %Ln scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln scan(s)</source>
        <translation>
            <numerusform>Remove %Ln scan</numerusform>
            <numerusform>Remove %Ln scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Some files were not attached</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>The clipboard holds no image.</translation>
    </message>
    <message>
        <source>Paste failed</source>
        <translation>Paste failed</translation>
    </message>
    <message>
        <source>The clipboard image could not be saved.</source>
        <translation>The clipboard image could not be saved.</translation>
    </message>
    <message>
        <source>Change scan role</source>
        <translation>Change scan role</translation>
    </message>
    <message>
        <source>Move scan</source>
        <translation>Move scan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>Remove scan(s)</source>
        <translation>Remove scan(s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt;&lt;br&gt;words match titles (ko/en/zh/ru), notes, serials, numbers; &lt;i&gt;chinson&lt;/i&gt; finds 친선&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; phrase &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; exclude &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;theme:sport&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2020..2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;kind:postcard&lt;/code&gt;&lt;br&gt;&lt;code&gt;serial:Ba79&lt;/code&gt; &amp;nbsp; &lt;code&gt;mi:6789&lt;/code&gt; &amp;nbsp; &lt;code&gt;cat:&quot;Mi 6789&quot;&lt;/code&gt; &amp;nbsp; &lt;code&gt;scott:&lt;/code&gt; &lt;code&gt;sg:&lt;/code&gt; &lt;code&gt;yv:&lt;/code&gt; &lt;code&gt;ksc:&lt;/code&gt; &lt;code&gt;colnect:&lt;/code&gt;&lt;br&gt;&lt;code&gt;owned&lt;/code&gt; &amp;nbsp; &lt;code&gt;wanted&lt;/code&gt; &amp;nbsp; &lt;code&gt;missing&lt;/code&gt; &amp;nbsp; &lt;code&gt;condition:used&lt;/code&gt;</source>
        <translation>&lt;b&gt;Search&lt;/b&gt;&lt;br&gt;words match titles (ko/en/zh/ru), notes, serials, numbers; &lt;i&gt;chinson&lt;/i&gt; finds 친선&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; phrase &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; exclude &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;theme:sport&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2020..2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;kind:postcard&lt;/code&gt;&lt;br&gt;&lt;code&gt;serial:Ba79&lt;/code&gt; &amp;nbsp; &lt;code&gt;mi:6789&lt;/code&gt; &amp;nbsp; &lt;code&gt;cat:&quot;Mi 6789&quot;&lt;/code&gt; &amp;nbsp; &lt;code&gt;scott:&lt;/code&gt; &lt;code&gt;sg:&lt;/code&gt; &lt;code&gt;yv:&lt;/code&gt; &lt;code&gt;ksc:&lt;/code&gt; &lt;code&gt;colnect:&lt;/code&gt;&lt;br&gt;&lt;code&gt;owned&lt;/code&gt; &amp;nbsp; &lt;code&gt;wanted&lt;/code&gt; &amp;nbsp; &lt;code&gt;missing&lt;/code&gt; &amp;nbsp; &lt;code&gt;condition:used&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Search (theme:sport year:2024 mi:6789 …)</source>
        <translation>Search (theme:sport year:2024 mi:6789 …)</translation>
    </message>
    <message>
        <source>Search syntax help</source>
        <translation>Search syntax help</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Show the filter panel</source>
        <translation>Show the filter panel</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Search hint</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Type a search first, then save it.</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>Title in Korean</source>
        <translation>Title in Korean</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Title in Chinese</source>
        <translation>Title in Chinese</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Title in Russian</translation>
    </message>
    <message>
        <source>Type to find a theme…</source>
        <translation>Type to find a theme…</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translation>Filter themes</translation>
    </message>
    <message>
        <source>new theme key, e.g. sport.archery</source>
        <translation>new theme key, e.g. sport.archery</translation>
    </message>
    <message>
        <source>New theme key</source>
        <translation>New theme key</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>New theme English name</source>
        <translation>New theme English name</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (new)</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <source>Edit series {serial}</source>
        <translation>Edit series {serial}</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>e.g. Ba79</source>
        <translation>e.g. Ba79</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>— (from the issue date)</source>
        <translation>— (from the issue date)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>e.g. KSC announcement, 10 January 2025</source>
        <translation>e.g. KSC announcement, 10 January 2025</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Notes on the items</source>
        <translation>Notes on the items</translation>
    </message>
    <message>
        <source>Add items by count</source>
        <translation>Add items by count</translation>
    </message>
    <message>
        <source>e.g. 4 stamps + 3 postcards</source>
        <translation>e.g. 4 stamps + 3 postcards</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Copy the series title</source>
        <translation>Copy the series title</translation>
    </message>
    <message>
        <source>Put the series titles into the selected items (all items if none selected)</source>
        <translation>Put the series titles into the selected items (all items if none selected)</translation>
    </message>
    <message>
        <source>Count shortcut: {error}</source>
        <translation>Count shortcut: {error}</translation>
    </message>
    <message>
        <source>Item {item}: &apos;{number}&apos; is not a catalogue number KP Stamps can read; it is kept as written</source>
        <translation>Item {item}: &apos;{number}&apos; is not a catalogue number KP Stamps can read; it is kept as written</translation>
    </message>
    <message>
        <source>Discard the changes to this series?</source>
        <translation>Discard the changes to this series?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Filter commands</source>
        <translation>Filter commands</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>Commands and their shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{amount} (no currency)</source>
        <translation>{amount} (no currency)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln series</numerusform>
            <numerusform>%Ln series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Series complete: {complete} · begun: {started}</source>
        <translation>Series complete: {complete} · begun: {started}</translation>
    </message>
    <message>
        <source>Owned: {items} ({copies}) · Wanted: {wanted} ({wcopies})</source>
        <translation>Owned: {items} ({copies}) · Wanted: {wanted} ({wcopies})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies)</source>
        <translation>
            <numerusform>%Ln copy</numerusform>
            <numerusform>%Ln copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Money spent: {spent} ({unpriced})</source>
        <translation>Money spent: {spent} ({unpriced})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln holding(s) without a price</source>
        <translation>
            <numerusform>%Ln holding without a price</numerusform>
            <numerusform>%Ln holdings without a price</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated catalogue value: {value}</source>
        <translation>Estimated catalogue value: {value}</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Summary of the collection</source>
        <translation>Summary of the collection</translation>
    </message>
    <message>
        <source>Items by year (hatched: owned)</source>
        <translation>Items by year (hatched: owned)</translation>
    </message>
    <message>
        <source>Series by theme</source>
        <translation>Series by theme</translation>
    </message>
    <message>
        <source>Items by kind (hatched: owned)</source>
        <translation>Items by kind (hatched: owned)</translation>
    </message>
    <message>
        <source>Statistics charts</source>
        <translation>Statistics charts</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>By theme</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>Statistics status</translation>
    </message>
    <message>
        <source>Completion per series</source>
        <translation>Completion per series</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Export chart as &amp;PNG…</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation>Export chart as &amp;SVG…</translation>
    </message>
    <message>
        <source>Export figures as &amp;CSV…</source>
        <translation>Export figures as &amp;CSV…</translation>
    </message>
    <message>
        <source>Show &amp;all rows</source>
        <translation>Show &amp;all rows</translation>
    </message>
    <message>
        <source>Remove the filter set by clicking a bar</source>
        <translation>Remove the filter set by clicking a bar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Could not compute the statistics: {error}</source>
        <translation>Could not compute the statistics: {error}</translation>
    </message>
    <message>
        <source>unknown year</source>
        <translation>unknown year</translation>
    </message>
    <message>
        <source>Filtered by statistics: {what}</source>
        <translation>Filtered by statistics: {what}</translation>
    </message>
    <message>
        <source>The search cannot select series without a year.</source>
        <translation>The search cannot select series without a year.</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>theme {name}</source>
        <translation>theme {name}</translation>
    </message>
    <message>
        <source>one series</source>
        <translation>one series</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>the figures are not counted yet</source>
        <translation>the figures are not counted yet</translation>
    </message>
    <message>
        <source>this tab has no chart</source>
        <translation>this tab has no chart</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Could not save {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <source>Figures and charts about the catalogue and the collection</source>
        <translation>Figures and charts about the catalogue and the collection</translation>
    </message>
    <message>
        <source>Themes and their names in four languages</source>
        <translation>Themes and their names in four languages</translation>
    </message>
    <message>
        <source>&amp;New theme</source>
        <translation>&amp;New theme</translation>
    </message>
    <message>
        <source>New &amp;sub-theme</source>
        <translation>New &amp;sub-theme</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Mer&amp;ge into…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>&amp;Themes…</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>top level</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Create theme {name}</source>
        <translation>Create theme {name}</translation>
    </message>
    <message>
        <source>Rename theme {old} to {new}</source>
        <translation>Rename theme {old} to {new}</translation>
    </message>
    <message>
        <source>Move theme {name} under {parent}</source>
        <translation>Move theme {name} under {parent}</translation>
    </message>
    <message>
        <source>Merge theme {source} into {target}</source>
        <translation>Merge theme {source} into {target}</translation>
    </message>
    <message>
        <source>Delete theme {name}, reassigning to {target}</source>
        <translation>Delete theme {name}, reassigning to {target}</translation>
    </message>
    <message>
        <source>Delete theme {name}</source>
        <translation>Delete theme {name}</translation>
    </message>
    <message>
        <source>Select a theme first.</source>
        <translation>Select a theme first.</translation>
    </message>
    <message>
        <source>Move {name} under:</source>
        <translation>Move {name} under:</translation>
    </message>
    <message>
        <source>Merge {name} into:</source>
        <translation>Merge {name} into:</translation>
    </message>
    <message>
        <source>{name} is used by {used} series and has {children} sub-themes. Reassign them to:</source>
        <translation>{name} is used by {used} series and has {children} sub-themes. Reassign them to:</translation>
    </message>
    <message>
        <source>Not deleted: {name} is still in use.</source>
        <translation>Not deleted: {name} is still in use.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export catalogue…</source>
        <translation>&amp;Export catalogue…</translation>
    </message>
    <message>
        <source>Export current &amp;search…</source>
        <translation>Export current &amp;search…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Backup now</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Collections (*.csv *.json *.tc *.xml *.gcs);;All files (*)</source>
        <translation>Collections (*.csv *.json *.tc *.xml *.gcs);;All files (*)</translation>
    </message>
    <message>
        <source>Exported {count} to {path}</source>
        <translation>Exported {count} to {path}</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Backups (*.zip)</translation>
    </message>
    <message>
        <source>Replace the catalogue with this backup? The current catalogue is kept in the backups folder.</source>
        <translation>Replace the catalogue with this backup? The current catalogue is kept in the backups folder.</translation>
    </message>
    <message>
        <source>Restored {path}; the previous catalogue is in {previous}</source>
        <translation>Restored {path}; the previous catalogue is in {previous}</translation>
    </message>
    <message>
        <source>series {name}</source>
        <translation>series {name}</translation>
    </message>
    <message>
        <source>item {name}</source>
        <translation>item {name}</translation>
    </message>
    <message>
        <source>order {name}</source>
        <translation>order {name}</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</source>
        <translation>Cannot undo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</translation>
    </message>
    <message>
        <source>Cannot redo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</source>
        <translation>Cannot redo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</source>
        <translation>Cannot undo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</translation>
    </message>
    <message>
        <source>Cannot redo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</source>
        <translation>Cannot redo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>Put the cursor in the search box</translation>
    </message>
    <message>
        <source>Only the first {n} characters of the search are used.</source>
        <translation>Only the first {n} characters of the search are used.</translation>
    </message>
    <message>
        <source>A quote is not closed; the rest of the search is read as one phrase.</source>
        <translation>A quote is not closed; the rest of the search is read as one phrase.</translation>
    </message>
    <message>
        <source>Only the first {n} search terms are used.</source>
        <translation>Only the first {n} search terms are used.</translation>
    </message>
    <message>
        <source>A closing bracket has no opening bracket; it is ignored.</source>
        <translation>A closing bracket has no opening bracket; it is ignored.</translation>
    </message>
    <message>
        <source>A bracket is not closed; it is closed at the end.</source>
        <translation>A bracket is not closed; it is closed at the end.</translation>
    </message>
    <message>
        <source>{name}: needs a value, for example {example}.</source>
        <translation>{name}: needs a value, for example {example}.</translation>
    </message>
    <message>
        <source>year:{value} is not a year; write year:2024 or year:2020..2024.</source>
        <translation>year:{value} is not a year; write year:2024 or year:2020..2024.</translation>
    </message>
    <message>
        <source>Unknown {what} {value}; expected one of: {valid}.</source>
        <translation>Unknown {what} {value}; expected one of: {valid}.</translation>
    </message>
    <message>
        <source>The serial is longer than 40 characters.</source>
        <translation>The serial is longer than 40 characters.</translation>
    </message>
    <message>
        <source>Issue date: {error}.</source>
        <translation>Issue date: {error}.</translation>
    </message>
    <message>
        <source>Announced date: {error}.</source>
        <translation>Announced date: {error}.</translation>
    </message>
    <message>
        <source>Year {year} is impossible.</source>
        <translation>Year {year} is impossible.</translation>
    </message>
    <message>
        <source>Year {year} does not match the issue date {date}.</source>
        <translation>Year {year} does not match the issue date {date}.</translation>
    </message>
    <message>
        <source>Item {n} has no kind.</source>
        <translation>Item {n} has no kind.</translation>
    </message>
    <message>
        <source>Item {n}: unknown kind “{kind}”.</source>
        <translation>Item {n}: unknown kind “{kind}”.</translation>
    </message>
    <message>
        <source>Item {n}: face value {error}.</source>
        <translation>Item {n}: face value {error}.</translation>
    </message>
    <message>
        <source>Item {n}: currency “{currency}” is not a three-letter code.</source>
        <translation>Item {n}: currency “{currency}” is not a three-letter code.</translation>
    </message>
    <message>
        <source>Item {n}: unknown perforation “{perforation}”.</source>
        <translation>Item {n}: unknown perforation “{perforation}”.</translation>
    </message>
    <message>
        <source>Item {n}: {error}.</source>
        <translation>Item {n}: {error}.</translation>
    </message>
    <message>
        <source>Serial {serial} is already used by another series.</source>
        <translation>Serial {serial} is already used by another series.</translation>
    </message>
    <message>
        <source>Give the series a serial or a title.</source>
        <translation>Give the series a serial or a title.</translation>
    </message>
    <message>
        <source>A new theme needs a key and an English name.</source>
        <translation>A new theme needs a key and an English name.</translation>
    </message>
    <message>
        <source>{text} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{text} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>year {year} is out of range</source>
        <translation>year {year} is out of range</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>a day needs a month</translation>
    </message>
    <message>
        <source>month {month} does not exist</source>
        <translation>month {month} does not exist</translation>
    </message>
    <message>
        <source>{date} does not exist</source>
        <translation>{date} does not exist</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} is not an amount</translation>
    </message>
    <message>
        <source>amount {text} is negative</source>
        <translation>amount {text} is negative</translation>
    </message>
    <message>
        <source>amount {text} is too large</source>
        <translation>amount {text} is too large</translation>
    </message>
    <message>
        <source>type something like “{example}”</source>
        <translation>type something like “{example}”</translation>
    </message>
    <message>
        <source>4 stamps + 3 postcards</source>
        <translation>4 stamps + 3 postcards</translation>
    </message>
    <message>
        <source>“{part}” has more than one number</source>
        <translation>“{part}” has more than one number</translation>
    </message>
    <message>
        <source>“{part}” does not name a kind of item (stamp, postcard, souvenir sheet…)</source>
        <translation>“{part}” does not name a kind of item (stamp, postcard, souvenir sheet…)</translation>
    </message>
    <message>
        <source>“{part}”: the count must be at least 1</source>
        <translation>“{part}”: the count must be at least 1</translation>
    </message>
    <message>
        <source>more than {n} items in one shortcut</source>
        <translation>more than {n} items in one shortcut</translation>
    </message>
    <message>
        <source>“{part}” needs a catalogue abbreviation before the number ({known})</source>
        <translation>“{part}” needs a catalogue abbreviation before the number ({known})</translation>
    </message>
    <message>
        <source>KP Stamps user guide</source>
        <translation>KP Stamps user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Thumbnails in the table</source>
        <translation>&amp;Thumbnails in the table</translation>
    </message>
    <message>
        <source>Welcome to KP Stamps</source>
        <translation>Welcome to KP Stamps</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to KP Stamps&lt;/h3&gt;&lt;p&gt;Choose the interface language, the order of languages for titles and your name and address for order forms. Everything can be changed later in File ▸ Preferences; Help ▸ User guide (F1) explains the rest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to KP Stamps&lt;/h3&gt;&lt;p&gt;Choose the interface language, the order of languages for titles and your name and address for order forms. Everything can be changed later in File ▸ Preferences; Help ▸ User guide (F1) explains the rest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Print list</translation>
    </message>
    <message>
        <source>Print album</source>
        <translation>Print album</translation>
    </message>
    <message>
        <source>A4, Letter, or width×height in mm such as 230x300mm</source>
        <translation>A4, Letter, or width×height in mm such as 230x300mm</translation>
    </message>
    <message>
        <source>Print the scans in their spaces</source>
        <translation>Print the scans in their spaces</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>Page numbers</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>Collection name:</translation>
    </message>
    <message>
        <source>Mount margin:</source>
        <translation>Mount margin:</translation>
    </message>
    <message>
        <source>Binder margin:</source>
        <translation>Binder margin:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <source>Read-only: {reason} You can browse, search, export and print; changes are off.</source>
        <translation>Read-only: {reason} You can browse, search, export and print; changes are off.</translation>
    </message>
    <message>
        <source>Read-only catalogue</source>
        <translation>Read-only catalogue</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (read-only)</translation>
    </message>
    <message>
        <source>Serial (KSC)</source>
        <translation>Serial (KSC)</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Announced on</translation>
    </message>
    <message>
        <source>Series title (Korean)</source>
        <translation>Series title (Korean)</translation>
    </message>
    <message>
        <source>Series title (English)</source>
        <translation>Series title (English)</translation>
    </message>
    <message>
        <source>Series title (Chinese)</source>
        <translation>Series title (Chinese)</translation>
    </message>
    <message>
        <source>Series title (Russian)</source>
        <translation>Series title (Russian)</translation>
    </message>
    <message>
        <source>Series notes</source>
        <translation>Series notes</translation>
    </message>
    <message>
        <source>Series source</source>
        <translation>Series source</translation>
    </message>
    <message>
        <source>Series scans (JSON)</source>
        <translation>Series scans (JSON)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Position in the series</source>
        <translation>Position in the series</translation>
    </message>
    <message>
        <source>Item title (Korean)</source>
        <translation>Item title (Korean)</translation>
    </message>
    <message>
        <source>Item title (English)</source>
        <translation>Item title (English)</translation>
    </message>
    <message>
        <source>Item title (Chinese)</source>
        <translation>Item title (Chinese)</translation>
    </message>
    <message>
        <source>Item title (Russian)</source>
        <translation>Item title (Russian)</translation>
    </message>
    <message>
        <source>Perforated or imperforate</source>
        <translation>Perforated or imperforate</translation>
    </message>
    <message>
        <source>Perforation gauge</source>
        <translation>Perforation gauge</translation>
    </message>
    <message>
        <source>Format or size</source>
        <translation>Format or size</translation>
    </message>
    <message>
        <source>Id in the source</source>
        <translation>Id in the source</translation>
    </message>
    <message>
        <source>Link to the source</source>
        <translation>Link to the source</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>Height (mm)</translation>
    </message>
    <message>
        <source>Face value as written</source>
        <translation>Face value as written</translation>
    </message>
    <message>
        <source>Catalogue numbers (Mi:6789, Sc:5123)</source>
        <translation>Catalogue numbers (Mi:6789, Sc:5123)</translation>
    </message>
    <message>
        <source>Holdings (JSON)</source>
        <translation>Holdings (JSON)</translation>
    </message>
    <message>
        <source>Wants (JSON)</source>
        <translation>Wants (JSON)</translation>
    </message>
    <message>
        <source>Catalogue values (JSON)</source>
        <translation>Catalogue values (JSON)</translation>
    </message>
    <message>
        <source>Scans (JSON)</source>
        <translation>Scans (JSON)</translation>
    </message>
    <message>
        <source>{catalogue} number</source>
        <translation>{catalogue} number</translation>
    </message>
    <message>
        <source>Planned: in KSC&apos;s issuing plan, not verified as issued; the plan may change.</source>
        <translation>Planned: in KSC&apos;s issuing plan, not verified as issued; the plan may change.</translation>
    </message>
    <message>
        <source>Announced: not verified as issued yet.</source>
        <translation>Announced: not verified as issued yet.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Announced (not issued yet)</source>
        <translation>Announced (not issued yet)</translation>
    </message>
    <message>
        <source>Planned (in KSC&apos;s plan; may change)</source>
        <translation>Planned (in KSC&apos;s plan; may change)</translation>
    </message>
    <message>
        <source>Export catalogue pack</source>
        <translation>Export catalogue pack</translation>
    </message>
    <message>
        <source>Only the series of the current search</source>
        <translation>Only the series of the current search</translation>
    </message>
    <message>
        <source>Include scans</source>
        <translation>Include scans</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Holdings, wants, orders and prices paid are never written to a pack.</source>
        <translation>Holdings, wants, orders and prices paid are never written to a pack.</translation>
    </message>
    <message>
        <source>Export catalogue pac&amp;k…</source>
        <translation>Export catalogue pac&amp;k…</translation>
    </message>
    <message>
        <source>&amp;Update from catalogue pack…</source>
        <translation>&amp;Update from catalogue pack…</translation>
    </message>
    <message>
        <source>Reference catalogue updated to {version}: {summary}.</source>
        <translation>Reference catalogue updated to {version}: {summary}.</translation>
    </message>
    <message>
        <source>Catalogue packs (*.kpspack *.zip);;All files (*)</source>
        <translation>Catalogue packs (*.kpspack *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Exported {series} series and {items} items to {path}</source>
        <translation>Exported {series} series and {items} items to {path}</translation>
    </message>
    <message>
        <source>Update from catalogue pack</source>
        <translation>Update from catalogue pack</translation>
    </message>
    <message>
        <source>The pack was refused; nothing was changed.</source>
        <translation>The pack was refused; nothing was changed.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Values that differ</source>
        <translation>Values that differ</translation>
    </message>
    <message>
        <source>Take the pack&apos;s version</source>
        <translation>Take the pack&apos;s version</translation>
    </message>
    <message>
        <source>Conflicts: rows you edited that the pack would change</source>
        <translation>Conflicts: rows you edited that the pack would change</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>take theirs</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}: {summary}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version}: {summary}.</translation>
    </message>
    <message>
        <source>Your holdings, wants and orders are not touched. Rows you edited are kept unless you tick “take theirs”.</source>
        <translation>Your holdings, wants and orders are not touched. Rows you edited are kept unless you tick “take theirs”.</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Nothing was changed:</translation>
    </message>
    <message>
        <source>Update from pack {name}</source>
        <translation>Update from pack {name}</translation>
    </message>
    <message>
        <source>Updated from {name}: {summary}.</source>
        <translation>Updated from {name}: {summary}.</translation>
    </message>
    <message>
        <source>already owned: {items}</source>
        <translation>already owned: {items}</translation>
    </message>
    <message>
        <source>already on an open order: {items}</source>
        <translation>already on an open order: {items}</translation>
    </message>
    <message>
        <source>Left out of the order — {reasons}.</source>
        <translation>Left out of the order — {reasons}.</translation>
    </message>
    <message>
        <source>Not printed: the order could not be saved ({error}).</source>
        <translation>Not printed: the order could not be saved ({error}).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>No series or items match “{query}”.</source>
        <translation>No series or items match “{query}”.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Did you mean {suggestion}?</translation>
    </message>
    <message>
        <source>Check the spelling, or press ? for the search syntax.</source>
        <translation>Check the spelling, or press ? for the search syntax.</translation>
    </message>
    <message>
        <source>Would import: {counts}</source>
        <translation>Would import: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln new item</numerusform>
            <numerusform>%Ln new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new series</source>
        <translation>
            <numerusform>%Ln new series</numerusform>
            <numerusform>%Ln new series</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {counts}</source>
        <translation>Imported: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} sent to the printer (%Ln page(s)).</source>
        <translation>
            <numerusform>Order {number} sent to the printer (%Ln page).</numerusform>
            <numerusform>Order {number} sent to the printer (%Ln pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%Ln page(s)).</source>
        <translation>
            <numerusform>Saved {path} (%Ln page).</numerusform>
            <numerusform>Saved {path} (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>The album could not be read: {error}</source>
        <translation>The album could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Face value</translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation>Catalogue numbers</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>Price paid</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <source>Want qty</source>
        <translation>Want qty</translation>
    </message>
    <message>
        <source>Wanted condition</source>
        <translation>Wanted condition</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Max price</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your last change was not saved.</source>
        <translation>Your last change was not saved.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order {number}</source>
        <translation>Order {number}</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>Form language</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Shipping route</source>
        <translation>Shipping route</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>Shipping cost</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>Mark received…</translation>
    </message>
    <message>
        <source>Subtotal: {amount}</source>
        <translation>Subtotal: {amount}</translation>
    </message>
    <message>
        <source>Total: {amount} {currency}</source>
        <translation>Total: {amount} {currency}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Saved order {number} at {time}.</source>
        <translation>Saved order {number} at {time}.</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>Close order</translation>
    </message>
    <message>
        <source>Order {number} has changes that are not saved.</source>
        <translation>Order {number} has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>Mark received…</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo/redo “{what}”: {error}</source>
        <translation>Could not undo/redo “{what}”: {error}</translation>
    </message>
</context>
</TS>

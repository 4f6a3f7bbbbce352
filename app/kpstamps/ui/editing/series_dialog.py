"""The series dialog: enter a KSC announcement as it arrives, or edit a series and its items.

It edits a SeriesDraft only. OK stays disabled while the checks find problems (listed in a
label); on OK the dialog hands the draft to `save` (which returns an error or None) and
closes only when saving worked. Cancelling a changed draft asks `confirm` first. A catalogue
number that does not read as catalogue + number (`Mi ??`) gets a note below, but OK stays enabled:
it is saved as written, as an import keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpstamps.domain.entry import parse_count_shortcut
from kpstamps.domain.enums import LANGS
from kpstamps.services.editing.series import ItemDraft, SeriesDraft, ThemeChoice, unreadable_numbers
from kpstamps.ui.common.app_style import error_style
from kpstamps.ui.common.messages import translated, translated_all
from kpstamps.ui.common.screen_fit import fit_to_screen
from kpstamps.ui.editing.items_table import ItemsTable

Confirm = Callable[[str], bool]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _lang_names() -> dict[str, tuple[str, str]]:
    """(column label, accessible name of the title field) per language."""
    return {"ko": (tr("Korean"), tr("Title in Korean")), "en": (tr("English"), tr("Title in English")),
            "zh": (tr("Chinese"), tr("Title in Chinese")), "ru": (tr("Russian"), tr("Title in Russian"))}


class ThemePicker(QWidget):
    """Checkable theme list (tree order, indented) with type-ahead filter and inline 'new theme'."""

    def __init__(self, choices: list[ThemeChoice], ui_lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.new_themes: dict[str, str] = {}
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Type to find a theme…"))
        self.filter.setAccessibleName(tr("Filter themes"))
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Themes"))
        self._ui_lang = ui_lang
        self._fill(choices)
        self.new_key = QLineEdit(self)
        self.new_key.setPlaceholderText(tr("new theme key, e.g. sport.archery"))
        self.new_key.setAccessibleName(tr("New theme key"))
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(tr("English name"))
        self.new_name.setAccessibleName(tr("New theme English name"))
        self.add_button = QPushButton(tr("Add theme"), self)
        self.add_button.clicked.connect(self.add_new_theme)
        row = QHBoxLayout()
        row.addWidget(self.new_key, 3)  # the key's example needs the room
        row.addWidget(self.new_name, 2)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _fill(self, choices: list[ThemeChoice]) -> None:
        for choice in choices:
            name = choice.names.get(self._ui_lang) or choice.names.get("en") or choice.key
            self._add(choice.key, "    " * choice.depth + name, " ".join([choice.key, *choice.names.values()]))

    def set_choices(self, choices: list[ThemeChoice]) -> None:
        """Show the themes as they are now (e.g. ones someone else created meanwhile), keeping the
        ticks and the new themes typed here; a typed new theme that now exists is just ticked."""
        checked, pending = set(self.checked()), dict(self.new_themes)
        self.list.blockSignals(True)
        try:
            self.list.clear()
            self._fill(choices)
            self.new_themes = {k: v for k, v in pending.items() if self._item(k) is None}
            for key, name in self.new_themes.items():
                self._add(key, tr("{name} (new)").format(name=name), f"{key} {name}")
            self.set_checked(list(checked))
        finally:
            self.list.blockSignals(False)
        self._apply_filter(self.filter.text())

    def _add(self, key: str, label: str, search: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(Qt.ItemDataRole.UserRole + 1, search.casefold())
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole + 1))

    def add_new_theme(self) -> None:
        key, name = self.new_key.text().strip(), self.new_name.text().strip()
        if not key or not name:
            return
        existing = self._item(key)
        item = existing or self._add(key, tr("{name} (new)").format(name=name), f"{key} {name}")
        item.setCheckState(Qt.CheckState.Checked)
        if existing is None:
            self.new_themes[key] = name
        self.new_key.clear()
        self.new_name.clear()

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return self.list.item(row)
        return None

    def set_checked(self, keys: list[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


class SeriesDialog(QDialog):
    """Edit `draft`; `validate(draft)` lists problems, `save(draft)` returns an error or None."""

    def __init__(self, draft: SeriesDraft, themes: list[ThemeChoice], *,
                 validate: Callable[[SeriesDraft], list[str]], save: Callable[[SeriesDraft], str | None],
                 confirm: Confirm, ui_lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("seriesDialog")
        self._validate, self._save, self.confirm = validate, save, confirm
        self._id, self._version = draft.id, draft.version
        self.setWindowTitle(tr("New series") if draft.id is None else tr("Edit series {serial}").format(
            serial=draft.serial or draft.titles.get("en", "")))
        fit_to_screen(self, 1280, 820)
        self._build(themes, ui_lang)
        self._load(draft)
        self._initial = self.draft()
        self._connect()
        self.revalidate()

    # -- building --------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build(self, themes: list[ThemeChoice], ui_lang: str) -> None:
        self.serial = self._line(tr("Serial"), tr("e.g. Ba79"))
        self.issue_date = self._line(tr("Issue date"), tr("YYYY-MM or YYYY-MM-DD"))
        self.announced = self._line(tr("Announced"), tr("YYYY-MM-DD"))
        self.year = QSpinBox(self)
        self.year.setRange(0, 2200)
        self.year.setSpecialValueText(tr("— (from the issue date)"))
        self.year.setAccessibleName(tr("Year"))
        self.status = QComboBox(self)
        self.status.setObjectName("seriesStatus")
        self.status.setAccessibleName(tr("Status"))
        for value, label in (("issued", tr("Issued")), ("announced", tr("Announced (not issued yet)")),
                             ("planned", tr("Planned (in KSC's plan; may change)"))):
            self.status.addItem(label, value)
        form = QFormLayout()
        for label, widget in ((tr("Serial"), self.serial), (tr("Issue date"), self.issue_date),
                              (tr("Announced"), self.announced), (tr("Year"), self.year),
                              (tr("Status"), self.status)):
            form.addRow(label, widget)
        self.source = self._line(tr("Source"), tr("e.g. KSC announcement, 10 January 2025"))
        form.addRow(tr("Source"), self.source)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setFixedHeight(70)
        form.addRow(tr("Notes"), self.notes)
        names = _lang_names()
        self.titles = {lang.value: self._line(names[lang][1]) for lang in LANGS}
        titles_box = QGroupBox(tr("Titles"), self)
        grid = QGridLayout(titles_box)
        for column, lang in enumerate(LANGS):
            grid.addWidget(QLabel(names[lang][0], titles_box), 0, column)
            grid.addWidget(self.titles[lang], 1, column)
        self.themes = ThemePicker(themes, ui_lang, self)
        themes_box = QGroupBox(tr("Themes"), self)
        QVBoxLayout(themes_box).addWidget(self.themes)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addWidget(themes_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(titles_box)
        layout.addWidget(self._build_items(ui_lang), 1)
        self.messages = QLabel(self)
        self.messages.setObjectName("validationMessages")
        self.messages.setStyleSheet(error_style())  # readable red on the light and the dark palette
        self.messages.setWordWrap(True)
        self.messages.setAccessibleName(tr("Problems"))
        layout.addWidget(self.messages)
        self.number_notes = QLabel(self)  # warnings only: they never disable OK
        self.number_notes.setObjectName("validationNotes")
        self.number_notes.setWordWrap(True)
        self.number_notes.setAccessibleName(tr("Notes on the items"))
        layout.addWidget(self.number_notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout.addWidget(self.buttons)

    def _build_items(self, ui_lang: str) -> QGroupBox:
        box = QGroupBox(tr("Items"), self)
        self.shortcut = self._line(tr("Add items by count"), tr("e.g. 4 stamps + 3 postcards"))
        self.add_counted = QPushButton(tr("Add"), box)
        self.add_one = QPushButton(tr("Add item"), box)
        self.remove = QPushButton(tr("Remove selected"), box)
        self.copy_title = QPushButton(tr("Copy the series title"), box)
        self.copy_title.setToolTip(tr("Put the series titles into the selected items (all items if none selected)"))
        row = QHBoxLayout()
        for widget in (self.shortcut, self.add_counted, self.add_one, self.remove, self.copy_title):
            row.addWidget(widget)
        self.table = ItemsTable(ui_lang, box)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.table)
        return box

    def _connect(self) -> None:
        for edit in (self.serial, self.issue_date, self.announced, self.source, *self.titles.values()):
            edit.textChanged.connect(self.revalidate)
        self.year.valueChanged.connect(self.revalidate)
        self.status.currentIndexChanged.connect(self.revalidate)
        self.notes.textChanged.connect(self.revalidate)
        self.themes.list.itemChanged.connect(self.revalidate)
        self.table.changed.connect(self.revalidate)
        self.shortcut.textChanged.connect(self.revalidate)
        self.shortcut.returnPressed.connect(self.add_by_count)
        self.add_counted.clicked.connect(self.add_by_count)
        self.add_one.clicked.connect(lambda: self.table.add_items([ItemDraft(kind="stamp")]))
        self.remove.clicked.connect(lambda: self.table.remove_rows(self.table.selected_rows()))
        self.copy_title.clicked.connect(self.copy_series_title)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- the draft -------------------------------------------------------------------------
    def _load(self, draft: SeriesDraft) -> None:
        self.serial.setText(draft.serial)
        self.issue_date.setText(draft.issue_date)
        self.announced.setText(draft.announced)
        self.year.setValue(draft.year or 0)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.source.setText(draft.source)
        self.notes.setPlainText(draft.notes)
        for lang, edit in self.titles.items():
            edit.setText(draft.titles.get(lang, ""))
        self.themes.set_checked(draft.theme_keys)
        self.table.set_items(draft.items)

    def draft(self) -> SeriesDraft:
        """What the dialog shows now, as a draft."""
        checked = self.themes.checked()
        return SeriesDraft(
            id=self._id, serial=self.serial.text().strip(), issue_date=self.issue_date.text().strip(),
            announced=self.announced.text().strip(), year=self.year.value() or None,
            titles={lang: edit.text() for lang, edit in self.titles.items()}, status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            source=self.source.text(), theme_keys=[k for k in checked if k not in self.themes.new_themes],
            new_themes={k: v for k, v in self.themes.new_themes.items() if k in checked},
            items=self.table.items(), version=self._version,
        )

    def is_changed(self) -> bool:
        return self.draft() != self._initial

    def rebase(self, current: SeriesDraft, *, keep_mine: bool, themes: list[ThemeChoice] | None = None) -> None:
        """After a save met someone else's newer `current`: show theirs, or keep these values
        and let the next OK save them over `current`. `themes`, the theme list as it is now,
        brings in themes created meanwhile, so ticks on them show and survive the next save."""
        self._version = current.version
        if themes is not None:
            self.themes.set_choices(themes)
        if not keep_mine:
            self._load(current)
        self._initial = current if keep_mine else self.draft()
        self.revalidate()

    def problems(self) -> list[str]:
        problems = translated_all(self._validate(self.draft()))
        if self.shortcut.text().strip():
            try:
                parse_count_shortcut(self.shortcut.text())
            except ValueError as exc:
                problems.append(tr("Count shortcut: {error}").format(error=translated(str(exc))))
        return problems

    def notes_on_items(self) -> list[str]:
        """Warnings that do not stop saving: catalogue numbers kept as written."""
        return [tr("Item {item}: '{number}' is not a catalogue number KP Stamps can read; it is kept as written")
                .format(item=item, number=number) for item, number in unreadable_numbers(self.draft())]

    def revalidate(self) -> None:
        problems = self.problems()
        self.messages.setText("\n".join(problems))
        self.messages.setVisible(bool(problems))
        notes = self.notes_on_items()
        self.number_notes.setText("\n".join(notes))
        self.number_notes.setVisible(bool(notes))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    # -- actions ---------------------------------------------------------------------------
    def add_by_count(self) -> None:
        try:
            kinds = parse_count_shortcut(self.shortcut.text())
        except ValueError:
            return  # the message is already shown
        self.table.add_items([ItemDraft(kind=kind.value) for kind in kinds])
        self.shortcut.clear()

    def keyPressEvent(self, event) -> None:
        # Enter in the count box adds the rows (returnPressed) and must not go on to press OK:
        # the line edit passes Return up to the dialog, whose default button would accept it.
        if self.focusWidget() is self.shortcut and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def copy_series_title(self) -> None:
        self.table.copy_titles({lang: edit.text() for lang, edit in self.titles.items()},
                               self.table.selected_rows() or None)

    def accept(self) -> None:
        if self.problems():
            self.revalidate()
            return
        error = self._save(self.draft())
        if error:
            self.messages.setText(error)
            self.messages.setVisible(True)
            return
        super().accept()

    def reject(self) -> None:
        if self.is_changed() and not self.confirm(tr("Discard the changes to this series?")):
            return
        super().reject()

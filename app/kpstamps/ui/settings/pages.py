"""Pages of the preferences dialog. Each page knows only its own widgets: `load(prefs)` fills
them, `save(prefs)` writes them back (raising ValueError with a clear message for bad input)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
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

from kpstamps.domain.enums import LANGS
from kpstamps.domain.money import CURRENCIES
from kpstamps.services.settings.preferences import Preferences
from kpstamps.ui.common.i18n import tr

LANGUAGE_NAMES = {"en": "English", "ko": "한국어", "zh": "中文", "ru": "Русский"}
FORM_LANGUAGES = ("en", "zh", "ru")



class PreferencePage(QWidget):
    title = ""

    def load(self, prefs: Preferences) -> None:
        raise NotImplementedError

    def save(self, prefs: Preferences) -> None:
        raise NotImplementedError


class NamesPage(PreferencePage):
    """The order of languages in which titles are shown; empty titles fall back to the next."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = tr("Titles")
        self.order = QListWidget(self)
        self.order.setObjectName("nameOrder")
        self.order.setAccessibleName(tr("Language order for titles"))
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        up, down = QPushButton(tr("Move &up"), self), QPushButton(tr("Move &down"), self)
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Show titles in this order of languages. When a title is missing "
                                   "in the first language, the next one is used."), self))
        layout.addWidget(self.order, 1)
        layout.addLayout(buttons)

    def move_current(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def languages(self) -> list[str]:
        return [self.order.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.order.count())]

    def load(self, prefs: Preferences) -> None:
        known = [lang for lang in prefs.name_order if lang in LANGUAGE_NAMES]
        self.order.clear()
        for lang in [*dict.fromkeys(known), *(l.value for l in LANGS if l.value not in known)]:
            item = QListWidgetItem(LANGUAGE_NAMES[lang])
            item.setData(Qt.ItemDataRole.UserRole, lang)
            self.order.addItem(item)

    def save(self, prefs: Preferences) -> None:
        prefs.name_order = self.languages()


class InterfacePage(PreferencePage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = tr("Interface")
        self.ui_language = QComboBox(self)
        self.ui_language.setObjectName("uiLanguage")
        self.ui_language.setAccessibleName(tr("Interface language"))
        self.ui_language.addItem(tr("System default"), "")
        for lang in ("en", "ko", "zh", "ru"):
            self.ui_language.addItem(LANGUAGE_NAMES[lang], lang)
        self.currency = QComboBox(self)
        self.currency.setObjectName("defaultCurrency")
        self.currency.setAccessibleName(tr("Default currency"))
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        form = QFormLayout(self)
        form.addRow(tr("Interface language:"), self.ui_language)
        form.addRow("", QLabel(tr("A new interface language takes effect after a restart."), self))
        form.addRow(tr("Default currency:"), self.currency)

    def load(self, prefs: Preferences) -> None:
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(prefs.ui_language), 0))
        self.currency.setCurrentText(prefs.default_currency)

    def save(self, prefs: Preferences) -> None:
        currency = self.currency.currentText().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise ValueError(tr("The default currency must be a three-letter code such as EUR, not {text!r}.")
                             .format(text=self.currency.currentText()))
        prefs.ui_language = self.ui_language.currentData()
        prefs.default_currency = currency


class CustomerPage(PreferencePage):
    """The collector's details, printed on every order form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = tr("Customer profile")
        self.name, self.country = QLineEdit(self), QLineEdit(self)
        self.email, self.phone = QLineEdit(self), QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.form_language = QComboBox(self)
        for lang in FORM_LANGUAGES:
            self.form_language.addItem(LANGUAGE_NAMES[lang], lang)
        form = QFormLayout(self)
        for label, widget, name in ((tr("Name:"), self.name, "customerName"),
                                    (tr("Postal address:"), self.address, "customerAddress"),
                                    (tr("Country:"), self.country, "customerCountry"),
                                    (tr("E-mail:"), self.email, "customerEmail"),
                                    (tr("Phone:"), self.phone, "customerPhone"),
                                    (tr("Order form language:"), self.form_language, "formLanguage")):
            widget.setObjectName(name)
            widget.setAccessibleName(label.rstrip(":"))
            form.addRow(label, widget)

    def load(self, prefs: Preferences) -> None:
        customer = prefs.customer
        self.name.setText(customer.name)
        self.address.setPlainText(customer.address)
        self.country.setText(customer.country)
        self.email.setText(customer.email)
        self.phone.setText(customer.phone)
        self.form_language.setCurrentIndex(max(self.form_language.findData(customer.form_language), 0))

    def save(self, prefs: Preferences) -> None:
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email):
            raise ValueError(tr("The e-mail address {text!r} does not look like name@example.org.").format(text=email))
        customer = prefs.customer
        customer.name = self.name.text().strip()
        customer.address = self.address.toPlainText().strip()
        customer.country = self.country.text().strip()
        customer.email = email
        customer.phone = self.phone.text().strip()
        customer.form_language = self.form_language.currentData()


class DataPage(PreferencePage):
    """Where the catalogue lives, reference data and backups."""

    def __init__(self, data_dir: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = tr("Data")
        self.data_dir = data_dir
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        folder = QLabel(data_dir, self)
        folder.setObjectName("dataDirectory")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(tr("&Open folder"), self)
        self.open_button.setObjectName("openDataFolder")
        self.open_button.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(self.data_dir)))
        self.load_reference = QCheckBox(tr("Load the reference catalogue into a new catalogue"), self)
        self.backup_on_close = QCheckBox(tr("Back up the catalogue when closing"), self)
        self.backups_to_keep = QSpinBox(self)
        self.backups_to_keep.setRange(1, 999)
        self.backups_to_keep.setAccessibleName(tr("Backups to keep"))
        self.backup_on_close.toggled.connect(self.backups_to_keep.setEnabled)
        for widget, name in ((self.load_reference, "loadReference"), (self.backup_on_close, "backupOnClose"),
                             (self.backups_to_keep, "backupsToKeep")):
            widget.setObjectName(name)
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(self.open_button)
        form = QFormLayout(self)
        form.addRow(tr("Data directory:"), row)
        form.addRow("", self.load_reference)
        form.addRow("", self.backup_on_close)
        form.addRow(tr("Backups to keep:"), self.backups_to_keep)

    def load(self, prefs: Preferences) -> None:
        self.load_reference.setChecked(prefs.load_reference)
        self.backup_on_close.setChecked(prefs.backup_on_close)
        self.backups_to_keep.setValue(prefs.backups_to_keep)
        self.backups_to_keep.setEnabled(prefs.backup_on_close)

    def save(self, prefs: Preferences) -> None:
        prefs.load_reference = self.load_reference.isChecked()
        prefs.backup_on_close = self.backup_on_close.isChecked()
        prefs.backups_to_keep = self.backups_to_keep.value()

"""Options for printing album pages or a list: language, paper, scans, margins, header.

The dialog only gathers options; `ui.album.actions` previews, prints or saves with them
(the printer belongs to the feature, never to a local variable: a print preview keeps
using it after this dialog's method returns).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kpstamps.errors import CatalogueError
from kpstamps.printing.album import AlbumOptions, parse_paper
from kpstamps.services.album.labels import label
from kpstamps.services.album.lists import LIST_KINDS
from kpstamps.ui.common.i18n import tr

LANGUAGE_NAMES = (("ko", "한국어"), ("en", "English"), ("zh", "中文"), ("ru", "Русский"))



class PrintOptionsDialog(QDialog):
    """Album (`lists=False`) or list options; `chosen(action)` says preview, pdf or csv."""

    chosen = Signal(str)

    def __init__(self, lang: str, lists: bool = False, header: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.lists = lists
        self.setObjectName("listPrintDialog" if lists else "albumPrintDialog")
        self.setWindowTitle(tr("Print list") if lists else tr("Print album"))
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for kind in LIST_KINDS:
            self.kind.addItem(label(f"list.{kind}", "en"), kind)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.paper = QComboBox(self)
        self.paper.setEditable(True)
        self.paper.addItems(["A4", "Letter"])
        self.paper.setToolTip(tr("A4, Letter, or width×height in mm such as 230x300mm"))
        self.images = QCheckBox(tr("Print the scans in their spaces"), self)
        self.mount = QDoubleSpinBox(self, minimum=0.0, maximum=20.0, singleStep=0.5, value=1.0, suffix=" mm")
        self.binder = QDoubleSpinBox(self, minimum=0.0, maximum=50.0, singleStep=1.0, value=10.0, suffix=" mm")
        self.header = QLineEdit(header, self)
        self.border = QCheckBox(tr("Frame"), self, checked=True)
        self.footer = QCheckBox(tr("Page numbers"), self, checked=True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        if lists:
            form.addRow(tr("List:"), self.kind)
        form.addRow(tr("Language:"), self.language)
        form.addRow(tr("Paper:"), self.paper)
        form.addRow(tr("Collection name:"), self.header)
        if not lists:
            form.addRow(tr("Mount margin:"), self.mount)
            form.addRow(tr("Binder margin:"), self.binder)
            form.addRow(self.images)
            form.addRow(self.border)
            form.addRow(self.footer)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        for action, text in (("preview", tr("Preview…")), ("pdf", tr("Save PDF…")), *((("csv", tr("Save CSV…")),) if lists else ())):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(f"{action}Button")
            button.clicked.connect(lambda _checked=False, a=action: self._choose(a))
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose(self, action: str) -> None:
        try:
            self.options()
        except CatalogueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.chosen.emit(action)

    def paper_key(self) -> str:
        text = self.paper.currentText().strip().lower()
        return text if text in ("a4", "letter") or text.endswith("mm") else f"{text}mm"

    def options(self) -> AlbumOptions:
        """The chosen options; raises CatalogueError for a paper it cannot use."""
        paper = self.paper_key()
        parse_paper(paper)
        return AlbumOptions(lang=self.language.currentData(), paper=paper, images=self.images.isChecked(),
                            mount_mm=self.mount.value(), binder_mm=self.binder.value(), header=self.header.text().strip(),
                            border=self.border.isChecked(), footer=self.footer.isChecked())

    def list_kind(self) -> str:
        return self.kind.currentData()

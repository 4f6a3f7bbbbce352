"""The import dialog: choose format, encoding, delimiter and column mapping (CSV) or what each
list becomes (Colnect), see a preview, run the dry run, then import — both off the GUI thread,
with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpstamps.db.session import Sessions
from kpstamps.errors import ImportCancelled, TransferError
from kpstamps.services.transfer.importing import (
    FORMATS,
    ON_DUPLICATE,
    ImportReport,
    ParsedFile,
    commit_import,
    detect_format,
    dry_run,
    parse_bytes,
)
from kpstamps.services.transfer.importing.colnect import (
    LIST_CHOICES,
    default_choice,
    list_names,
)
from kpstamps.services.transfer.importing.csv_import import (
    CSV_COLUMNS,
    auto_mapping,
    read_table,
)
from kpstamps.ui.common.tasks import Job, Task, run_task
from kpstamps.ui.transfer.field_labels import field_labels

ENCODINGS = ("", "utf-8", "utf-8-sig", "cp1251", "gb18030", "utf-16")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def failure_text(exc: BaseException) -> str:
    """One line for a failed import, export or backup (TransferError says it all already)."""
    if isinstance(exc, TransferError | ImportCancelled):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def run_transfer(job: Callable[[Callable[[int, int], None], Job], Any], parent: QObject, pool: QThreadPool,
                 done: Callable[[Any], object], failed: Callable[[str], object],
                 progress: Callable[[int, int], object] | None = None) -> Task:
    """Run `job(progress, cancel)` with ui/common/tasks.py; the job opens its own sessions."""
    return run_task(lambda task_job: job(task_job.progress, task_job), parent=parent, pool=pool, on_result=done,
                    on_error=lambda exc: failed(failure_text(exc)), on_progress=progress,
                    on_cancelled=lambda: failed(str(ImportCancelled("import cancelled; nothing was changed"))))


class ImportDialog(QDialog):
    """Open with open()/show(); emits `imported(ImportReport)` after a successful import."""

    imported = Signal(object)

    def __init__(self, sessions: Sessions, path: Path, parent: QWidget | None = None,
                 pool: QThreadPool | None = None, scans_dir: Path | None = None, ui_lang: str = "en") -> None:
        super().__init__(parent)
        self.ui_lang = ui_lang
        self.sessions = sessions
        self.scans_dir = scans_dir
        self.path = Path(path)
        self.data = self.path.read_bytes()
        self.pool = pool or QThreadPool.globalInstance()
        self.parsed: ParsedFile | None = None
        self.report: ImportReport | None = None
        self.worker: Task | None = None
        self.setWindowTitle(tr("Import {name}").format(name=self.path.name))
        self._build()
        self.format_box.setCurrentText(detect_format(self.path, self.data))
        self.refresh_preview()

    def _build(self) -> None:
        form = QFormLayout()
        self.format_box = QComboBox(self)
        self.format_box.addItems(FORMATS)
        self.format_box.setAccessibleName(tr("File format"))
        self.encoding_box = QComboBox(self)
        self.encoding_box.addItems([tr("Detect automatically"), *ENCODINGS[1:]])
        self.encoding_box.setAccessibleName(tr("Encoding"))
        self.delimiter_edit = QLineEdit(self)
        self.delimiter_edit.setMaxLength(1)
        self.delimiter_edit.setPlaceholderText(tr("detect"))
        self.delimiter_edit.setAccessibleName(tr("Delimiter"))
        self.duplicate_box = QComboBox(self)
        for value, label in zip(ON_DUPLICATE, (tr("Skip"), tr("Update"), tr("Add a copy"))):
            self.duplicate_box.addItem(label, value)
        self.duplicate_box.setAccessibleName(tr("When an item is already in the catalogue"))
        form.addRow(tr("Format:"), self.format_box)
        form.addRow(tr("Encoding:"), self.encoding_box)
        form.addRow(tr("Delimiter:"), self.delimiter_edit)
        form.addRow(tr("Items already in the catalogue:"), self.duplicate_box)
        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setHorizontalHeaderLabels([tr("Column in the file"), tr("Field"), tr("First value")])
        self.mapping_table.setAccessibleName(tr("Column mapping"))
        # Room for the field labels ("Catalogue numbers (Mi:6789, Sc:5123)"), not just names.
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setColumnWidth(0, 180)
        self.mapping_table.setColumnWidth(1, 300)
        self.lists_table = QTableWidget(0, 3, self)
        self.lists_table.setHorizontalHeaderLabels([tr("List in the file"), tr("Rows"), tr("Import as")])
        self.lists_table.setAccessibleName(tr("What each list becomes"))
        self.lists_table.horizontalHeader().setStretchLastSection(True)
        self.lists_table.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(tr("Rejected rows"))
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.check_button = QPushButton(tr("Check (dry run)"), self)
        self.import_button = QPushButton(tr("Import"), self)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(tr("Cancel import"), self)
        self.cancel_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.hide()  # only while an import runs (addButton showed it)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.mapping_table, self.lists_table, self.summary, self.problems, self.progress, buttons):
            layout.addWidget(widget)
        self.check_button.clicked.connect(self.run_dry_run)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        for box in (self.format_box, self.encoding_box):
            box.currentIndexChanged.connect(self.refresh_preview)
        self.delimiter_edit.editingFinished.connect(self.refresh_preview)
        self.duplicate_box.currentIndexChanged.connect(self._invalidate)

    def options(self) -> dict[str, Any]:
        encoding = ENCODINGS[self.encoding_box.currentIndex()] or None
        return {"encoding": encoding, "delimiter": self.delimiter_edit.text() or None}

    def mapping(self) -> dict[str, str]:
        found = {}
        for row in range(self.mapping_table.rowCount()):
            box = self.mapping_table.cellWidget(row, 1)
            if box.currentData():
                found[self.mapping_table.item(row, 0).text()] = box.currentData()
        return found

    def list_choices(self) -> dict[str, str]:
        """{list name: want|own|ignore} as chosen in the lists table (Colnect)."""
        return {self.lists_table.item(row, 0).text(): self.lists_table.cellWidget(row, 2).currentData()
                for row in range(self.lists_table.rowCount())}

    def _fill_lists(self) -> None:
        labels = {"want": tr("Wants (want list)"), "own": tr("Holdings (list name as location)"),
                  "ignore": tr("Do not import")}
        try:
            names = list_names(self.data, self.options()["encoding"])
        except TransferError as exc:
            self.summary.setText(str(exc))
            names = {}
        self.lists_table.setRowCount(len(names))
        for row, (name, count) in enumerate(names.items()):
            self.lists_table.setItem(row, 0, QTableWidgetItem(name))
            self.lists_table.setItem(row, 1, QTableWidgetItem(str(count)))
            box = QComboBox(self.lists_table)
            for choice in LIST_CHOICES:
                box.addItem(labels[choice], choice)
            box.setCurrentIndex(LIST_CHOICES.index(default_choice(name)))
            box.setAccessibleName(tr("Import list {name} as").format(name=name))
            box.currentIndexChanged.connect(self._invalidate)
            self.lists_table.setCellWidget(row, 2, box)
        self.lists_table.resizeColumnsToContents()
        self.lists_table.setVisible(bool(names))

    def _invalidate(self) -> None:
        self.report = None
        self.import_button.setEnabled(False)

    def refresh_preview(self) -> None:
        """Re-read the header with the chosen encoding/delimiter and guess the mapping."""
        self._invalidate()
        self.mapping_table.setRowCount(0)
        self.lists_table.setRowCount(0)
        fmt = self.format_box.currentText()
        is_csv = fmt == "csv"
        self.mapping_table.setEnabled(is_csv)
        self.mapping_table.setVisible(is_csv)
        self.lists_table.hide()
        if fmt == "colnect":
            self._fill_lists()
        if not is_csv:
            return
        try:
            table = read_table(self.data, **self.options(), name=self.path.name)
        except TransferError as exc:
            self.summary.setText(str(exc))
            return
        guess = auto_mapping(table.header)
        labels = field_labels(self.ui_lang)
        first = table.rows[0][1] if table.rows else []
        self.mapping_table.setRowCount(len(table.header))
        previous: QWidget = self.mapping_table  # Tab: the table, then its field choices, then on
        for row, column in enumerate(table.header):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(column))
            box = QComboBox(self.mapping_table)
            box.addItem("", "")
            for field in CSV_COLUMNS:  # the collector's words; the field name is the item's data
                box.addItem(labels.get(field, field), field)
            box.setCurrentIndex(max(0, box.findData(guess.get(column, ""))))
            box.setAccessibleName(tr("Field for column {name}").format(name=column))
            box.currentIndexChanged.connect(self._invalidate)
            self.mapping_table.setCellWidget(row, 1, box)
            QWidget.setTabOrder(previous, box)
            previous = box
            self.mapping_table.setItem(row, 2, QTableWidgetItem(first[row] if row < len(first) else ""))
        self.summary.setText(tr("Read as {encoding}, delimiter {delimiter}")
                             .format(encoding=table.encoding, delimiter=repr(table.delimiter)))

    def _parse(self) -> ParsedFile:
        fmt = self.format_box.currentText()
        options: dict[str, Any] = {}
        if fmt in ("csv", "colnect"):
            options = self.options()
        if fmt == "csv":
            options["mapping"] = self.mapping()
        if fmt == "colnect":
            options["lists"] = self.list_choices()
        return parse_bytes(self.data, fmt, name=self.path.name, **options)

    def _start(self, job, done) -> None:
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.worker = run_transfer(job, self, self.pool, done, self._failed, self._progress)

    def run_dry_run(self) -> None:
        on_duplicate = self.duplicate_box.currentData()

        def job(progress, cancel):
            parsed = self._parse()
            return parsed, dry_run(self.sessions, parsed, on_duplicate)

        self.summary.setText(tr("Checking…"))
        self._start(job, self._checked)

    def _checked(self, result) -> None:
        self.parsed, self.report = result
        self.worker = None
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(self.report.new + self.report.updated > 0)
        self._show(self.report, tr("Would import: {counts}"))

    def _show(self, report: ImportReport, template: str) -> None:
        """`template` ("Would import: {counts}") gets one numerus phrase per count, so each noun agrees."""
        counts = ", ".join((tr("%Ln new item(s)", "", report.new), tr("%Ln updated", "", report.updated),
                            tr("%Ln duplicate(s)", "", report.duplicate),
                            tr("%Ln row(s) rejected", "", report.rejected)))
        self.summary.setText(template.format(counts=counts + "; " + tr("%Ln new series", "", report.series_new)))
        self.problems.clear()
        self.problems.addItems([str(p) for p in report.problems] + [str(n) for n in report.notes[:500]])

    def run_import(self) -> None:
        if self.parsed is None or self.report is None:
            return
        parsed, on_duplicate = self.parsed, self.report.on_duplicate
        self.progress.show()
        self.cancel_button.show()
        self._start(lambda progress, cancel: commit_import(self.sessions, parsed, on_duplicate, progress=progress,
                                                           cancel=cancel, scans_dir=self.scans_dir), self._imported)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _imported(self, report: ImportReport) -> None:
        self.worker = None
        self.cancel_button.hide()
        self.check_button.setEnabled(True)
        self._show(report, tr("Imported: {counts}"))
        self.imported.emit(report)

    def _failed(self, message: str) -> None:
        self.worker = None
        self.cancel_button.hide()
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.summary.setText(message)

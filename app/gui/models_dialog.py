"""The model manager: every manifest with its status; download (with progress), verify and remove.

Downloads and hash checks run on the job runner; progress arrives from the worker through a signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobRunner
from models.download import download
from models.manifest import Manifest, load_all
from models.progress import CancelToken, Progress
from models.store import ModelStatus, check, remove

COLUMNS = ("model", "kind", "size", "status", "progress")


def progress_text(progress: Progress) -> str:
    done = f"{progress.done / 1e6:,.1f} MB"
    total = f" of {progress.total / 1e6:,.1f} MB" if progress.total else ""
    rate = f" · {progress.rate / 1e6:,.1f} MB/s" if progress.rate else ""
    eta = f" · {progress.eta:,.0f} s left" if progress.eta is not None else ""
    return done + total + rate + eta


class _ProgressRelay(QObject):
    progress = Signal(str, object)  # model name, Progress; emitted on the download thread


class ModelsDialog(QDialog):
    def __init__(self, jobs: JobRunner, *, confirm: Callable[[str], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Errand models")
        self.resize(900, 420)
        self.jobs = jobs
        self.confirm = confirm or self._ask
        self.manifests, problems = load_all()
        self.status: dict[str, ModelStatus] = {}
        self.bars: dict[str, QProgressBar] = {}
        self.cancels: dict[str, CancelToken] = {}
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._show_progress)
        self.table = QTableWidget(len(self.manifests), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(4, 300)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = QLabel("\n".join(p.message for p in problems))
        self.message.setWordWrap(True)
        self.download_button = QPushButton("Download")
        self.verify_button = QPushButton("Verify")
        self.remove_button = QPushButton("Remove")
        self.cancel_button = QPushButton("Cancel download")
        self.download_button.clicked.connect(lambda: self.start_download(self.selected()))
        self.verify_button.clicked.connect(lambda: self.verify(self.selected()))
        self.remove_button.clicked.connect(lambda: self.remove(self.selected()))
        self.cancel_button.clicked.connect(lambda: self.cancel_download(self.selected()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.download_button, self.cancel_button, self.verify_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for row, manifest in enumerate(self.manifests):
            self._fill_row(row, manifest)
        if self.manifests:
            self.table.selectRow(0)
        self._update_buttons()

    def row_of(self, name: str) -> int:
        return next(i for i, m in enumerate(self.manifests) if m.name == name)

    def selected(self) -> Manifest | None:
        rows = self.table.selectionModel().selectedRows()
        return self.manifests[rows[0].row()] if rows else None

    def status_text(self, name: str) -> str:
        return self.table.item(self.row_of(name), 3).text()

    # actions ---------------------------------------------------------------------------------------------
    def start_download(self, manifest: Manifest | None) -> None:
        if manifest is None or manifest.name in self.cancels:
            return
        token = self.cancels[manifest.name] = CancelToken()
        bar = self.bars[manifest.name]
        bar.setRange(0, 0)  # busy until the size is known
        bar.setFormat("starting…")
        self._set_status(manifest, "downloading…")
        self.jobs.submit(
            f"Downloading {manifest.name}",
            lambda: download(manifest, progress=lambda p: self._relay.progress.emit(manifest.name, p), cancel=token),
            on_done=lambda _folder: self._download_ended(manifest, None),
            on_error=lambda error: self._download_ended(manifest, error))
        self._update_buttons()

    def cancel_download(self, manifest: Manifest | None) -> None:
        if manifest is not None and manifest.name in self.cancels:
            self.cancels[manifest.name].cancel()

    def verify(self, manifest: Manifest | None) -> None:
        if manifest is None:
            return
        self._set_status(manifest, "verifying…")
        self.jobs.submit(f"Verifying {manifest.name}", lambda: check(manifest, hashes=True),
                         on_done=lambda status: self._show_status(manifest, status),
                         on_error=lambda error: self._set_status(manifest, f"verify failed: {error}"))

    def remove(self, manifest: Manifest | None) -> None:
        if manifest is None or not self.confirm(f"Delete the downloaded files of {manifest.name}?"):
            return
        try:
            folder = remove(manifest)
        except (ValueError, OSError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(f"Removed {folder}")
        self._show_status(manifest, check(manifest))

    # display ---------------------------------------------------------------------------------------------
    def _fill_row(self, row: int, manifest: Manifest) -> None:
        size = f"{manifest.download_mb:,} MB" if manifest.download_mb else ""
        for column, text in enumerate((manifest.name, manifest.kind.value, size)):
            item = QTableWidgetItem(text)
            item.setToolTip(manifest.description)
            self.table.setItem(row, column, item)
        self.table.setItem(row, 3, QTableWidgetItem())
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(0)
        bar.setFormat("")
        self.bars[manifest.name] = bar
        self.table.setCellWidget(row, 4, bar)
        self._show_status(manifest, check(manifest))

    def _show_status(self, manifest: Manifest, status: ModelStatus) -> None:
        self.status[manifest.name] = status
        self._set_status(manifest, status.state.value, status.message)
        if status.usable:
            self.bars[manifest.name].setRange(0, 100)
            self.bars[manifest.name].setValue(100)
        self._update_buttons()

    def _set_status(self, manifest: Manifest, text: str, detail: str = "") -> None:
        item = self.table.item(self.row_of(manifest.name), 3)
        item.setText(text)
        item.setToolTip(detail or text)
        if detail and manifest is self.selected():
            self.message.setText(detail)

    def _show_progress(self, name: str, progress: Progress) -> None:
        bar = self.bars[name]
        if progress.fraction is not None:
            bar.setRange(0, 1000)
            bar.setValue(int(progress.fraction * 1000))
        bar.setFormat(progress_text(progress))

    def _download_ended(self, manifest: Manifest, error: BaseException | None) -> None:
        self.cancels.pop(manifest.name, None)
        bar = self.bars[manifest.name]
        bar.setRange(0, 100)
        status = check(manifest)
        self._show_status(manifest, status)
        if error is not None:
            bar.setFormat("stopped")
            self.message.setText(f"{manifest.name}: {error}")
        else:
            bar.setFormat("done")
            self.message.setText(f"{manifest.name} is ready.")
        self._update_buttons()

    def _selection_changed(self) -> None:
        manifest = self.selected()
        status = self.status.get(manifest.name) if manifest else None
        self.message.setText(status.message if status else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        manifest = self.selected()
        status = self.status.get(manifest.name) if manifest else None
        downloading = manifest is not None and manifest.name in self.cancels
        downloadable = manifest is not None and manifest.hub is not None
        self.download_button.setEnabled(downloadable and not downloading and not (status and status.usable))
        self.cancel_button.setEnabled(downloading)
        self.verify_button.setEnabled(manifest is not None and not downloading)
        self.remove_button.setEnabled(downloadable and not downloading)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, "Errand", question)
        return answer == QMessageBox.StandardButton.Yes

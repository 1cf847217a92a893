"""The operation runner (STYLE.md, after Anki's qt/aqt/operations): database work runs on one
worker thread; progress with cancel for long work; results, errors and one "what changed" value
come back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from innov_desktop.domain.errors import AppError, Cancelled
from innov_desktop.gui.lazy_qt import Qt
from innov_desktop.services.changes import NOTHING, Changes
from innov_desktop.services.progress import CancelFn, ProgressFn

log = logging.getLogger(__name__)
T = TypeVar("T")
Work = Callable[[ProgressFn, CancelFn], T]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable, Generic[T]):
    def __init__(self, work: Work[T], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(lambda d, t: self.signals.progress.emit(d, t), self.cancel.is_set)
        except BaseException as exc:  # noqa: BLE001  every failure goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class OperationRunner(QObject):
    """`run(work, on_done=..., changes=...)`: `work(progress, cancel)` runs on the worker."""

    changed = Signal(object)  # Changes, once per operation that changed something
    failed = Signal(object)  # AppError, for the window to show; bugs go to `crashed`
    crashed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer; SQLite sessions never shared between threads
        self._running = 0
        self._keep: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        work: Work[T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[AppError], bool] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        changes: Changes | Callable[[T], Changes] = NOTHING,
        progress_label: str | None = None,
        parent: QWidget | None = None,
        owner: QObject | None = None,
    ) -> threading.Event:
        """Queue `work`; returns the cancel flag. `on_error` may handle an AppError (return True);
        `on_cancelled` is told when the work stopped because it was cancelled.
        Callbacks are skipped when `owner` (default: the object `on_done` is bound to, or `parent`)
        no longer exists, e.g. a dialog closed while its work ran; "changed" is emitted anyway."""
        owner = owner or getattr(on_done, "__self__", None) or parent

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        signals = _Signals(self)  # lives and dies on the GUI thread, whatever the worker holds
        cancel = threading.Event()
        dialog = _progress_dialog(progress_label, parent, cancel) if progress_label else None
        self._keep.add(signals)

        def finish() -> None:
            self._keep.discard(signals)
            signals.deleteLater()
            self._running -= 1
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self.busy_changed.emit(self.busy)

        def done(result: Any) -> None:
            finish()
            if on_done is not None and alive():
                on_done(result)
            what = changes(result) if callable(changes) else changes
            if what != NOTHING:
                self.changed.emit(what)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                if on_cancelled is not None and alive():
                    on_cancelled()
                return
            if isinstance(exc, AppError):
                if on_error is None or not alive() or not on_error(exc):
                    self.failed.emit(exc)
                return
            log.error("operation failed", exc_info=exc)
            self.crashed.emit(exc)

        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        if dialog is not None:
            signals.progress.connect(_updater(dialog), Qt.ConnectionType.QueuedConnection)
        self._running += 1
        self.busy_changed.emit(True)
        self.pool.start(_Task(work, signals, cancel))
        return cancel

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (shutdown and tests)."""
        return self.pool.waitForDone(msecs)


def _progress_dialog(label: str, parent: QWidget | None, cancel: threading.Event) -> QProgressDialog:
    """Appears only when the work lasts longer than 400 ms; Cancel sets the flag the work polls."""
    dialog = QProgressDialog(label, QCoreApplication.translate("runner", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # a function, not the bound method cancel.set: for a bound method the bindings watch the Event
    # and disconnect when it dies, and it may die on the worker (the task holds the last reference)
    # while this thread, holding the interpreter, waits for Qt's connection lock: a deadlock
    dialog.canceled.connect(lambda: cancel.set())
    show = QTimer(dialog)
    show.setSingleShot(True)
    show.timeout.connect(dialog.show)
    show.start(400)
    dialog.setMinimumDuration(400)
    return dialog


def _updater(dialog: QProgressDialog) -> Callable[[int, int], None]:
    def update(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    return update

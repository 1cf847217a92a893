"""What every record form does on Save: run the service on the worker, then close and offer
undo, or show each refusal at its field and stay open with nothing lost; and on Cancel or
Escape after something was typed, ask before the typing is thrown away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from innov_desktop.domain.errors import AppError, FieldError, ValidationFailed
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.undo import UndoStep
from innov_desktop.gui.widgets import FieldForm
from innov_desktop.services.changes import Changes


class RecordDialog(QDialog):
    form: FieldForm
    save_button: QPushButton

    def __init__(self, ctx: GuiContext, parent: QWidget | None, on_saved: Callable[[Any], None] | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a closed form frees itself
        self.ctx, self.on_saved = ctx, on_saved
        self.typed = False  # the person changed something since the form opened
        self._watching = False
        self._asking: QMessageBox | None = None

    def showEvent(self, event: Any) -> None:  # noqa: N802  Qt's name
        """From the first show on (the form filled), what the person does marks it changed: the
        signals that only a person's action sends (a value set by the form itself is not a change)."""
        super().showEvent(event)
        if self._watching:
            return
        self._watching = True
        touched = self._touched
        for line in self.findChildren(QLineEdit):
            line.textEdited.connect(touched)
        for text in self.findChildren(QPlainTextEdit):
            if not text.isReadOnly():
                text.document().contentsChange.connect(lambda *_a: touched())
        for box in self.findChildren(QComboBox):
            box.activated.connect(touched)
        for button in self.findChildren(QAbstractButton):
            if button.isCheckable():
                button.clicked.connect(touched)

    def _touched(self, *_args: Any) -> None:
        self.typed = True

    def reject(self) -> None:
        """Cancel, Escape or the window's close: what was typed is thrown away only once the
        person says so (the question does not block: the form stays open behind it)."""
        if not self.typed or not self.save_button.isEnabled():
            super().reject()
            return
        if self._asking is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard your changes?"),
            self.tr("What you typed in this form has not been saved."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._asking = box

        def answered(_result: int) -> None:
            self._asking = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
                self.typed = False
                super(RecordDialog, self).reject()

        box.finished.connect(answered)
        box.open()

    def refuse(self, found: list[FieldError], check: Callable[[], list[FieldError]]) -> None:
        """What the form itself refused (a date it cannot read), shown at once, then with every
        other refusal the service would make (`check`, on the worker): all fields in one go."""
        self.form.show_errors(found)
        taken = {e.field for e in found}

        def show(more: list[FieldError]) -> None:
            self.form.show_errors([*found, *(e for e in more if e.field not in taken)])

        self.ctx.runner.run(lambda _p, _c: check(), on_done=show, owner=self)

    def submit(self, work: Callable[[], Any], undo: Callable[[Any], UndoStep], what: Changes) -> None:
        """`work` runs on the worker; on success `undo(saved)` is pushed and the dialog closes."""
        self.save_button.setEnabled(False)

        def done(saved: Any) -> None:
            self.ctx.undo.push(undo(saved))
            if self.on_saved is not None:
                self.on_saved(saved)
            self.accept()

        def failed(error: AppError) -> bool:
            self.save_button.setEnabled(True)
            if isinstance(error, ValidationFailed):
                self.form.show_errors(error.errors)
                return True
            return False

        self.ctx.runner.run(lambda _p, _c: work(), on_done=done, on_error=failed, owner=self, changes=what)

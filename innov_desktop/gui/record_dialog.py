"""What every record form does on Save: run the service on the worker, then close and offer
undo, or show each refusal at its field and stay open with nothing lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

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

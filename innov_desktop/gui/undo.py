"""Undo of the last changes: each create, edit or delete pushes its inverse (delete, the previous
values, undelete), which Edit > Undo runs through the operation runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from innov_desktop.gui.runner import OperationRunner
from innov_desktop.services.changes import Changes

LIMIT = 20


@dataclass(frozen=True)
class UndoStep:
    label: str  # already translated: "Undo create Amina Yusuf"
    work: Callable[[], object]
    changes: Changes


class UndoManager(QObject):
    available = Signal(str)  # the label of the next undo, or "" when none

    def __init__(self, runner: OperationRunner) -> None:
        super().__init__()
        self.runner = runner
        self._steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self._steps = [*self._steps[-(LIMIT - 1) :], step]
        self.available.emit(step.label)

    def clear(self) -> None:
        self._steps.clear()
        self.available.emit("")

    @property
    def label(self) -> str:
        return self._steps[-1].label if self._steps else ""

    def undo(self) -> None:
        if not self._steps:
            return
        step = self._steps.pop()
        self.available.emit(self.label)
        self.runner.run(lambda _p, _c: step.work(), changes=step.changes)

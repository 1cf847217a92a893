"""What every page needs: the database handle, the operation runner, undo, and settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from innov_desktop.domain.models import Center
from innov_desktop.gui.runner import OperationRunner
from innov_desktop.gui.settings import Settings
from innov_desktop.gui.undo import UndoManager
from innov_desktop.services.setup import Database


@dataclass
class GuiContext:
    db: Database
    runner: OperationRunner
    undo: UndoManager
    settings: Settings = field(default_factory=Settings)
    center: Center | None = None

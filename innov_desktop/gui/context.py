"""What every page needs: the database handle, the operation runner, undo, and settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from innov_desktop.domain.models import Center
from innov_desktop.gui.runner import OperationRunner
from innov_desktop.gui.settings import Settings
from innov_desktop.gui.undo import UndoManager
from innov_desktop.paths import DataPaths

if TYPE_CHECKING:
    from innov_desktop.services.setup import Database


@dataclass
class GuiContext:
    """`db` is set once the database is open (on the worker, right after the window appears);
    pages load nothing before the window says the database is ready."""

    db: Database
    runner: OperationRunner
    undo: UndoManager
    settings: Settings = field(default_factory=Settings)
    center: Center | None = None
    data_paths: DataPaths | None = None

    @property
    def paths(self) -> DataPaths:
        """The data folder, known before the database is open (logs, backups)."""
        if self.data_paths is not None:
            return self.data_paths
        return self.db.paths

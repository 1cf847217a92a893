"""The services, imported when first used. The window can appear before the storage stack
(SQLAlchemy, Alembic) has loaded: the first database work, on the runner's worker thread, loads it.
Light service modules (changes, progress) are imported directly."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass

LAZY = ("duplicates", "maintenance", "organizations", "people", "setup", "spreadsheets", "sync")
__all__ = list(LAZY)


def __getattr__(name: str) -> Any:
    if name not in LAZY:
        raise AttributeError(name)
    module = importlib.import_module(f"innov_desktop.services.{name}")
    globals()[name] = module
    return module

"""Progress and cancel as plain callbacks, so the GUI and the CLI can drive the same service."""

from __future__ import annotations

from collections.abc import Callable

from innov_desktop.domain.errors import Cancelled

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    return None


def never_cancel() -> bool:
    return False


def checkpoint(cancel: CancelFn) -> None:
    """Raise `Cancelled` when the person asked to stop; the transaction then rolls back."""
    if cancel():
        raise Cancelled()

"""Logging to a rotating file in the data folder's `logs/`, and the crash log for bugs."""

from __future__ import annotations

import faulthandler
import logging
import traceback
from datetime import datetime
from pathlib import Path
from typing import IO

LOG_NAME = "innov-desktop.log"
_fault_file: IO[str] | None = None


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "_innov", False) for h in root.handlers):
        _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler._innov = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    return path


def _rotate(path: Path, max_bytes: int = 2_000_000, keep: int = 5) -> None:
    """Rotated when a process starts, not while it writes: logging.handlers (socket, pickle,
    queue) stays off the start-up path of the window."""
    try:
        if not path.exists() or path.stat().st_size < max_bytes:
            return
        for n in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{n + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # a log that cannot rotate keeps growing; never a reason not to start


def enable_faulthandler(log_dir: Path) -> None:
    """Hard crashes (segfaults in native code) write their stack to `logs/fault.log`."""
    global _fault_file
    if _fault_file is None:
        log_dir.mkdir(parents=True, exist_ok=True)
        _fault_file = open(log_dir / "fault.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_fault_file)


def write_crash_log(log_dir: Path, exc: BaseException) -> Path:
    """Write a traceback the person can send; return its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    path.write_text(text, encoding="utf-8")
    logging.getLogger(__name__).error("crash, details in %s\n%s", path, text)
    return path

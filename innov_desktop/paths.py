"""Where this installation keeps its files: `--data-dir`, else `INNOV_DESKTOP_HOME`, else the
platform's user data folder. Layout: the database, `keys/`, `backups/`, `logs/`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_HOME = "INNOV_DESKTOP_HOME"
DATABASE_NAME = "innov-desktop.sqlite"


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.keys, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve())
        env = os.environ.get(ENV_HOME)
        if env:
            return cls(Path(env).expanduser().resolve())
        from platformdirs import user_data_dir

        return cls(Path(user_data_dir("innov-desktop", appauthor=False)))

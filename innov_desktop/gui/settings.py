"""One typed list of user settings over QSettings (STYLE.md, after Picard's options). Window
geometry and header state are kept apart from preferences. Business configuration lives in the
database, not here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh": "中文",
}


class Settings:
    def __init__(self) -> None:
        self._q = QSettings()

    # preferences
    @property
    def language(self) -> str:
        return str(self._q.value("preferences/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._q.setValue("preferences/language", code)

    # layout, kept apart
    @property
    def start_page(self) -> str:
        """The page the window opens on: the one shown when it was last closed."""
        return str(self._q.value("layout/main/page", "") or "")

    @start_page.setter
    def start_page(self, key: str) -> None:
        self._q.setValue("layout/main/page", key)

    def state(self, key: str) -> QByteArray | None:
        value = self._q.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._q.setValue(f"layout/{key}", value)

    def hidden_columns(self, page: str) -> set[str] | None:
        value = self._q.value(f"layout/{page}/hidden_columns")
        if value is None:
            return None
        if isinstance(value, str):
            return {v for v in value.split(",") if v}
        return {str(v) for v in value}

    def set_hidden_columns(self, page: str, keys: set[str]) -> None:
        self._q.setValue(f"layout/{page}/hidden_columns", ",".join(sorted(keys)))

    def sync(self) -> None:
        self._q.sync()

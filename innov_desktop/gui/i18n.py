"""Languages: Qt translators for the application and Qt's own strings, right-to-left layout for
Arabic, and a pseudo-language (INNOV_DESKTOP_PSEUDO=1) that marks and lengthens every string so
that untranslated text and clipped layouts show up."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

RTL = {"ar", "fa", "he", "ur"}
PSEUDO_ENV = "INNOV_DESKTOP_PSEUDO"
_ACCENTED = str.maketrans("aceinousyACEINOUSY", "àçéîñöûšýÀÇÉÎÑÖÛŠÝ")
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources" / "translations"


class PseudoTranslator(QTranslator):
    """Every string wrapped in ⟦…⟧, accented, and 40 % longer; placeholders kept intact."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        out, depth = [], 0
        for ch in source:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            out.append(ch if depth or ch in "{}&%" else ch.translate(_ACCENTED))
        padding = "·" * max(2, len(source) * 2 // 5)
        return f"⟦{''.join(out)}{padding}⟧"

    def isEmpty(self) -> bool:
        return False


def current_language(preferred: str | None = None) -> str:
    code = preferred or os.environ.get("INNOV_DESKTOP_LANG") or QLocale.system().name().split("_")[0]
    return code or "en"


def install_language(app: QApplication, code: str) -> None:
    """Load translators for `code` (missing files fall back to English) and set the direction."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if os.environ.get(PSEUDO_ENV):
        pseudo = PseudoTranslator(app)
        QCoreApplication.installTranslator(pseudo)
        _installed.append(pseudo)
    else:
        own = QTranslator(app)  # English has a file too: it holds the plural forms
        if own.load(f"innov_desktop_{code}", str(translations_dir())):
            QCoreApplication.installTranslator(own)
            _installed.append(own)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(code))
    from innov_desktop.gui.labels import clear_cache

    clear_cache()
    if (code in RTL) != app.isRightToLeft():  # left to right already: no Qt namespace (lazy_qt.py)
        from innov_desktop.gui.lazy_qt import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RTL else Qt.LayoutDirection.LeftToRight)

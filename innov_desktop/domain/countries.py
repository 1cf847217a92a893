"""Country data behind one module (pycountry today): ISO 3166-1 codes and English names.

Names in the six UN languages for spreadsheet import arrive with that issue; the lookup API stays."""

from __future__ import annotations

import gettext
from functools import lru_cache
from typing import Any


def _pycountry() -> Any:
    """Imported on first use: its data (and its package metadata) cost time at start-up."""
    import pycountry

    return pycountry


@lru_cache(maxsize=1)
def _by_alpha2() -> dict[str, str]:
    return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in _pycountry().countries}


def is_country_code(code: str) -> bool:
    return code.upper() in _by_alpha2()


def country_name(code: str, language: str = "en") -> str:
    """The country's name in `language` (ISO 639-1: en, fr, es, ar, ru, zh), English if unknown."""
    english = _by_alpha2().get(code.upper(), code)
    if language == "en":
        return english
    return _names(language).gettext(english)


@lru_cache(maxsize=8)
def _names(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", _pycountry().LOCALES_DIR, languages=[language], fallback=True)


def all_codes() -> list[str]:
    return sorted(_by_alpha2())


@lru_cache(maxsize=4096)
def lookup_country(text: str) -> str | None:
    """ISO alpha-2 code for a code (alpha-2 or alpha-3) or an English name; None if unknown."""
    value = text.strip()
    if not value:
        return None
    if len(value) == 2 and value.upper() in _by_alpha2():
        return value.upper()
    try:
        found = _pycountry().countries.lookup(value)
    except LookupError:
        return None
    return str(found.alpha_2)

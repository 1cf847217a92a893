"""Country data behind one module (pycountry today): ISO 3166-1 codes and English names.

Names in the six UN languages for spreadsheet import arrive with that issue; the lookup API stays."""

from __future__ import annotations

import gettext
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Any


def _pycountry() -> Any:
    """Imported on first use: its data (and its package metadata) cost time at start-up."""
    import pycountry

    return pycountry


@lru_cache(maxsize=1)
def _data_dirs() -> tuple[Path, Path]:
    """pycountry's databases and locales folders, found without importing the package: its import
    reads package metadata, some 70 ms that the first paint of a list would otherwise wait for."""
    spec = importlib.util.find_spec("pycountry")
    if spec is not None and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations)))
        if (root / "databases" / "iso3166-1.json").is_file():
            return root / "databases", root / "locales"
    module = _pycountry()
    return Path(module.DATABASE_DIR), Path(module.LOCALES_DIR)


@lru_cache(maxsize=1)
def _by_alpha2() -> dict[str, str]:
    with open(_data_dirs()[0] / "iso3166-1.json", encoding="utf-8") as fh:
        entries = json.load(fh)["3166-1"]
    return {e["alpha_2"]: e.get("common_name") or e["name"] for e in entries}


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
    return gettext.translation("iso3166-1", str(_data_dirs()[1]), languages=[language], fallback=True)


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

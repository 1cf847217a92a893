"""Country data behind one module (pycountry today): ISO 3166-1 codes, English names, and names in
the six UN languages (pycountry's gettext catalogues) for reading what people type in lists."""

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
def _entries() -> dict[str, dict[str, str]]:
    with open(_data_dirs()[0] / "iso3166-1.json", encoding="utf-8") as fh:
        return {e["alpha_2"]: e for e in json.load(fh)["3166-1"]}


@lru_cache(maxsize=1)
def _by_alpha2() -> dict[str, str]:
    """The short English name (common name where there is one: "Iran", not "Iran, Islamic Republic of")."""
    return {code: e.get("common_name") or e["name"] for code, e in _entries().items()}


def is_country_code(code: str) -> bool:
    return code.upper() in _by_alpha2()


def country_name(code: str, language: str = "en") -> str:
    """The country's name in `language` (ISO 639-1: en, fr, es, ar, ru, zh), English if unknown."""
    english = _by_alpha2().get(code.upper(), code)
    if language == "en":
        return english
    code = code.upper()
    if (code, language) in _MISSING:
        return _MISSING[(code, language)]
    names = _names(language)
    translated = names.gettext(english)
    catalogue = getattr(names, "_catalog", {})  # gettext's own table: is there an entry at all?
    full = _entries()[code]["name"] if code in _entries() else english
    if english not in catalogue and full in catalogue:  # some entries exist for the full name only
        translated = names.gettext(full)
    return translated


# names pycountry's catalogues lack (its English name changed after the translation was made)
_MISSING = {("TR", "ar"): "تركيا"}


@lru_cache(maxsize=8)
def _names(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", str(_data_dirs()[1]), languages=[language], fallback=True)


def all_codes() -> list[str]:
    return sorted(_by_alpha2())


UN_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
# Short names people write that the catalogues only hold in their long or former form
_ALIASES = {
    "RU": ("Russia", "Russie", "Rusia", "روسيا", "Россия", "俄罗斯"),
    "IR": ("إيران",),
    "KR": ("South Korea", "كوريا الجنوبية", "Южная Корея"),
    "GB": ("UK", "Great Britain", "Grande-Bretagne", "Gran Bretaña", "Британия", "英国"),
    "CD": ("DR Congo", "DRC", "RDC", "RD Congo", "Congo-Kinshasa", "الكونغو الديمقراطية", "ДР Конго"),
    "TR": ("Turkey", "Турция", "تركيا"),
    "PS": ("Palestine", "فلسطين", "Palestina", "Палестина", "巴勒斯坦"),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde",),
    "CI": ("Ivory Coast",),
    "MM": ("Burma",),
    "AE": ("الإمارات", "UAE", "EAU"),
}


def _name_key(text: str) -> str:
    """Case, accents, punctuation and spacing ignored: "COTE D'IVOIRE" and "Côte d’Ivoire" agree."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    """Every name of every country (English common, short and official names, and their
    translations into French, Spanish, Arabic, Russian and Chinese) -> alpha-2 code."""
    out: dict[str, str] = {}
    catalogues = [_names(lang) for lang in UN_LANGUAGES[1:]] + [_names("zh_TW")]
    for c in _pycountry().countries:
        english = [n for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)) if n]
        for name in english:
            out.setdefault(_name_key(name), c.alpha_2)
            for catalogue in catalogues:
                out.setdefault(_name_key(catalogue.gettext(name)), c.alpha_2)
        out.setdefault(c.alpha_3.casefold(), c.alpha_2)
    for code, names in _ALIASES.items():
        for name in names:
            out.setdefault(_name_key(name), code)
    return out


@lru_cache(maxsize=4096)
def lookup_country(text: str) -> str | None:
    """ISO alpha-2 code for a code (alpha-2 or alpha-3) or a name in any of the six UN languages
    (case and accents ignored); None if unknown."""
    value = text.strip()
    if not value:
        return None
    if len(value) == 2 and value.upper() in _by_alpha2():
        return value.upper()
    found = _by_name().get(_name_key(value))
    if found is not None:
        return found
    try:
        return str(_pycountry().countries.lookup(value).alpha_2)
    except LookupError:
        return None

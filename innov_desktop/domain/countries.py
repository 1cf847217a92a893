"""Country data behind one module (pycountry today): ISO 3166-1 codes and English names.

Names in the six UN languages for spreadsheet import arrive with that issue; the lookup API stays."""

from __future__ import annotations

from functools import lru_cache

import pycountry


@lru_cache(maxsize=1)
def _by_alpha2() -> dict[str, str]:
    return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


def is_country_code(code: str) -> bool:
    return code.upper() in _by_alpha2()


def country_name(code: str) -> str:
    return _by_alpha2().get(code.upper(), code)


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
        found = pycountry.countries.lookup(value)
    except LookupError:
        return None
    return str(found.alpha_2)

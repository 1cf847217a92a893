"""Country names in the six UN languages, and reading them back."""

from __future__ import annotations

import pycountry

from innov_desktop.domain.countries import UN_LANGUAGES, all_codes, country_name, lookup_country


def test_every_country_has_an_arabic_name() -> None:
    """Arabic shares no script with English: a name left in Latin letters is an untranslated one."""
    latin = [code for code in all_codes() if any("a" <= ch.lower() <= "z" for ch in country_name(code, "ar"))]
    assert latin == []
    assert country_name("TR", "ar") == "تركيا" and country_name("TR") == "Türkiye"


def test_names_in_every_language_read_back_to_their_code() -> None:
    for language in UN_LANGUAGES:
        for code in ("KE", "TR", "PE", "GH", "CN"):
            assert lookup_country(country_name(code, language)) == code, (language, code)
    assert len(all_codes()) == len(pycountry.countries)


def test_a_language_without_a_catalogue_keeps_the_short_english_names() -> None:
    for language in ("sw", "xx"):
        assert country_name("TZ", language) == "Tanzania" and country_name("IR", language) == "Iran"

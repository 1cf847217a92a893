"""The short way of `domain.phones` (plain numbers of single-country regions) gives exactly the
library's answers: E.164 or invalid, and the search forms of a stored number."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innov_desktop.domain import phones
from innov_desktop.domain.phones import library_forms, library_normalize, normalize_phone, phone_forms

REGIONS = phones.short_way_regions()
_TYPES = [t for t in vars(phonenumbers.PhoneNumberType).values() if isinstance(t, int)]
_SEPARATORS = ["", " ", " ", "-", ".", "/", "(", ")"]


def _typed(digits: str, rng: random.Random) -> str:
    """`digits` as people type them: separators here and there, a group in brackets."""
    out = []
    for i, d in enumerate(digits):
        if i and rng.random() < 0.3:
            out.append(rng.choice(_SEPARATORS))
        out.append(d)
    text = "".join(out)
    if rng.random() < 0.1 and len(digits) > 4:
        text = f"({digits[:3]}) {digits[3:]}"
    return text


def _cases(region: str, rng: random.Random) -> list[str]:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    code = str(meta.country_code)
    prefix = meta.national_prefix or ""
    national: list[str] = []
    for kind in _TYPES:
        example = phonenumbers.example_number_for_type(region, kind)
        if example is not None:
            national.append(phonenumbers.national_significant_number(example))
    for length in range(2, 18):
        national.append("".join(rng.choice("0123456789") for _ in range(length)))
    for n in list(national[:6]):  # near misses of real numbers: one digit changed, dropped, added
        i = rng.randrange(len(n))
        national += [n[:i] + rng.choice("0123456789") + n[i + 1 :], n[:i] + n[i + 1 :], n + rng.choice("0123456789")]
    out = []
    for n in national:
        for text in (n, prefix + n, f"+{code}{n}", f"00{code}{n}", f"{code}{n}", f"+{code}{prefix}{n}", f"0{n}"):
            out += [text, _typed(text, rng)]
    out += ["", "+", "12", "(12)", "1 2", "+12", "00", "000", "+0123456", "+" + code, "+999 123 456"]
    return out


@pytest.mark.parametrize("region", REGIONS)
def test_the_short_way_answers_as_the_library_in_every_region_it_serves(region: str) -> None:
    rng = random.Random(region)
    cases = _cases(region, rng)
    for raw in cases:
        expected = library_normalize(raw, region)
        assert normalize_phone(raw, region) == expected, (raw, region)
        assert normalize_phone(raw, region.lower()) == expected, (raw, region)
        if expected:
            assert phone_forms(expected) == library_forms(expected), (raw, region)


def test_the_short_way_serves_most_regions_and_their_numbers() -> None:
    """Not a vacuous comparison: most regions and their typed numbers take the short way."""
    assert len(REGIONS) > 150 and {"KE", "EG", "FR", "MX", "TZ", "GH"} <= set(REGIONS)
    assert phones.fast_normalize("0712 345 678", "KE") == "+254712345678"
    assert phones.fast_normalize("+33 6 12 34 56 78", None) == "+33612345678"
    assert phones.fast_normalize("0712-ABC", "KE") is phones._LIBRARY  # letters: the library
    assert phones.fast_normalize("+1 212 555 0100", "KE") is phones._LIBRARY  # a shared code


def test_numbers_of_other_calling_codes_and_regions_go_to_the_library() -> None:
    for raw, region in [
        ("+1 (212) 555-0100", "KE"),
        ("+44 20 7946 0958", None),
        ("0712 345 678 ext. 12", "KE"),
        ("011 15 2345-6789", "AR"),
        ("212 555 0100", "US"),
        ("٠٧١٢٣٤٥٦٧٨", "KE"),
        ("0712 345 678", "ZZ"),
        ("0712 345 678", None),
    ]:
        assert normalize_phone(raw, region) == library_normalize(raw, region), (raw, region)


_plain = st.text(alphabet="0123456789 ().-/", min_size=0, max_size=22)


@settings(max_examples=400, deadline=None)
@given(
    region=st.sampled_from(REGIONS),
    start=st.sampled_from(["", "+", "00", "0", "+{code}", "00{code}", "{code}"]),
    body=_plain,
)
def test_any_plain_string_gets_the_library_answer(region: str, start: str, body: str) -> None:
    code = phonenumbers.country_code_for_region(region)
    raw = start.format(code=code) + body
    expected = library_normalize(raw, region)
    assert normalize_phone(raw, region) == expected
    if expected:
        assert phone_forms(expected) == library_forms(expected)


@settings(max_examples=200, deadline=None)
@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=18))
def test_the_search_forms_of_any_e164_string_are_the_library_ones(digits: str) -> None:
    assert phone_forms(f"+{digits}") == library_forms(f"+{digits}")

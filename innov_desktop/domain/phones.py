"""Phone numbers behind one module (phonenumbers): parse with a default region, store E.164."""

from __future__ import annotations

import phonenumbers


def normalize_phone(raw: str, default_region: str | None) -> str | None:
    """E.164 form of `raw`, or None when it is not a valid number (for that region)."""
    try:
        parsed = phonenumbers.parse(raw, (default_region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    # what format_number(parsed, E164) gives, without its detour through the format rules
    e164 = f"+{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"
    if not parsed.extension:  # what parsing the E.164 form gives again: `phone_forms` takes it
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.clear()
        _RECENT[e164] = parsed
    return e164


# Numbers just normalized, by E.164 form: a record's search text needs the same number parsed
# again right after its validation (half the cost of a bulk import's phone numbers otherwise)
_RECENT: dict[str, phonenumbers.PhoneNumber] = {}
_RECENT_MAX = 4096


def phone_forms(e164: str | None) -> tuple[str, ...]:
    """What people type to find a number: international digits, and the national number with
    and without its trunk prefix (+254712345678: 254712345678, 712345678, 0712345678)."""
    if not e164:
        return ()
    parsed = _RECENT.get(e164)
    if parsed is None:
        try:
            parsed = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            return (e164,)
    national = str(phonenumbers.national_significant_number(parsed))
    trunk = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    trunk_digits = "".join(ch for ch in trunk if ch.isdigit())
    return tuple(dict.fromkeys((e164.lstrip("+"), national, trunk_digits)))


def example_number(region: str) -> str | None:
    num = phonenumbers.example_number_for_type(region.upper(), phonenumbers.PhoneNumberType.MOBILE)
    if num is None:
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)

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
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def example_number(region: str) -> str | None:
    num = phonenumbers.example_number_for_type(region.upper(), phonenumbers.PhoneNumberType.MOBILE)
    if num is None:
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)

"""Phone numbers behind one module (phonenumbers): parse with a default region, store E.164.

Plain numbers (ASCII digits with spaces ( ) . - / between them, an optional leading +) of a
region that has its calling code to itself and a national prefix of digits take a short way
built once per region from the library's own metadata: the library's parsing steps for such a
string, without its general machinery (an import checks 100 000 numbers: the library took about
80 µs to check a number and give its search forms, the short way takes about 11). Anything else
goes to the library, and a test holds the short way to its answers for every region it serves."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumberFormat

_MIN_NSN, _MAX_NSN = 2, 17  # the library's bounds of a national significant number
_PLAIN = re.compile(r"\+?[0-9 ().\-/]*")  # ASCII only: [0-9], not \d (other scripts' digits)
_NOT_DIGITS = str.maketrans("", "", "+ ().-/")
_FIRST_GROUP = re.compile(r"(\\\d)")  # the library's: the first group of a format rule
_SHORT = 0  # `_length` answers, as the library's ValidationResult: too short, local only,
_LOCAL = 1  # of no possible length (these three keep a national prefix), possible, too long
_INVALID_LENGTH = 2
_POSSIBLE = 3
_TOO_LONG = 4
_LIBRARY = object()  # the short way does not decide: ask the library


class _Plan:
    """What parsing and validating a plain number of one region needs, from its metadata."""

    def __init__(self, region: str, meta: Any) -> None:  # PhoneMetadata (its stubs: all optional)
        self.region, self.country_code = region, meta.country_code
        self.code_text = str(meta.country_code)
        idd = meta.international_prefix
        self.idd = re.compile(idd) if idd else None
        prefix = meta.national_prefix_for_parsing
        self.prefix = re.compile(prefix) if prefix else None
        general = meta.general_desc
        self.general = re.compile(general.national_number_pattern)
        self.general_lengths = tuple(general.possible_length)
        self.local_lengths = tuple(general.possible_length_local_only)
        descs = (
            meta.premium_rate,
            meta.toll_free,
            meta.shared_cost,
            meta.voip,
            meta.personal_number,
            meta.pager,
            meta.uan,
            meta.voicemail,
            meta.fixed_line,
            meta.mobile,
        )
        # a number is valid when it fits the general description and one of a type (each with
        # its possible lengths; none listed: any length)
        self.types = tuple(
            (frozenset(d.possible_length), re.compile(d.national_number_pattern))
            for d in descs
            if d is not None and d.national_number_pattern
        )
        self.formats: list[tuple[re.Pattern[str] | None, re.Pattern[str], str, str | None]] = []
        for f in meta.number_format:
            pattern = re.compile(f.pattern)
            rule = f.format
            if f.national_prefix_formatting_rule:
                rule = _FIRST_GROUP.sub(f.national_prefix_formatting_rule, rule, count=1)
            leading = re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None
            prefix = _rule_prefix(rule, pattern.groups) if pattern.match("") is None else None
            self.formats.append((leading, pattern, rule, prefix))

    def _viable(self, number: str) -> bool:
        """The general pattern, without the lengths (the library's `_match_national_number`)."""
        return self.general.fullmatch(number) is not None

    def _strip_prefix(self, number: str) -> str:
        """`number` without the national prefix, unless only the number with it is viable."""
        if not number or self.prefix is None:
            return number
        m = self.prefix.match(number)
        if m is None:
            return number
        rest = number[m.end() :]
        if self._viable(number) and not self._viable(rest):
            return number
        return rest

    def _length(self, number: str) -> int:
        n, lengths = len(number), self.general_lengths
        if n in self.local_lengths:
            return _LOCAL
        if lengths[0] == n:
            return _POSSIBLE
        if lengths[0] > n:
            return _SHORT
        if lengths[-1] < n:
            return _TOO_LONG
        return _POSSIBLE if n in lengths[1:] else _INVALID_LENGTH

    def national(self, text: str) -> str | None | object:
        """The national significant number of plain `text` (`_PLAIN`) dialled in this region,
        None where the library refuses it, `_LIBRARY` for another calling code."""
        digits = text.translate(_NOT_DIGITS)
        plus = text.startswith("+")
        # the library's viability: two digits alone, or three digits or more
        if len(digits) < 3 and (plus or len(digits) < 2 or text.strip(" ().-/") != digits):
            return None
        international = None
        if plus:
            international = digits
        elif self.idd is not None and (m := self.idd.match(digits)) and digits[m.end() : m.end() + 1] != "0":
            international = digits[m.end() :]
        if international is not None:
            if len(international) <= _MIN_NSN:
                return None
            if not international.startswith(self.code_text) or international[0] == "0":
                return _LIBRARY
            number = international[len(self.code_text) :]
        else:
            number = digits
            if digits.startswith(self.code_text):
                # the region's calling code without + or an international prefix
                rest = self._strip_prefix(digits[len(self.code_text) :])
                if (not self._viable(digits) and self._viable(rest)) or self._length(digits) == _TOO_LONG:
                    number = rest
        if len(number) < _MIN_NSN:
            return None
        stripped = self._strip_prefix(number)
        if self._length(stripped) >= _POSSIBLE:
            number = stripped
        if len(number) > _MAX_NSN:
            return None
        return number

    def valid(self, number: str) -> bool:
        """What `is_valid_number` says of this region's national significant `number`."""
        n = len(number)
        if self.general_lengths and n not in self.general_lengths or not self._viable(number):
            return False
        return any((not lengths or n in lengths) and pattern.fullmatch(number) for lengths, pattern in self.types)

    def trunk(self, number: str) -> str:
        """The digits of `format_number(NATIONAL)`: the number as dialled within the country."""
        for leading, pattern, rule, prefix in self.formats:
            if (leading is None or leading.match(number)) and pattern.fullmatch(number):
                first = pattern.match(number)  # what `sub` replaces first, maybe not all of it
                groups = first.groups() if first is not None and first.end() == len(number) else (None,)
                if prefix is not None and None not in groups and "".join(groups) == number:  # type: ignore[arg-type]
                    return prefix + number  # the rule's digits, then every group in order
                return "".join(ch for ch in pattern.sub(rule, number) if ch.isdigit())
        return number


def _rule_prefix(rule: str, groups: int) -> str | None:
    """The digits a format rule writes before the groups it writes in order, each once with no
    digit between them (0\\1 \\2: "0"); None for any other rule (its result is worked out)."""
    parts = re.split(r"(\\\d)", rule)
    literals, refs = parts[0::2], parts[1::2]
    if refs != [f"\\{i}" for i in range(1, groups + 1)] or any(c.isdigit() for p in literals[1:] for c in p):
        return None
    return "".join(c for c in literals[0] if c.isdigit())


@cache
def _plan(region: str) -> _Plan | None:
    """The short way's plan for `region`, or None where it has none (the library decides)."""
    meta: Any = PhoneMetadata.metadata_for_region(region, None)
    if meta is None or COUNTRY_CODE_TO_REGION_CODE.get(meta.country_code) != (region,):
        return None  # no such region, or a calling code shared with others (+1, +7, +44, ...)
    prefix = meta.national_prefix_for_parsing
    if meta.national_prefix_transform_rule or (prefix and not prefix.isdigit()):
        return None  # carrier codes, rewritten prefixes
    code = str(meta.country_code)
    if any(int(code[:n]) in COUNTRY_CODE_TO_REGION_CODE for n in range(1, len(code))):
        return None  # the library would read a shorter calling code first
    if not meta.general_desc or not meta.general_desc.national_number_pattern or not meta.general_desc.possible_length:
        return None
    return _Plan(region, meta)


def _region_of(digits: str) -> str | None:
    """The region of the calling code `digits` starts with, as the library finds it."""
    head = digits[:3]
    found = _REGIONS_BY_HEAD.get(head, _REGIONS_BY_HEAD)
    if found is _REGIONS_BY_HEAD:
        found = _REGIONS_BY_HEAD[head] = _find_region(head)
    return found  # type: ignore[return-value]


_REGIONS_BY_HEAD: dict[str, str | None] = {}  # at most 1 110 heads of up to three digits


def _find_region(digits: str) -> str | None:
    if not digits or digits[0] == "0":
        return None
    for n in (1, 2, 3):
        regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:n])) if len(digits) >= n else None
        if regions:
            return regions[0]
    return None


def fast_normalize(raw: str, region: str | None) -> str | None | object:
    """The short way of `normalize_phone`: E.164, None, or `_LIBRARY` when it does not decide."""
    if not raw or len(raw) > 40 or not raw.isascii() or _PLAIN.fullmatch(raw) is None:
        return _LIBRARY
    plan = _plan(region) if region else None
    if plan is None:
        if not raw.startswith("+"):
            return _LIBRARY
        # +CC of a region the short way serves: the default region plays no part
        found = _region_of(raw.translate(_NOT_DIGITS))
        plan = _plan(found) if found else None
        if plan is None:
            return _LIBRARY
    number = plan.national(raw)
    if number is _LIBRARY and raw.startswith("+"):
        found = _region_of(raw.translate(_NOT_DIGITS))
        other = _plan(found) if found else None
        number, plan = (other.national(raw), other) if other is not None else (_LIBRARY, plan)
    if number is None or number is _LIBRARY:
        return number
    assert isinstance(number, str)
    return f"+{plan.code_text}{number}" if plan.valid(number) else None


def normalize_phone(raw: str, default_region: str | None) -> str | None:
    """E.164 form of `raw`, or None when it is not a valid number (for that region)."""
    region = (default_region or "").upper() or None
    quick = fast_normalize(raw, region)
    if quick is not _LIBRARY:
        return quick  # type: ignore[return-value]
    return library_normalize(raw, region)


def library_normalize(raw: str, region: str | None) -> str | None:
    """`normalize_phone` by the library alone (all other cases, and the tests' reference)."""
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    # what format_number(parsed, E164) gives, without its detour through the format rules
    return f"+{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"


def phone_forms(e164: str | None) -> tuple[str, ...]:
    """What people type to find a number: international digits, and the national number with
    and without its trunk prefix (+254712345678: 254712345678, 712345678, 0712345678)."""
    if not e164:
        return ()
    if e164.startswith("+") and e164[1:].isascii() and e164[1:].isdigit():
        found = _region_of(e164[1:])
        plan = _plan(found) if found else None
        if plan is not None:
            national = plan.national(e164)
            if isinstance(national, str):
                return tuple(dict.fromkeys((e164[1:], national, plan.trunk(national))))
            if national is None:
                return (e164,)  # the library cannot parse it either
    return library_forms(e164)


def library_forms(e164: str) -> tuple[str, ...]:
    """`phone_forms` by the library alone (all other cases, and the tests' reference)."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return (e164,)
    national = str(phonenumbers.national_significant_number(parsed))
    trunk = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    trunk_digits = "".join(ch for ch in trunk if ch.isdigit())
    return tuple(dict.fromkeys((e164.lstrip("+"), national, trunk_digits)))


def short_way_regions() -> tuple[str, ...]:
    """The regions the short way serves (tests)."""
    regions = (r for rs in COUNTRY_CODE_TO_REGION_CODE.values() for r in rs)
    return tuple(sorted(r for r in regions if _plan(r) is not None))


def example_number(region: str) -> str | None:
    num = phonenumbers.example_number_for_type(region.upper(), phonenumbers.PhoneNumberType.MOBILE)
    if num is None:
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)

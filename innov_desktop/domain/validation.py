"""Validation rules: each `clean_*` returns the normalized value or raises `ValidationFailed`
listing every field that is wrong (so a form can mark all of them at once)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from innov_desktop.domain.countries import country_name, is_country_code, lookup_country
from innov_desktop.domain.errors import ErrorCode, FieldError, ValidationFailed
from innov_desktop.domain.models import CenterInput, OrganizationInput, PersonInput
from innov_desktop.domain.phones import normalize_phone

NAME_MAX = 100
TEXT_MAX = 200
NOTES_MAX = 10_000
EARLIEST_BIRTH = date(1900, 1, 1)
EARLIEST_CONSENT = date(2000, 1, 1)

_EMAIL_LOCAL_FORBIDDEN = set(' "(),:;<>[\\]@')
_CENTER_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{2,8}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
T = TypeVar("T")


class _Collector:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, code: ErrorCode, **params: object) -> None:
        self.errors.append(FieldError(field, code, tuple(params.items())))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)

    def text(self, field: str, value: str | None, limit: int, *, name: bool = False) -> str | None:
        if value is None:
            return None
        ascii_only = value.isascii()  # most cells: no normalization, no per-character lookups
        cleaned = " ".join((value if ascii_only else unicodedata.normalize("NFC", value)).split())
        if not cleaned:
            return None
        if not cleaned.isprintable() if ascii_only else _has_control(cleaned):
            self.add(field, ErrorCode.BAD_CHARACTERS)
        if len(cleaned) > limit:
            self.add(field, ErrorCode.TOO_LONG, limit=limit)
        if name and not (_ASCII_LETTER.search(cleaned) if ascii_only else _has_letter(cleaned)):
            self.add(field, ErrorCode.NO_LETTERS)
        return cleaned

    def country(self, field: str, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        code = lookup_country(value)
        if code is None:
            self.add(field, ErrorCode.UNKNOWN_COUNTRY)
            return value
        return code

    def email(self, field: str, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        stripped = value.strip()
        cleaned = stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped)
        normalized = _normalize_email(cleaned)
        if normalized is None:
            self.add(field, ErrorCode.INVALID_EMAIL)
            return cleaned
        return normalized

    def phone(self, field: str, value: str | None, region: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        normalized = normalize_phone(value, region)
        if normalized is None:
            if region:
                self.add(field, ErrorCode.INVALID_PHONE, region=country_name(region), region_code=region)
            else:
                self.add(field, ErrorCode.INVALID_PHONE_NO_REGION)
            return value.strip()
        return normalized

    def past_date(self, field: str, value: date | None, today: date, earliest: date) -> None:
        if value is None:
            return
        if value > today:
            self.add(field, ErrorCode.DATE_IN_FUTURE)
        elif value < earliest:
            self.add(field, ErrorCode.DATE_TOO_OLD, limit=earliest.isoformat())


def _has_control(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\u200c\u200d" for c in text)


def _has_letter(text: str) -> bool:
    return any(unicodedata.category(c).startswith("L") for c in text)


_ASCII_LETTER = re.compile(r"[A-Za-z]")
# The everyday address (ASCII dot-atom local part, ASCII labels, a letters-only top-level domain):
# a subset of what the full rules below accept, checked by one expression (an import checks
# 100 000 of them); anything else takes the full rules.
_PLAIN_EMAIL = re.compile(
    r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)


def _is_label_char(c: str) -> bool:
    return c.isalnum() or c == "-" or unicodedata.category(c) in ("Mn", "Mc")


def _normalize_email(address: str) -> str | None:
    """`local@domain` with the domain lower-cased, or None: RFC 5321 sizes, dot-atom local part,
    internationalized (IDN) domains in Unicode or punycode form."""
    if "@" not in address or len(address) > 254:
        return None
    plain = _PLAIN_EMAIL.fullmatch(address)
    if plain is not None and len(plain.group(1)) <= 64:
        return f"{plain.group(1)}@{plain.group(2).lower()}"
    local, domain = address.rsplit("@", 1)
    if not 1 <= len(local) <= 64 or local.startswith(".") or local.endswith(".") or ".." in local:
        return None
    if any(c in _EMAIL_LOCAL_FORBIDDEN or unicodedata.category(c)[0] in "CZ" for c in local):
        return None
    domain = domain.lower()
    labels = domain.split(".")
    if len(labels) < 2:
        return None
    for label in labels:
        if not 1 <= len(label) <= 63 or label[0] == "-" or label[-1] == "-":
            return None
        if not all(_is_label_char(c) for c in label):
            return None
    tld = labels[-1]
    if not (tld.startswith("xn--") or (len(tld) >= 2 and not any(c.isdigit() or c == "-" for c in tld))):
        return None
    return f"{local}@{domain}"


def clean_email(value: str) -> str | None:
    """The normalized address, or None when `value` is not an e-mail address."""
    c = _Collector()
    out = c.email("email", value)
    return None if c.errors else out


def clean_person(data: PersonInput, *, today: date, default_region: str | None) -> PersonInput:
    c = _Collector()
    given = c.text("given_name", data.given_name, NAME_MAX, name=True) or ""
    family = c.text("family_name", data.family_name, NAME_MAX, name=True) or ""
    if not given and not family:
        c.add("family_name", ErrorCode.REQUIRED)
    nationality = c.country("nationality", data.nationality)
    residence = c.country("residence_country", data.residence_country)
    region = next((x for x in (residence, nationality, default_region) if x and is_country_code(x)), None)
    c.past_date("birth_date", data.birth_date, today, EARLIEST_BIRTH)
    c.past_date("consent_date", data.consent_date, today, EARLIEST_CONSENT)
    if data.consent_date is not None and not data.consent_to_share:
        c.add("consent_date", ErrorCode.CONSENT_DATE_WITHOUT_CONSENT)
    languages = tuple(dict.fromkeys(x.strip().lower() for x in data.languages if x.strip()))
    if any(not _LANGUAGE.match(x) for x in languages):
        c.add("languages", ErrorCode.UNKNOWN_VALUE, allowed="ISO 639-1 codes such as en, fr, ar")
    cleaned = replace(
        data,
        given_name=given,
        family_name=family,
        nationality=nationality,
        residence_country=residence,
        email=c.email("email", data.email),
        phone=c.phone("phone", data.phone, region),
        position=c.text("position", data.position, TEXT_MAX),
        notes=c.text("notes", data.notes, NOTES_MAX) if data.notes else None,
        languages=languages,
        roles=tuple(sorted(set(data.roles))),
    )
    c.raise_if_any()
    return cleaned


# One field as `clean_person` cleans it, for an import's quick path (values repeat down a column):
# a value the rules refuse raises ValueError, and the row then takes `clean_person`, which names
# the problem. A test holds the quick path to `clean_person` on many generated rows.


def _alone(read: Callable[[_Collector], T]) -> T:
    c = _Collector()
    out = read(c)
    if c.errors:
        raise ValueError(c.errors[0].code)
    return out


def clean_text_field(value: str | None, limit: int, *, name: bool = False) -> str | None:
    return _alone(lambda c: c.text("", value, limit, name=name))


def clean_country_field(value: str | None) -> str | None:
    return _alone(lambda c: c.country("", value))


def clean_email_field(value: str | None) -> str | None:
    return _alone(lambda c: c.email("", value))


def clean_phone_field(value: str | None, region: str | None) -> str | None:
    return _alone(lambda c: c.phone("", value, region))


def clean_languages(values: Iterable[str]) -> tuple[str, ...]:
    languages = tuple(dict.fromkeys(x.strip().lower() for x in values if x.strip()))
    if any(not _LANGUAGE.match(x) for x in languages):
        raise ValueError(languages)
    return languages


def clean_organization(data: OrganizationInput, *, default_region: str | None) -> OrganizationInput:
    c = _Collector()
    name = c.text("name", data.name, TEXT_MAX, name=True)
    if not name:
        c.add("name", ErrorCode.REQUIRED)
    country = c.country("country", data.country)
    region = country if country and is_country_code(country) else default_region
    cleaned = replace(
        data,
        name=name or "",
        acronym=c.text("acronym", data.acronym, 30),
        country=country,
        city=c.text("city", data.city, NAME_MAX),
        email=c.email("email", data.email),
        phone=c.phone("phone", data.phone, region),
        website=c.text("website", data.website, TEXT_MAX),
        notes=c.text("notes", data.notes, NOTES_MAX) if data.notes else None,
    )
    c.raise_if_any()
    return cleaned


def clean_center(data: CenterInput, *, today: date) -> CenterInput:
    c = _Collector()
    code = data.code.strip().upper()
    if not _CENTER_CODE.match(code):
        c.add("code", ErrorCode.INVALID_CENTER_CODE)
    name = c.text("name", data.name, TEXT_MAX, name=True)
    if not name:
        c.add("name", ErrorCode.REQUIRED)
    country = c.country("country", data.country)
    if country is None:
        c.add("country", ErrorCode.REQUIRED)
    elif _CENTER_CODE.match(code) and is_country_code(country) and code[:2] != country:
        c.add("code", ErrorCode.CENTER_CODE_COUNTRY, country=country)
    if not 1 <= data.maturity <= 3:
        c.add("maturity", ErrorCode.OUT_OF_RANGE, low=1, high=3)
    c.past_date("established", data.established, today, date(1900, 1, 1))
    cleaned = replace(
        data,
        code=code,
        name=name or "",
        country=country or "",
        host_institution=c.text("host_institution", data.host_institution, TEXT_MAX),
        email=c.email("email", data.email),
        phone=c.phone("phone", data.phone, country if country and is_country_code(country) else None),
    )
    c.raise_if_any()
    return cleaned

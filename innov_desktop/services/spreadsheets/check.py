"""Each row checked as the record forms check it (the same `clean_*` rules), each cell word read
once per distinct value (sex words, dates, yes/no, countries repeat down a column), and compared
with the records already in the database (e-mail, phone, similar name with the same birth date)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import partial
from typing import Any

from innov_desktop.domain import duplicates as dup
from innov_desktop.domain.countries import is_country_code
from innov_desktop.domain.duplicates import DuplicateReason
from innov_desktop.domain.enums import OrgType, Sex
from innov_desktop.domain.errors import ErrorCode, ValidationFailed
from innov_desktop.domain.models import OrganizationInput, PersonInput, display_name
from innov_desktop.domain.text import fold, transliterate
from innov_desktop.domain.validation import (
    EARLIEST_BIRTH,
    EARLIEST_CONSENT,
    NAME_MAX,
    NOTES_MAX,
    TEXT_MAX,
    clean_country_field,
    clean_email_field,
    clean_languages,
    clean_organization,
    clean_person,
    clean_phone_field,
    clean_text_field,
)
from innov_desktop.exchange import cells
from innov_desktop.exchange.columns import DATE_FIELDS, PERSON_FIELDS
from innov_desktop.exchange.reader import Value
from innov_desktop.services.spreadsheets.values import CellProblem, Match
from innov_desktop.store import bulk

# (problems, the row's stored values when it has none, what rows of one file are compared on)
Prepared = tuple[tuple[CellProblem, ...], tuple[Any, ...] | None, tuple[Any, ...] | None]
_FAILED = object()


def _cell(row: Sequence[Value], j: int | None) -> Value:
    return row[j] if j is not None and j < len(row) else None


class Problems:
    def __init__(self, number: int, columns: Mapping[str, int], row: Sequence[Value]) -> None:
        self.number, self.columns, self.row = number, columns, row
        self.items: list[CellProblem] = []

    def add(self, field_name: str, code: ErrorCode, column_field: str | None = None, **params: Any) -> None:
        j = self.columns.get(column_field or field_name)
        self.items.append(
            CellProblem(self.number, j, field_name, code, tuple(params.items()), cells.text(_cell(self.row, j)) or "")
        )


def _once(read: Callable[[Value], Any]) -> Callable[[Value], Any]:
    """`read` remembered per distinct cell value (by type too: True is not 1); a value it refuses
    gives _FAILED. The memory is bounded: a column of all-different values is not kept."""
    memory: dict[tuple[type, Value], Any] = {}

    def get(v: Value) -> Any:
        key = (type(v), v)
        found = memory.get(key, memory)
        if found is memory:
            try:
                found = read(v)
            except (ValueError, OverflowError):
                found = _FAILED
            if len(memory) >= 20_000:
                memory.clear()
            memory[key] = found
        return found

    return get


_ASCII_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")


class NameKeys:
    """`duplicates.name_key` and `duplicates.skeleton` of a row's names, worked out word by word
    and each word remembered (given names and most family-name words repeat down a list, whole
    names do not): a name's key is its words' keys, sorted (a test holds them to the originals)."""

    LIMIT = 20_000  # words remembered, at most (emptied when full)

    def __init__(self) -> None:
        self.words: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def _word(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = self.words.get(word)
        if found is None:
            if word.isascii():  # transliterating and folding ASCII is lower-casing (a word: no spaces)
                keys = tuple(k for k in (_ASCII_NOT_ALNUM.sub("", word.lower()),) if k)
            else:
                keys = tuple(
                    k for k in ("".join(c for c in w if c.isalnum()) for w in transliterate(word).split()) if k
                )
            skeletons = tuple(s for s in (dup.skeleton(k) for k in keys) if s)
            if len(self.words) >= self.LIMIT:
                self.words.clear()
            found = self.words[word] = (keys, skeletons)
        return found

    def of(self, given: str, family: str) -> tuple[str, str]:
        """(name key, its skeleton)."""
        keys: list[str] = []
        skeletons: list[str] = []
        for word in f"{given} {family}".split():
            k, s = self._word(word)
            keys += k
            skeletons += s
        keys.sort()
        skeletons.sort()
        return " ".join(keys), " ".join(skeletons)


_QUICK_FIELDS = tuple(f for f in PERSON_FIELDS if f != "full_name")  # a full name takes the full rules


class PersonRules:
    """The checks of one person row that need nothing from the database: the cells read, the
    record rules applied, the row's stored values and what rows are compared on. Picklable (only
    its settings travel; its memories of cell values start empty), so a second process can check
    rows with it."""

    def __init__(
        self,
        columns: Mapping[str, int],
        region: str | None,
        layouts: Mapping[str, Any],
        organizations: Mapping[str, uuid.UUID],
        today: date,
    ) -> None:
        self.columns, self.region, self.layouts = dict(columns), region, dict(layouts)
        self.organizations, self.today = dict(organizations), today
        self.sex = _once(cells.sex)
        self.dates = {f: _once(partial(cells.parse_date, layout=layout)) for f, layout in layouts.items()}
        self.yes_no = _once(cells.yes_no)
        self.roles = _once(cells.roles)
        self.names = NameKeys()
        self._quick_start()

    def __reduce__(self) -> tuple[Any, ...]:
        return PersonRules, (self.columns, self.region, self.layouts, self.organizations, self.today)

    def _quick_start(self) -> None:
        """The quick path's column places (an unmapped field reads the padding's None) and its
        memories of cleaned values, for the columns whose values repeat."""
        c = self.columns
        self._pad = [None] * (max(c.values(), default=0) + 2)
        self._at = {f: c.get(f, -1) for f in _QUICK_FIELDS}
        text = cells.text
        self._given = _once(lambda v: clean_text_field(text(v), NAME_MAX, name=True) or "")
        self._country = _once(lambda v: clean_country_field(text(v)))
        self._position = _once(lambda v: clean_text_field(text(v), TEXT_MAX))
        self._notes = _once(lambda v: clean_text_field(t, NOTES_MAX) if (t := text(v)) else None)
        self._languages = _once(lambda v: ",".join(clean_languages(cells.languages(v))))
        self._roles = _once(lambda v: ",".join(sorted(r.value for r in set(cells.roles(v)))))
        self._no_date = _once(lambda _v: None)

    def check(self, number: int, row: Sequence[Value]) -> Prepared:
        """The row's problems, or its stored values; and what rows are compared on."""
        quick = self._quick(row)
        return quick if quick is not None else self.check_fully(number, row)

    def _quick(self, row: Sequence[Value]) -> Prepared | None:
        """`check_fully` of a row without problems, with each repeating cell cleaned once per
        distinct value (the rules of `clean_person`, field by field), straight into the stored
        values; None for any row with something to report (`check_fully` names it). A test holds
        the two to the same answers on many generated rows."""
        r = [*row, *self._pad]
        at = self._at
        failed = _FAILED
        given = self._given(r[at["given_name"]])
        if given is failed:
            return None
        try:
            family = clean_text_field(cells.text(r[at["family_name"]]), NAME_MAX, name=True) or ""
        except ValueError:
            return None
        if not given and not family:
            return None  # a full name to split, or no name at all
        sex = self.sex(r[at["sex"]])
        birth = (self.dates.get("birth_date") or self._no_date)(r[at["birth_date"]])
        consent_date = (self.dates.get("consent_date") or self._no_date)(r[at["consent_date"]])
        consent = self.yes_no(r[at["consent_to_share"]])
        roles = self._roles(r[at["roles"]])
        languages = self._languages(r[at["languages"]])
        position = self._position(r[at["position"]])
        notes = self._notes(r[at["notes"]])
        nationality = self._country(r[at["nationality"]])
        residence = self._country(r[at["residence_country"]])
        if failed in (sex, birth, consent_date, consent, roles, languages, position, notes, nationality, residence):
            return None
        today = self.today
        if birth is not None and not EARLIEST_BIRTH <= birth <= today:
            return None
        consent = bool(consent)
        if consent_date is not None:
            if not EARLIEST_CONSENT <= consent_date <= today:
                return None
            if "consent_to_share" not in self.columns:
                consent = True  # a consent date alone says consent was given
            elif not consent:
                return None
        organization = None
        org_name = cells.text(r[at["organization"]])
        if org_name:
            organization = self.organizations.get(fold(org_name))
            if organization is None:
                return None
        region = next((x for x in (residence, nationality, self.region) if x and is_country_code(x)), None)
        email_cell, phone_cell = cells.text(r[at["email"]]), cells.text(r[at["phone"]])
        try:
            email = clean_email_field(email_cell)
            phone = clean_phone_field(phone_cell, region)
        except ValueError:
            return None
        birth_text = birth.isoformat() if birth else None
        record = bulk.person_record(
            given,
            family,
            (sex or Sex.NOT_STATED).value,
            birth_text,
            nationality,
            residence,
            email,
            phone,
            organization.hex if organization else None,
            position,
            languages,
            roles,
            int(consent),
            consent_date.isoformat() if consent_date else None,
            notes,
        )
        name_key = skeleton = None
        if birth is not None:
            name_key, skeleton = self.names.of(given, family)
        keys = (
            email.casefold() if email else None,
            phone,
            birth_text,
            given,
            family,
            name_key,
            skeleton,
            email_cell,
            phone_cell,
            cells.text(r[at["birth_date"]]),
        )
        return (), record, keys

    def check_fully(self, number: int, row: Sequence[Value]) -> Prepared:
        """Every rule of the row, its problems named."""
        c = self.columns
        p = Problems(number, c, row)
        width = len(row)
        text = cells.text

        def value(f: str) -> Value:
            j = c.get(f)
            return row[j] if j is not None and j < width else None

        given = text(value("given_name")) or ""
        family = text(value("family_name")) or ""
        name_field = None
        if not given and not family and "full_name" in c:
            given, family = cells.split_full_name(text(value("full_name")) or "")
            name_field = "full_name"
        sex = self.sex(value("sex"))
        if sex is _FAILED:
            sex = Sex.NOT_STATED
            p.add("sex", ErrorCode.UNKNOWN_VALUE, allowed=cells.SEX_WORDS)
        sex = sex or Sex.NOT_STATED
        dates: dict[str, date | None] = {}
        for f in DATE_FIELDS:
            day = self.dates[f](value(f)) if f in c else None
            if day is _FAILED:  # named in the layout the column was read in (it may be month first)
                day = None
                p.add(f, ErrorCode.INVALID_DATE_IN_COLUMN, layout=cells.layout_pattern(self.layouts[f]))
            dates[f] = day
        consent = self.yes_no(value("consent_to_share"))
        if consent is _FAILED:
            consent = False
            p.add("consent_to_share", ErrorCode.UNKNOWN_VALUE, allowed=cells.YES_NO_WORDS)
        consent = bool(consent)
        if dates["consent_date"] and "consent_to_share" not in c:
            consent = True  # a consent date alone says consent was given
        roles = self.roles(value("roles"))
        if roles is _FAILED:
            roles = ()
            p.add("roles", ErrorCode.UNKNOWN_VALUE, allowed=cells.ROLE_WORDS)
        organization_id = None
        org_name = text(value("organization"))
        if org_name:
            organization_id = self.organizations.get(fold(org_name))
            if organization_id is None:
                p.add("organization", ErrorCode.UNKNOWN_ORGANIZATION)
        data = PersonInput(
            given,
            family,
            sex,
            dates["birth_date"],
            text(value("nationality")),
            text(value("residence_country")),
            text(value("email")),
            text(value("phone")),
            organization_id,
            text(value("position")),
            cells.languages(value("languages")),
            roles,
            consent,
            dates["consent_date"],
            text(value("notes")),
        )
        try:
            cleaned = clean_person(data, today=self.today, default_region=self.region)
        except ValidationFailed as exc:
            for e in exc.errors:
                column = name_field if e.field in ("given_name", "family_name") and name_field else None
                if (
                    e.field == "family_name"
                    and e.code is ErrorCode.REQUIRED
                    and column is None
                    and "family_name" not in c
                ):
                    column = "given_name" if "given_name" in c else "full_name"
                p.add(e.field, e.code, column, **dict(e.params))
            return tuple(p.items), None, None
        name_key = skeleton = None
        if cleaned.birth_date:
            name_key, skeleton = self.names.of(cleaned.given_name, cleaned.family_name)
        keys = (
            cleaned.email.casefold() if cleaned.email else None,
            cleaned.phone,
            cleaned.birth_date.isoformat() if cleaned.birth_date else None,
            cleaned.given_name,
            cleaned.family_name,
            name_key,
            skeleton,
            text(value("email")),
            text(value("phone")),
            text(value("birth_date")),
        )
        if p.items:
            return tuple(p.items), None, keys
        return (), bulk.person_values(cleaned), keys

    def check_many(self, chunk: Sequence[tuple[int, Sequence[Value]]]) -> list[Prepared]:
        check = self.check
        return [check(number, row) for number, row in chunk]


class PersonChecker:
    """A person row checked (`rules`) and compared with the people already in the database."""

    width = bulk.PERSON_WIDTH
    of_values = staticmethod(bulk.person_of_values)

    def __init__(self, tx: Any, columns: Mapping[str, int], region: str | None, layouts: Mapping[str, Any]) -> None:
        organizations: dict[str, uuid.UUID] = {}
        if "organization" in columns:
            for ident, _number, name, _email in bulk.organization_keys(tx):
                organizations.setdefault(fold(" ".join(name.split())), ident)
        self.rules = PersonRules(columns, region, layouts, organizations, date.today())
        self.foreign = bulk.foreign_ids(tx, "person")  # matches this copy may not update
        self.by_email: dict[str, bulk.PersonKey] = {}
        self.by_phone: dict[str, bulk.PersonKey] = {}
        self.by_birth: dict[str, list[bulk.PersonKey]] = {}
        for key in bulk.person_keys(tx):
            if key[4]:
                self.by_email.setdefault(key[4].casefold(), key)
            if key[5]:
                self.by_phone.setdefault(key[5], key)
            if key[6]:
                self.by_birth.setdefault(key[6].isoformat(), []).append(key)
        self._name_keys: dict[uuid.UUID, str] = {}

    def match(self, _record: Sequence[Any], keys: Sequence[Any]) -> Match | None:
        """The person in the database a valid row probably is (by its `keys`), or None."""
        email, phone, birth, mine = keys[0], keys[1], keys[2], keys[5]
        found: dict[uuid.UUID, tuple[bulk.PersonKey, list[DuplicateReason]]] = {}
        if email and (k := self.by_email.get(email)):
            found.setdefault(k[0], (k, []))[1].append(DuplicateReason.EMAIL)
        if phone and (k := self.by_phone.get(phone)):
            found.setdefault(k[0], (k, []))[1].append(DuplicateReason.PHONE)
        if mine is not None and (same_day := self.by_birth.get(birth)):
            for k in same_day:
                theirs = self._name_keys.get(k[0])
                if theirs is None:
                    theirs = self._name_keys[k[0]] = dup.name_key(k[2], k[3])
                if dup.similar_keys(mine, theirs):
                    found.setdefault(k[0], (k, []))[1].append(DuplicateReason.NAME_AND_BIRTH)
        if not found:
            return None
        key, reasons = max(found.values(), key=lambda kr: len(kr[1]))
        return Match(key[0], key[1], display_name(key[2], key[3]), tuple(reasons), owned=key[0] not in self.foreign)


class OrganizationChecker:
    """An organization row checked (it is its own `rules`: organization lists are short) and
    compared with the organizations already in the database."""

    width = bulk.ORGANIZATION_WIDTH
    of_values = staticmethod(bulk.organization_of_values)

    def __init__(self, tx: Any, columns: Mapping[str, int], region: str | None) -> None:
        self.columns, self.region = columns, region
        self.rules = self
        self.foreign = bulk.foreign_ids(tx, "organization")
        self.by_name: dict[str, bulk.OrganizationKey] = {}
        self.by_email: dict[str, bulk.OrganizationKey] = {}
        for key in bulk.organization_keys(tx):
            self.by_name.setdefault(fold(" ".join(key[2].split())), key)
            if key[3]:
                self.by_email.setdefault(key[3].casefold(), key)

    def check(self, number: int, row: Sequence[Value]) -> Prepared:
        c = self.columns
        p = Problems(number, c, row)

        def value(f: str) -> Value:
            return _cell(row, c.get(f))

        try:
            kind = cells.org_type(value("type"))
        except ValueError:
            kind = None
            p.add("type", ErrorCode.UNKNOWN_VALUE, allowed=cells.ORG_TYPE_WORDS)
        try:
            size = cells.sme_size(value("sme_size"))
        except ValueError:
            size = None
            p.add("sme_size", ErrorCode.UNKNOWN_VALUE, allowed=cells.SME_WORDS)
        data = OrganizationInput(
            name=cells.text(value("name")) or "",
            acronym=cells.text(value("acronym")),
            country=cells.text(value("country")),
            city=cells.text(value("city")),
            email=cells.text(value("email")),
            phone=cells.text(value("phone")),
            website=cells.text(value("website")),
            sme_size=size,
            notes=cells.text(value("notes")),
            type=kind or OrgType.COMPANY,
        )
        try:
            cleaned = clean_organization(data, default_region=self.region)
        except ValidationFailed as exc:
            for e in exc.errors:
                p.add(e.field, e.code, **dict(e.params))
            return tuple(p.items), None, None
        if p.items:
            return tuple(p.items), None, None
        return (), bulk.organization_values(cleaned), None

    def check_many(self, chunk: Sequence[tuple[int, Sequence[Value]]]) -> list[Prepared]:
        check = self.check
        return [check(number, row) for number, row in chunk]

    def match(self, record: Sequence[Any], _keys: object) -> Match | None:
        """The organization in the database a valid row probably is (same e-mail, same name)."""
        name, email = record[0], record[5]
        reasons: list[DuplicateReason] = []
        key = self.by_email.get(email.casefold()) if email else None
        if key is not None:
            reasons.append(DuplicateReason.EMAIL)
        named = self.by_name.get(fold(name))
        if named is not None and (key is None or named[0] == key[0]):
            key = named
            reasons.append(DuplicateReason.NAME)
        return Match(key[0], key[1], key[2], tuple(reasons), owned=key[0] not in self.foreign) if key else None

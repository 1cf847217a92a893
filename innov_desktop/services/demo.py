"""Demo data: realistic multilingual people and organizations (Latin, Arabic, Cyrillic and Chinese
names, several countries, every organization type, birth dates 1950-2012), deterministic per seed."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import accumulate

import phonenumbers
from anyascii import anyascii

from innov_desktop.domain.countries import country_name
from innov_desktop.domain.enums import AuditAction, OrgType, PersonRole, Sex, SmeSize
from innov_desktop.domain.models import CenterInput, OrganizationInput, PersonInput
from innov_desktop.services import demo_pools as pools
from innov_desktop.services.progress import CancelFn, ProgressFn, checkpoint, never_cancel, no_progress
from innov_desktop.services.setup import ensure_keys, initialize
from innov_desktop.store import bulk
from innov_desktop.store.database import Database

BATCH = 5_000
DEMO_CENTER = CenterInput(code="KE-NBO", name="Nairobi Innovation Support Center (demo)", country="KE")
_FIRST_BIRTH = date(1950, 1, 1)
_BIRTH_SPAN = (date(2012, 12, 31) - _FIRST_BIRTH).days
_ROLE_WEIGHTS = (
    (PersonRole.PARTICIPANT, 0.55),
    (PersonRole.INVENTOR, 0.40),
    (PersonRole.CONTACT, 0.10),
    (PersonRole.MENTOR, 0.04),
    (PersonRole.JUROR, 0.03),
    (PersonRole.SPEAKER, 0.03),
    (PersonRole.COORDINATOR, 0.02),
)
_ORG_TYPES = tuple(OrgType)
_LANG = {"es": "es", "pt-BR": "pt", "fr": "fr", "en": "en", "ar": "ar", "ru": "ru", "zh": "zh"}


# Showcase people first: they make search and duplicate detection visible in every demo (the same
# inventor entered twice, once from a list typed in capitals without accents).
_SHOWCASE = (
    PersonInput(
        given_name="José",
        family_name="Ramírez",
        sex=Sex.MALE,
        birth_date=date(1984, 3, 14),
        nationality="MX",
        residence_country="MX",
        email="jose.ramirez@inventors.example",
        roles=(PersonRole.INVENTOR,),
        languages=("es",),
        consent_to_share=True,
        consent_date=date(2025, 2, 3),
    ),
    PersonInput(
        given_name="JOSE",
        family_name="RAMIREZ",
        sex=Sex.MALE,
        birth_date=date(1984, 3, 14),
        nationality="MX",
        residence_country="MX",
        roles=(PersonRole.PARTICIPANT,),
    ),
    PersonInput(
        given_name="فاطمة",
        family_name="الزهراء",
        sex=Sex.FEMALE,
        birth_date=date(1991, 7, 2),
        nationality="EG",
        residence_country="EG",
        roles=(PersonRole.INVENTOR,),
        languages=("ar",),
    ),
    PersonInput(
        given_name="Наталья",
        family_name="Иванова",
        sex=Sex.FEMALE,
        birth_date=date(1979, 11, 30),
        nationality="RU",
        residence_country="KZ",
        roles=(PersonRole.JUROR,),
        languages=("ru",),
    ),
    PersonInput(
        given_name="秀英",
        family_name="王",
        sex=Sex.FEMALE,
        birth_date=date(1995, 5, 20),
        nationality="CN",
        residence_country="CN",
        roles=(PersonRole.INVENTOR,),
        languages=("zh",),
    ),
    PersonInput(
        given_name="Wanjiru",
        family_name="Otieno",
        sex=Sex.FEMALE,
        birth_date=date(2008, 9, 9),
        nationality="KE",
        residence_country="KE",
        phone="+254712345678",
        roles=(PersonRole.PARTICIPANT, PersonRole.INVENTOR),
        languages=("en", "sw"),
    ),
)


_COUNTRY_LANGS = ("fr", "es", "ar", "ru", "zh")


def _letters(template: str) -> str:
    """The template's own words, placeholders removed."""
    import re

    return re.sub(r"\{[a-z]+\}", "", template)


def _script(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            o = ord(ch)
            if 0x0600 <= o <= 0x06FF:
                return "arabic"
            if 0x0400 <= o <= 0x04FF:
                return "cyrillic"
            if o >= 0x2E80:
                return "cjk"
            return "latin"
    return "latin"


def _family_form(culture: str, family: str, sex: Sex) -> str:
    """Russian family names agree with the person's sex (Иванов, Иванова)."""
    if culture != "ru" or sex is not Sex.FEMALE:
        return family
    if family.endswith("ский"):
        return family[:-2] + "ая"
    if family.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return family + "а"
    return family


def _reentered(before: PersonInput) -> PersonInput:
    """How a second list writes the same person: Latin names in capitals without accents, other
    scripts transliterated into Latin letters; no e-mail."""

    def variant(name: str) -> str:
        if all(ord(c) < 0x250 for c in name):
            return anyascii(name).upper()
        if any(0x0600 <= ord(c) <= 0x06FF for c in name):
            return name  # Arabic is rarely transliterated the same way twice: keep the script
        return anyascii(name).replace("'", "").title()

    return replace(
        before,
        given_name=variant(before.given_name),
        family_name=variant(before.family_name),
        email=None,
        roles=(PersonRole.PARTICIPANT,),
    )


@dataclass(frozen=True, slots=True)
class DemoResult:
    people: int
    organizations: int
    center_created: bool


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cultures = pools.CULTURES
        self.cum_weights = list(accumulate(c.weight for c in self.cultures))
        self._phone_templates: dict[str, tuple[str, int] | None] = {}
        self._recent: list[PersonInput] = []
        self._emails: set[str] = set()  # addresses given (or found in the database)

    def culture(self) -> pools.Culture:
        return self.rng.choices(self.cultures, cum_weights=self.cum_weights)[0]

    def phone(self, country: str) -> str | None:
        """A number of the country's mobile layout with random trailing digits (a layout is used
        only when 20 random samples of it were all valid numbers)."""
        if country not in self._phone_templates:
            self._phone_templates[country] = self._phone_template(country)
        template = self._phone_templates[country]
        if template is None:
            return None
        base, tail = template
        return base[:-tail] + f"{self.rng.randrange(10**tail):0{tail}d}"

    def _phone_template(self, country: str) -> tuple[str, int] | None:
        example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
        if example is None:
            return None
        base = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
        for tail in (4, 3, 2):
            samples = (base[:-tail] + f"{self.rng.randrange(10**tail):0{tail}d}" for _ in range(20))
            if all(phonenumbers.is_valid_number(phonenumbers.parse(s)) for s in samples):
                return base, tail
        return None

    def taken(self, addresses: Iterable[str]) -> None:
        """Addresses already given to someone (a database the demo adds to)."""
        self._emails.update(a.casefold() for a in addresses)

    def email(self, given: str, family: str) -> str:
        local = (
            ".".join("".join(ch for ch in anyascii(part).lower() if ch.isalnum()) for part in (given, family)).strip(
                "."
            )
            or "contact"
        )
        name, domain = f"{local}{self.rng.randrange(100)}", self.rng.choice(pools.EMAIL_DOMAINS)
        address, again = f"{name}@{domain}", 0
        while address in self._emails:  # an address is one person's: an exported demo list imports back
            again += 1
            address = f"{name}.{again}@{domain}"
        self._emails.add(address)
        return address

    def organization(self, i: int) -> OrganizationInput:
        c = self.culture()
        kind = _ORG_TYPES[i % len(_ORG_TYPES)]  # every type present from ten organizations on
        country = c.countries[0]  # the culture's cities are in its first country
        city = self.rng.choice(c.cities)
        script = _script(c.family[0])
        templates = pools.ORGANIZATION_NAMES[kind.value]
        same = [t for t in templates if _script(_letters(t)) == script]
        if same:  # a name in the culture's own script, with its city and country as written there
            template, language = self.rng.choice(same), _LANG.get(c.key, "en")
        else:  # otherwise in Latin letters throughout
            template, language = self.rng.choice([t for t in templates if _script(_letters(t)) == "latin"]), "en"
            city = anyascii(city) if script != "latin" else city
        family = self.rng.choice(c.family)
        name = template.format(
            city=city,
            country=country_name(country, language if language in _COUNTRY_LANGS else "en"),
            family=family if _script(family) == _script(_letters(template)) else anyascii(family),
        )
        return OrganizationInput(
            name=name,
            type=kind,
            country=country,
            city=city,
            email=f"info{self.rng.randrange(1000)}@{self.rng.choice(pools.EMAIL_DOMAINS)}",
            phone=self.phone(country),
            sme_size=self.rng.choice(list(SmeSize)) if kind is OrgType.COMPANY else None,
        )

    def person(self, org_ids: list[uuid.UUID]) -> PersonInput:
        rng = self.rng
        if self._recent and rng.random() < 0.01:  # the same person entered again from another list
            return _reentered(rng.choice(self._recent))
        made = self._new_person(org_ids)
        if made.birth_date is not None:
            if len(self._recent) < 500:
                self._recent.append(made)
            else:
                self._recent[rng.randrange(500)] = made
        return made

    def _new_person(self, org_ids: list[uuid.UUID]) -> PersonInput:
        rng = self.rng
        c = self.culture()
        r = rng.random()
        sex = Sex.FEMALE if r < 0.48 else Sex.MALE if r < 0.96 else Sex.NOT_STATED if r < 0.99 else Sex.OTHER
        names = (
            c.given_female
            if sex is Sex.FEMALE
            else c.given_male
            if sex is Sex.MALE
            else (c.given_female + c.given_male)
        )
        given, family = rng.choice(names), _family_form(c.key, rng.choice(c.family), sex)
        if c.email_ascii and rng.random() < 0.04:  # lists typed in capitals, as they arrive
            given, family = given.upper(), family.upper()
        country = c.countries[0] if rng.random() < 0.6 else rng.choice(c.countries)
        roles = tuple(role for role, p in _ROLE_WEIGHTS if rng.random() < p) or (PersonRole.PARTICIPANT,)
        consent = rng.random() < 0.7
        birth = _FIRST_BIRTH + timedelta(days=rng.randrange(_BIRTH_SPAN + 1))
        return PersonInput(
            given_name=given,
            family_name=family,
            sex=sex,
            birth_date=birth if rng.random() < 0.9 else None,
            nationality=country,
            residence_country=country if rng.random() < 0.9 else rng.choice(c.countries),
            email=self.email(given, family) if rng.random() < 0.75 else None,
            phone=self.phone(country) if rng.random() < 0.6 else None,
            organization_id=rng.choice(org_ids) if org_ids and rng.random() < 0.6 else None,
            position=rng.choice(pools.POSITIONS) if rng.random() < 0.5 else None,
            languages=(_LANG.get(c.key, "en"),),
            roles=roles,
            consent_to_share=consent,
            consent_date=date(2024, 1, 1) + timedelta(days=rng.randrange(600)) if consent else None,
        )


def generate_demo(
    db: Database,
    people: int,
    *,
    organizations: int | None = None,
    seed: int = 2026,
    progress: ProgressFn = no_progress,
    cancel: CancelFn = never_cancel,
) -> DemoResult:
    """Add `people` demo people (and organizations for them) in one transaction; a fresh data
    folder first gets the demo center's identity."""
    org_count = organizations if organizations is not None else max(10, min(5_000, people // 40))
    gen = _Generator(seed)
    total = people + org_count
    with db.transaction() as tx:  # identity and data together: a cancel leaves nothing behind
        created = tx.center_code is None
        if created:
            initialize(tx, DEMO_CENTER)
        has_people = tx.people.count(include_deleted=True) > 0
        if has_people:  # a second demo run adds people: their addresses too are one person's
            gen.taken(key[4] for key in bulk.person_keys(tx) if key[4])
        tx.organizations.add_many(gen.organization(i) for i in range(org_count))
        org_ids = tx.organizations.ids()
        progress(org_count, total)
        showcase = _SHOWCASE[: min(people, len(_SHOWCASE))] if created or not has_people else ()
        tx.people.add_many(showcase)
        done = len(showcase)
        while done < people:
            checkpoint(cancel)
            n = min(BATCH, people - done)
            tx.people.add_many([gen.person(org_ids) for _ in range(n)])
            done += n
            progress(org_count + done, total)
        tx.audit.record(AuditAction.DEMO, "demo", None, {"people": people, "organizations": org_count, "seed": seed})
    if created:
        ensure_keys(db)
    return DemoResult(people=people, organizations=org_count, center_created=created)

"""When two person records are probably the same human: same e-mail, same phone, or a similar
name (across scripts, through transliteration) with the same birth date. Fuzzy matching is
rapidfuzz's, behind this module."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from innov_desktop.domain.models import Person, PersonInput
from innov_desktop.domain.text import transliterate

NAME_THRESHOLD = 90.0


class DuplicateReason(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME_AND_BIRTH = "name_and_birth"
    NAME = "name"  # organizations: the same name


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    person: Person
    reasons: tuple[DuplicateReason, ...]
    score: float  # 0-100, how alike the names are


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    people: tuple[Person, ...]
    reasons: tuple[DuplicateReason, ...]


def name_key(given: str, family: str) -> str:
    """Latin letters only, words sorted: "RAMIREZ José" and "José Ramírez" give the same key."""
    words = ("".join(c for c in w if c.isalnum()) for w in transliterate(f"{given} {family}").split())
    return " ".join(sorted(w for w in words if w))


def _skeleton(key: str) -> str:
    """Consonants only, doubled letters once: Arabic script is written without short vowels, so
    "محمد علي" transliterates to "mhmd ly" while the same person types "Mohamed Ali"."""
    out = []
    for word in key.split():
        cons = "".join(c for c in word if c not in "aeiouy")
        squeezed = "".join(c for i, c in enumerate(cons) if i == 0 or c != cons[i - 1])
        if squeezed:
            out.append(squeezed)
    return " ".join(sorted(out))


def name_similarity(a: PersonInput, b: PersonInput) -> float:
    return key_similarity(name_key(a.given_name, a.family_name), name_key(b.given_name, b.family_name))


def key_similarity(ka: str, kb: str) -> float:
    """How alike two name keys are (0-100); imports keep the keys of existing people once."""
    from rapidfuzz import fuzz

    direct = fuzz.token_sort_ratio(ka, kb)
    skeleton = fuzz.token_sort_ratio(_skeleton(ka), _skeleton(kb)) - 5  # a little less sure
    return float(max(direct, skeleton))


def skeleton(key: str) -> str:
    """What names are also compared on (see `key_similarity`), to work out once per name."""
    return _skeleton(key)


def similar_keys(ka: str, kb: str, sa: str | None = None, sb: str | None = None) -> bool:
    """`key_similarity(ka, kb) >= NAME_THRESHOLD`, answered sooner: the comparisons stop as soon
    as a score cannot reach the threshold, and the keys' skeletons (`sa`, `sb`) may come ready
    (imports compare thousands of pairs)."""
    from rapidfuzz import fuzz

    if fuzz.token_sort_ratio(ka, kb, score_cutoff=NAME_THRESHOLD):
        return True
    sa = _skeleton(ka) if sa is None else sa
    sb = _skeleton(kb) if sb is None else sb
    return bool(fuzz.token_sort_ratio(sa, sb, score_cutoff=NAME_THRESHOLD + 5))


def similar_within(names: Sequence[tuple[str, str]]) -> Iterator[tuple[int, int]]:
    """The (earlier, later) index pairs of `names`, each a (name key, skeleton), that
    `similar_keys` finds alike, later by later, earlier by earlier: the rows of a list born the
    same day compared without a call per pair (an import of 100 000 rows compares 200 000)."""
    from rapidfuzz import fuzz

    ratio, direct, loose = fuzz.token_sort_ratio, NAME_THRESHOLD, NAME_THRESHOLD + 5
    for j in range(1, len(names)):
        kb, sb = names[j]
        for i in range(j):
            ka, sa = names[i]
            if ratio(ka, kb, score_cutoff=direct) or ratio(sa, sb, score_cutoff=loose):
                yield i, j


def match(candidate: PersonInput, other: Person) -> DuplicateMatch | None:
    """Why `other` may be the same person as `candidate`, or None."""
    reasons: list[DuplicateReason] = []
    d = other.data
    if candidate.email and d.email and candidate.email.casefold() == d.email.casefold():
        reasons.append(DuplicateReason.EMAIL)
    if candidate.phone and d.phone and candidate.phone == d.phone:
        reasons.append(DuplicateReason.PHONE)
    score = name_similarity(candidate, d)
    if candidate.birth_date and candidate.birth_date == d.birth_date and score >= NAME_THRESHOLD:
        reasons.append(DuplicateReason.NAME_AND_BIRTH)
    if not reasons:
        return None
    return DuplicateMatch(other, tuple(reasons), score)


def similar_pairs(people: list[Person]) -> list[tuple[int, int, float]]:
    """Index pairs (i < j) of people in one block whose names are alike."""
    if len(people) < 2:
        return []
    from rapidfuzz import fuzz, process

    keys = [name_key(p.data.given_name, p.data.family_name) for p in people]
    skeletons = [_skeleton(k) for k in keys]
    found: dict[tuple[int, int], float] = {}
    for i in range(len(people) - 1):
        rest = range(i + 1, len(people))
        for _, score, j in process.extract(
            keys[i],
            {j: keys[j] for j in rest},
            scorer=fuzz.token_sort_ratio,
            score_cutoff=NAME_THRESHOLD,
            limit=None,
        ):
            found[(i, j)] = float(score)
        for _, score, j in process.extract(
            skeletons[i],
            {j: skeletons[j] for j in rest},
            scorer=fuzz.token_sort_ratio,
            score_cutoff=NAME_THRESHOLD + 5,
            limit=None,
        ):
            found[(i, j)] = max(found.get((i, j), 0.0), float(score) - 5)
    return [(i, j, score) for (i, j), score in sorted(found.items())]


def group(pairs: list[tuple[Person, Person, DuplicateReason]]) -> list[DuplicateGroup]:
    """Connected groups of people linked by any reason (union-find over ids)."""
    parent: dict[object, object] = {}
    people: dict[object, Person] = {}
    reasons: dict[object, set[DuplicateReason]] = {}

    def find(x: object) -> object:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, reason in pairs:
        people[a.id], people[b.id] = a, b
        ra, rb = find(a.id), find(b.id)
        if ra != rb:
            parent[rb] = ra
        reasons.setdefault(a.id, set()).add(reason)
        reasons.setdefault(b.id, set()).add(reason)
    groups: dict[object, list[Person]] = {}
    for ident, person in people.items():
        groups.setdefault(find(ident), []).append(person)
    out = []
    for members in groups.values():
        members.sort(key=lambda p: p.number)
        why: set[DuplicateReason] = set().union(*(reasons[m.id] for m in members))
        out.append(DuplicateGroup(tuple(members), tuple(sorted(why))))
    out.sort(key=lambda g: g.people[0].number)
    return out

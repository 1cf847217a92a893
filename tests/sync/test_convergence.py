"""Property test of sync (DESIGN.md section 4, properties 1 to 4): HQ and three centers, each a real
database in its own folder, make random creates, edits, deletes and merges; bundles travel late,
twice, out of order or get lost (and the next export carries their content again). After a full
exchange both ways, every copy agrees on every record it shares, and every pair of concurrent
edits of one field that met anywhere is kept in a conflict record with both values."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from innov_desktop.domain import errors
from innov_desktop.services import people as people_service
from innov_desktop.services import sync
from innov_desktop.services.setup import open_database
from innov_desktop.sync import bundle as fmt
from tests.sync.sites import HQ_CODE, Site, link, make_site, shared_state

CENTERS = ("KE-NBO", "GH-ACC", "PE-LIM")
TRACKED = ("given_name", "family_name", "position", "notes")
_TEMPLATE: Path | None = None


def _template() -> Path:
    """HQ and the centers, initialized and introduced to each other once per test run."""
    global _TEMPLATE
    if _TEMPLATE is None:
        root = Path(tempfile.mkdtemp(prefix="innov-sync-template-"))
        hq = make_site(root / HQ_CODE, HQ_CODE, hq=True)
        centers = [make_site(root / code, code) for code in CENTERS]
        link(hq, *centers)
        for site in (hq, *centers):
            site.close()
        _TEMPLATE = root
    return _TEMPLATE


@dataclass
class World:
    """What each site has seen of each field. A write knows every value of its field that its site
    had seen when it was made (the value it replaced, and any value that lost to it in a merge), and
    so does every site that receives it: two values are concurrent when neither knew the other."""

    past: dict[tuple[str, str, str | None], frozenset[str | None]] = field(default_factory=dict)
    knows: dict[tuple[str, str, str], frozenset[str | None]] = field(default_factory=dict)
    must_conflict: set[tuple[str, str, frozenset[Any]]] = field(default_factory=set)

    def wrote(self, site: str, record: str, name: str, value: str | None) -> None:
        seen = self.knows.get((site, record, name), frozenset())
        self.past[(record, name, value)] = seen
        self.knows[(site, record, name)] = seen | {value}

    def received(self, site: str, record: str, name: str, value: str | None) -> None:
        key = (site, record, name)
        known = self.knows.get(key, frozenset())
        self.knows[key] = known | self.past.get((record, name, value), frozenset()) | {value}

    def superseded(self, record: str, name: str, value: str | None) -> bool:
        """A later write of the field knew `value`: a copy that still holds it is only behind (the
        later write meets the other side itself, where both travel)."""
        return any(r == record and n == name and value in seen for (r, n, _v), seen in self.past.items())

    def concurrent(self, record: str, name: str, a: str | None, b: str | None) -> bool:
        past_a = self.past.get((record, name, a), frozenset())
        past_b = self.past.get((record, name, b), frozenset())
        return a != b and a not in past_b and b not in past_a


def _values(site: Site, record: str) -> dict[str, Any] | None:
    conn = sqlite3.connect(f"{site.db.paths.database.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT * FROM person WHERE id = ?", (uuid.UUID(record).hex,)).fetchone()
    finally:
        conn.close()
    return dict(row) if row else None


def _entries(path: Path) -> list[dict[str, Any]]:
    manifest, _, _ = fmt.read_manifest(path)
    verified = fmt.Verified(path, manifest, fmt._members(manifest, path.name, fmt.LIMITS), "")
    return list(fmt.records(verified))


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="innov-sync-"))
        shutil.copytree(_template(), self.root, dirs_exist_ok=True)
        self.sites = {
            code: Site(code, self.root / code, open_database(self.root / code), code == HQ_CODE)
            for code in (HQ_CODE, *CENTERS)
        }
        self.flight: list[tuple[str, Path]] = []
        self.world = World()
        self.counter = 0
        self.people: dict[str, str] = {}  # id -> owning site
        self.withdrawn: set[str] = set()  # people whose consent was withdrawn at some point

    @initialize()
    def known_everywhere(self) -> None:
        """One shared person per site, known to every copy: edits can meet from the first step."""
        for code in (HQ_CODE, *CENTERS):
            self.create(code, consent=True)
        self._full_exchange()

    def _value(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    # -- edits -----------------------------------------------------------------------------------

    @precondition(lambda self: len(self.people) < 5)  # few records: edits meet often
    @rule(site=st.sampled_from((HQ_CODE, *CENTERS)), consent=st.booleans())
    def create(self, site: str, consent: bool) -> None:
        given, family = self._value(), self._value()
        person = self.sites[site].add_person(given, family, consent_to_share=consent or site == HQ_CODE)
        rid = str(person.id)
        self.people[rid] = site
        for name, value in (("given_name", given), ("family_name", family), ("position", None), ("notes", None)):
            self.world.wrote(site, rid, name, value)

    def _editable(self, site: str) -> list[str]:
        out = []
        # creation order, not id order: ids are random per run, and hypothesis replays its choices
        # (an index into this list) expecting the same record each time
        for rid, owner in self.people.items():
            if site != HQ_CODE and owner != site:
                continue
            values = _values(self.sites[site], rid)
            if values is None or values["deleted"] or (site == HQ_CODE and not values["consent_to_share"]):
                continue
            out.append(rid)
        return out

    @rule(data=st.data(), site=st.sampled_from((HQ_CODE, *CENTERS)), name=st.sampled_from(TRACKED[::3]))
    def edit(self, data: st.DataObject, site: str, name: str) -> None:
        candidates = self._editable(site)
        if not candidates:
            return
        rid = data.draw(st.sampled_from(candidates))
        value = self._value()
        try:
            self.sites[site].edit_person(uuid.UUID(rid), **{name: value})
        except errors.NotFound:
            return
        self.world.wrote(site, rid, name, value)

    @rule(data=st.data(), site=st.sampled_from(CENTERS), consent=st.booleans())
    def set_consent(self, data: st.DataObject, site: str, consent: bool) -> None:
        """The owner records consent, or its withdrawal (DESIGN.md section 4, item 8)."""
        candidates = self._editable(site)
        if not candidates:
            return
        rid = data.draw(st.sampled_from(candidates))
        self.sites[site].edit_person(uuid.UUID(rid), consent_to_share=consent)
        if not consent:
            self.withdrawn.add(rid)

    @rule(data=st.data(), site=st.sampled_from((HQ_CODE, *CENTERS)))
    def delete(self, data: st.DataObject, site: str) -> None:
        candidates = self._editable(site)
        if candidates:
            rid = data.draw(st.sampled_from(candidates))
            people_service.delete_person(self.sites[site].db, uuid.UUID(rid))

    @rule(data=st.data(), site=st.sampled_from(CENTERS))
    def merge_duplicates(self, data: st.DataObject, site: str) -> None:
        candidates = self._editable(site)
        if len(candidates) >= 2:
            keep, drop = data.draw(st.lists(st.sampled_from(candidates), min_size=2, max_size=2, unique=True))
            kept = people_service.get_person(self.sites[site].db, uuid.UUID(keep))
            people_service.merge_people(self.sites[site].db, uuid.UUID(keep), uuid.UUID(drop), kept.data)

    # -- bundles ---------------------------------------------------------------------------------

    @rule(site=st.sampled_from((HQ_CODE, *CENTERS)), center=st.sampled_from(CENTERS))
    def export(self, site: str, center: str) -> None:
        folder = self.root / "mail"
        folder.mkdir(exist_ok=True)
        if site == HQ_CODE:
            path = self.sites[site].export_to(folder, center=center)
            self.flight.append((center, path))
        else:
            self.flight.append((HQ_CODE, self.sites[site].export_to(folder)))

    @precondition(lambda self: self.flight)
    @rule(data=st.data(), again=st.booleans())
    def deliver(self, data: st.DataObject, again: bool) -> None:
        index = data.draw(st.integers(0, len(self.flight) - 1))
        recipient, path = self.flight[index]
        if not again:
            self.flight.pop(index)
        self._import(recipient, path)

    @precondition(lambda self: self.flight)
    @rule(data=st.data())
    def lose(self, data: st.DataObject) -> None:
        self.flight.pop(data.draw(st.integers(0, len(self.flight) - 1)))

    def _import(self, recipient: str, path: Path) -> None:
        site = self.sites[recipient]
        before = {}
        incoming = [e for e in _entries(path) if e["t"] == "person"]
        for entry in incoming:
            before[entry["id"]] = _values(site, entry["id"])
        try:
            result = sync.import_bundle(site.db, path)
        except errors.BundleReplayed:
            return  # older than one applied: its content travelled in the newer one
        if not result.applied:
            return
        for entry in incoming:
            held = before[entry["id"]]
            if held is None:
                continue
            for name in TRACKED:
                sent = entry["v"].get(name)
                if (
                    name in entry["v"]
                    and self.world.concurrent(entry["id"], name, held[name], sent)
                    and not self.world.superseded(entry["id"], name, held[name])
                ):
                    pair = frozenset((held[name], sent))
                    self.world.must_conflict.add((entry["id"], name, pair))
        for entry in incoming:
            for name in TRACKED:
                if name in entry["v"]:
                    self.world.received(recipient, entry["id"], name, entry["v"][name])

    @invariant()
    def no_conflict_without_cause(self) -> None:
        """Every conflict record holds two different values of edits that did not see each other."""
        for site in self.sites.values():
            for c in sync.conflicts(site.db):
                if c.field in TRACKED:
                    assert c.mine != c.theirs
                    assert self.world.concurrent(c.record_id, c.field, c.mine, c.theirs), c

    def teardown(self) -> None:
        try:
            if self.people:
                self._full_exchange()
                self._check_agreement()
                self._check_conflicts()
                self._check_privacy()

        finally:
            for site in self.sites.values():
                site.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _full_exchange(self) -> None:
        folder = self.root / f"round-{self.counter}"
        folder.mkdir(exist_ok=True)
        for _ in range(2):  # HQ relays in the second round what it received in the first
            for code in CENTERS:
                self._import(HQ_CODE, self.sites[code].export_to(folder))
            for code in CENTERS:
                self._import(code, self.sites[HQ_CODE].export_to(folder, center=code))

    def _check_agreement(self) -> None:
        hq = shared_state(self.sites[HQ_CODE])
        for code in CENTERS:
            mine = shared_state(self.sites[code])
            for (table, rid), fields in hq.items():
                shared = table != "person" or fields.get("origin") == code or fields.get("consent_to_share")
                if not shared:
                    continue
                assert (table, rid) in mine, f"{code} lacks {table} {rid}"
                theirs = mine[(table, rid)]
                common = set(fields) & set(theirs)
                assert {k: fields[k] for k in common} == {k: theirs[k] for k in common}, (code, table, rid)
            for (table, rid), fields in mine.items():
                if fields.get("origin") == code:
                    assert (table, rid) in hq, f"HQ lacks {table} {rid} of {code}"

    def _check_privacy(self) -> None:
        """After a full exchange, a person without consent (at its owner) has no name anywhere else:
        not at HQ, not at a center that held it while it was shared."""
        for rid, owner in self.people.items():
            values = _values(self.sites[owner], rid)
            if values is None or values["consent_to_share"]:
                continue
            for code, site in self.sites.items():
                held = _values(site, rid) if code != owner else None
                if held is not None:
                    assert (held["given_name"], held["family_name"]) == ("", ""), (code, rid)

    def _check_conflicts(self) -> None:
        recorded: set[tuple[str, str, frozenset[Any]]] = set()
        for site in self.sites.values():
            for c in sync.conflicts(site.db):
                recorded.add((c.record_id, c.field, frozenset((c.mine, c.theirs))))
            for c in _resolved_conflicts(site):
                recorded.add(c)
        # a withdrawal of consent makes HQ forget the fields, their conflicts with them ("withheld")
        missing = {m for m in self.world.must_conflict - recorded if m[0] not in self.withdrawn}
        assert not missing, f"concurrent edits without a conflict record: {sorted(map(str, missing))[:3]}"


def _resolved_conflicts(site: Site) -> set[tuple[str, str, frozenset[Any]]]:
    conn = sqlite3.connect(f"{site.db.paths.database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT record_id, field, mine_value, theirs_value FROM sync_conflict").fetchall()
    finally:
        conn.close()
    return {(r, f, frozenset((json.loads(m), json.loads(t)))) for r, f, m, t in rows}


SyncMachine.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=40,
    deadline=None,
    # the same examples every run, so that CI is reproducible; to search further, set it False and
    # pass --hypothesis-seed (9372106759206904734489131894748777725 found a center's write closing
    # a conflict whose other side it had never seen; it passes since schema 0004, as do 6 others)
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestSync = pytest.mark.slow(SyncMachine.TestCase)

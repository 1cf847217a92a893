"""HQ's merge with a helper process (sync/helper.py) gives the very database the merge gives
alone, goes on alone when the helper dies, and refuses a bundle changed after its verification
with nothing of it written."""

from __future__ import annotations

import multiprocessing
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from innov_desktop.domain import errors
from innov_desktop.services import people as people_service
from innov_desktop.services import sync
from innov_desktop.services.demo import generate_demo
from innov_desktop.services.setup import open_database
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync import helper as helper_module
from innov_desktop.sync import importing
from innov_desktop.sync.engine import CHUNK
from tests.sync.forge import forge
from tests.sync.pgserver import PgServer
from tests.sync.sites import HQ_CODE, Site, birth, link, make_site, snapshot

VOLATILE = {"handled_at", "detected_at", "resolved_at", "registered_at"}  # the wall clock at the moment


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[helper_module.Helper]:
    """The helpers the merges start (the merge itself runs as it does for a user)."""
    out: list[helper_module.Helper] = []
    original = helper_module.Helper.start

    def start() -> helper_module.Helper | None:
        made = original()
        if made is not None:
            out.append(made)
        return made

    monkeypatch.setattr(helper_module.Helper, "start", staticmethod(start))
    return out


def merged(site: Site, files: list[Path], monkeypatch: pytest.MonkeyPatch, *, helper: bool, **kw: Any) -> list[Any]:
    monkeypatch.setattr(importing, "HELPER", helper)
    return sync.hq_merge(site.db, files, **kw)


def state(site: Site) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, but the moments things happened here (and the clock, which
    follows the wall clock)."""
    from innov_desktop.store.models import Base

    out = {}
    for name, rows in snapshot(site).items():
        keep = [i for i, c in enumerate(Base.metadata.tables[name].columns) if c.name not in VOLATILE]
        out[name] = [tuple(r[i] for i in keep) for r in rows if name != "local_state" or r[0] != "hlc"]
    return out


def twin(site: Site, root: Path, server: PgServer | None) -> Site:
    """A second HQ in the very state of `site` (its data folder, and on PostgreSQL its database,
    copied); `site` is closed and opened again."""
    url = site.db.engine.url.render_as_string(hide_password=False) if server is not None else None
    source = site.db.engine.url.database
    site.db.close()
    shutil.copytree(site.root, root)
    twin_url = None
    if server is not None:
        import psycopg
        from sqlalchemy.engine import make_url

        twin_url = server.create_database()
        target = make_url(twin_url).database
        with psycopg.connect(
            host=str(server.socket_dir), port=server.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE "{target}"')
            conn.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
    site.db = open_database(site.root, url=url)
    return Site(site.code, root, open_database(root, url=twin_url), hq=True)


def _in_members(site: Site, out: Path, per_member: int) -> tuple[Path, list[dict[str, Any]]]:
    """`site`'s next bundle written again (and signed) with at most `per_member` lines a member;
    and its lines."""
    genuine = site.export_to(out.parent / "out")
    manifest = fmt.read_manifest(genuine)[0]
    verified = fmt.Verified(genuine, manifest, fmt._members(manifest, genuine.name, fmt.LIMITS), "")
    base = {k: v for k, v in manifest.items() if k != "members"}
    entries = list(fmt.records(verified))
    return forge(site.db.paths.keys, out, entries, base, limits=fmt.Limits(records_per_member=per_member)), entries


def test_with_or_without_the_helper_hq_holds_the_same(
    tmp_path: Path,
    hq_url: str | None,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    started: list[Any],
) -> None:
    """A second round of bundles: new people (more than one batch), people without consent, edits
    of records HQ holds, a conflict with HQ's own edit, a withdrawal of consent, a bundle already
    merged and a new center. Merged with and without the helper, both copies agree row for row."""
    server: PgServer | None = request.getfixturevalue("postgres") if hq_url else None
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True, url=hq_url)
    ke, gh, pe = (make_site(tmp_path / code, code) for code in ("KE-NBO", "GH-ACC", "PE-LIM"))
    link(hq, ke, gh, pe)
    shared = [ke.add_person(f"Amani{i}", "Otieno", consent_to_share=True, consent_date=birth(2024)) for i in range(6)]
    ke.add_person("Siri", "Kamau", consent_to_share=False, birth_date=birth(1990))
    gh.add_person("Ama", "Mensah", consent_to_share=True)
    first = [ke.export_to(tmp_path / "r1"), gh.export_to(tmp_path / "r1")]
    assert all(o.error is None for o in merged(hq, first, monkeypatch, helper=False))

    hq.edit_person(shared[0].id, notes="called by HQ")  # against the center's edit below: a conflict
    ke.edit_person(shared[0].id, notes="called by the center")
    ke.edit_person(shared[1].id, family_name="Wekesa")
    ke.edit_person(shared[2].id, consent_to_share=False, consent_date=None)
    people_service.delete_person(ke.db, shared[3].id)
    ke.add_person("Njeri", "Wanjiku", consent_to_share=False, birth_date=birth(2001))
    generate_demo(pe.db, CHUNK + 300, organizations=12)
    second = [ke.export_to(tmp_path / "r2"), first[1], gh.export_to(tmp_path / "r2"), pe.export_to(tmp_path / "r2")]
    other = twin(hq, tmp_path / "hq-twin", server)

    alone = merged(hq, second, monkeypatch, helper=False)
    helped = merged(other, second, monkeypatch, helper=True)

    assert [(o.error, o.result and o.result.added) for o in helped] == [
        (o.error, o.result and o.result.added) for o in alone
    ]
    assert all(o.error is None for o in alone)
    assert sum(o.result.conflicts for o in alone if o.result) == 1
    assert state(other) == state(hq)
    assert len(started) == 1 and started[0].batches_taken >= 4  # the helper did the work
    assert not [c for c in multiprocessing.active_children() if c.name == "bundle-helper"]  # and ended
    for site in (hq, other, ke, gh, pe):
        site.close()


def test_a_killed_helper_leaves_the_rest_to_the_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[Any]
) -> None:
    """The helper is killed after the first bundle, while it reads the next: the merge reads the
    rest itself, and the result is that of a merge without helper."""
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    ke, pe = make_site(tmp_path / "KE-NBO", "KE-NBO"), make_site(tmp_path / "PE-LIM", "PE-LIM")
    link(hq, ke, pe)
    ke.add_person("Amani", "Otieno", consent_to_share=True)
    generate_demo(pe.db, 2 * CHUNK + 100, organizations=10)
    files = [ke.export_to(tmp_path / "out"), pe.export_to(tmp_path / "out")]
    other = twin(hq, tmp_path / "hq-twin", None)

    def kill_after_first(done: int, _total: int) -> None:
        if done == 1:
            for child in multiprocessing.active_children():
                if child.name == "bundle-helper":
                    child.kill()
                    child.join(5)

    helped = merged(other, files, monkeypatch, helper=True, progress=kill_after_first)
    alone = merged(hq, files, monkeypatch, helper=False)

    assert [o.error for o in helped] == [o.error for o in alone] == [None, None]
    assert started and not started[0].working  # it noticed, and went on alone
    assert state(other) == state(hq)
    for site in (hq, other, ke, pe):
        site.close()


def test_a_bundle_changed_after_its_verification_is_refused_with_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[Any]
) -> None:
    """Its second member changes once the bundle was verified: the helper hands over the lines of
    the first member (checked) and stops at the second; the merge finds it damaged too, and the
    bundle is refused as damaged, none of its lines kept."""
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    ke = make_site(tmp_path / "KE-NBO", "KE-NBO")
    link(hq, ke)
    generate_demo(ke.db, CHUNK + 600, organizations=10)
    path, _ = _in_members(ke, tmp_path / "two.innovsync", CHUNK + 100)
    members = fmt.listed_members(path)[1]
    assert len(members) == 2
    real_verify = importing._verify_in

    def verify_then_change(tx: Any, where: Path) -> Any:
        got = real_verify(tx, where)
        data = bytearray(where.read_bytes())
        data[-1] ^= 0xFF  # the last member's last byte (its zlib check): every line reads, the hash differs
        where.write_bytes(bytes(data))
        return got

    monkeypatch.setattr(importing, "_verify_in", verify_then_change)
    monkeypatch.setattr(importing, "AHEAD", 0)  # handed to the helper once verified (and changed)
    before = state(hq)

    [outcome] = merged(hq, [path], monkeypatch, helper=True)

    assert isinstance(outcome.error, errors.BundleDamaged)
    assert state(hq) == before
    assert started[0].batches_taken >= 2 and started[0].failed_jobs == 1  # stopped mid-file
    hq.close()
    ke.close()


def test_the_helpers_batches_are_the_merges_own(tmp_path: Path) -> None:
    """Prepared in order, one table each, cut at a change of table or after CHUNK lines (as the
    merge cuts them, whatever the members), and every line's new row ready but for its sequence."""
    ke = make_site(tmp_path / "KE-NBO", "KE-NBO")
    generate_demo(ke.db, CHUNK + 700, organizations=10)
    hq_key = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    link(hq_key, ke)
    path, entries = _in_members(ke, tmp_path / "three.innovsync", 1_000)
    sender, members = fmt.listed_members(path)

    batches = list(helper_module.prepare(path, sender, members))

    assert [i for b in batches for i in b[1]] == [e["id"].replace("-", "") for e in entries]
    expected: list[tuple[str, int]] = []
    for e in entries:
        if expected and expected[-1][0] == e["t"] and expected[-1][1] < CHUNK:
            expected[-1] = (e["t"], expected[-1][1] + 1)
        else:
            expected.append((e["t"], 1))
    assert [(b[0], len(b[1])) for b in batches] == expected
    assert all(row is not None for b in batches for row in b[3])
    ke.close()
    hq_key.close()


def test_without_a_helper_the_merge_does_the_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No second processor free: no helper is started, and the merge does the same by itself."""
    calls: list[Callable[[], Any]] = []
    monkeypatch.setattr(helper_module.Helper, "start", staticmethod(lambda: calls.append(lambda: None)))
    monkeypatch.setattr(importing, "free_processors", lambda: 1)
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    ke = make_site(tmp_path / "KE-NBO", "KE-NBO")
    link(hq, ke)
    ke.add_person("Amani", "Otieno", consent_to_share=True)
    monkeypatch.setattr(importing, "HELPER_MIN_RECORDS", 1)
    [outcome] = sync.hq_merge(hq.db, [ke.export_to(tmp_path / "out")])
    assert outcome.error is None and outcome.result is not None and outcome.result.added == 2
    assert calls == []
    hq.close()
    ke.close()


def test_a_bundle_replaced_after_the_helper_started_on_it_is_merged_as_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[Any]
) -> None:
    """The helper starts on the bundles as their manifests list them; the first file is then
    replaced by another genuine bundle before its verification. The merge takes the replacement
    as verified (what the helper read of the old file is dropped), and the next bundle too."""
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    ke, pe = make_site(tmp_path / "KE-NBO", "KE-NBO"), make_site(tmp_path / "PE-LIM", "PE-LIM")
    link(hq, ke, pe)
    generate_demo(ke.db, 300, organizations=5)
    old = ke.export_to(tmp_path / "old")
    ke.add_person("Amani", "Otieno", consent_to_share=True)
    replacement = ke.export_to(tmp_path / "new")
    generate_demo(pe.db, 200, organizations=5)
    files = [tmp_path / "ke.innovsync", pe.export_to(tmp_path / "out")]
    shutil.copy(old, files[0])
    other = twin(hq, tmp_path / "hq-twin", None)
    real_verify = importing._verify_in

    def replaced_then_verified(tx: Any, where: Path) -> Any:
        if where == files[0]:
            shutil.copy(replacement, where)
        return real_verify(tx, where)

    monkeypatch.setattr(importing, "_verify_in", replaced_then_verified)
    helped = merged(other, files, monkeypatch, helper=True)
    alone = merged(hq, files, monkeypatch, helper=False)

    assert [o.error for o in helped] == [o.error for o in alone] == [None, None]
    assert helped[0].result is not None and helped[0].result.added == 300 + 5 + 1 + 1
    assert state(other) == state(hq)
    assert started[0].working and started[0].batches_taken >= 2
    for site in (hq, other, ke, pe):
        site.close()

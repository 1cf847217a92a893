"""Every kind of bad bundle is refused before any write, with one clear sentence, and the
database stays exactly as it was (DESIGN.md section 4, properties 5 and 7)."""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from innov_desktop.domain import errors
from innov_desktop.services import sync
from innov_desktop.sync import bundle as fmt
from tests.conftest import dump
from tests.sync.forge import append_member, forge
from tests.sync.sites import HQ_CODE, Site, link, make_site


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    center = make_site(tmp_path / "ke", "KE-NBO")
    link(hq, center)
    center.add_person("Achieng", "Odhiambo", consent_to_share=True, consent_date=None)
    yield hq, center
    hq.close()
    center.close()


def _one_sentence(exc: errors.AppError) -> None:
    message = exc.message
    assert "\n" not in message and message.endswith(".")
    assert ". " not in message.rstrip("."), message  # one sentence


def _refused(site: Site, path: Path, kind: type[errors.AppError] = errors.AppError) -> errors.AppError:
    before = dump(site.db.paths.database)
    with pytest.raises(kind) as caught:
        sync.import_bundle(site.db, path)
    assert dump(site.db.paths.database) == before
    _one_sentence(caught.value)
    return caught.value


def _genuine(center: Site, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = center.export_to(tmp_path / "out")
    manifest, _, _ = fmt.read_manifest(path)
    return path, manifest


def _entries(path: Path, manifest: dict[str, Any]) -> list[dict[str, Any]]:
    verified = fmt.Verified(path, manifest, fmt._members(manifest, path.name, fmt.LIMITS), "")
    return list(fmt.records(verified))


def test_every_single_byte_change_is_refused(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = sites
    path, _ = _genuine(center, tmp_path)
    original = path.read_bytes()
    before = dump(hq.db.paths.database)
    mutated = tmp_path / "mutated.innovsync"
    kinds = set()
    for i in range(len(original)):
        for flip in (0x01, 0x80):
            data = bytearray(original)
            data[i] ^= flip
            mutated.write_bytes(bytes(data))
            with pytest.raises(errors.AppError) as caught:
                sync.inspect_bundle(hq.db, mutated)
            kinds.add(type(caught.value))
    assert dump(hq.db.paths.database) == before
    assert kinds <= {
        errors.BundleDamaged,
        errors.BundleNotABundle,
        errors.BundleOtherKey,  # a byte of the signer's fingerprint changed
        errors.BundleTooNew,
        errors.BundleTooLarge,
        errors.BundleUnknownSender,
        errors.BundleWrongRecipient,
    }
    assert sync.import_bundle(hq.db, path).applied  # the genuine file still goes in


def test_a_truncated_bundle_is_refused(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = sites
    path, _ = _genuine(center, tmp_path)
    original = path.read_bytes()
    cut = tmp_path / "cut.innovsync"
    for size in sorted({0, 1, 8, 9, 20, len(original) // 3, len(original) // 2, len(original) - 1}):
        cut.write_bytes(original[:size])
        _refused(hq, cut)
    cut.write_bytes(original + b"\0")  # and one byte too many
    _refused(hq, cut, errors.BundleDamaged)


def test_an_unknown_signer_is_refused(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, _ = sites
    stranger = make_site(tmp_path / "xx", "KE-MSA")
    from innov_desktop.services import sync as s

    s.trust_key(stranger.db, hq.key_file())  # it knows HQ, HQ does not know it
    stranger.add_person("Baraka", "Mutua")
    path = stranger.export_to(tmp_path / "out")
    exc = _refused(hq, path, errors.BundleUnknownSender)
    assert "KE-MSA" in exc.message
    stranger.close()


def test_a_center_with_another_key_pair_is_told_apart_from_a_damaged_file(
    sites: tuple[Site, Site], tmp_path: Path
) -> None:
    """A center reinstalled (or an impostor) signs with another key under a registered code: the
    message says which key came and which is registered, and how to register a new one."""
    hq, center = sites
    again = make_site(tmp_path / "again", center.code)
    from innov_desktop.services import sync as s

    s.trust_key(again.db, hq.key_file())
    again.add_person("Baraka", "Mutua")
    exc = _refused(hq, again.export_to(tmp_path / "out"), errors.BundleOtherKey)
    assert "keys trust --replace" in exc.message and s.key_info(again.db).fingerprint in exc.message
    again.close()


def test_a_bundle_between_two_others_says_whom_it_is_for(sites: tuple[Site, Site], tmp_path: Path) -> None:
    """Another center's bundle to HQ, opened at a center: it is meant for HQ (not "register the
    sender's key", which would not help)."""
    hq, center = sites
    other = make_site(tmp_path / "tz", "TZ-DAR")
    from innov_desktop.services import sync as s

    s.trust_key(other.db, hq.key_file())
    other.add_person("Neema", "Mushi")
    exc = _refused(center, other.export_to(tmp_path / "out"), errors.BundleWrongRecipient)
    assert "CH-HQ" in exc.message
    other.close()


def test_a_valid_bundle_for_another_recipient_is_refused(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = sites
    other_hq = make_site(tmp_path / "hq2", "FR-HQ", hq=True)
    from innov_desktop.services import sync as s

    s.trust_key(other_hq.db, center.key_file())
    path, _ = _genuine(center, tmp_path)  # made for CH-HQ
    exc = _refused(other_hq, path, errors.BundleWrongRecipient)
    assert "CH-HQ" in exc.message
    other_hq.close()


def test_an_older_bundle_replayed_is_refused(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = sites
    first = center.export_to(tmp_path / "out")
    center.add_person("Zawadi", "Kiprono")
    second = center.export_to(tmp_path / "out")
    assert sync.import_bundle(hq.db, second).applied
    exc = _refused(hq, first, errors.BundleReplayed)
    assert "older" in exc.message


def test_a_bundle_of_a_newer_format_is_refused(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = sites
    path, manifest = _genuine(center, tmp_path)
    newer = forge(
        center.db.paths.keys,
        tmp_path / "newer.innovsync",
        _entries(path, manifest),
        {k: v for k, v in manifest.items() if k != "members"} | {"format": fmt.FORMAT_VERSION + 1},
    )
    exc = _refused(hq, newer, errors.BundleTooNew)
    assert "newer version" in exc.message
    data = bytearray(path.read_bytes())
    data[len(fmt.MAGIC)] = fmt.CONTAINER_VERSION + 1
    newer.write_bytes(bytes(data))
    _refused(hq, newer, errors.BundleTooNew)


def test_compression_bombs_are_refused(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = sites
    _, manifest = _genuine(center, tmp_path)
    base = {k: v for k, v in manifest.items() if k != "members"}
    raw = b"\n" * (200 << 20)  # 200 MB of newlines: about 200 KB compressed
    stored = zlib.compress(raw, 9)
    digest = hashlib.sha256(stored).hexdigest()
    # declared honestly: the ratio alone refuses it before anything is read
    honest = tmp_path / "honest.innovsync"
    forge(
        center.db.paths.keys,
        honest,
        [],
        base,
        members=[
            {"name": "records/000001.jsonl", "stored": len(stored), "raw": len(raw), "sha256": digest, "records": 1}
        ],
    )
    append_member(honest, "records/000001.jsonl", stored)
    _refused(hq, honest, errors.BundleTooLarge)
    # declared small: the inflater stops at the declared size, inside the transaction
    liar = tmp_path / "liar.innovsync"
    forge(
        center.db.paths.keys,
        liar,
        [],
        base,
        members=[
            {
                "name": "records/000001.jsonl",
                "stored": len(stored),
                "raw": 1000,
                "sha256": digest,
                "records": 1,
            }
        ],
    )
    append_member(liar, "records/000001.jsonl", stored)
    _refused(hq, liar, errors.BundleTooLarge)
    # a real zip bomb handed over as a bundle
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("records/000001.jsonl", raw[: 50 << 20])
    zipped = tmp_path / "bomb.innovsync"
    zipped.write_bytes(buffer.getvalue())
    _refused(hq, zipped, errors.BundleNotABundle)


def test_a_member_name_that_climbs_out_is_refused(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = sites
    path, manifest = _genuine(center, tmp_path)
    base = {k: v for k, v in manifest.items() if k != "members"}
    stored = zlib.compress(b"{}\n")
    evil = tmp_path / "evil.innovsync"
    forge(
        center.db.paths.keys,
        evil,
        [],
        base,
        members=[
            {
                "name": "../../evil.jsonl",
                "stored": len(stored),
                "raw": 3,
                "sha256": hashlib.sha256(stored).hexdigest(),
                "records": 1,
            }
        ],
    )
    append_member(evil, "../../evil.jsonl", stored)
    _refused(hq, evil, errors.BundleDamaged)
    assert not (tmp_path.parent / "evil.jsonl").exists()


def test_a_center_cannot_change_a_record_it_does_not_own(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, center = sites
    path, manifest = _genuine(center, tmp_path)
    entries = _entries(path, manifest)
    hq_entry = next(iter(sync.history(hq.db)), None)
    assert hq_entry is None
    # HQ's own directory entry, renamed by the center
    from innov_desktop.services.setup import own_center

    hq_center = own_center(hq.db)
    assert hq_center is not None
    forged_entry = {
        "t": "center",
        "id": str(hq_center.id),
        "o": "KE-NBO",
        "v": {"name": "Taken over"},
        "m": {"_": [1 << 62, "KE-NBO", 10**9]},
    }
    base = {k: v for k, v in manifest.items() if k != "members"}
    forged = forge(center.db.paths.keys, tmp_path / "scope.innovsync", [*entries, forged_entry], base)
    exc = _refused(hq, forged, errors.BundleOutOfScope)
    assert "does not own" in exc.message
    assert own_center(hq.db).data.name == hq_center.data.name  # type: ignore[union-attr]


def test_hq_merge_rolls_back_a_refused_bundle_alone(tmp_path: Path, hq_url: str | None) -> None:
    """Three centers' bundles in one merge; the middle one brings its people and then a record it
    does not own. Its people are taken back, the two others stay, and search knows exactly them."""
    from sqlalchemy import text

    from innov_desktop.services import people as people_service
    from innov_desktop.services.setup import own_center

    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True, url=hq_url)
    centers = [make_site(tmp_path / code, code) for code in ("GH-ACC", "KE-NBO", "PE-LIM")]
    link(hq, *centers)
    family = {"GH-ACC": "Mensah", "KE-NBO": "Wanjiru", "PE-LIM": "Quispe"}
    for center in centers:
        for given in ("Ama", "Kofi", "Esi"):
            center.add_person(given, family[center.code], consent_to_share=True)
    files = [center.export_to(tmp_path / "usb") for center in centers]
    path, manifest = files[1], fmt.read_manifest(files[1])[0]
    hq_center = own_center(hq.db)
    assert hq_center is not None
    taken_over = {"t": "center", "id": str(hq_center.id), "o": "KE-NBO", "v": {"name": "Taken over"}}
    taken_over["m"] = {"_": [1 << 62, "KE-NBO", 10**9]}
    entries = [*_entries(path, manifest), taken_over]
    base = {k: v for k, v in manifest.items() if k != "members"}
    files[1] = forge(centers[1].db.paths.keys, tmp_path / "scope.innovsync", entries, base)

    outcomes = sync.hq_merge(hq.db, files)

    assert [o.error is None for o in outcomes] == [True, False, True]
    assert isinstance(outcomes[1].error, errors.BundleOutOfScope)
    assert len(people_service.search_people(hq.db, "mensah")) == 3
    assert len(people_service.search_people(hq.db, "quispe")) == 3
    assert people_service.search_people(hq.db, "wanjiru") == []
    assert own_center(hq.db).data.name == hq_center.data.name  # type: ignore[union-attr]
    assert [e.peer for e in sync.history(hq.db)] == ["PE-LIM", "GH-ACC"]
    if hq_url is None:  # the full-text index agrees with the table, row for row
        with hq.db.engine.begin() as conn:
            conn.execute(text("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)"))
    # the refused center sends again, correctly this time
    result = sync.import_bundle(hq.db, centers[1].export_to(tmp_path / "again"))
    assert result.added > 0 and len(people_service.search_people(hq.db, "wanjiru")) == 3
    for site in (hq, *centers):
        site.close()


@pytest.mark.parametrize("given", [12345, ["Achieng"], {"x": 1}, True])
def test_a_value_of_the_wrong_kind_is_refused_alike_on_either_engine(
    tmp_path: Path, hq_url: str | None, given: Any
) -> None:
    """Text fields take text only: a number or a list is neither stored as some text nor a crash."""
    from tests.sync.sites import snapshot

    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True, url=hq_url)
    center = make_site(tmp_path / "ke", "KE-NBO")
    link(hq, center)
    person = center.add_person("Achieng", "Odhiambo", consent_to_share=True)
    path, manifest = _genuine(center, tmp_path)
    entries = _entries(path, manifest)
    entries = [{**e, "v": {**e["v"], "given_name": given}} if e["id"] == str(person.id) else e for e in entries]
    base = {k: v for k, v in manifest.items() if k != "members"}
    forged = forge(center.db.paths.keys, tmp_path / "kind.innovsync", entries, base)
    before = snapshot(hq)
    with pytest.raises(errors.BundleDamaged) as caught:
        sync.import_bundle(hq.db, forged)
    _one_sentence(caught.value)
    assert snapshot(hq) == before
    [outcome] = sync.hq_merge(hq.db, [forged])  # the same inside HQ's merge: refused alone
    assert isinstance(outcome.error, errors.BundleDamaged) and snapshot(hq) == before
    hq.close()
    center.close()


def test_hq_merge_keeps_the_search_index_exact_row_by_row(tmp_path: Path) -> None:
    """A few renames among many people (the index redone row by row, not rebuilt): one person
    renamed by two bundles of one merge, and a refused bundle between them whose rename is taken
    back. The full-text index then agrees with the table, and search finds the final names."""
    from sqlalchemy import text

    from innov_desktop.services import people as people_service
    from innov_desktop.services.setup import own_center

    hq = make_site(tmp_path / "hq", HQ_CODE, hq=True)
    center = make_site(tmp_path / "ke", "KE-NBO")
    link(hq, center)
    people = [center.add_person(f"Person{i:02d}", "Otieno", consent_to_share=True) for i in range(40)]
    sync.import_bundle(hq.db, center.export_to(tmp_path / "first"))

    center.edit_person(people[0].id, family_name="Wekesa")
    first = center.export_to(tmp_path / "a")
    center.edit_person(people[1].id, family_name="Kamau")
    genuine = center.export_to(tmp_path / "c")
    manifest = fmt.read_manifest(genuine)[0]
    hq_center = own_center(hq.db)
    assert hq_center is not None
    stolen = {"t": "center", "id": str(hq_center.id), "o": "KE-NBO", "v": {"name": "Taken over"}}
    stolen["m"] = {"_": [1 << 62, "KE-NBO", 10**9]}
    base = {k: v for k, v in manifest.items() if k != "members"}
    refused = forge(center.db.paths.keys, tmp_path / "refused.innovsync", [*_entries(genuine, manifest), stolen], base)
    center.edit_person(people[0].id, family_name="Mutua")
    last = center.export_to(tmp_path / "b")

    outcomes = sync.hq_merge(hq.db, [first, refused, last])

    assert [o.error is None for o in outcomes] == [True, False, True]
    with hq.db.engine.begin() as conn:
        conn.execute(text("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)"))
    assert people_service.search_people(hq.db, "wekesa") == []
    assert [p.id for p in people_service.search_people(hq.db, "mutua")] == [people[0].id]
    assert [p.id for p in people_service.search_people(hq.db, "kamau")] == [people[1].id]
    assert len(people_service.search_people(hq.db, "otieno", limit=100)) == 38
    hq.close()
    center.close()

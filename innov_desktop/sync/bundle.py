"""The bundle file: one signed, self-checking container (sync/README.md, "Bundle file").

    "INNOVSYN" (8 bytes) | container version (1 byte)
    section*: kind (1 byte) | name length (2 bytes, big-endian) | name (UTF-8)
              | stored length (8 bytes, big-endian) | stored bytes
    kinds: 1 manifest (JSON), 2 signature (64 bytes, Ed25519 over the manifest bytes),
           3 records member (zlib-compressed JSON lines)

The manifest comes first, then the signature, then the members in the order the manifest lists
them, each with its stored and raw size and the SHA-256 of its stored bytes; nothing may follow
the last member. So every byte of the file is either signed or checked against the signed
manifest: a single changed byte anywhere is refused. Names are labels, never paths."""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from innov_desktop.domain.errors import (
    BundleDamaged,
    BundleFromHere,
    BundleNotABundle,
    BundleOtherKey,
    BundleTooLarge,
    BundleTooNew,
    BundleUnknownSender,
    BundleWrongRecipient,
    FileNotWritten,
    require_file,
)
from innov_desktop.sync import keys

MAGIC = b"INNOVSYN"
CONTAINER_VERSION = 1
FORMAT_VERSION = 1  # of the manifest and the record lines
KIND_MANIFEST, KIND_SIGNATURE, KIND_MEMBER = 1, 2, 3
MEMBER_NAME = re.compile(r"^records/[0-9]{6}\.jsonl$")
_HEAD = struct.Struct(">BH")
_LEN = struct.Struct(">Q")


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps applied before and while reading (DESIGN.md section 4, item 7)."""

    file_bytes: int = 4 << 30
    manifest_bytes: int = 1 << 20
    members: int = 10_000
    member_stored: int = 64 << 20
    member_raw: int = 256 << 20
    ratio: int = 100  # raw / stored
    line_bytes: int = 1 << 20
    records_per_member: int = 5_000


LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    stored: int
    raw: int
    sha256: str
    records: int


@dataclass(frozen=True, slots=True)
class Verified:
    """A bundle whose signature, recipient and every member were checked."""

    path: Path
    manifest: dict[str, Any]
    members: tuple[Member, ...]
    sha256: str  # of the whole file: the same bundle imported twice is recognised by it

    @property
    def sender(self) -> str:
        return str(self.manifest["sender"])

    @property
    def number(self) -> int:
        return int(self.manifest["number"])


# -- writing --------------------------------------------------------------------------------------


class BundleWriter:
    """Collects record lines into compressed members, then writes the file atomically."""

    def __init__(self, out: Path, limits: Limits = LIMITS) -> None:
        self.out = out
        self.limits = limits
        self.members: list[Member] = []
        self._lines: list[bytes] = []
        try:
            self._body: IO[bytes] = tempfile.TemporaryFile(dir=out.parent)  # noqa: SIM115  closed in finish/abort
        except OSError as exc:
            raise FileNotWritten(path=str(out), reason=exc.strerror or str(exc)) from exc

    def add(self, record: dict[str, Any]) -> None:
        self._lines.append(orjson.dumps(record))
        if len(self._lines) >= self.limits.records_per_member:
            self._flush_member()

    def _flush_member(self) -> None:
        if not self._lines:
            return
        raw = b"\n".join(self._lines) + b"\n"
        stored = zlib.compress(raw, 1)  # fast; JSON lines still shrink about 6 times
        name = f"records/{len(self.members) + 1:06d}.jsonl"
        self.members.append(Member(name, len(stored), len(raw), hashlib.sha256(stored).hexdigest(), len(self._lines)))
        self._write_section(self._body, KIND_MEMBER, name, stored)
        self._lines = []

    @staticmethod
    def _write_section(fh: IO[bytes], kind: int, name: str, data: bytes) -> None:
        encoded = name.encode("utf-8")
        fh.write(_HEAD.pack(kind, len(encoded)) + encoded + _LEN.pack(len(data)))
        fh.write(data)

    def finish(self, manifest: dict[str, Any], sign: Callable[[bytes], bytes]) -> str:
        """Write the file (temporary name, fsync, rename); returns the file's SHA-256."""
        self._flush_member()
        manifest = {
            **manifest,
            "members": [
                {"name": m.name, "stored": m.stored, "raw": m.raw, "sha256": m.sha256, "records": m.records}
                for m in self.members
            ],
        }
        manifest_bytes = json.dumps(manifest, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()
        tmp = self.out.with_name(f".{self.out.name}.partial")
        digest = hashlib.sha256()
        try:
            with open(tmp, "wb") as fh:
                head = MAGIC + bytes([CONTAINER_VERSION])
                fh.write(head)
                digest.update(head)
                for kind, name, data in (
                    (KIND_MANIFEST, "manifest.json", manifest_bytes),
                    (KIND_SIGNATURE, "manifest.sig", sign(manifest_bytes)),
                ):
                    encoded = name.encode()
                    section = _HEAD.pack(kind, len(encoded)) + encoded + _LEN.pack(len(data)) + data
                    fh.write(section)
                    digest.update(section)
                self._body.seek(0)
                while chunk := self._body.read(1 << 20):
                    fh.write(chunk)
                    digest.update(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.out)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise FileNotWritten(path=str(self.out), reason=exc.strerror or str(exc)) from exc
        finally:
            self._body.close()
        return digest.hexdigest()

    def abort(self) -> None:
        self._body.close()


# -- reading --------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, fh: IO[bytes], name: str) -> None:
        self.fh = fh
        self.name = name

    def exact(self, n: int) -> bytes:
        data = self.fh.read(n)
        if len(data) != n:
            raise BundleNotABundle(file=self.name)
        return data

    def section_head(self) -> tuple[int, str, int] | None:
        first = self.fh.read(1)
        if not first:
            return None
        kind, name_len = _HEAD.unpack(first + self.exact(_HEAD.size - 1))
        raw_name = self.exact(name_len)
        (length,) = _LEN.unpack(self.exact(_LEN.size))
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BundleDamaged(file=self.name) from exc
        return kind, name, length


def _header(reader: _Reader) -> None:
    head = reader.fh.read(len(MAGIC) + 1)
    if len(head) < len(MAGIC) + 1 or head[: len(MAGIC)] != MAGIC:
        raise BundleNotABundle(file=reader.name)
    if head[-1] > CONTAINER_VERSION:
        raise BundleTooNew(file=reader.name, found=head[-1], supported=CONTAINER_VERSION)
    if head[-1] != CONTAINER_VERSION:
        raise BundleDamaged(file=reader.name)


def read_manifest(path: Path, limits: Limits = LIMITS) -> tuple[dict[str, Any], bytes, bytes]:
    """The manifest (parsed and raw) and its signature, unchecked."""
    name = path.name
    require_file(path)
    try:
        size = path.stat().st_size
        fh = open(path, "rb")  # noqa: SIM115  closed by the with-block below
    except OSError as exc:
        raise BundleNotABundle(file=name) from exc
    with fh:
        if size > limits.file_bytes:
            raise BundleTooLarge(file=name, limit=f"file larger than {limits.file_bytes >> 20} MB")
        reader = _Reader(fh, name)
        _header(reader)
        head = reader.section_head()
        if head is None or head[0] != KIND_MANIFEST or head[1] != "manifest.json":
            raise BundleDamaged(file=name)
        if head[2] > limits.manifest_bytes:
            raise BundleTooLarge(file=name, limit="manifest too large")
        manifest_bytes = reader.exact(head[2])
        sig_head = reader.section_head()
        if sig_head is None or sig_head[0] != KIND_SIGNATURE or sig_head[1] != "manifest.sig" or sig_head[2] != 64:
            raise BundleDamaged(file=name)
        signature = reader.exact(64)
    try:
        manifest = json.loads(manifest_bytes)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleDamaged(file=name) from exc
    if not isinstance(manifest, dict):
        raise BundleDamaged(file=name)
    return manifest, manifest_bytes, signature


_REQUIRED = {"format": int, "sender": str, "recipient": str, "number": int, "seq": int, "ack": int, "members": list}


def verify(path: Path, *, key_for: Callable[[str], str | None], recipient: str, limits: Limits = LIMITS) -> Verified:
    """Every check that needs no database write: format, signer, signature, recipient, members."""
    name = path.name
    manifest, manifest_bytes, signature = read_manifest(path, limits)
    found = manifest.get("format")
    if isinstance(found, int) and found > FORMAT_VERSION:
        raise BundleTooNew(file=name, found=found, supported=FORMAT_VERSION)
    sender = manifest.get("sender")
    key = key_for(sender) if isinstance(sender, str) else None
    # (unsigned words below, until the signature is checked: said only because no key answers)
    meant_for = manifest.get("recipient")
    if key is None and sender == recipient:
        raise BundleFromHere(file=name, recipient=str(meant_for)[:40])
    if key is None and isinstance(meant_for, str) and meant_for != recipient:
        raise BundleWrongRecipient(file=name, recipient=meant_for[:40], us=recipient)
    if key is None:
        raise BundleUnknownSender(file=name, sender=str(sender)[:40])
    if not keys.verify(key, signature, manifest_bytes):
        said = manifest.get("sender_key")
        if isinstance(said, str) and said != keys.fingerprint(key):  # another key pair than registered
            raise BundleOtherKey(file=name, sender=str(sender)[:40], found=said[:40], registered=keys.fingerprint(key))
        raise BundleDamaged(file=name)
    # signed from here on: what remains wrong is a bug or a hostile signer, still refused
    if any(not isinstance(manifest.get(k), t) for k, t in _REQUIRED.items()) or found != FORMAT_VERSION:
        raise BundleDamaged(file=name)
    if manifest["recipient"] != recipient:
        raise BundleWrongRecipient(file=name, recipient=manifest["recipient"], us=recipient)
    members = _members(manifest, name, limits)
    digest = _check_members(path, members, limits)
    return Verified(path, manifest, members, digest)


def listed_members(path: Path, limits: Limits = LIMITS) -> tuple[str, tuple[Member, ...]]:
    """The sender and members a bundle's manifest lists, unchecked (to start reading ahead; what
    is read is used only when they are those of the verified bundle)."""
    manifest = read_manifest(path, limits)[0]
    if any(not isinstance(manifest.get(k), t) for k, t in _REQUIRED.items()):
        raise BundleDamaged(file=path.name)
    return manifest["sender"], _members(manifest, path.name, limits)


def _members(manifest: dict[str, Any], name: str, limits: Limits) -> tuple[Member, ...]:
    raw = manifest["members"]
    if len(raw) > limits.members:
        raise BundleTooLarge(file=name, limit=f"more than {limits.members} members")
    members = []
    for i, m in enumerate(raw, start=1):
        try:
            member = Member(str(m["name"]), int(m["stored"]), int(m["raw"]), str(m["sha256"]), int(m["records"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleDamaged(file=name) from exc
        if not MEMBER_NAME.match(member.name) or member.name != f"records/{i:06d}.jsonl":
            raise BundleDamaged(file=name)
        if member.stored > limits.member_stored or member.raw > limits.member_raw:
            raise BundleTooLarge(file=name, limit="a member larger than allowed")
        if member.raw > max(member.stored, 1) * limits.ratio:
            raise BundleTooLarge(file=name, limit=f"compression ratio above {limits.ratio}")
        members.append(member)
    return tuple(members)


def _sections(path: Path, name: str) -> Iterator[tuple[_Reader, int, str, int]]:
    with open(path, "rb") as fh:
        reader = _Reader(fh, name)
        _header(reader)
        for _ in range(2):  # manifest and signature, checked already
            head = reader.section_head()
            assert head is not None
            fh.seek(head[2], os.SEEK_CUR)
        while (head := reader.section_head()) is not None:
            yield reader, *head


def _check_members(path: Path, members: tuple[Member, ...], limits: Limits) -> str:
    """Pass 1: every member present, in order, with the signed size and hash; nothing after."""
    name = path.name
    seen = 0
    try:
        for reader, kind, member_name, length in _sections(path, name):
            if seen >= len(members):
                raise BundleDamaged(file=name)
            expected = members[seen]
            if kind != KIND_MEMBER or member_name != expected.name or length != expected.stored:
                raise BundleDamaged(file=name)
            digest = hashlib.sha256()
            left = length
            while left:
                chunk = reader.exact(min(left, 1 << 20))
                digest.update(chunk)
                left -= len(chunk)
            if digest.hexdigest() != expected.sha256:
                raise BundleDamaged(file=name)
            seen += 1
    except BundleNotABundle:
        if seen >= len(members):  # bytes after the last member
            raise BundleDamaged(file=name) from None
        raise
    if seen != len(members):
        raise BundleNotABundle(file=name)
    whole = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            whole.update(chunk)
    return whole.hexdigest()


def records(bundle: Verified, limits: Limits = LIMITS) -> Iterator[dict[str, Any]]:
    """Pass 2: the record lines, decompressed within the signed sizes and hashed again (a file
    changed between the passes raises, and the caller's transaction rolls back)."""
    name = bundle.path.name
    for line in member_lines(bundle, limits):
        if line is not None:
            yield _parse(line, name)


def member_lines(bundle: Verified, limits: Limits = LIMITS) -> Iterator[bytes | None]:
    """The raw record lines of `records`, and None after each member whose checks all passed
    (its signed hash, raw size and record count): a reader that holds a member's lines until
    then uses only bytes that were verified."""
    name = bundle.path.name
    for index, (reader, _kind, _member_name, length) in enumerate(_sections(bundle.path, name)):
        if index >= len(bundle.members):
            raise BundleDamaged(file=name)
        member = bundle.members[index]
        digest = hashlib.sha256()
        inflater = zlib.decompressobj()
        produced = 0
        pending = b""
        count = 0
        left = length
        while left or inflater.unconsumed_tail:
            if inflater.unconsumed_tail:
                data = inflater.unconsumed_tail
            else:
                data = reader.exact(min(left, 1 << 16))
                left -= len(data)
                digest.update(data)
            try:
                out = inflater.decompress(data, 1 << 20)
            except zlib.error as exc:
                raise BundleDamaged(file=name) from exc
            produced += len(out)
            if produced > member.raw:
                raise BundleTooLarge(file=name, limit="a member larger than it declares")
            pending += out
            *lines, pending = pending.split(b"\n")
            if len(pending) > limits.line_bytes:
                raise BundleTooLarge(file=name, limit="a record line too long")
            count += len(lines)
            yield from lines
        tail = inflater.flush()
        produced += len(tail)
        if produced > member.raw:
            raise BundleTooLarge(file=name, limit="a member larger than it declares")
        pending += tail
        *lines, pending = pending.split(b"\n")
        count += len(lines)
        yield from lines
        if digest.hexdigest() != member.sha256 or produced != member.raw or pending or count != member.records:
            raise BundleDamaged(file=name)
        yield None


def parse_line(line: bytes, name: str) -> dict[str, Any]:
    """One record line, as `records` gives it."""
    return _parse(line, name)


def _parse(line: bytes, name: str) -> dict[str, Any]:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise BundleDamaged(file=name) from exc
    if not isinstance(record, dict):
        raise BundleDamaged(file=name)
    return record

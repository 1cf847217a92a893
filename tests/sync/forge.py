"""Bundles made by hand with a real key, for the refusal tests: what a broken or hostile sender
could produce."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from innov_desktop.sync import bundle as fmt
from innov_desktop.sync import keys


def forge(
    key_dir: Path,
    out: Path,
    entries: list[dict[str, Any]],
    manifest: dict[str, Any],
    *,
    members: list[dict[str, Any]] | None = None,
    limits: fmt.Limits = fmt.LIMITS,
) -> Path:
    """Sign `manifest` (with the members the writer made, or `members` instead) with the key in
    `key_dir` and write the file (`limits`: the writer's, e.g. fewer records per member)."""
    private = keys.ensure_key_pair(key_dir)
    writer = fmt.BundleWriter(out, limits)
    for entry in entries:
        writer.add(entry)
    if members is None:
        writer.finish(manifest, lambda data: keys.sign(private, data))
        return out
    writer.abort()
    import json
    import struct

    manifest = {**manifest, "members": members}
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
    with open(out, "wb") as fh:
        fh.write(fmt.MAGIC + bytes([fmt.CONTAINER_VERSION]))
        for kind, name, data in (
            (fmt.KIND_MANIFEST, "manifest.json", manifest_bytes),
            (fmt.KIND_SIGNATURE, "manifest.sig", keys.sign(private, manifest_bytes)),
        ):
            fh.write(struct.pack(">BH", kind, len(name.encode())) + name.encode() + struct.pack(">Q", len(data)) + data)
    return out


def append_member(path: Path, name: str, data: bytes) -> None:
    import struct

    with open(path, "ab") as fh:
        encoded = name.encode()
        fh.write(struct.pack(">BH", fmt.KIND_MEMBER, len(encoded)) + encoded + struct.pack(">Q", len(data)) + data)

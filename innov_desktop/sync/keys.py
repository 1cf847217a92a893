"""Ed25519 signing keys: this installation's pair under `keys/`, public key files, fingerprints.

A public key file is UTF-8 text (sync/README.md, "Keys"):

    innov-desktop public key
    code: KE-NBO
    role: center
    key: <base64 of the 32 raw key bytes>
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from innov_desktop.domain.errors import KeyFileInvalid, StorageError

PRIVATE_NAME = "signing-key.pem"
HEADER = "innov-desktop public key"
MAX_KEY_FILE = 4096


@dataclass(frozen=True, slots=True)
class PublicKeyFile:
    code: str
    role: str  # "hq" or "center"
    key: str  # base64 of the raw 32 bytes
    path: str = ""  # the file it was read from (for messages)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    def text(self) -> str:
        return f"{HEADER}\ncode: {self.code}\nrole: {self.role}\nkey: {self.key}\n"


def fingerprint(key_b64: str) -> str:
    """SHA-256 of the raw key, first 16 bytes, in groups of four hex digits."""
    digest = hashlib.sha256(base64.b64decode(key_b64)).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def ensure_key_pair(keys_dir: Path) -> Ed25519PrivateKey:
    """This installation's private key, made on first use (file readable by the owner only)."""
    path = keys_dir / PRIVATE_NAME
    if path.is_file():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError) as exc:
            raise KeyFileInvalid(path=str(path), reason="the signing key cannot be read") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyFileInvalid(path=str(path), reason="it is not an Ed25519 key")
        return key
    keys_dir.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    tmp = path.with_suffix(".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise StorageError(path=str(path), reason=exc.strerror or str(exc)) from exc
    return key


def public_b64(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(key_b64: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(key_b64)).verify(signature, data)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def read_public_key_file(path: Path) -> PublicKeyFile:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise KeyFileInvalid(path=str(path), reason="it is too large to be a key file")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileInvalid(path=str(path), reason="it cannot be read as a key file") from exc
    lines = [line.strip() for line in text.strip().splitlines()]
    if not lines or lines[0] != HEADER:
        raise KeyFileInvalid(path=str(path), reason="it is not an innov-desktop public key file")
    fields = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
    fields = {k.strip(): v.strip() for k, v in fields.items()}
    code, role, key = fields.get("code", ""), fields.get("role", ""), fields.get("key", "")
    try:
        raw = base64.b64decode(key, validate=True)
    except binascii.Error:
        raw = b""
    if not code or role not in ("hq", "center") or len(raw) != 32:
        raise KeyFileInvalid(path=str(path), reason="its code, role or key is missing or malformed")
    return PublicKeyFile(code=code, role=role, key=key, path=str(path))

"""Ed25519 signatures of ``manifest.json`` (``hipaa-scan keygen``, ``--sign-key``, ``verify --public-key``).

The signature covers the manifest's canonical JSON (reports/manifest.py ``canonical``: sorted
keys, no whitespace, the ``signature`` member left out), which lists the sha256 of every file:
changing any file breaks its hash, changing the manifest breaks the signature. Anyone holding
the public key can verify; only the holder of the private key can sign, which the legacy
HMAC-SHA256 shared key (a key that verifies can also sign) cannot guarantee.

``--sign-key FILE`` takes either: a PEM file holding an Ed25519 private key (``-----BEGIN
PRIVATE KEY-----``, as ``hipaa-scan keygen`` writes it) signs with Ed25519; any other content is
the legacy HMAC key.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

from hipaa_scan.scanner.errors import InputError

ALGORITHM = "Ed25519"
_PEM_PRIVATE = b"-----BEGIN PRIVATE KEY-----"
_PEM_PUBLIC = b"-----BEGIN PUBLIC KEY-----"


def is_private_pem(key: bytes | None) -> bool:
    """Whether a ``--sign-key`` value is a PEM private key (Ed25519) rather than an HMAC key."""
    return bool(key) and _PEM_PRIVATE in (key or b"")[:200]


def _private(key: bytes, where: str = "--sign-key") -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        k = load_pem_private_key(key, password=None)
    except (ValueError, TypeError) as exc:
        raise InputError(f"not a readable unencrypted PEM private key ({exc})", where) from None
    if not isinstance(k, Ed25519PrivateKey):
        raise InputError(f"the PEM key is {type(k).__name__.removeprefix('_')}, not Ed25519 "
                         "(make one with 'hipaa-scan keygen')", where)
    return k


def _raw_public(public: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return bytes(public.public_bytes(Encoding.Raw, PublicFormat.Raw))


def key_id(public: Any) -> str:
    """A short name of a public key: the first 16 hex digits of the sha256 of its raw bytes."""
    return hashlib.sha256(_raw_public(public)).hexdigest()[:16]


def sign(manifest: dict, key: bytes) -> dict:
    """The ``signature`` member for ``manifest`` with the Ed25519 private key in PEM ``key``."""
    from hipaa_scan.reports.manifest import canonical

    priv = _private(key)
    pub = priv.public_key()
    return {"algorithm": ALGORITHM, "key_id": key_id(pub),
            "public_key": base64.b64encode(_raw_public(pub)).decode("ascii"),
            "value": base64.b64encode(priv.sign(canonical(manifest))).decode("ascii")}


def load_public_key(path: Path) -> Any:
    """An Ed25519 public key from a PEM file (or the public half of a PEM private key)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("public key file not found", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the public key: {exc.strerror}", str(path)) from None
    if _PEM_PRIVATE in data:
        return _private(data, str(path)).public_key()
    if _PEM_PUBLIC not in data:
        raise InputError("not a PEM public key (expected -----BEGIN PUBLIC KEY-----, as 'hipaa-scan keygen' "
                         "writes it)", str(path))
    try:
        k = load_pem_public_key(data)
    except ValueError as exc:
        raise InputError(f"not a readable PEM public key ({exc})", str(path)) from None
    if not isinstance(k, Ed25519PublicKey):
        raise InputError("the public key is not Ed25519", str(path))
    return k


def check(manifest: dict, public: Any) -> tuple[str, str]:
    """(state, detail) of the manifest's signature under ``public``: valid | missing | invalid."""
    from cryptography.exceptions import InvalidSignature

    from hipaa_scan.reports.manifest import canonical

    sig = manifest.get("signature")
    if not isinstance(sig, dict):
        return "missing", "manifest.json is not signed, but a public key was given"
    if sig.get("algorithm") != ALGORITHM:
        return "invalid", f"manifest.json is signed with {sig.get('algorithm')}, not {ALGORITHM}"
    try:
        value = base64.b64decode(str(sig.get("value", "")), validate=True)
        public.verify(value, canonical(manifest))
    except (InvalidSignature, ValueError):
        other = " (signed with another key)" if sig.get("key_id") != key_id(public) else ""
        return "invalid", f"Ed25519 signature does not match{other} (the manifest was edited, or the key is wrong)"
    return "valid", f"manifest.json signature ({ALGORITHM}, key {key_id(public)})"


def verify(directory: Path, public: Any) -> Any:
    """``manifest.verify`` of the files, then the Ed25519 signature (a :class:`manifest.Report`)."""
    from hipaa_scan.reports import manifest as mf

    rep = mf.verify(directory)
    rep.notes = [n for n in rep.notes if not n.startswith("manifest.json is signed")]
    state, detail = check(mf.read(directory), public)
    rep.signature = state
    if state == "valid":
        rep.checked.append(detail)
    else:
        rep.fail("manifest.json", detail)
    return rep


def keygen(private_path: Path, public_path: Path | None = None, *, force: bool = False) -> tuple[Path, Path]:
    """Write a new Ed25519 key pair: the private key (PEM, mode 0600) and its public key (PEM)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

    private_path = Path(private_path)
    public_path = Path(public_path) if public_path else private_path.with_name(
        private_path.name.removesuffix(".pem") + ".pub.pem")
    for p in (private_path, public_path):
        if p.exists() and not force:
            raise InputError("already exists; use --force to overwrite it", str(p))
    priv = Ed25519PrivateKey.generate()
    pem = priv.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    private_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    os.chmod(private_path, 0o600)
    public_path.write_bytes(priv.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    return private_path, public_path

"""Tamper evidence: ``manifest.json`` beside the reports, and ``hipaa-scan verify``.

Every ``report`` / ``scan`` writes ``manifest.json`` into its output directory with the
sha256 and size of each file it wrote and of its inputs (the results document, the
inventory), plus the scan id, tool version and policy-set sha256 from the results. With a
key (``--sign-key FILE``, or the key itself in ``$HIPAA_SCAN_SIGN_KEY``) the manifest also
carries an HMAC-SHA256 over its canonical JSON (sorted keys, no whitespace, the
``signature`` member left out).

``verify(DIR)`` re-hashes every listed file: a missing or changed file fails; an input that
is not present is reported and not checked (reports often travel without their inputs); a
file in DIR the manifest does not list is reported. Without a signature, the manifest only
proves the files match each other — whoever edits a report can edit the manifest too; with
a key, editing either breaks the signature.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from hipaa_scan.scanner import strictjson
from hipaa_scan.scanner.errors import ExitCode, HipaaScanError, InputError

MANIFEST = "manifest.json"
SCHEMA = "hipaa-scan/manifest/v1"
ENV_KEY = "HIPAA_SCAN_SIGN_KEY"
ALGORITHM = "HMAC-SHA256"


class VerifyFailed(HipaaScanError):
    """A report directory does not match its manifest (or its signature)."""

    exit_code = ExitCode.GATE_FAILED


def sha256_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    n = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
            n += len(chunk)
    return h.hexdigest(), n


def load_key(key_file: Path | None = None, env: Mapping[str, str] | None = None) -> bytes | None:
    """The signing key: the bytes of ``key_file`` (trailing newline dropped), else ``$HIPAA_SCAN_SIGN_KEY``."""
    env = os.environ if env is None else env
    if key_file is not None:
        try:
            key = Path(key_file).read_bytes().rstrip(b"\r\n")
        except FileNotFoundError:
            raise InputError("key file not found", str(key_file)) from None
        except OSError as exc:
            raise InputError(f"cannot read key file: {exc.strerror}", str(key_file)) from None
        if not key:
            raise InputError("key file is empty", str(key_file))
        return key
    value = env.get(ENV_KEY)
    if value:
        return value.encode("utf-8")
    return None


def key_id(key: bytes) -> str:
    """A short, non-secret name for a key (so verify can say 'signed with another key')."""
    return hashlib.sha256(b"hipaa-scan key id\x00" + key).hexdigest()[:16]


def canonical(manifest: dict) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def signature(manifest: dict, key: bytes) -> str:
    return hmac.new(key, canonical(manifest), hashlib.sha256).hexdigest()


def _rel(path: Path, base: Path) -> str:
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(Path(path).resolve())


def build(out_dir: Path, files: list[Path], inputs: Sequence[tuple[str, Path]] = (), results: Mapping[str, Any] | None = None,
          key: bytes | None = None, final_dir: Path | None = None) -> dict:
    """The manifest of ``files`` (in ``out_dir``) and ``inputs`` (paths relative to ``final_dir``, the
    directory the set is moved to when it is staged elsewhere first; default ``out_dir``)."""
    out_dir = Path(out_dir)
    final = Path(final_dir) if final_dir is not None else out_dir
    entries = []
    for p in sorted({Path(p).resolve() for p in files}):
        if p.name == MANIFEST and p.parent == out_dir.resolve():
            continue
        digest, size = sha256_file(p)
        entries.append({"path": _rel(p, out_dir), "sha256": digest, "bytes": size})
    ins = []
    for role, p in inputs:
        digest, size = sha256_file(p)
        ins.append({"role": role, "path": _rel(p, final), "sha256": digest, "bytes": size})
    scan = (results or {}).get("scan", {})
    manifest = {
        "schema": SCHEMA,
        "scan_id": scan.get("id"),
        "scanner_version": scan.get("scanner_version"),
        "policy_set_sha256": scan.get("policy_set_sha256"),
        "inventory_sha256": scan.get("inventory_sha256"),
        "files": entries,
        "inputs": ins,
    }
    if key:
        manifest["signature"] = {"algorithm": ALGORITHM, "key_id": key_id(key), "value": signature(manifest, key)}
    return manifest


def write(out_dir: Path, files: list[Path], inputs: Sequence[tuple[str, Path]] = (), results: Mapping[str, Any] | None = None,
          key: bytes | None = None, final_dir: Path | None = None) -> Path:
    """Write manifest.json into ``out_dir`` (see :func:`build` for ``final_dir``)."""
    from hipaa_scan.scanner.outputs import write_file

    manifest = build(out_dir, files, inputs, results, key, final_dir)
    path = Path(out_dir) / MANIFEST
    write_file(path, (json.dumps(manifest, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8"))
    return path


@dataclass
class Report:
    """What verify found: ``problems`` fail it; ``notes`` are said and do not."""

    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  #: "name (what)" per problem, for one-line messages
    notes: list[str] = field(default_factory=list)
    signature: str = "absent"  # absent | valid | invalid | unchecked | missing

    @property
    def ok(self) -> bool:
        return not self.problems

    def fail(self, name: str, what: str, detail: str = "") -> None:
        self.failed.append(f"{name} ({what})")
        self.problems.append(f"{name}: {what}{' ' + detail if detail else ''}")

    def summary(self) -> str:
        return f"{len(self.failed)} item(s) failed verification: {', '.join(self.failed)}"

    def lines(self) -> list[str]:
        out = [f"ok       {p}" for p in self.checked]
        out += [f"FAILED   {p}" for p in self.problems]
        out += [f"note     {n}" for n in self.notes]
        return out


def _safe_relative(path: str) -> bool:
    p = PurePosixPath(path)
    return not p.is_absolute() and ".." not in p.parts and path != ""


def read(directory: Path) -> dict:
    """The manifest of ``directory`` (strict JSON). No manifest means the set is incomplete: every
    writer puts manifest.json in place last, so a run that did not finish leaves none."""
    path = Path(directory) / MANIFEST
    if not Path(directory).is_dir():
        raise InputError("not a directory" if Path(directory).exists() else "no such directory", str(directory))
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise VerifyFailed("incomplete: no manifest.json (the run that wrote this directory did not finish, "
                           "or it was not written by 'hipaa-scan report')", str(directory)) from None
    except OSError as exc:
        raise InputError(f"cannot read the manifest: {exc.strerror}", str(path)) from None
    manifest = strictjson.loads(raw, str(path))
    if (not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA
            or not isinstance(manifest.get("files"), list)):
        raise InputError(f"not a {SCHEMA} manifest", str(path))
    if not isinstance(manifest.get("inputs", []), list):
        raise InputError("$.inputs: not a list", str(path))
    return manifest


def _entry(e: Any, where: str, rep: Report) -> tuple[str, str] | None:
    """An entry's (path, sha256), or None after recording it as malformed (a tampered manifest)."""
    if not isinstance(e, dict):
        rep.fail(where, "malformed manifest entry", f"(expected an object with path and sha256, got {_kind(e)})")
        return None
    rel, digest = e.get("path"), e.get("sha256")
    if not isinstance(rel, str) or not isinstance(digest, str):
        rep.fail(where, "malformed manifest entry", "(path and sha256 must be strings)")
        return None
    return rel, digest


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def verify(directory: Path, key: bytes | None = None) -> Report:
    directory = Path(directory)
    manifest = read(directory)
    rep = Report()
    listed = set()
    for i, raw_entry in enumerate(manifest["files"]):
        entry = _entry(raw_entry, f"files[{i}]", rep)
        if entry is None:
            continue
        rel, want = entry
        if not _safe_relative(rel):
            rep.fail(rel or f"files[{i}]", "manifest entry points outside the directory")
            continue
        listed.add(rel)
        p = directory / rel
        if not p.is_file():
            rep.fail(rel, "missing")
            continue
        digest, size = sha256_file(p)
        if digest != want:
            rep.fail(rel, "changed", f"(sha256 {digest}, manifest says {want}; "
                                     f"{size} bytes, manifest says {raw_entry.get('bytes')})")
        else:
            rep.checked.append(rel)
    input_paths = set()
    for i, raw_entry in enumerate(manifest.get("inputs") or []):
        entry = _entry(raw_entry, f"inputs[{i}]", rep)
        if entry is None:
            continue
        rel, want = entry
        input_paths.add(rel)
        role = raw_entry.get("role") if isinstance(raw_entry.get("role"), str) else "?"
        candidate = directory / rel if _safe_relative(rel) else Path(rel)
        found = candidate if candidate.is_file() else None
        if found is None:
            rep.notes.append(f"input {role} {rel}: not present, not checked")
            continue
        digest, _ = sha256_file(found)
        shown = _rel(found, directory)
        if digest != want:
            rep.fail(f"input {shown}", "changed", f"(sha256 {digest}, manifest says {want})")
        else:
            rep.checked.append(f"{shown} (input {role})")
    for p in sorted(directory.iterdir()):
        if p.is_file() and p.name != MANIFEST and p.name not in listed and _rel(p, directory) not in input_paths:
            rep.notes.append(f"{p.name}: not listed in the manifest")
    sig = manifest.get("signature")
    if key is not None:
        if not isinstance(sig, dict):
            rep.signature = "missing"
            rep.fail("manifest.json", "not signed, but a key was given")
        elif not hmac.compare_digest(str(sig.get("value", "")), signature(manifest, key)):
            rep.signature = "invalid"
            other = " (signed with another key)" if sig.get("key_id") != key_id(key) else ""
            rep.fail("manifest.json", f"signature does not match{other}",
                     "(the manifest was edited, or the key is wrong)")
        else:
            rep.signature = "valid"
            rep.checked.append(f"manifest.json signature ({ALGORITHM}, key {sig.get('key_id')})")
    elif isinstance(sig, dict):
        rep.signature = "unchecked"
        rep.notes.append(f"manifest.json is signed (key {sig.get('key_id')}); give --sign-key FILE or "
                         f"${ENV_KEY} to check the signature")
    return rep

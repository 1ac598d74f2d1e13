"""Turn what sslyze and ``cryptography`` report into the normalised ``tls_endpoint`` facts.

Facts only: cipher suite properties derived from the IANA name, certificate fields,
whether the chain builds to a trust anchor, whether the name matches. No verdicts.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import warnings
from functools import lru_cache
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

PROTOCOLS = ("ssl_2_0", "ssl_3_0", "tls_1_0", "tls_1_1", "tls_1_2", "tls_1_3")
_AEAD_MARKERS = ("_GCM", "_CCM", "CHACHA20_POLY1305")


def suite_facts(name: str, *, anonymous: bool, key_size: int, version: str, ephemeral_key=None) -> dict:
    """Properties of one accepted cipher suite, from its IANA/RFC name."""
    upper = name.upper()
    authentication = None
    if version == "tls_1_3":
        kind = getattr(ephemeral_key, "type_name", "") or ""
        key_exchange = "DHE" if kind == "DH" else "ECDHE"
    elif "_WITH_" in upper and not upper.startswith("SSL_CK_"):
        kx = upper.split("_WITH_")[0].removeprefix("TLS_").removeprefix("SSL_")
        parts = [p for p in kx.split("_") if not p.startswith("EXPORT")]
        key_exchange = parts[0]
        authentication = parts[1] if len(parts) > 1 else parts[0]
    else:
        key_exchange = authentication = "RSA"  # SSL 2.0 suites (SSL_CK_*) are RSA key transport
    ke_root = key_exchange
    aead = version == "tls_1_3" or any(m in upper for m in _AEAD_MARKERS)
    anon = anonymous or "_ANON_" in upper or authentication == "ANON"
    flags = {
        "null": "_NULL_" in upper or upper.endswith("_NULL") or "WITH_NULL" in upper,
        "anon": anon,
        "export": "EXPORT" in upper,
        "rc4": "RC4" in upper,
        "3des": "3DES" in upper or "DES_192_EDE3" in upper,
        "cbc": "_CBC" in upper,
    }
    return {
        "name": name,
        "key_exchange": key_exchange,
        "authentication": authentication,
        "aead": aead,
        "forward_secret": (version == "tls_1_3" or ke_root in ("ECDHE", "DHE")) and not anon,
        "strength": key_size,
        "flags": flags,
        "ephemeral_key": ephemeral_key_facts(ephemeral_key),
    }


def ephemeral_key_facts(key) -> dict | None:
    """The temporary key the server sent for the key exchange, as sslyze reports it:
    ``{type: DH|ECDH|RSA|..., size: bits, curve: name or None}``; None when none was reported."""
    if key is None:
        return None
    size = getattr(key, "size", None)
    return {"type": getattr(key, "type_name", None) or "UNKNOWN",
            "size": size if isinstance(size, int) and not isinstance(size, bool) else None,
            "curve": getattr(key, "curve_name", None)}


# Suites whose key exchange is ephemeral (EC)DH, for which the server must send a temporary key.
_EPHEMERAL_KX = ("DHE", "ECDHE")


def ephemeral_key_summary(suites: dict[str, list | None]) -> tuple[dict | None, str | None]:
    """The smallest ephemeral key of each kind over every accepted suite:
    ``({"dh_min_size": bits | None, "ecdh_min_size": bits | None}, None)``, None meaning no suite
    of that kind was accepted. ``(None, why)`` when the facts are incomplete (a version's suites
    were not read, or an ephemeral suite came without its key size): never a guess."""
    sizes: dict[str, list[int]] = {"DH": [], "ECDH": []}
    for version in PROTOCOLS:
        accepted = suites.get(version)
        if accepted is None:
            return None, f"the {version} cipher suites were not read"
        for suite in accepted:
            key = suite.get("ephemeral_key")
            if key is not None and key["type"] in sizes and key["size"] is not None:
                sizes[key["type"]].append(key["size"])
            elif version == "tls_1_3" or suite.get("key_exchange") in _EPHEMERAL_KX:
                return None, f"no ephemeral key size was reported for {suite['name']} ({version})"
    return {"dh_min_size": min(sizes["DH"], default=None),
            "ecdh_min_size": min(sizes["ECDH"], default=None)}, None


def _name_str(name: x509.Name) -> str:
    return name.rfc4514_string()


def key_facts(public_key) -> tuple[str, int | None, str | None]:
    if isinstance(public_key, rsa.RSAPublicKey):
        return "RSA", public_key.key_size, None
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return "EC", public_key.curve.key_size, public_key.curve.name
    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return "Ed25519", 256, None
    if isinstance(public_key, ed448.Ed448PublicKey):
        return "Ed448", 456, None
    if isinstance(public_key, dsa.DSAPublicKey):
        return "DSA", public_key.key_size, None
    return type(public_key).__name__, None, None


def _sig_hash(cert: x509.Certificate) -> str | None:
    try:
        alg = cert.signature_hash_algorithm
    except UnsupportedAlgorithm:  # recorded as unknown (None), never guessed
        return None
    return alg.name if alg is not None else None


def _sig_name(cert: x509.Certificate) -> str:
    oid = cert.signature_algorithm_oid
    return getattr(oid, "_name", None) or oid.dotted_string


def sans_of(cert: x509.Certificate) -> list[str]:
    try:
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return [*ext.get_values_for_type(x509.DNSName), *(str(i) for i in ext.get_values_for_type(x509.IPAddress))]


def hostname_matches(name: str, cert: x509.Certificate) -> bool:
    """RFC 6125 matching against subjectAltName (no CN fallback, wildcard in the left label only)."""
    try:
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    try:
        ip = ipaddress.ip_address(name)
    except ValueError:
        ip = None
    if ip is not None:
        return ip in ext.get_values_for_type(x509.IPAddress)
    host = name.rstrip(".").lower()
    for pattern in ext.get_values_for_type(x509.DNSName):
        pattern = pattern.rstrip(".").lower()
        if pattern == host:
            return True
        if pattern.startswith("*.") and "." in host:
            label, rest = host.split(".", 1)
            if label and rest == pattern[2:] and "." in rest:
                return True
    return False


def _self_signed(cert: x509.Certificate) -> bool:
    return cert.subject == cert.issuer


@lru_cache(maxsize=8)
def _load_store_certs(paths: tuple[str, ...]) -> tuple[x509.Certificate, ...]:
    certs: list[x509.Certificate] = []
    for p in paths:
        try:
            with warnings.catch_warnings():  # some system roots have non-positive serials
                warnings.simplefilter("ignore")
                certs.extend(x509.load_pem_x509_certificates(Path(p).read_bytes()))
        except (OSError, ValueError):
            continue
    return tuple(certs)


def default_trust_paths() -> list[str]:
    """The system CA file, plus sslyze's copy of the Mozilla store (always present)."""
    paths = []
    cafile = ssl.get_default_verify_paths().cafile
    if cafile and Path(cafile).is_file():
        paths.append(cafile)
    from sslyze.plugins.certificate_info.trust_stores.trust_store_repository import TrustStoresRepository

    paths.append(str(TrustStoresRepository.get_default().get_main_store().path))
    return paths


def chain_trust(chain: list[x509.Certificate], store_paths: list[tuple[str, list[str]]],
                now: dt.datetime) -> tuple[bool, str | None, str | None]:
    """Does the chain build to an anchor of one of the stores? Return (trusted, store, error).

    Evaluated at the moment of the leaf's validity closest to ``now`` and for a name the
    leaf carries, so that expiry and hostname mismatch are reported by their own facts
    (``days_left``, ``hostname_match``), not folded in here.
    """
    leaf, intermediates = chain[0], chain[1:]
    names = sans_of(leaf)
    if not names:
        return False, None, "leaf certificate has no subjectAltName"
    subject: x509.GeneralName
    try:
        subject = x509.IPAddress(ipaddress.ip_address(names[0]))
    except ValueError:
        subject = x509.DNSName(names[0].replace("*.", "wildcard.", 1))
    start, end = leaf.not_valid_before_utc, leaf.not_valid_after_utc
    when = min(max(now, start), end)
    last_error = "no trust store could be loaded"
    for label, paths in store_paths:
        anchors = _load_store_certs(tuple(paths))
        if not anchors:
            continue
        verifier = PolicyBuilder().store(Store(list(anchors))).time(when).build_server_verifier(subject)
        try:
            verifier.verify(leaf, intermediates)
            return True, label, None
        except VerificationError as exc:
            last_error = " ".join(str(exc).split())
    if _self_signed(leaf):
        last_error = f"self-signed certificate not in the trust stores ({last_error})"
    return False, None, last_error


def certificate_facts(chain: list[x509.Certificate], *, hostname: str, now: dt.datetime,
                      store_paths: list[tuple[str, list[str]]]) -> dict:
    leaf = chain[0]
    key_type, key_size, curve = key_facts(leaf.public_key())
    not_after = leaf.not_valid_after_utc
    not_before = leaf.not_valid_before_utc
    trusted, store, error = chain_trust(chain, store_paths, now)
    return {
        "subject": _name_str(leaf.subject),
        "issuer": _name_str(leaf.issuer),
        "serial_number": format(leaf.serial_number, "x"),
        "sans": sans_of(leaf),
        "not_before": not_before.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "not_after": not_after.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "days_left": int((not_after - now).total_seconds() // 86400),
        "not_yet_valid": not_before > now,
        "key_type": key_type,
        "key_size": key_size,
        "curve": curve,
        "signature_algorithm": _sig_name(leaf),
        "signature_hash": _sig_hash(leaf),
        "self_signed": _self_signed(leaf),
        "trusted": trusted,
        "trust_store": store,
        "trust_error": error,
        "hostname": hostname,
        "hostname_match": hostname_matches(hostname, leaf),
        "chain": [
            {"subject": _name_str(c.subject), "issuer": _name_str(c.issuer),
             "not_after": c.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "signature_algorithm": _sig_name(c), "signature_hash": _sig_hash(c), "self_signed": _self_signed(c)}
            for c in chain[1:]
        ],
    }

"""TLS endpoint collector (NIST SP 800-52 Rev. 2 facts): protocols, cipher suites,
certificates, OCSP stapling, HSTS and plain-HTTP redirects, as ``tls_endpoint`` resources.

Protocol and cipher enumeration is sslyze's (its nassl OpenSSL build still negotiates
SSL 2.0/3.0 and TLS 1.0/1.1); certificates are parsed and verified with ``cryptography``.

The ``tls_endpoint`` resource (facts only, no verdicts)::

    id, name            "host:port" ("[v6]:port")
    host, port, ip_address, sni, starttls (smtp|imap|pop3|ftp|postgres|mysql|ldap|null)
    tls                 true when a TLS handshake succeeded; false when the port answered plain HTTP
                          or a database said it offers no TLS (collectors/tls/starttls.py)
    highest_version     e.g. "tls_1_3"
    client_auth         whether the server asks for a client certificate: disabled|optional|required
    protocols           {ssl_2_0, ssl_3_0, tls_1_0, tls_1_1, tls_1_2, tls_1_3: bool | null (not read)}
    cipher_suites       {<version>: [{name (IANA), key_exchange (ECDHE|DHE|RSA|DH|ECDH|PSK...),
                          authentication (RSA|ECDSA|ANON|...|null for TLS 1.3), aead, forward_secret,
                          strength (symmetric key bits), flags {null, anon, export, rc4, 3des, cbc},
                          ephemeral_key {type (DH|ECDH|RSA...), size (bits), curve} | null (none sent)}]}
    ephemeral_keys      {dh_min_size, ecdh_min_size}: the smallest ephemeral DH group / ECDH key (bits) over
                          every accepted suite, null when no suite of that kind was accepted; left out
                          (with an inventory error) when a version's suites or an (EC)DHE key size were not read
    certificate         leaf of the default deployment: {subject, issuer, serial_number, sans,
                          not_before, not_after, days_left (floor, negative once expired), not_yet_valid,
                          key_type (RSA|EC|Ed25519|Ed448|DSA), key_size, curve, signature_algorithm,
                          signature_hash, self_signed, trusted, trust_store (system|ca_bundle|null),
                          trust_error, hostname, hostname_match, chain [{subject, issuer, not_after,
                          signature_algorithm, signature_hash, self_signed}]}
    other_certificates  the same for further deployments (e.g. an RSA and an ECDSA certificate)
    ocsp_stapling       an OCSP response was stapled
    https               the TLS service speaks HTTP (false for STARTTLS or ``https: false``)
    hsts                {present, max_age, include_subdomains, preload} when https, else null
    plaintext_http      {checked, port, present, status, location, redirects_to_https}: the endpoint
                          itself when it answered plain HTTP, else its plain-HTTP port (80 for 443 by
                          default, ``http_port`` in the endpoints file); ``checked`` false when none.

``trusted`` says whether the chain builds to a root of the system store, sslyze's Mozilla
store or ``--ca-bundle``, evaluated at the leaf's validity moment nearest to now and for a
name the leaf carries, so expiry (``days_left``) and name (``hostname_match``) stay separate
facts. Anything not read is an inventory error on the endpoint (with ``field`` when only
part was read), and an endpoint that could not be scanned keeps only its identity fields.
"""

from hipaa_scan.collectors.tls.collect import RESOURCE_TYPE, collect_tls
from hipaa_scan.collectors.tls.endpoints import STARTTLS, Endpoint, endpoints_from_inventory, load_endpoints, parse_target
from hipaa_scan.scanner.types import Inventory

__all__ = ["RESOURCE_TYPE", "STARTTLS", "Endpoint", "collect_tls", "endpoints_from_inventory", "gather_endpoints",
           "load_endpoints", "parse_target", "tls_inventory"]


def gather_endpoints(targets=(), endpoints_file=None, inventory_file=None, starttls: str | None = None) -> list[Endpoint]:
    """Endpoints from ``host:port`` arguments, an endpoints YAML file and/or a saved inventory.

    ``starttls`` (one of :data:`STARTTLS`) applies to the ``host:port`` arguments only.
    """
    import dataclasses

    from hipaa_scan.scanner.errors import InputError
    from hipaa_scan.scanner.inventory import load_inventory

    if starttls is not None and starttls not in STARTTLS:
        raise InputError(f"--starttls {starttls!r} is not one of {', '.join(STARTTLS)}")
    if starttls is not None and not targets:
        raise InputError("--starttls applies to host:port arguments; give none, or set 'starttls:' per endpoint "
                         "in the --endpoints file")
    endpoints = [dataclasses.replace(parse_target(t, f"argument {t!r}"), starttls=starttls) for t in targets]
    if endpoints_file is not None:
        endpoints += load_endpoints(endpoints_file)
    if inventory_file is not None:
        doc, _ = load_inventory(inventory_file)
        found = endpoints_from_inventory(doc)
        if not found and not endpoints:
            raise InputError("no endpoint to scan: the inventory has no load balancer HTTPS/TLS listener with a "
                             "DNS name, API Gateway domain or CloudFront domain", str(inventory_file))
        endpoints += found
    if not endpoints:
        raise InputError("no endpoint to scan: give host:port arguments, --endpoints FILE or --from-inventory FILE")
    return list({ep.id: ep for ep in endpoints}.values())


def tls_inventory(endpoints: list[Endpoint], *, ca_bundle=None, workers: int = 10, timeout: float = 5.0,
                  progress=None) -> Inventory:
    """Collect the endpoints into a fresh inventory document."""
    from hipaa_scan.scanner.inventory import InventoryBuilder

    builder = InventoryBuilder()
    collect_tls(endpoints, builder, ca_bundle=ca_bundle, workers=workers, timeout=timeout, progress=progress)
    return builder.document()

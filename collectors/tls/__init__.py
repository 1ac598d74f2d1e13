"""TLS endpoint collector (NIST SP 800-52 Rev. 2 facts): protocols, cipher suites,
certificates, OCSP stapling, HSTS and plain-HTTP redirects, as ``tls_endpoint`` resources.

Protocol and cipher enumeration is sslyze's (its nassl OpenSSL build still negotiates
SSL 3.0 / TLS 1.0 / 1.1); certificates are parsed and verified with ``cryptography``.
"""

from collectors.tls.collect import RESOURCE_TYPE, collect_tls
from collectors.tls.endpoints import STARTTLS, Endpoint, endpoints_from_inventory, load_endpoints, parse_target

__all__ = ["RESOURCE_TYPE", "STARTTLS", "Endpoint", "collect_tls", "endpoints_from_inventory", "gather_endpoints",
           "load_endpoints", "parse_target", "tls_inventory"]


def gather_endpoints(targets=(), endpoints_file=None, inventory_file=None) -> list[Endpoint]:
    """Endpoints from ``host:port`` arguments, an endpoints YAML file and/or a saved inventory."""
    from scanner.errors import InputError
    from scanner.inventory import load_inventory

    endpoints = [parse_target(t, f"argument {t!r}") for t in targets]
    if endpoints_file is not None:
        endpoints += load_endpoints(endpoints_file)
    if inventory_file is not None:
        doc, _ = load_inventory(inventory_file)
        found = endpoints_from_inventory(doc)
        if not found:
            raise InputError("no load balancer HTTPS/TLS listener, API Gateway domain or CloudFront alias "
                             "in the inventory", str(inventory_file))
        endpoints += found
    if not endpoints:
        raise InputError("no endpoint to scan: give host:port arguments, --endpoints FILE or --from-inventory FILE")
    return list({ep.id: ep for ep in endpoints}.values())


def tls_inventory(endpoints: list[Endpoint], *, ca_bundle=None, workers: int = 10, timeout: float = 5.0,
                  progress=None) -> dict:
    """Collect the endpoints into a fresh inventory document."""
    from scanner.inventory import InventoryBuilder

    builder = InventoryBuilder()
    collect_tls(endpoints, builder, ca_bundle=ca_bundle, workers=workers, timeout=timeout, progress=progress)
    return builder.document()

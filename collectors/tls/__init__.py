"""TLS endpoint collector (NIST SP 800-52 Rev. 2 facts): protocols, cipher suites,
certificates, OCSP stapling, HSTS and plain-HTTP redirects, as ``tls_endpoint`` resources.

Protocol and cipher enumeration is sslyze's (its nassl OpenSSL build still negotiates
SSL 3.0 / TLS 1.0 / 1.1); certificates are parsed and verified with ``cryptography``.
"""

from collectors.tls.collect import RESOURCE_TYPE, collect_tls
from collectors.tls.endpoints import STARTTLS, Endpoint, endpoints_from_inventory, load_endpoints, parse_target

__all__ = ["RESOURCE_TYPE", "STARTTLS", "Endpoint", "collect_tls", "endpoints_from_inventory", "load_endpoints",
           "parse_target"]

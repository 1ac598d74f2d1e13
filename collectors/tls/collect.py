"""Scan TLS endpoints with sslyze (concurrently, with timeouts) into ``tls_endpoint`` resources.

One resource per endpoint, always: when an endpoint cannot be scanned (unresolvable,
refused, filtered, not TLS) the resource carries only its identity and an inventory error
names it, so every control on it is ``error`` — never a pass. A port that answers plain
HTTP instead of TLS is recorded as such (``tls: false`` and its ``plaintext_http`` facts),
with errors on the TLS fields that could not be read.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import socket
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from cryptography import x509
from cryptography.utils import CryptographyDeprecationWarning

from hipaa_scan.collectors.tls.endpoints import Endpoint
from hipaa_scan.collectors.tls.facts import PROTOCOLS, certificate_facts, default_trust_paths, ephemeral_key_summary, suite_facts
from hipaa_scan.collectors.tls.plaintext import ProbeError, probe_http
from hipaa_scan.collectors.tls.starttls import MYSQL, UPGRADES, NoTlsOffered, StartTlsError, install_mysql_hook
from hipaa_scan.collectors.tls.starttls import probe as probe_starttls
from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.messages import error_text

COLLECTOR = "tls"
RESOURCE_TYPE = "tls_endpoint"
TLS_FIELDS = ("protocols", "cipher_suites", "ephemeral_keys", "certificate", "hsts")

_STARTTLS = {"smtp": "SMTP", "imap": "IMAP", "pop3": "POP3", "ftp": "FTP", "postgres": "POSTGRES", "ldap": "LDAP"}
# The fields a TLS handshake gives; a server that offers no TLS has none of them.
HANDSHAKE_FIELDS = ("protocols", "cipher_suites", "ephemeral_keys", "certificate")
_CONNECT_CODES = {
    "ServerRejectedConnection": "ConnectionRefused",
    "ConnectionToServerTimedOut": "Timeout",
    "ServerRejectedOpportunisticTlsNegotiation": "StartTlsRejected",
    "ServerTlsConfigurationNotSupported": "NotTls",
    "ServerRejectedTlsHandshake": "NotTls",
    "TlsHandshakeTimedOut": "NotTls",
}


def _resolve(host: str, port: int) -> str:
    infos = socket.getaddrinfo(host, port, socket.AF_UNSPEC, socket.SOCK_STREAM)
    for family, *_rest, sockaddr in infos:
        if family == socket.AF_INET:
            return str(sockaddr[0])
    return str(infos[0][4][0])


def trust_stores(ca_bundle: Path | None) -> list[tuple[str, list[str]]]:
    stores = []
    if ca_bundle is not None:
        path = Path(ca_bundle)
        try:
            certs = x509.load_pem_x509_certificates(path.read_bytes())
        except FileNotFoundError:
            raise InputError("CA bundle not found", str(path)) from None
        except OSError as exc:
            raise InputError(f"cannot read CA bundle: {exc.strerror}", str(path)) from None
        except ValueError:
            raise InputError("no PEM certificate could be read from the CA bundle", f"{path}:1") from None
        if not certs:
            raise InputError("no PEM certificate in the CA bundle", f"{path}:1")
        stores.append(("ca_bundle", [str(path)]))
    # Some roots in the system and sslyze stores carry non-positive serial numbers, which
    # cryptography warns about on every load; the warning says nothing about the endpoints.
    warnings.filterwarnings("ignore", message="Parsed a serial number which wasn't positive",
                            category=CryptographyDeprecationWarning)
    return [("system", default_trust_paths()), *stores]


class _Run:
    def __init__(self, builder: InventoryBuilder, now: dt.datetime, timeout: float, stores):
        self.builder = builder
        self.now = now
        self.timeout = timeout
        self.stores = stores

    def error(self, ep: Endpoint, code: str, message: str, *, field: str | None = None,
              operation: str | None = None) -> None:
        code, message = error_text(code, message)  # one line, markup stripped, capped
        self.builder.error(COLLECTOR, RESOURCE_TYPE, code, message, resource_id=ep.id, field=field,
                           operation=operation)

    @staticmethod
    def base(ep: Endpoint, ip: str | None) -> dict:
        return {"id": ep.id, "name": ep.id, "host": ep.host, "port": ep.port, "ip_address": ip,
                "sni": ep.server_name, "starttls": ep.starttls}

    def companion(self, ep: Endpoint, ip: str, probe: Future | None) -> dict:
        port = ep.companion_http_port
        if probe is None:
            return {"checked": False, "port": None, "present": None, "status": None, "location": None,
                    "redirects_to_https": None}
        try:
            return {"checked": True, **probe.result()}
        except ProbeError as exc:
            self.error(ep, exc.code, f"plain-HTTP port {port}: {exc.message}", field="plaintext_http",
                       operation="http_probe")
            return {"checked": True, "port": port, "present": None, "status": None, "location": None,
                    "redirects_to_https": None}

    def unreachable(self, ep: Endpoint, ip: str, exc_type: str, message: str, probe: Future | None) -> None:
        code = _CONNECT_CODES.get(exc_type, "ConnectionFailed")
        resource = self.base(ep, ip)
        if code == "NotTls" and ep.starttls is None:
            try:
                plain = probe_http(ip, ep.port, ep.server_name, self.timeout)
            except ProbeError:
                plain = None
            if plain and plain["present"]:
                resource.update(tls=False, plaintext_http={"checked": True, **plain})
                self.builder.add(RESOURCE_TYPE, resource)
                for f in TLS_FIELDS:
                    self.error(ep, "PlaintextService", f"{ep.id} answers plain HTTP (status {plain['status']}), "
                               "not TLS", field=f, operation="tls_handshake")
                return
        self.builder.add(RESOURCE_TYPE, resource)
        if probe is not None:
            probe.cancel()
        self.error(ep, code, message, operation="connect")

    def no_tls(self, ep: Endpoint, ip: str, message: str) -> None:
        """The server said it offers no TLS (a database STARTTLS refused by the protocol): a
        fact, ``tls: false``; the handshake facts do not exist, so they are errors."""
        resource = self.base(ep, ip)
        resource.update(tls=False, https=False, hsts=None,
                        plaintext_http={"checked": False, "port": None, "present": None, "status": None,
                                        "location": None, "redirects_to_https": None})
        self.builder.add(RESOURCE_TYPE, resource)
        for f in HANDSHAKE_FIELDS:
            self.error(ep, "NoTlsOffered", f"{ep.id}: {message}", field=f, operation="starttls")

    def starttls_failed(self, ep: Endpoint, ip: str, exc: BaseException) -> None:
        """The STARTTLS probe could not read the server's answer: the endpoint is unknown."""
        self.builder.add(RESOURCE_TYPE, self.base(ep, ip))
        if isinstance(exc, StartTlsError):
            code, message = "StartTlsFailed", f"{ep.id}: {ep.starttls} STARTTLS: {exc}"
        elif isinstance(exc, TimeoutError):
            code, message = "Timeout", f"{ep.id}: {ep.starttls} STARTTLS: timed out"
        elif isinstance(exc, ConnectionRefusedError):
            code, message = "ConnectionRefused", f"{ep.id}: connection refused"
        else:
            code, message = "ConnectionFailed", f"{ep.id}: {ep.starttls} STARTTLS: {exc}"
        self.error(ep, code, message, operation="starttls")

    def scanned(self, ep: Endpoint, ip: str, result, probe: Future | None) -> None:
        from sslyze import ScanCommandAttemptStatusEnum

        sr = result.scan_result
        resource = self.base(ep, ip)
        resource["tls"] = True
        resource["highest_version"] = _version_name(result.connectivity_result.highest_tls_version_supported)
        resource["client_auth"] = getattr(result.connectivity_result.client_auth_requirement, "name", "").lower() or None
        protocols: dict[str, bool | None] = {}
        suites: dict[str, list | None] = {}
        for v in PROTOCOLS:
            attempt = getattr(sr, f"{v}_cipher_suites")
            if attempt.status == ScanCommandAttemptStatusEnum.COMPLETED:
                accepted = attempt.result.accepted_cipher_suites
                protocols[v] = bool(accepted)
                suites[v] = [suite_facts(a.cipher_suite.name, anonymous=a.cipher_suite.is_anonymous,
                                         key_size=a.cipher_suite.key_size, version=v,
                                         ephemeral_key=a.ephemeral_key) for a in accepted]
            else:
                protocols[v] = suites[v] = None
                msg = _attempt_error(attempt)
                self.error(ep, "ScanError", msg, field=f"protocols.{v}", operation=f"{v}_cipher_suites")
                self.error(ep, "ScanError", msg, field=f"cipher_suites.{v}", operation=f"{v}_cipher_suites")
        resource["protocols"] = protocols
        resource["cipher_suites"] = suites
        keys, missing = ephemeral_key_summary(suites)
        if keys is not None:
            resource["ephemeral_keys"] = keys
        else:  # left out, never guessed: the key exchange controls become `error`
            self.error(ep, "ScanError", f"ephemeral key sizes unknown: {missing}", field="ephemeral_keys",
                       operation="cipher_suites")

        cert_attempt = sr.certificate_info
        resource["certificate"] = None
        resource["other_certificates"] = []
        resource["ocsp_stapling"] = None
        if cert_attempt.status == ScanCommandAttemptStatusEnum.COMPLETED:
            deployments = cert_attempt.result.certificate_deployments
            facts = [certificate_facts(d.received_certificate_chain, hostname=ep.server_name, now=self.now,
                                       store_paths=self.stores) for d in deployments]
            if facts:
                resource["certificate"] = facts[0]
                resource["other_certificates"] = facts[1:]
                resource["ocsp_stapling"] = deployments[0].ocsp_response is not None
            else:
                self.error(ep, "NoCertificate", "the server sent no certificate (anonymous suites only)",
                           field="certificate", operation="certificate_info")
        else:
            self.error(ep, "ScanError", _attempt_error(cert_attempt), field="certificate",
                       operation="certificate_info")

        resource["https"] = ep.speaks_http
        resource["hsts"] = None
        if ep.speaks_http:
            h = sr.http_headers
            if h.status == ScanCommandAttemptStatusEnum.COMPLETED and h.result.http_error_trace is None:
                sts = h.result.strict_transport_security_header
                resource["hsts"] = {"present": sts is not None, "max_age": sts.max_age if sts else None,
                                    "include_subdomains": sts.include_subdomains if sts else None,
                                    "preload": sts.preload if sts else None}
            else:
                detail = (_trace_message(h.result.http_error_trace) if h.status == ScanCommandAttemptStatusEnum.COMPLETED
                          else _attempt_error(h))
                self.error(ep, "HttpRequestFailed", f"HTTP request over TLS failed: {detail}", field="hsts",
                           operation="http_headers")
        resource["plaintext_http"] = self.companion(ep, ip, probe)
        self.builder.add(RESOURCE_TYPE, resource)


def _release_freed_memory() -> None:
    """Hand memory freed by a batch back to the OS (glibc keeps it otherwise; sslyze's
    thousands of short-lived handshakes fragment the heap). A no-op off glibc."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return


def _version_name(version) -> str | None:
    return {"SSL_2_0": "ssl_2_0", "SSL_3_0": "ssl_3_0", "TLS_1_0": "tls_1_0", "TLS_1_1": "tls_1_1",
            "TLS_1_2": "tls_1_2", "TLS_1_3": "tls_1_3"}.get(getattr(version, "name", ""))


def _trace_message(trace) -> str:
    if trace is None:
        return "unknown error"
    text = " ".join(" ".join(trace.format_exception_only()).split())
    for prefix in ("sslyze.errors.", "nassl._nassl.", "nassl."):
        text = text.removeprefix(prefix)
    return text[:300]


def _attempt_error(attempt) -> str:
    reason = getattr(attempt.error_reason, "value", attempt.error_reason)
    return f"{reason}: {_trace_message(attempt.error_trace)}" if attempt.error_trace else str(reason)


def collect_tls(endpoints: list[Endpoint], builder: InventoryBuilder, *, ca_bundle: Path | None = None,
                workers: int = 10, timeout: float = 5.0, retries: int = 2,
                per_endpoint_connections: int = 5, now: dt.datetime | None = None, progress=None,
                batch_size: int | None = None) -> None:
    """Scan every endpoint concurrently and add one ``tls_endpoint`` resource per endpoint.

    ``timeout`` is the per-connection network timeout in seconds; ``workers`` the number
    of endpoints scanned at the same time; ``now`` the clock used for ``days_left``;
    ``progress`` (optional) is called with each endpoint id as it completes; endpoints go
    to sslyze in batches of ``batch_size`` (default ``4 * workers``, at least 16).
    """
    from sslyze import (
        CertificateInfoExtraArgument,
        ProtocolWithOpportunisticTlsEnum,
        ScanCommand,
        ScanCommandsExtraArguments,
        Scanner,
        ServerNetworkConfiguration,
        ServerNetworkLocation,
        ServerScanRequest,
        ServerScanStatusEnum,
    )

    if workers < 1:
        raise InputError("--workers must be at least 1")
    if timeout <= 0:
        raise InputError("--timeout must be positive")
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stores = trust_stores(ca_bundle)
    run = _Run(builder, now, timeout, stores)
    endpoints = list({ep.id: ep for ep in endpoints}.values())
    builder.add_source({"collector": COLLECTOR, "endpoints": [ep.id for ep in endpoints],
                        "ca_bundle": str(ca_bundle) if ca_bundle else None})
    if not endpoints:
        return
    base_commands = {ScanCommand.CERTIFICATE_INFO, ScanCommand.SSL_2_0_CIPHER_SUITES,
                     ScanCommand.SSL_3_0_CIPHER_SUITES, ScanCommand.TLS_1_0_CIPHER_SUITES,
                     ScanCommand.TLS_1_1_CIPHER_SUITES, ScanCommand.TLS_1_2_CIPHER_SUITES,
                     ScanCommand.TLS_1_3_CIPHER_SUITES}
    extra = (ScanCommandsExtraArguments(certificate_info=CertificateInfoExtraArgument(Path(ca_bundle)))
             if ca_bundle else ScanCommandsExtraArguments())

    mysql_ready = install_mysql_hook() if any(ep.starttls == "mysql" for ep in endpoints) else True

    def resolve(ep: Endpoint) -> tuple[str, BaseException | None]:
        """The address, and for a database STARTTLS what one probe connection found."""
        ip = _resolve(ep.host, ep.port)
        if ep.starttls in UPGRADES:
            try:
                probe_starttls(ip, ep.port, ep.starttls, timeout)
            except (OSError, NoTlsOffered, StartTlsError) as exc:
                return ip, exc
        return ip, None

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tls-probe") as pool:
        resolved = {ep.id: pool.submit(resolve, ep) for ep in endpoints}
        requests = []
        by_uuid: dict = {}
        probes: dict[str, Future | None] = {}
        ips: dict[str, str] = {}
        for ep in endpoints:
            try:
                ip, refused = resolved[ep.id].result()
            except (OSError, UnicodeError) as exc:
                builder.add(RESOURCE_TYPE, run.base(ep, None))
                run.error(ep, "DnsError", f"cannot resolve {ep.host}: {exc}", operation="resolve")
                continue
            if refused is not None:
                if isinstance(refused, NoTlsOffered):
                    run.no_tls(ep, ip, str(refused))
                else:
                    run.starttls_failed(ep, ip, refused)
                if progress is not None:
                    progress(ep.id)
                continue
            if ep.starttls == "mysql" and not mysql_ready:
                builder.add(RESOURCE_TYPE, run.base(ep, ip))
                run.error(ep, "StartTlsUnsupported", "this sslyze version has no opportunistic-TLS lookup to "
                          "add the MySQL upgrade to", operation="starttls")
                continue
            ips[ep.id] = ip
            http_port = ep.companion_http_port
            probes[ep.id] = (pool.submit(probe_http, ip, http_port, ep.server_name, timeout)
                             if http_port else None)
            commands = set(base_commands)
            if ep.speaks_http:
                commands.add(ScanCommand.HTTP_HEADERS)
            config = ServerNetworkConfiguration(
                tls_server_name_indication=ep.server_name,
                tls_opportunistic_encryption=(MYSQL if ep.starttls == "mysql"  # type: ignore[arg-type]
                                              else ProtocolWithOpportunisticTlsEnum(_STARTTLS[ep.starttls])
                                              if ep.starttls else None),
                # sslyze annotates an int; the value goes to socket.settimeout, which takes a float
                network_timeout=timeout, network_max_retries=retries)  # type: ignore[arg-type]
            req = ServerScanRequest(server_location=ServerNetworkLocation(ep.host, ep.port, ip_address=ip),
                                    network_configuration=config, scan_commands=commands,
                                    scan_commands_extra_arguments=extra)
            by_uuid[req.uuid] = ep
            requests.append(req)
        # sslyze queues every cipher-suite job of every endpoint once its connectivity test
        # passes, so its memory grows with the number of endpoints given to one Scanner
        # (~10 MiB each); batches keep the peak bounded by ``batch_size`` instead.
        size = batch_size or max(2 * workers, 8)
        for start in range(0, len(requests), size):
            scanner = Scanner(per_server_concurrent_connections_limit=per_endpoint_connections,
                              concurrent_server_scans_limit=workers)
            scanner.queue_scans(requests[start:start + size])
            for result in scanner.get_results():
                ep = by_uuid[result.uuid]
                if result.scan_status != ServerScanStatusEnum.COMPLETED or result.scan_result is None:
                    trace = result.connectivity_error_trace
                    exc_type = str(getattr(trace, "exc_type_str", None) or getattr(
                        getattr(trace, "exc_type", None), "__name__", ""))
                    run.unreachable(ep, ips[ep.id], exc_type, _trace_message(trace), probes[ep.id])
                else:
                    run.scanned(ep, ips[ep.id], result, probes[ep.id])
                if progress is not None:
                    progress(ep.id)
            _release_freed_memory()

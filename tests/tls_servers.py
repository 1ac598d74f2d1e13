"""Real local TLS and plain-HTTP servers for the TLS collector's tests and benchmark.

Certificates are generated with ``cryptography``; servers are Python ``ssl`` sockets
served from threads on 127.0.0.1 and a free port (bind to port 0). Each server answers
one HTTP request per connection with a configurable response (HSTS header or not,
redirect or not), so the collector's HTTP facts can be asserted too.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import subprocess
import tempfile
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

HOST = "127.0.0.1"
NAME = "localhost"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "hipaa-scan tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def new_key(kind: str = "rsa", size: int = 2048):
    if kind == "ec":
        return ec.generate_private_key({256: ec.SECP256R1(), 384: ec.SECP384R1(), 224: ec.SECP224R1()}[size])
    return rsa.generate_private_key(public_exponent=65537, key_size=size)


@dataclass
class CA:
    key: object
    cert: x509.Certificate

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def make_ca(cn: str = "hipaa-scan test root CA", now: dt.datetime | None = None) -> CA:
    now = now or dt.datetime.now(dt.UTC)
    key = new_key("ec", 256)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=30)).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return CA(key, cert)


def make_leaf(ca: CA | None, *, cn: str = NAME, sans: tuple[str, ...] = (NAME, HOST), key_kind: str = "rsa",
              key_size: int = 2048, not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
              hash_alg=None, now: dt.datetime | None = None):
    """A leaf certificate signed by ``ca`` (or self-signed when ``ca`` is None)."""
    now = now or dt.datetime.now(dt.UTC)
    key = new_key(key_kind, key_size)
    alt = []
    for s in sans:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(s)))
        except ValueError:
            alt.append(x509.DNSName(s))
    issuer_name = ca.cert.subject if ca else _name(cn)
    signer = ca.key if ca else key
    builder = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(issuer_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(not_before or now - dt.timedelta(days=1))
               .not_valid_after(not_after or now + dt.timedelta(days=365))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
    if alt:
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    if ca:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False)
    cert = builder.sign(signer, hash_alg or hashes.SHA256())
    return key, cert


def write_pem(directory: Path, stem: str, key, cert: x509.Certificate, chain: tuple[x509.Certificate, ...] = ()):
    certfile = directory / f"{stem}.crt"
    keyfile = directory / f"{stem}.key"
    certfile.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (cert, *chain)))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return certfile, keyfile


@dataclass
class Response:
    """The HTTP response a server sends to any request."""

    status: str = "200 OK"
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b"ok\n"

    def render(self) -> bytes:
        lines = [f"HTTP/1.1 {self.status}", f"Content-Length: {len(self.body)}", "Connection: close",
                 *[f"{k}: {v}" for k, v in self.headers]]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + self.body


HSTS_YEAR = Response(headers=(("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),))
NO_HSTS = Response()


@dataclass
class Server:
    """A threaded TCP server; TLS when ``context`` is given, plaintext otherwise."""

    context: ssl.SSLContext | None
    response: Response = field(default_factory=Response)
    port: int = 0
    _sock: socket.socket | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> Server:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, 0))
        sock.listen(128)
        sock.settimeout(0.2)
        self._sock = sock
        self.port = sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True, name=f"tls-fixture-{self.port}").start()
        return self

    @property
    def target(self) -> str:
        return f"{HOST}:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            if self.context is not None:
                conn = self.context.wrap_socket(conn, server_side=True)
            data = b""
            while b"\r\n\r\n" not in data and len(data) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
                if not data[:1].isalpha():  # not an HTTP request (e.g. a TLS ClientHello): like nginx, 400
                    conn.sendall(Response("400 Bad Request").render())
                    return
            conn.sendall(self.response.render())
        except (OSError, ssl.SSLError):
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def stop(self) -> None:
        self._stop.set()
        if self._sock:
            self._sock.close()


@dataclass
class SmtpStartTlsServer(Server):
    """A minimal SMTP server offering STARTTLS (RFC 3207) with ``context``."""

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        tls = False
        try:
            conn.sendall(b"220 localhost ESMTP hipaa-scan test\r\n")
            buf = b""
            while True:
                while b"\n" not in buf:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    buf += chunk
                line, buf = buf.split(b"\n", 1)
                verb = line.strip().split(b" ")[0].upper()
                if verb in (b"EHLO", b"HELO"):
                    ext = b"" if tls else b"250-STARTTLS\r\n"
                    conn.sendall(b"250-localhost\r\n" + ext + b"250 SIZE 1000000\r\n")
                elif verb == b"STARTTLS" and not tls:
                    conn.sendall(b"220 2.0.0 Ready to start TLS\r\n")
                    conn = self.context.wrap_socket(conn, server_side=True)
                    tls, buf = True, b""
                elif verb == b"QUIT":
                    conn.sendall(b"221 2.0.0 Bye\r\n")
                    return
                else:
                    conn.sendall(b"250 2.0.0 OK\r\n")
        except (OSError, ssl.SSLError):
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass


def server_context(certfile: Path, keyfile: Path, *, minimum=ssl.TLSVersion.TLSv1_2,
                   maximum=ssl.TLSVersion.TLSv1_3, ciphers: str | None = None,
                   tls13_only: bool = False) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if ciphers:
        ctx.set_ciphers(ciphers)
    with warnings.catch_warnings():  # TLSv1/TLSv1_1 are deprecated in Python; served on purpose
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_3 if tls13_only else minimum
        ctx.maximum_version = maximum
    ctx.load_cert_chain(certfile, keyfile)
    return ctx


# RFC 5114 section 2.1: the 1024-bit MODP group with a 160-bit prime order subgroup, a published
# group (no generation at test time) that is weaker than SP 800-52r2's 2048-bit minimum for DHE.
DH1024_PEM = b"""-----BEGIN DH PARAMETERS-----
MIIBCAKBgQCxC4+WoIDgHd6S3l6uXVTsUsmfvPsGo8aaap3KUtI7YWBz4oZ1oj0Y
mDjvHi7mUsAT7LSuqQYRIySXXDzUm4O/rMvdfZDEvXCYSI6cIZpzck7/1vrlZEc4
+qMaT/VbzMChUa9fDci0vUW/N982XBpl5oz9p21NpwjfH7K8LkpDcQKBgQCk0cvV
w/00EmdlpELvuZkF+BBN0lisUH/WQGz/FCZtMSZv6h5cQVZLd35pD1UE8hMWAhe0
sBuIal6RVH+eJ0n01/vX07mpLuGQnQ0iY/gKdqaiTAh6CR9THb8KAWm2oorWYqTR
jnOvoy13nVkY0IvIhY9Nzvl8KiSFXm7rIrOy5Q==
-----END DH PARAMETERS-----
"""


def dh_params(directory: Path, bits: int) -> Path:
    """A DH parameters file: the RFC 5114 1024-bit group, or RFC 7919's ffdhe2048 (from ``openssl
    genpkey``, which writes the named group without generating primes: milliseconds)."""
    path = directory / f"dh{bits}.pem"
    if bits == 1024:
        path.write_bytes(DH1024_PEM)
    else:
        subprocess.run(["openssl", "genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", f"group:ffdhe{bits}",
                        "-out", str(path)], check=True, capture_output=True)
    return path


AEAD_ECDHE = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305"
CBC_STATIC_RSA = "AES128-SHA:AES256-SHA256"
LEGACY = "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0"
DHE = "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384"


class Fixtures:
    """Every deliberately configured server of the test suite, started together."""

    def __init__(self, workdir: Path | None = None, now: dt.datetime | None = None):
        self.now = now or dt.datetime.now(dt.UTC)
        self._tmp = None
        if workdir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="tls-fixtures-")
            workdir = Path(self._tmp.name)
        self.dir = Path(workdir)
        self.ca = make_ca(now=self.now)
        self.ca_bundle = self.dir / "ca.pem"
        self.ca_bundle.write_bytes(self.ca.pem)
        self.servers: dict[str, Server] = {}
        self.certs: dict[str, x509.Certificate] = {}

    def _leaf(self, stem: str, *, ca: CA | None = "default", **kw):
        ca = self.ca if ca == "default" else ca
        key, cert = make_leaf(ca, now=self.now, **kw)
        self.certs[stem] = cert
        return write_pem(self.dir, stem, key, cert)

    def _sha1_leaf(self, stem: str):
        """A CA-signed leaf with a SHA-1 signature. ``cryptography`` refuses to sign with SHA-1,
        so the key and CA come from ``cryptography`` and the signing is done by ``openssl x509``."""
        key = new_key("rsa", 2048)
        keyfile = self.dir / f"{stem}.key"
        keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
        ca_key = self.dir / "ca.key"
        ca_key.write_bytes(self.ca.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption()))
        csr = (x509.CertificateSigningRequestBuilder().subject_name(_name(NAME))
               .sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM))
        (self.dir / f"{stem}.csr").write_bytes(csr)
        ext = self.dir / f"{stem}.ext"
        ext.write_text(f"subjectAltName=DNS:{NAME},IP:{HOST}\nbasicConstraints=critical,CA:FALSE\n"
                       "extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n")
        certfile = self.dir / f"{stem}.crt"
        subprocess.run(["openssl", "x509", "-req", "-in", str(self.dir / f"{stem}.csr"), "-CA", str(self.ca_bundle),
                        "-CAkey", str(ca_key), "-CAcreateserial", "-sha1", "-days", "200", "-extfile", str(ext),
                        "-out", str(certfile)], check=True, capture_output=True)
        self.certs[stem] = x509.load_pem_x509_certificate(certfile.read_bytes())
        return certfile, keyfile

    def add(self, name: str, context: ssl.SSLContext | None, response: Response = NO_HSTS) -> Server:
        srv = Server(context, response).start()
        self.servers[name] = srv
        return srv

    def start_all(self) -> Fixtures:
        good = self._leaf("good")
        good_ec = self._leaf("good_ec", key_kind="ec", key_size=256)
        self.add("tls13_only", server_context(*good, tls13_only=True), HSTS_YEAR)
        self.add("modern", server_context(*good_ec, ciphers=AEAD_ECDHE), HSTS_YEAR)
        self.add("legacy_versions", server_context(*good, minimum=ssl.TLSVersion.TLSv1,
                                                   maximum=ssl.TLSVersion.TLSv1_2, ciphers=LEGACY), HSTS_YEAR)
        self.add("cbc_static_rsa", server_context(*good, maximum=ssl.TLSVersion.TLSv1_2, ciphers=CBC_STATIC_RSA),
                 HSTS_YEAR)
        expired = self._leaf("expired", not_before=self.now - dt.timedelta(days=400),
                             not_after=self.now - dt.timedelta(days=5) + dt.timedelta(hours=1))
        self.add("expired", server_context(*expired, ciphers=AEAD_ECDHE), HSTS_YEAR)
        selfsigned = self._leaf("self_signed", ca=None)
        self.add("self_signed", server_context(*selfsigned, ciphers=AEAD_ECDHE), HSTS_YEAR)
        mismatch = self._leaf("mismatch", cn="other.example", sans=("other.example",))
        self.add("hostname_mismatch", server_context(*mismatch, ciphers=AEAD_ECDHE), HSTS_YEAR)
        weak = self._leaf("rsa1024", key_size=1024)
        self.add("rsa1024", server_context(*weak, ciphers=AEAD_ECDHE + ":@SECLEVEL=0"), HSTS_YEAR)
        sha1 = self._sha1_leaf("sha1")
        self.add("sha1_signed", server_context(*sha1, ciphers=AEAD_ECDHE + ":@SECLEVEL=0"), HSTS_YEAR)
        soon = self._leaf("expiring", not_after=self.now + dt.timedelta(days=10, hours=1))
        self.add("expiring_10d", server_context(*soon, ciphers=AEAD_ECDHE), HSTS_YEAR)
        self.add("no_hsts", server_context(*good, ciphers=AEAD_ECDHE), NO_HSTS)
        self.add("short_hsts", server_context(*good, ciphers=AEAD_ECDHE),
                 Response(headers=(("Strict-Transport-Security", "max-age=300"),)))
        # DHE with a 1024-bit group (OpenSSL's default security level refuses it: level 0 serves it)
        # and with ffdhe2048, next to ECDHE so that both kinds of ephemeral key are reported.
        for bits in (1024, 2048):
            ctx = server_context(*good, maximum=ssl.TLSVersion.TLSv1_2,
                                 ciphers=f"{DHE}:ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0")
            ctx.load_dh_params(str(dh_params(self.dir, bits)))
            self.add(f"dhe{bits}", ctx, HSTS_YEAR)
        smtp = SmtpStartTlsServer(server_context(*good, ciphers=AEAD_ECDHE)).start()
        self.servers["smtp_starttls"] = smtp
        https_port = self.servers["modern"].port
        self.add("http_redirect", None,
                 Response("301 Moved Permanently", (("Location", f"https://{NAME}:{https_port}/"),), b""))
        self.add("http_plain", None, Response())
        return self

    def stop_all(self) -> None:
        for srv in self.servers.values():
            srv.stop()
        if self._tmp:
            self._tmp.cleanup()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound then released)."""
    s = socket.socket()
    s.bind((HOST, 0))
    port = s.getsockname()[1]
    s.close()
    return port


def silent_server() -> tuple[socket.socket, int]:
    """A listening socket that accepts TCP but never speaks (a non-TLS, non-HTTP service)."""
    s = socket.socket()
    s.bind((HOST, 0))
    s.listen(16)
    return s, s.getsockname()[1]

"""The database STARTTLS upgrades: a first probe for PostgreSQL and MySQL/MariaDB, and the
MySQL upgrade sslyze lacks.

sslyze upgrades PostgreSQL itself (``ProtocolWithOpportunisticTlsEnum.POSTGRES``) but has no
MySQL upgrade and no public hook for a custom one: its ``SslConnection`` looks the upgrade up
with ``get_opportunistic_tls_helper``. :func:`install_mysql_hook` wraps that function, so a
network configuration whose ``tls_opportunistic_encryption`` is :data:`MYSQL` gets
:class:`MysqlStartTls` and every other protocol still gets sslyze's own helper.

Before sslyze runs, :func:`probe` opens one connection to tell the three outcomes apart, which
sslyze reports as one "rejected" error:

- the server offers TLS: the scan goes on;
- the server says it offers none (PostgreSQL answers ``N`` to the SSLRequest; a MySQL
  handshake without the ``CLIENT_SSL`` capability): :class:`NoTlsOffered`, a fact the
  collector records as ``tls: false`` (a finding, never a pass);
- anything else (an error packet, a reply that is not the protocol, a closed connection):
  :class:`StartTlsError`, an inventory error (``error``, never a pass).

MySQL client/server protocol (the "Connection Phase" of the MySQL source documentation, and
PyMySQL's ``Connection._request_authentication``): the server speaks first with a packet
(3-byte little-endian length, 1-byte sequence id) holding the Protocol::HandshakeV10: protocol
version 10, the server version (NUL-terminated), a 4-byte connection id, 8 bytes of the
scramble, a filler byte, the low 16 capability bits, then the character set, 2 status bytes
and the high 16 capability bits. A client that wants TLS answers with the SSLRequest packet
(sequence id + 1): its capability flags with ``CLIENT_SSL``, the maximum packet size, a
character set and 23 zero bytes, and starts the TLS handshake on the same connection.
"""

from __future__ import annotations

import socket
import struct
from typing import Any

CLIENT_LONG_PASSWORD = 0x0000_0001
CLIENT_PROTOCOL_41 = 0x0000_0200
CLIENT_SSL = 0x0000_0800
CLIENT_SECURE_CONNECTION = 0x0000_8000
CLIENT_PLUGIN_AUTH = 0x0008_0000
_MAX_PACKET = 16 * 1024 * 1024
_UTF8MB4 = 45  # utf8mb4_general_ci, PyMySQL's default
_PG_SSLREQUEST = b"\x00\x00\x00\x08\x04\xd2\x16\x2f"  # length 8, code 80877103


class NoTlsOffered(Exception):
    """The server answered that it offers no TLS."""


class StartTlsError(Exception):
    """The upgrade could not be read: the server's reply is missing or not the protocol."""


class _Marker(str):
    """The value sslyze gets as ``tls_opportunistic_encryption`` for MySQL (it compares the
    field with its own enum members and tests its truth only)."""

    __slots__ = ()


MYSQL = _Marker("MYSQL")


def _recv_exact(sock: socket.socket, n: int, what: str) -> bytes:
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            got = f"after {len(buf)} of {n} bytes" if buf else "before any byte"
            raise StartTlsError(f"the server closed the connection {got} of the {what}")
        buf += chunk
    return buf


def _printable(raw: bytes, limit: int = 120) -> str:
    text = raw.decode("utf-8", "replace")
    return "".join(c if c.isprintable() else "?" for c in text)[:limit]


def read_mysql_handshake(sock: socket.socket) -> tuple[int, int, str]:
    """Read the server's initial handshake: ``(sequence id, capability flags, server version)``."""
    header = _recv_exact(sock, 4, "MySQL handshake header")
    length, seq = int.from_bytes(header[:3], "little"), header[3]
    if not 1 <= length <= 65535:
        raise StartTlsError(f"not a MySQL handshake: first packet of {length} bytes")
    payload = _recv_exact(sock, length, "MySQL handshake")
    if payload[0] == 0xFF:  # ERR packet: 2-byte code, optional '#' + 5-byte SQL state, message
        code = int.from_bytes(payload[1:3], "little") if length >= 3 else 0
        message = payload[3:]
        if message.startswith(b"#"):
            message = message[6:]
        raise StartTlsError(f"the MySQL server refused the connection: error {code}: {_printable(message)}")
    if payload[0] != 10:
        raise StartTlsError(f"not a MySQL protocol 10 handshake (first byte {payload[0]:#04x})")
    end = payload.find(b"\0", 1)
    if end < 0:
        raise StartTlsError("malformed MySQL handshake: the server version has no terminator")
    version = _printable(payload[1:end], 60)
    low = end + 1 + 4 + 8 + 1  # connection id, scramble part 1, filler
    if len(payload) < low + 2:
        raise StartTlsError(f"malformed MySQL handshake: {len(payload)} bytes, no capability flags")
    caps = int.from_bytes(payload[low:low + 2], "little")
    if len(payload) >= low + 7:  # character set, status flags, high capability bits
        caps |= int.from_bytes(payload[low + 5:low + 7], "little") << 16
    return seq, caps, version


def ssl_request(seq: int, server_caps: int) -> bytes:
    """The SSLRequest packet answering a handshake with sequence id ``seq``."""
    flags = CLIENT_LONG_PASSWORD | CLIENT_PROTOCOL_41 | CLIENT_SSL | CLIENT_SECURE_CONNECTION
    flags |= server_caps & CLIENT_PLUGIN_AUTH
    payload = struct.pack("<IIB23x", flags, _MAX_PACKET, _UTF8MB4)
    return len(payload).to_bytes(3, "little") + bytes([(seq + 1) & 0xFF]) + payload


def mysql_upgrade(sock: socket.socket) -> str:
    """Read the handshake, check ``CLIENT_SSL`` and send the SSLRequest; the caller then does the
    TLS handshake on ``sock``. Returns the server version."""
    seq, caps, version = read_mysql_handshake(sock)
    if not caps & CLIENT_SSL:
        raise NoTlsOffered(f"the MySQL server ({version}) offers no TLS: its handshake lacks the CLIENT_SSL "
                           "capability")
    sock.sendall(ssl_request(seq, caps))
    return version


def postgres_upgrade(sock: socket.socket) -> None:
    """Send PostgreSQL's SSLRequest and read the one-byte answer (``S`` to go on)."""
    sock.sendall(_PG_SSLREQUEST)
    answer = _recv_exact(sock, 1, "PostgreSQL SSLRequest answer")
    if answer == b"N":
        raise NoTlsOffered("the PostgreSQL server offers no TLS: it answered N to the SSLRequest (ssl = off)")
    if answer != b"S":
        raise StartTlsError(f"not a PostgreSQL SSLRequest answer (first byte {answer!r})")


UPGRADES = {"postgres": postgres_upgrade, "mysql": mysql_upgrade}


def probe(ip: str, port: int, starttls: str, timeout: float) -> None:
    """One connection: raise :class:`NoTlsOffered` or :class:`StartTlsError` (or ``OSError`` when
    it cannot connect); return when the server offers TLS. The connection is closed before any
    TLS handshake."""
    with socket.create_connection((ip, port), timeout=timeout) as sock:
        UPGRADES[starttls](sock)


class MysqlStartTls:
    """sslyze's opportunistic-TLS helper interface for MySQL/MariaDB."""

    def prepare_socket_for_tls_handshake(self, sock: socket.socket) -> None:
        from sslyze.connection_helpers.opportunistic_tls_helpers import OpportunisticTlsError

        try:
            mysql_upgrade(sock)
        except (NoTlsOffered, StartTlsError) as exc:
            raise OpportunisticTlsError(str(exc)) from None


def install_mysql_hook() -> bool:
    """Make sslyze's connections upgrade :data:`MYSQL` with :class:`MysqlStartTls` (idempotent).
    False when this sslyze has no such lookup (then MySQL endpoints cannot be scanned)."""
    try:
        from sslyze.connection_helpers import tls_connection
    except ImportError:  # pragma: no cover - sslyze is the extra's own dependency
        return False
    original = getattr(tls_connection, "get_opportunistic_tls_helper", None)
    if original is None:
        return False
    if getattr(original, "hipaa_scan_mysql", False):
        return True

    def lookup(protocol: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(protocol, _Marker):  # MYSQL, or a copy sslyze made of it
            return MysqlStartTls()
        return original(protocol, *args, **kwargs)

    lookup.hipaa_scan_mysql = True  # type: ignore[attr-defined]
    tls_connection.get_opportunistic_tls_helper = lookup
    return True

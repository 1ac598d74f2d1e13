"""Plain-HTTP facts: does a port answer HTTP without TLS, and does it redirect to HTTPS?"""

from __future__ import annotations

import re
import socket

_STATUS_RE = re.compile(rb"^HTTP/\d(?:\.\d)?\s+(\d{3})")
_REDIRECTS = {301, 302, 303, 307, 308}


class ProbeError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def probe_http(ip: str, port: int, host: str, timeout: float) -> dict:
    """Send one ``GET /`` in plaintext. Connection refused means no listener (a fact);
    a timeout or a non-HTTP answer raises :class:`ProbeError` (the caller records it)."""
    request = (f"GET / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: hipaa-scan\r\nAccept: */*\r\n"
               f"Connection: close\r\n\r\n").encode("ascii", "replace")
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect((ip, port))
            sock.sendall(request)
            data = b""
            while b"\r\n\r\n" not in data and len(data) < 65536:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                data += chunk
                if not b"HTTP/".startswith(data[:5]):  # another protocol answered (SMTP banner, TLS alert)
                    break
    except ConnectionRefusedError:
        return {"port": port, "present": False, "status": None, "location": None, "redirects_to_https": None}
    except TimeoutError:
        raise ProbeError("Timeout", f"no HTTP answer on port {port} within {timeout:g}s") from None
    except OSError as exc:
        raise ProbeError("ConnectionFailed", f"port {port}: {exc.strerror or exc}") from None
    m = _STATUS_RE.match(data)
    if not m:
        raise ProbeError("NotHttp", f"port {port} did not answer with HTTP")
    status = int(m.group(1))
    location = None
    head = data.split(b"\r\n\r\n", 1)[0].decode("iso-8859-1")
    for line in head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "location":
            location = value.strip()
            break
    redirects = status in _REDIRECTS and location is not None and location.lower().startswith("https://")
    return {"port": port, "present": True, "status": status, "location": location, "redirects_to_https": redirects}

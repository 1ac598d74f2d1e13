"""A real OpenSSH server on 127.0.0.1 for the host collector's tests and benchmark.

Two ``/usr/sbin/sshd`` processes (Debian openssh-server) listen on free ports:
- ``port``: a normal login, whose configuration is deliberately mixed so that some
  SSH controls pass and some fail (see ``EXPECTED_SSH``);
- ``hang_port``: the same configuration, but every command is forced to ``sleep 30``
  (for command timeouts).
It runs as the current user (root in CI), with a generated host key and a client key
authorised through ``AuthorizedKeysFile`` in a temporary directory; ``wrong_key`` is a
key that is not authorised (for authentication failures).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SSHD = "/usr/sbin/sshd"

# The mixed configuration: which SSH controls pass and which fail against it.
SSHD_CONFIG = """\
Port {port}
ListenAddress 127.0.0.1
HostKey {dir}/host_ed25519
PidFile {dir}/sshd.pid
AuthorizedKeysFile {dir}/authorized_keys
StrictModes no
UsePAM no
MaxStartups 200:30:400
MaxSessions 20
# HOST-SSH-01 pass, -03 pass, -05 pass (300 x 3 = 900 s), -08 pass, -09 pass, -12 pass
PasswordAuthentication no
PermitEmptyPasswords no
ClientAliveInterval 300
ClientAliveCountMax 3
KexAlgorithms curve25519-sha256,diffie-hellman-group16-sha512
LoginGraceTime 30
HostbasedAuthentication no
IgnoreRhosts yes
# HOST-SSH-02 fail (not "no"), -04 fail (6 > 4), -06 fail (CBC), -07 fail (SHA-1 MAC), -10 fail, -11 fail
PermitRootLogin prohibit-password
MaxAuthTries 6
Ciphers aes256-gcm@openssh.com,aes128-ctr,aes128-cbc
MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-256,hmac-sha1
X11Forwarding yes
Banner none
# HOST-SSH-13, -14, -16, -17, -18 pass; -15 fail (StrictModes no), -19 fail (UsePAM no), -20 fail (MaxSessions 20),
# -22 fail (no AllowUsers/AllowGroups); -21 fail: the global "no" is loosened by the Match LocalPort block below,
# which only `sshd -T -C ...,lport=PORT` shows
PermitUserEnvironment no
LogLevel VERBOSE
Compression no
GSSAPIAuthentication no
KerberosAuthentication no
AllowTcpForwarding no
{extra}Match LocalPort {port}
    AllowTcpForwarding yes
"""

EXPECTED_SSH = {
    "HOST-SSH-01": "pass", "HOST-SSH-02": "fail", "HOST-SSH-03": "pass", "HOST-SSH-04": "fail",
    "HOST-SSH-05": "pass", "HOST-SSH-06": "fail", "HOST-SSH-07": "fail", "HOST-SSH-08": "pass",
    "HOST-SSH-09": "pass", "HOST-SSH-10": "fail", "HOST-SSH-11": "fail", "HOST-SSH-12": "pass",
    "HOST-SSH-13": "pass", "HOST-SSH-14": "pass", "HOST-SSH-15": "fail", "HOST-SSH-16": "pass",
    "HOST-SSH-17": "pass", "HOST-SSH-18": "pass", "HOST-SSH-19": "fail", "HOST-SSH-20": "fail",
    "HOST-SSH-21": "fail", "HOST-SSH-22": "fail",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class SSHServer:
    dir: Path
    port: int
    hang_port: int
    user: str
    key: Path
    wrong_key: Path
    known_hosts: Path
    config: Path
    proc: subprocess.Popen | None = None
    hang_proc: subprocess.Popen | None = None

    def target(self, name: str | None = None, port: int | None = None, key: Path | None = None, **extra) -> dict:
        """A hosts.yaml entry for this server."""
        entry = {"host": "127.0.0.1", "port": port or self.port, "user": self.user, "key": str(key or self.key),
                 "agent": False, "sshd_config": str(self.config)}
        if name:
            entry["name"] = name
        entry.update(extra)
        return entry

    def stop(self) -> None:
        for proc in (self.proc, self.hang_proc):
            if proc and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def _keygen(path: Path) -> None:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)


def start_sshd(workdir: Path) -> SSHServer:
    """Start sshd in the foreground (-D) on two free ports; wait until it accepts."""
    if not os.path.exists(SSHD):
        pytest.skip("openssh-server is not installed (apt-get install openssh-server; make deps-system)")
    workdir.mkdir(parents=True, exist_ok=True)
    os.makedirs("/run/sshd", mode=0o755, exist_ok=True)  # privilege separation directory
    _keygen(workdir / "host_ed25519")
    _keygen(workdir / "client")
    _keygen(workdir / "wrong")
    shutil.copy(workdir / "client.pub", workdir / "authorized_keys")
    port, hang_port = free_port(), free_port()
    config = workdir / "sshd_config"
    config.write_text(SSHD_CONFIG.format(port=port, dir=workdir, extra=""))
    hang_config = workdir / "sshd_config_hang"
    hang_config.write_text(SSHD_CONFIG.format(port=hang_port, dir=workdir, extra="ForceCommand /bin/sleep 30\n")
                           .replace("sshd.pid", "sshd_hang.pid"))
    hostpub = (workdir / "host_ed25519.pub").read_text().split()
    known = workdir / "known_hosts"
    known.write_text("".join(f"[127.0.0.1]:{p} {hostpub[0]} {hostpub[1]}\n" for p in (port, hang_port)))
    proc = subprocess.Popen([SSHD, "-D", "-e", "-f", str(config)], stdout=subprocess.DEVNULL,
                            stderr=open(workdir / "sshd.log", "wb"))
    hang = subprocess.Popen([SSHD, "-D", "-e", "-f", str(hang_config)], stdout=subprocess.DEVNULL,
                            stderr=open(workdir / "sshd_hang.log", "wb"))
    server = SSHServer(workdir, port, hang_port, pwd.getpwuid(os.getuid()).pw_name, workdir / "client",
                       workdir / "wrong", known, config, proc, hang)
    try:
        for p, pr in ((port, proc), (hang_port, hang)):
            _wait_listening(p, pr, workdir)
    except BaseException:
        server.stop()
        raise
    return server


def _wait_listening(port: int, proc: subprocess.Popen, workdir: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"sshd exited: {(workdir / 'sshd.log').read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                if s.recv(4).startswith(b"SSH-"):
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("sshd did not start listening")


@pytest.fixture(scope="module")
def sshd(tmp_path_factory):
    server = start_sshd(tmp_path_factory.mktemp("sshd"))
    yield server
    server.stop()

"""Private PostgreSQL and MariaDB servers for tests, the demo and benchmarks.

Each server is a real Debian binary (``postgresql``: initdb + pg_ctl; ``mariadb-server``:
mariadb-install-db + mariadbd) started in its own temporary data directory on a free
127.0.0.1 port, and stopped (data removed) by ``stop()``. When the process runs as root
the server runs as an unprivileged user (``HIPAA_TEST_DB_USER``, default ``nobody``) that
owns the data directory. Missing binaries raise :class:`ServerUnavailable`; the pytest
fixtures turn that into a skip with the reason.

Stable API (other tests copy this module; keep it backwards compatible)::

    server = start_postgres(tmpdir, settings={"log_connections": "on"},
                            hba=["hostssl all all 127.0.0.1/32 scram-sha-256"], tls=True)
    server.host, server.port, server.superuser, server.password, server.ca_file
    server.dsn(user="audit", dbname="postgres", password=None, sslmode="verify-full")
    server.sql("CREATE ROLE audit LOGIN PASSWORD 'x'")          # as the superuser, autocommit
    server.stop()

    maria = start_mariadb(tmpdir, settings={"require_secure_transport": "ON"}, tls=True)
    maria.dsn(user="audit"); maria.sql("CREATE USER ..."); maria.stop()

    pg = postgres_fixture(scope="module", settings={...})   # a pytest fixture yielding a PgServer
    maria = mariadb_fixture(scope="module", settings={...})

``settings`` are written to the server's configuration as given (values are strings,
numbers or booleans). ``hba`` replaces pg_hba.conf (default: scram-sha-256 for 127.0.0.1,
hostssl when ``tls``). ``tls`` makes a private CA and a server certificate for 127.0.0.1 and
``localhost`` with ``cryptography`` (``ca_file`` is the CA for clients).
``preload`` lists shared libraries (PostgreSQL) or plugins (MariaDB) to load;
:func:`pgaudit_available` says whether Debian's ``postgresql-<ver>-pgaudit`` is installed.
"""

from __future__ import annotations

import datetime as dt
import glob
import ipaddress
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

HOST = "127.0.0.1"
SERVER_USER = os.environ.get("HIPAA_TEST_DB_USER", "nobody")


class ServerUnavailable(RuntimeError):
    """The server's binaries are not installed (or it could not start): the reason is the message."""


# ------------------------------------------------------------------ shared plumbing

def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _as_root() -> bool:
    return os.geteuid() == 0


def _run_as(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess:
    """Run ``cmd`` as the unprivileged server user when we are root."""
    if _as_root():
        cmd = ["runuser", "-u", SERVER_USER, "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def _chown_tree(path: Path) -> None:
    if not _as_root():
        return
    pw = pwd.getpwnam(SERVER_USER)
    for root, dirs, files in os.walk(path):
        os.chown(root, pw.pw_uid, pw.pw_gid)
        for name in dirs + files:
            os.chown(os.path.join(root, name), pw.pw_uid, pw.pw_gid)


def _workdir(prefix: str) -> Path:
    """A fresh directory the server user can reach (pytest's tmp dirs are 0700 root)."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o700)
    _chown_tree(path)
    return path


@dataclass
class Tls:
    ca_file: Path
    cert_file: Path
    key_file: Path


def make_tls(directory: Path, *, names: Iterable[str] = ("localhost", HOST)) -> Tls:
    """A private CA and a server certificate for ``names`` (PEM files in ``directory``)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "hipaa-scan tests"),
                          x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("hipaa-scan db test CA")).issuer_name(name("hipaa-scan db test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    alt: list[x509.GeneralName] = []
    for n in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(n)))
        except ValueError:
            alt.append(x509.DNSName(n))
    leaf = (x509.CertificateBuilder().subject_name(name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            # the key identifiers and server-auth usage RFC 5280 profile validation (the TLS
            # collector's trust check) requires of a chain
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    tls = Tls(directory / "ca.pem", directory / "server.crt", directory / "server.key")
    tls.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    tls.cert_file.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    tls.key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    tls.key_file.chmod(0o600)
    return tls


def _conf_value(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


# ------------------------------------------------------------------ PostgreSQL

def postgres_bindir() -> Path:
    """The newest /usr/lib/postgresql/<ver>/bin with initdb (``HIPAA_TEST_PG_BIN`` overrides)."""
    override = os.environ.get("HIPAA_TEST_PG_BIN")
    candidates = [override] if override else sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                                    key=lambda p: int(Path(p).parent.name)
                                                    if Path(p).parent.name.isdigit() else 0)
    for path in reversed(candidates):
        if path and (Path(path) / "initdb").exists() and (Path(path) / "pg_ctl").exists():
            return Path(path)
    raise ServerUnavailable("PostgreSQL is not installed (Debian package 'postgresql': no "
                            "/usr/lib/postgresql/<ver>/bin/initdb)")


def pgaudit_available() -> bool:
    try:
        bindir = postgres_bindir()
    except ServerUnavailable:
        return False
    return (bindir.parent / "lib" / "pgaudit.so").exists()


@dataclass
class PgServer:
    """A running private PostgreSQL server."""

    host: str
    port: int
    superuser: str
    password: str
    root: Path
    bindir: Path
    tls: Tls | None = None
    version: int = 0
    _stopped: bool = field(default=False, repr=False)

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    @property
    def ca_file(self) -> Path | None:
        return self.tls.ca_file if self.tls else None

    def dsn(self, user: str | None = None, dbname: str = "postgres", password: str | None = None,
            **params: str) -> str:
        """``postgresql://user[:password]@127.0.0.1:port/dbname?params`` (no password unless given)."""
        auth = quote(user or self.superuser, safe="")
        if password is not None:
            auth += ":" + quote(password, safe="")
        query = "&".join(f"{k}={quote(str(v), safe='')}" for k, v in params.items())
        return f"postgresql://{auth}@{self.host}:{self.port}/{quote(dbname, safe='')}" + (f"?{query}" if query else "")

    def connect(self, user: str | None = None, password: str | None = None, dbname: str = "postgres",
                **kw: Any) -> Any:
        """A psycopg connection (autocommit), by default as the superuser."""
        import psycopg

        if user is None:
            user, password = self.superuser, self.password
        if self.tls and "sslmode" not in kw:
            kw["sslmode"] = "require"
        kw.setdefault("host", self.host)
        return psycopg.connect(port=self.port, user=user, password=password, dbname=dbname,
                               autocommit=True, connect_timeout=10, **kw)

    def sql(self, *statements: str, dbname: str = "postgres") -> list[list[tuple]]:
        """Run statements as the superuser (autocommit); the rows of each."""
        out: list[list[tuple]] = []
        with self.connect(dbname=dbname) as conn:
            for statement in statements:
                cur = conn.execute(statement)
                out.append(cur.fetchall() if cur.description else [])
        return out

    def reload(self) -> None:
        self.sql("SELECT pg_reload_conf()")

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        _run_as([str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "-t", "30", "stop"],
                timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres(tmpdir: Path | str | None = None, *, settings: dict[str, Any] | None = None,
                   hba: list[str] | None = None, tls: bool = False, preload: Iterable[str] = (),
                   checksums: bool = False, superuser: str = "admin", password: str | None = None,
                   timeout: float = 60) -> PgServer:
    """initdb + pg_ctl start a private PostgreSQL on a free 127.0.0.1 port.

    ``tmpdir`` is accepted for symmetry with pytest's tmp dirs but the data directory is made
    in the system temporary directory (the unprivileged server user must reach it).
    """
    del tmpdir
    bindir = postgres_bindir()
    version = int(bindir.parent.name) if bindir.parent.name.isdigit() else 0
    password = password or secrets.token_urlsafe(16)
    root = _workdir("hipaa-pg-")
    try:
        pwfile = root / "pw"
        pwfile.write_text(password + "\n")
        _chown_tree(root)
        cmd = [str(bindir / "initdb"), "-D", str(root / "data"), "-U", superuser, "--pwfile", str(pwfile),
               "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C", "--no-sync"]
        if checksums:
            cmd.append("--data-checksums")
        res = _run_as(cmd, timeout=timeout)
        pwfile.unlink()
        if res.returncode:
            raise ServerUnavailable(f"initdb failed: {res.stderr.strip()[-500:]}")
        tls_files = None
        if tls:
            tls_files = make_tls(root)
            _chown_tree(root)
        port = free_port()
        conf: dict[str, Any] = {"listen_addresses": HOST, "port": port, "unix_socket_directories": str(root),
                                "fsync": "off", "shared_buffers": "16MB", "max_connections": 60,
                                "password_encryption": "scram-sha-256"}
        libs = list(preload)
        if libs:
            conf["shared_preload_libraries"] = ",".join(libs)
        if tls_files:
            conf.update({"ssl": "on", "ssl_cert_file": str(tls_files.cert_file),
                         "ssl_key_file": str(tls_files.key_file), "ssl_ca_file": str(tls_files.ca_file)})
        conf.update(settings or {})
        with (root / "data" / "postgresql.conf").open("a") as fh:
            fh.write("\n# hipaa-scan test server\n")
            for key, value in conf.items():
                fh.write(f"{key} = '{_conf_value(value)}'\n")
        if hba is None:
            kind = "hostssl" if tls else "host"
            hba = ["local all all scram-sha-256", f"{kind} all all 127.0.0.1/32 scram-sha-256"]
        (root / "data" / "pg_hba.conf").write_text("\n".join(hba) + "\n")
        _chown_tree(root)
        res = _run_as([str(bindir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "server.log"), "-w",
                       "-t", str(int(timeout)), "start"], timeout=timeout + 10)
        if res.returncode:
            log = (root / "server.log").read_text(errors="replace")[-1500:] if (root / "server.log").exists() else ""
            raise ServerUnavailable(f"PostgreSQL did not start: {res.stderr.strip()[-500:]} {log}")
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return PgServer(HOST, port, superuser, password, root, bindir, tls_files, version)


# ------------------------------------------------------------------ MariaDB

def mariadb_binaries() -> tuple[Path, Path]:
    """(mariadb-install-db, mariadbd), or :class:`ServerUnavailable`."""
    install = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
    server = next((p for p in ("/usr/sbin/mariadbd", "/usr/sbin/mysqld", shutil.which("mariadbd")) if p and
                   Path(p).exists()), None)
    if not install or not server:
        raise ServerUnavailable("MariaDB is not installed (Debian package 'mariadb-server': no "
                                "mariadb-install-db / mariadbd)")
    return Path(install), Path(server)


@dataclass
class MariaDbServer:
    """A running private MariaDB server (``superuser`` has ALL PRIVILEGES WITH GRANT OPTION)."""

    host: str
    port: int
    superuser: str
    password: str
    root: Path
    proc: subprocess.Popen
    tls: Tls | None = None
    _stopped: bool = field(default=False, repr=False)

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    @property
    def socket_path(self) -> Path:
        return self.root / "mysqld.sock"

    @property
    def ca_file(self) -> Path | None:
        return self.tls.ca_file if self.tls else None

    def dsn(self, user: str | None = None, dbname: str = "", password: str | None = None, **params: str) -> str:
        """``mysql://user[:password]@127.0.0.1:port/dbname?params`` (no password unless given)."""
        auth = quote(user or self.superuser, safe="")
        if password is not None:
            auth += ":" + quote(password, safe="")
        query = "&".join(f"{k}={quote(str(v), safe='')}" for k, v in params.items())
        return f"mysql://{auth}@{self.host}:{self.port}/{quote(dbname, safe='')}" + (f"?{query}" if query else "")

    def connect(self, user: str | None = None, password: str | None = None, **kw: Any) -> Any:
        """A PyMySQL connection (autocommit), by default as the superuser over the unix socket."""
        import pymysql

        if user is None:
            return pymysql.connect(unix_socket=str(self.socket_path), user=self.superuser, password=self.password,
                                   autocommit=True, connect_timeout=10, **kw)
        return pymysql.connect(host=self.host, port=self.port, user=user, password=password or "",
                               autocommit=True, connect_timeout=10, **kw)

    def sql(self, *statements: str) -> list[list[tuple]]:
        out: list[list[tuple]] = []
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                for statement in statements:
                    cur.execute(statement)
                    out.append(list(cur.fetchall()) if cur.description else [])
        finally:
            conn.close()
        return out

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        try:  # the data is thrown away: SIGKILL the server itself (runuser would not forward it)
            os.kill(int((self.root / "mysqld.pid").read_text().strip()), signal.SIGKILL)
        except (OSError, ValueError):
            self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)


def start_mariadb(tmpdir: Path | str | None = None, *, settings: dict[str, Any] | None = None, tls: bool = False,
                  preload: Iterable[str] = (), superuser: str = "admin", password: str | None = None,
                  superuser_host: str = "%", timeout: float = 60) -> MariaDbServer:
    """mariadb-install-db + mariadbd: a private MariaDB on a free 127.0.0.1 port.

    ``settings`` become ``--name=value`` options (booleans ON/OFF); ``preload`` are plugins
    (``server_audit``, ``simple_password_check``, ...) loaded with ``--plugin-load-add``.
    The superuser is created with a password, for ``superuser_host``; as
    mariadb-secure-installation does, anonymous and non-localhost root accounts are dropped
    and root@localhost authenticates only over the unix socket.
    """
    del tmpdir
    install, server_bin = mariadb_binaries()
    password = password or secrets.token_urlsafe(16)
    root = _workdir("hipaa-maria-")
    proc: subprocess.Popen | None = None
    try:
        res = _run_as([str(install), "--no-defaults", f"--datadir={root / 'data'}", "--auth-root-authentication-method=normal",
                       "--skip-test-db", "--skip-name-resolve", "--innodb-buffer-pool-size=16M"], timeout=timeout,
                      cwd="/")
        if res.returncode:
            raise ServerUnavailable(f"mariadb-install-db failed: {(res.stdout + res.stderr).strip()[-800:]}")
        tls_files = None
        if tls:
            tls_files = make_tls(root)
            _chown_tree(root)
        port = free_port()
        args = [str(server_bin), "--no-defaults", f"--datadir={root / 'data'}", f"--port={port}",
                f"--bind-address={HOST}", f"--socket={root / 'mysqld.sock'}", f"--pid-file={root / 'mysqld.pid'}",
                f"--log-error={root / 'error.log'}", "--skip-name-resolve", "--innodb-buffer-pool-size=16M",
                "--innodb-log-file-size=8M", "--skip-log-bin" if "log_bin" not in (settings or {}) else "--log-bin",
                "--max-connections=100"]
        if tls_files:
            args += [f"--ssl-ca={tls_files.ca_file}", f"--ssl-cert={tls_files.cert_file}",
                     f"--ssl-key={tls_files.key_file}"]
        for plugin in preload:
            args.append(f"--plugin-load-add={plugin}")
        for key, value in (settings or {}).items():
            if key == "log_bin":
                continue
            val = ("ON" if value else "OFF") if isinstance(value, bool) else str(value)
            args.append(f"--{key.replace('_', '-')}={val}")
        if _as_root():
            args = ["runuser", "-u", SERVER_USER, "--", *args]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/")
        server = MariaDbServer(HOST, port, superuser, password, root, proc, tls_files)
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log = (root / "error.log").read_text(errors="replace")[-1500:] if (root / "error.log").exists() else ""
                raise ServerUnavailable(f"mariadbd exited ({proc.returncode}): {log}")
            if server.socket_path.exists():
                try:
                    import pymysql

                    conn = pymysql.connect(unix_socket=str(server.socket_path), user="root", password="",
                                           autocommit=True, connect_timeout=5)
                    break
                except pymysql.err.OperationalError:
                    pass
            if time.monotonic() > deadline:
                raise ServerUnavailable("mariadbd did not accept connections in time")
            time.sleep(0.1)
        try:
            with conn.cursor() as cur:
                # as mariadb-secure-installation: no anonymous or remote root account; root only over the socket
                cur.execute("SELECT user, host FROM mysql.user WHERE user = '' OR (user = 'root' AND host <> 'localhost')")
                for user, host in cur.fetchall():
                    cur.execute(f"DROP USER '{user}'@'{host}'")
                cur.execute("ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket")
                for host in {superuser_host, "localhost"}:
                    secret = pymysql.converters.escape_string(password)
                    cur.execute(f"CREATE USER '{superuser}'@'{host}' IDENTIFIED BY '{secret}'")
                    cur.execute(f"GRANT ALL PRIVILEGES ON *.* TO '{superuser}'@'{host}' WITH GRANT OPTION")
        finally:
            conn.close()
    except BaseException:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server


# ------------------------------------------------------------------ pytest fixtures

def postgres_fixture(scope: str = "module", **start_kwargs: Any) -> Any:
    """A pytest fixture yielding a :class:`PgServer` started with ``start_kwargs`` (skip if absent)."""
    import pytest

    @pytest.fixture(scope=scope)  # type: ignore[call-overload]
    def _postgres() -> Iterator[PgServer]:
        try:
            server = start_postgres(**start_kwargs)
        except ServerUnavailable as exc:
            pytest.skip(str(exc))
        try:
            yield server
        finally:
            server.stop()

    return _postgres


def mariadb_fixture(scope: str = "module", **start_kwargs: Any) -> Any:
    """A pytest fixture yielding a :class:`MariaDbServer` started with ``start_kwargs`` (skip if absent)."""
    import pytest

    @pytest.fixture(scope=scope)  # type: ignore[call-overload]
    def _mariadb() -> Iterator[MariaDbServer]:
        try:
            server = start_mariadb(**start_kwargs)
        except ServerUnavailable as exc:
            pytest.skip(str(exc))
        try:
            yield server
        finally:
            server.stop()

    return _mariadb

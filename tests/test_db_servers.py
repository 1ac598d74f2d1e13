"""tests/db_servers.py itself: a private PostgreSQL and MariaDB start, answer over TLS, stop."""

from __future__ import annotations

from tests.db_servers import mariadb_fixture, pgaudit_available, postgres_fixture

pg = postgres_fixture(tls=True, checksums=True, settings={"log_connections": True},
                      preload=["pgaudit"] if pgaudit_available() else [])
maria = mariadb_fixture(tls=True, settings={"require_secure_transport": True})


def test_postgres_server_answers_over_tls(pg):
    assert pg.sql("SHOW ssl", "SHOW data_checksums", "SHOW log_connections") == [[("on",)], [("on",)], [("on",)]]
    pg.sql("CREATE ROLE probe LOGIN PASSWORD 'pw'")
    with pg.connect(user="probe", password="pw", sslmode="verify-full", sslrootcert=str(pg.ca_file),
                    host="localhost") as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("probe",)
    assert pg.dsn(user="probe", sslmode="verify-full").endswith(f"@127.0.0.1:{pg.port}/postgres?sslmode=verify-full")


def test_mariadb_server_answers_over_tls(maria):
    conn = maria.connect(user=maria.superuser, password=maria.password, ssl={"ca": str(maria.ca_file)})
    try:
        with conn.cursor() as cur:
            cur.execute("SHOW STATUS LIKE 'Ssl_version'")
            assert cur.fetchone()[1].startswith("TLSv1.")
    finally:
        conn.close()
    users = {(u, h) for u, h in maria.sql("SELECT user, host FROM mysql.user")[0]}
    assert ("root", "127.0.0.1") not in users and ("admin", "%") in users

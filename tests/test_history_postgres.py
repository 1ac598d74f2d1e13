"""The history store on a real PostgreSQL server (Debian's postgresql, started privately on a free
127.0.0.1 port by tests/db_servers.py): the same record / rebuild / diff as on SQLite, a newer
schema refused, a failure mid-record rolled back, and concurrent --record from parallel
processes into one fresh store (the first-run migration included): nothing lost, nothing mixed."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hipaa_scan.scanner.history.store import Store, StoreError, normalise_url
from tests.db_servers import postgres_fixture
from tests.test_history import INVENTORY, make_pair

pytest.importorskip("sqlalchemy")
pytest.importorskip("psycopg")

pg = postgres_fixture(scope="session")
HIPAA_SCAN = str(Path(sys.executable).with_name("hipaa-scan"))


def database(server, name: str) -> str:
    server.sql(f'CREATE DATABASE "{name}"')
    return server.dsn(password=server.password, dbname=name)


def test_record_rebuild_and_diff_on_postgresql(pg):
    a, b, expected = make_pair()
    url = database(pg, "h_basic")
    with Store.open(normalise_url(url)) as st:
        assert st.is_postgresql and "***" in st.where and pg.password not in st.where
        for doc in (a, b):
            with st.recording(doc):
                pass
        latest = st.resolve("latest")
        prev = st.resolve("previous", of=latest.pk)
        d = st.diff(prev.pk, latest.pk)
        assert {(c.control_id, c.resource_id) for c in d.new_failures} == expected["new_failures"]
        assert {(c.control_id, c.resource_id) for c in d.fixed} == expected["fixed"]
        assert set(d.removed_resources) == expected["removed_resources"]
        assert json.dumps(st.results(prev.pk)) == json.dumps(a)
        blobs = st.counts()["evidence"]
        again = copy.deepcopy(a)
        again["scan"]["id"], again["scan"]["started_at"] = "again", "2026-05-01T00:00:00Z"
        with st.recording(again):
            pass
        assert st.counts()["evidence"] == blobs  # evidence stored once per distinct content
        with pytest.raises(StoreError, match="already recorded"):
            with st.recording(again):
                pass
    pg.sql("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
           "IF NEW.ordinal = 7 THEN RAISE EXCEPTION 'connection lost (simulated)'; END IF; RETURN NEW; END $$",
           "CREATE TRIGGER boom BEFORE INSERT ON findings FOR EACH ROW EXECUTE FUNCTION boom()", dbname="h_basic")
    third = copy.deepcopy(a)
    third["scan"]["id"], third["scan"]["started_at"] = "third", "2026-06-01T00:00:00Z"
    with Store.open(normalise_url(url)) as st:
        before = st.counts()
        with pytest.raises(StoreError, match="cannot record the scan: connection lost"):
            with st.recording(third):
                pass
        assert st.counts() == before
    pg.sql("UPDATE alembic_version SET version_num = '0042'", dbname="h_basic")
    with pytest.raises(StoreError, match="newer hipaa-scan .schema revision 0042"):
        Store.open(normalise_url(url))


def test_concurrent_record_from_parallel_processes_loses_and_mixes_nothing(pg, tmp_path):
    url = database(pg, "h_shards")  # empty: the parallel first runs also race to create the schema
    procs = []
    for i in range(4):
        inv = copy.deepcopy(INVENTORY)
        account = f"11112222333{i}"
        inv["sources"] = [{"collector": "aws", "account": account, "regions": ["us-east-1"]}]
        buckets = []
        for j in range(40):
            buckets.append({"id": f"arn:aws:s3:::shard{i}-{j}", "name": f"shard{i}-{j}", "account": account,
                            "region": "us-east-1", "encryption": {"enabled": j % 3 == 0}, "versioning": "Enabled"})
        inv["resources"] = {"aws_s3_bucket": buckets}
        (tmp_path / f"inv{i}.json").write_text(json.dumps(inv))
        procs.append(subprocess.Popen([HIPAA_SCAN, "evaluate", str(tmp_path / f"inv{i}.json"), "-o",
                                       str(tmp_path / f"r{i}.json"), "--record", "--store", url, "--fail-on", "never"],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
        assert "recorded scan" in err and pg.password not in err
    with Store.open(normalise_url(url)) as st:
        rows = st.list_scans()
        assert len(rows) == 4
        for i in range(4):
            mine = json.loads((tmp_path / f"r{i}.json").read_text())
            (row,) = [r for r in rows if r.scan_id == mine["scan"]["id"]]
            assert row.accounts == [f"11112222333{i}"] and row.total == len(mine["findings"])
            assert st.results(row.pk) == mine  # every finding back, none of another shard's
            others = {f["resource"]["id"] for f in st.results(row.pk)["findings"] if f["resource"]}
            assert all(x.startswith(f"arn:aws:s3:::shard{i}-") for x in others)
        assert st.revision() == "0001"

"""The scan history store on SQLite: recording, exact drift, trend, show, export + Ed25519 verify,
prune, the store URL's precedence, and every fault (unreachable, corrupted, newer schema, a
failure mid-record). In-process (click's CliRunner) except where the exit path matters."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from hipaa_scan.scanner.cli import cli
from hipaa_scan.scanner.history.store import Store, StoreError, normalise_url, resolve_url
from tests.reports_data import fixture_results

pytest.importorskip("sqlalchemy")

INVENTORY = {
    "schema": "hipaa-scan/inventory/v1", "collected_at": "2026-12-01T10:00:00Z", "scanner_version": "0.1.0",
    "sources": [{"collector": "aws", "account": "123456789012", "regions": ["us-east-1"]}],
    "resources": {"aws_s3_bucket": [
        {"id": "arn:aws:s3:::a", "name": "a", "account": "123456789012", "region": "us-east-1",
         "encryption": {"enabled": True, "algorithm": "aws:kms"}, "versioning": "Enabled"},
        {"id": "arn:aws:s3:::b", "name": "b", "account": "123456789012", "region": "us-east-1",
         "encryption": {"enabled": False}, "versioning": "Suspended"}]},
    "errors": [],
}


def run(*args: object, env: dict | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, [str(a) for a in args], env=env)
    return r.exit_code, r.stdout, r.stderr


def key(f: dict) -> tuple[str, str]:
    return f["control_id"], (f["resource"] or {}).get("id", "")


def find(doc: dict, status: str, severity: str | None = None, skip: int = 0) -> dict:
    hits = [f for f in doc["findings"] if f["status"] == status and f["resource"]
            and (severity is None or f["severity"] == severity)]
    return hits[skip]


@pytest.fixture(scope="module")
def pair() -> tuple[dict, dict, dict]:
    return make_pair()


def make_pair() -> tuple[dict, dict, dict]:
    """Scan A (the fixture) and scan B with known changes; returns (a, b, expected)."""
    a = fixture_results()
    a["scan"]["id"], a["scan"]["started_at"] = "scan-a-0001", "2026-01-05T10:00:00Z"
    b = copy.deepcopy(a)
    b["scan"]["id"], b["scan"]["started_at"] = "scan-b-0002", "2026-02-05T10:00:00Z"
    turned_fail, fixed, errored = find(b, "pass", "high"), find(b, "fail", "high"), find(b, "pass", "medium")
    turned_fail["status"], fixed["status"], errored["status"] = "fail", "pass", "error"
    touched = {f["resource"]["id"] for f in (turned_fail, fixed, errored)}
    gone = next(f["resource"]["id"] for f in b["findings"]
                if f["status"] == "pass" and f["resource"] and f["resource"]["id"] not in touched)
    dropped = [key(f) for f in b["findings"] if (f["resource"] or {}).get("id") == gone]
    b["findings"] = [f for f in b["findings"] if (f["resource"] or {}).get("id") != gone]
    new = copy.deepcopy(find(b, "fail", "medium"))
    new["resource"] = dict(new["resource"], id="arn:aws:s3:::brand-new", name="brand-new")
    new["severity"] = "low"
    b["findings"].append(new)
    moved = next(r for r in b["coverage"] if r["status"] == "pass")
    moved["status"] = "fail"
    expected = {"new_failures": {key(turned_fail), key(new)}, "fixed": {key(fixed)},
                "status_changes": {key(errored)}, "disappeared": set(dropped),
                "new_resources": {("aws_s3_bucket", "arn:aws:s3:::brand-new")},
                "removed_resources": {(next(f for f in a["findings"] if (f["resource"] or {}).get("id") == gone)
                                       ["resource"]["type"], gone)},
                "coverage_moves": {moved["citation"]}, "fail_new_high": key(turned_fail)}
    return a, b, expected


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, pair) -> Path:
    path = tmp_path_factory.mktemp("hist") / "h.sqlite"
    with Store.open(normalise_url(str(path))) as st:
        for doc in pair[:2]:
            with st.recording(doc, kind="evaluate"):
                pass
    return path


def test_record_rebuilds_the_recorded_document_byte_for_byte_and_stores_evidence_once(tmp_path, pair):
    st = Store.open(normalise_url(str(tmp_path / "s.sqlite")))
    a = pair[0]
    with st.recording(a):
        pass
    blobs = st.counts()["evidence"]
    again = copy.deepcopy(a)
    again["scan"]["id"], again["scan"]["started_at"] = "scan-a-again", "2026-01-06T10:00:00Z"
    with st.recording(again):
        pass
    counts = st.counts()
    assert counts["scans"] == 2 and counts["findings"] == 2 * len(a["findings"])
    assert counts["evidence"] == blobs == len({json.dumps(f["evidence"]) for f in a["findings"]})  # once per content
    first = st.resolve("scan-a-0")
    assert json.dumps(st.results(first.pk)) == json.dumps(a)
    with pytest.raises(StoreError, match="already recorded"):
        with st.recording(a):
            pass
    assert st.counts() == counts
    st.close()


def test_diff_names_exactly_the_changed_findings(store_path, pair):
    _, _, expected = pair
    with Store.open(normalise_url(str(store_path)), create=False) as st:
        b = st.resolve("latest")
        a = st.resolve("previous", of=b.pk)
        assert (a.scan_id, b.scan_id) == ("scan-a-0001", "scan-b-0002")
        d = st.diff(a.pk, b.pk)
    ids = lambda changes: {(c.control_id, c.resource_id) for c in changes}  # noqa: E731
    assert ids(d.new_failures) == expected["new_failures"]
    assert ids(d.fixed) == expected["fixed"]
    assert ids(d.status_changes) == expected["status_changes"]
    assert ids(d.disappeared) == expected["disappeared"]
    assert ids(d.appeared) == set()
    assert set(d.new_resources) == expected["new_resources"]
    assert set(d.removed_resources) == expected["removed_resources"]
    assert {m["citation"] for m in d.coverage_moves} == expected["coverage_moves"]


def test_history_cli_diff_gates_on_new_failures_and_lists(store_path, pair):
    store = str(store_path)
    code, out, _ = run("history", "diff", "--store", store, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["counts"]["new_failures"] == 2 and doc["from"]["scan_id"] == "scan-a-0001"
    code, out, err = run("history", "diff", "--store", store, "--fail-on-new", "high")
    assert code == 1 and "1 new failure(s) at or above high" in err
    assert f"{pair[2]['fail_new_high'][0]} " in out and "New failures (2):" in out
    assert run("history", "diff", "scan-a", "scan-b", "--store", store, "--fail-on-new", "critical")[0] == 0
    assert run("history", "diff", "scan-b", "--store", store, "--fail-on-new", "low")[0] == 1  # vs its previous
    code, out, _ = run("history", "list", "--store", store, "--format", "json", "--since", "2026-02-01")
    assert [r["scan_id"] for r in json.loads(out)] == ["scan-b-0002"]
    code, out, _ = run("history", "list", "--store", store, "--until", "2026-01-05", "--account", "123456789012")
    assert code == 0 and "scan-a-0001" in out and "scan-b-0002" not in out
    code, _, err = run("history", "diff", "nope", "--store", store)
    assert code == 2 and "no recorded scan has the id 'nope'" in err


def test_trend_csv_and_show_rebuild_reports(store_path, pair, tmp_path):
    code, out, _ = run("history", "trend", "--store", store_path, "--out", tmp_path / "t")
    assert code == 0
    rows = (tmp_path / "t" / "trend.csv").read_text().splitlines()
    assert rows[0] == "scan_id,started_at,level,name,status,pass,fail,error,pass_rate"
    tech = [r.split(",") for r in rows if ",family,technical," in r]
    assert [r[0] for r in tech] == ["scan-a-0001", "scan-b-0002"]
    html = (tmp_path / "t" / "trend.html").read_text()
    assert "<polyline" in html and "Content-Security-Policy" in html and "<script" not in html
    code, out, _ = run("history", "show", "scan-a", "--store", store_path, "--format", "json,html",
                       "--out", tmp_path / "r")
    assert code == 0
    assert json.loads((tmp_path / "r" / "results.json").read_text()) == pair[0]
    assert (tmp_path / "r" / "report.html").is_file() and (tmp_path / "r" / "manifest.json").is_file()


def test_export_verifies_with_the_public_key_and_names_a_changed_file(store_path, tmp_path):
    code, _, err = run("keygen", "-o", tmp_path / "k" / "ed25519.pem")
    assert code == 0 and "keep it secret" in err
    assert (tmp_path / "k" / "ed25519.pem").stat().st_mode & 0o077 == 0
    out = tmp_path / "evidence"
    code, stdout, err = run("history", "export", "--store", store_path, "--from", "2026-01-01", "--to", "2026-12-31",
                            "--sign-key", tmp_path / "k" / "ed25519.pem", "--out", out)
    assert code == 0, err
    assert "2 scan(s)" in err and "signed with Ed25519" in err
    index = (out / "index.html").read_text()
    assert "scan-a-0001" in index and 'href="scans/' in index and "<script" not in index
    pub = tmp_path / "k" / "ed25519.pub.pem"
    code, stdout, _ = run("verify", out, "--public-key", pub)
    assert code == 0 and "signature valid" in stdout
    reports = sorted(out.glob("scans/*/report.html"))
    assert len(reports) == 2
    code, _, _ = run("verify", reports[0].parent, "--public-key", pub)  # each scan folder on its own too
    assert code == 0
    data = bytearray(reports[1].read_bytes())
    data[len(data) // 2] ^= 0x01
    reports[1].write_bytes(bytes(data))
    code, stdout, err = run("verify", out, "--public-key", pub)
    rel = reports[1].relative_to(out).as_posix()
    assert code == 1 and f"FAILED   {rel}: changed" in stdout and rel in err
    data[len(data) // 2] ^= 0x01
    reports[1].write_bytes(bytes(data))  # restored
    assert run("verify", out, "--public-key", pub)[0] == 0
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["files"][0]["bytes"] += 1  # an edited manifest: the hashes still match, the signature not
    (out / "manifest.json").write_text(json.dumps(manifest))
    code, stdout, _ = run("verify", out, "--public-key", pub)
    assert code == 1 and "FAILED   manifest.json: Ed25519 signature does not match" in stdout
    other = tmp_path / "other.pem"
    run("keygen", "-o", other)
    code, stdout, _ = run("verify", reports[0].parent, "--public-key", tmp_path / "other.pub.pem")
    assert code == 1 and "signed with another key" in stdout


def test_prune_keeps_six_years_unless_forced(tmp_path, pair):
    st = Store.open(normalise_url(str(tmp_path / "p.sqlite")))
    for sid, when in (("ancient", "2015-03-01T00:00:00Z"), ("recent", "2026-11-01T00:00:00Z")):
        doc = copy.deepcopy(pair[0])
        doc["scan"]["id"], doc["scan"]["started_at"] = sid, when
        doc["findings"][0]["evidence"] = {"unique_to": sid}
        with st.recording(doc):
            pass
    blobs = st.counts()["evidence"]
    st.close()
    path = tmp_path / "p.sqlite"
    code, _, err = run("history", "prune", "--store", path, "--older-than", "2y")
    assert code == 2 and "under six years" in err and "164.316(b)(2)(i)" in err
    code, _, err = run("history", "prune", "--store", path, "--older-than", "7y", "--dry-run")
    assert code == 0 and "would delete 1 scan(s)" in err
    code, _, err = run("history", "prune", "--store", path, "--older-than", "7y")
    assert code == 0 and "deleted 1 scan(s)" in err and "1 unused evidence blob(s)" in err
    with Store.open(normalise_url(str(path))) as st:
        assert [r.scan_id for r in st.list_scans()] == ["recent"]
        assert st.counts()["evidence"] == blobs - 1
    assert run("history", "prune", "--store", path, "--older-than", "1y", "--force")[0] == 0
    assert run("history", "prune", "--store", path, "--older-than", "soon")[0] == 2


def test_store_url_precedence_flag_then_config_then_environment(tmp_path, monkeypatch):
    env = {"HIPAA_SCAN_STORE": str(tmp_path / "env.sqlite")}
    assert resolve_url(None, env) == normalise_url(str(tmp_path / "env.sqlite"))
    assert resolve_url("postgres://u@h/db", env) == "postgresql+psycopg://u@h/db"
    assert resolve_url(None, {}).endswith("/hipaa-scan/history.sqlite")
    with pytest.raises(Exception, match="unsupported store URL mysql"):
        resolve_url("mysql://x@y/z", {})
    (tmp_path / "inv.json").write_text(json.dumps(INVENTORY))
    (tmp_path / "hipaa-scan.yaml").write_text("version: 1\nstore: from-config.sqlite\nfail_on: never\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run("evaluate", "inv.json", "-o", "r.json", "--record", env=env)
    assert code == 0, err
    assert "created the history store" in err and str(tmp_path / "from-config.sqlite") in err
    assert not (tmp_path / "env.sqlite").exists()
    code, _, err = run("evaluate", "inv.json", "-o", "r2.json", "--record", "--store", "flag.sqlite", env=env)
    assert code == 0 and (tmp_path / "flag.sqlite").exists()
    (tmp_path / "hipaa-scan.yaml").unlink()
    code, _, err = run("evaluate", "inv.json", "-o", "r3.json", "--record", "--fail-on", "never", env=env)
    assert code == 0 and (tmp_path / "env.sqlite").exists() and "recorded scan" in err
    code, out, _ = run("history", "list", "--format", "json", env=env)
    assert len(json.loads(out)) == 1 and json.loads(out)[0]["kind"] == "evaluate"
    code, _, err = run("evaluate", "inv.json", "-o", "r4.json", "--store", "x.sqlite", env=env)
    assert code == 2 and "--store needs --record" in err


def test_unreachable_store_fails_before_scanning(tmp_path, cli):
    out = tmp_path / "out"
    r = cli("scan", "tls", "127.0.0.1:9", "--record", "--store", "postgresql://hs@127.0.0.1:9/hipaa",
            "--out", out, timeout=60)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "cannot open the history store" in r.stderr and "127.0.0.1:9" in r.stderr
    assert "Traceback" not in r.stderr and not out.exists()  # nothing scanned, nothing written


def test_corrupted_and_newer_stores_are_refused(tmp_path):
    (tmp_path / "inv.json").write_text(json.dumps(INVENTORY))
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = run("evaluate", tmp_path / "inv.json", "-o", tmp_path / "r.json", "--record", "--store", junk)
    assert code == 2 and "is not a SQLite database (the history store is corrupted" in err
    assert not (tmp_path / "r.json").exists()
    broken = tmp_path / "broken.sqlite"
    Store.open(normalise_url(str(broken))).close()
    data = bytearray(broken.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # header intact, schema page garbage
    broken.write_bytes(bytes(data))
    code, _, err = run("history", "list", "--store", broken)
    assert code == 2 and "cannot open the history store" in err and "corrupted" in err
    newer = tmp_path / "newer.sqlite"
    Store.open(normalise_url(str(newer))).close()
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    code, _, err = run("history", "list", "--store", newer)
    assert code == 2 and "written by a newer hipaa-scan (schema revision 9999" in err
    code, _, err = run("history", "list", "--store", tmp_path / "missing.sqlite")
    assert code == 2 and "no history store here yet" in err


def test_failure_mid_record_leaves_no_half_scan_and_still_writes_reports(tmp_path, pair):
    from hipaa_scan.scanner.history.record import RecordSettings, report_and_record
    from hipaa_scan.scanner.pipeline import ReportSettings

    store = tmp_path / "h.sqlite"
    Store.open(normalise_url(str(store))).close()
    with sqlite3.connect(store) as db:  # the disk "fills up" after 5 findings
        db.execute("CREATE TRIGGER boom BEFORE INSERT ON findings WHEN NEW.ordinal = 5 "
                   "BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END")
    a, b = copy.deepcopy(pair[0]), copy.deepcopy(pair[1])
    settings = ReportSettings(formats=("json", "html"), out_dir=tmp_path / "out")
    with pytest.raises(StoreError, match="cannot record the scan: disk I/O error"):
        report_and_record(a, settings, RecordSettings(Store.open(normalise_url(str(store)))), kind="scan")
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"results.json", "report.html", "manifest.json"}
    assert 'id="history"' not in (tmp_path / "out" / "report.html").read_text()
    with sqlite3.connect(store) as db:
        assert [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("scans", "findings", "evidence")] == [0, 0, 0]
        db.execute("DROP TRIGGER boom")
    # the CLI: one line, exit 2, results.json written all the same
    (tmp_path / "inv.json").write_text(json.dumps(INVENTORY))
    with sqlite3.connect(store) as db:
        db.execute("CREATE TRIGGER boom2 BEFORE INSERT ON coverage BEGIN SELECT RAISE(ABORT, 'lost connection'); END")
    code, _, err = run("evaluate", tmp_path / "inv.json", "-o", tmp_path / "r.json", "--record", "--store", store,
                       "--fail-on", "never")
    assert code == 2 and err.count("\n") == 1 and "cannot record the scan: lost connection" in err
    assert json.loads((tmp_path / "r.json").read_text())["schema"] == "hipaa-scan/results/v1"
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM findings").fetchone() == (0,)
        db.execute("DROP TRIGGER boom2")
    # recorded for real: the HTML report of the second scan shows what changed, and the stored manifest is the file's
    for n, doc in enumerate((a, b)):
        out = ReportSettings(formats=("json", "html"), out_dir=tmp_path / f"rec{n}")
        done = report_and_record(doc, out, RecordSettings(Store.open(normalise_url(str(store)))), kind="scan")
    assert done.diff is not None and len(done.diff.new_failures) == 2
    html = (tmp_path / "rec1" / "report.html").read_text()
    assert "Changed since the previous scan" in html and 'data-kind="new_failures"' in html and "brand-new" in html
    assert html.count('<figure data-family=') >= 3
    assert "first recorded scan of this scope" in (tmp_path / "rec0" / "report.html").read_text()
    with Store.open(normalise_url(str(store))) as st:
        row = st.resolve("latest")
        assert st.manifest(row.pk) == json.loads((tmp_path / "rec1" / "manifest.json").read_text())

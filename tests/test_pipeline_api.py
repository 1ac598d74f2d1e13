"""The Python API (docs/api.md): the pipeline's typed settings and functions, as a notebook uses them."""

from __future__ import annotations

import json
import ssl
import sys
from pathlib import Path

import pytest

import hipaa_scan as hs
from hipaa_scan.scanner.errors import HipaaScanError, InputError
from hipaa_scan.scanner.pipeline import opa_settings
from tests.helpers import bucket, findings_by, inventory

sys.path.insert(0, str(Path(__file__).parent))
from tls_servers import AEAD_ECDHE, HSTS_YEAR, NO_HSTS, Fixtures, server_context


def test_evaluate_a_saved_inventory_and_gate():
    inv = inventory({"aws_s3_bucket": [bucket("good"), bucket("plain", encrypted=False)]})
    results = hs.evaluate(inv, hs.EvaluationSettings(pin=True), hs.GateSettings(fail_on="medium"))
    assert findings_by(results, "AWS-S3-01") == {"arn:aws:s3:::good": "pass", "arn:aws:s3:::plain": "fail"}
    assert results["gate"]["fail_on"] == "medium" and hs.gate(results) == 1
    never = hs.evaluate(inv, hs.EvaluationSettings(pin=True), hs.GateSettings(fail_on="never"))
    assert hs.gate(never) == 0
    # pinned: the same inputs give the same document
    again = hs.evaluate(inv, hs.EvaluationSettings(pin=True), hs.GateSettings(fail_on="medium"))
    assert json.dumps(again, sort_keys=True) == json.dumps(results, sort_keys=True)


def test_phi_scope_and_policy_dirs_reach_the_evaluation(tmp_path):
    inv = inventory({"aws_s3_bucket": [bucket("phi", tags={"phi": "true"}), bucket("other", encrypted=False)]})
    scoped = hs.evaluate(inv, hs.EvaluationSettings(pin=True, phi=hs.PhiScope.parse(["phi=true"], only=True)))
    assert set(findings_by(scoped, "AWS-S3-01")) == {"arn:aws:s3:::phi"}
    with pytest.raises(HipaaScanError, match="policy directory does not exist"):
        hs.evaluate(inv, hs.EvaluationSettings(policy_dirs=(tmp_path / "nope",)))


@pytest.mark.parametrize("build, message", [
    (lambda: hs.GateSettings(fail_on="severe"), "--fail-on: unknown severity 'severe'"),
    (lambda: hs.PhiScope((), only=True), "--phi-only: --phi-only needs at least one --phi-tag"),
    (lambda: hs.PhiScope.parse(["phi"]), "--phi-tag: 'phi' is not KEY=VALUE"),
    (lambda: hs.ReportSettings(formats=("json", "docx")), "unknown format 'docx'"),
    (lambda: hs.AwsRequest(regions=("all", "us-east-1")), "--regions: 'all' cannot be combined"),
    (lambda: hs.AwsRequest(org=True), "--role-name: --org needs --role-name"),
    (lambda: opa_settings("opa"), "--engine: --engine opa needs --opa-url"),
    (lambda: opa_settings("embedded", given=["--opa-url"]), "--opa-url: --opa-url needs --engine opa"),
])
def test_settings_are_checked_when_built(build, message):
    with pytest.raises(InputError) as exc:
        build()
    assert message in str(exc.value)


def test_report_writes_the_files_and_a_manifest(tmp_path):
    inv = inventory({"aws_s3_bucket": [bucket("good")]})
    results = hs.evaluate(inv, hs.EvaluationSettings(pin=True))
    paths = hs.report(results, hs.ReportSettings(formats=("json", "sarif"), out_dir=tmp_path / "out"), inventory=inv)
    assert [p.name for p in paths] == ["results.json", "results.sarif", "manifest.json"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert {f["path"] for f in manifest["files"]} == {"inventory.json", "results.json", "results.sarif"}


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    fx = Fixtures(tmp_path_factory.mktemp("api-tls"))
    good = fx._leaf("good_ec", key_kind="ec", key_size=256)
    fx.add("modern", server_context(*good, ciphers=AEAD_ECDHE), HSTS_YEAR)
    fx.add("no_hsts", server_context(*good, ciphers=AEAD_ECDHE), NO_HSTS)
    fx.add("tls10", server_context(*good, minimum=ssl.TLSVersion.TLSv1, maximum=ssl.TLSVersion.TLSv1,
                                   ciphers="DEFAULT:@SECLEVEL=0"), HSTS_YEAR)
    yield fx
    fx.stop_all()


def test_scan_tls_through_the_api(tls, tmp_path):
    targets = tuple(f"localhost:{tls.servers[n].port}" for n in ("modern", "no_hsts", "tls10"))
    lines: list[str] = []
    request = hs.ScanRequest(source=hs.TlsRequest(targets=targets, ca_bundle=tls.ca_bundle, timeout=10),
                             gate=hs.GateSettings(fail_on="high"),
                             report=hs.ReportSettings(formats=("json",), out_dir=tmp_path / "out"))
    results = hs.scan(request, progress=lines.append)
    assert len(lines) == 3 and all("done" in line for line in lines)
    failing = {(f["control_id"], f["resource"]["id"]) for f in results["findings"] if f["status"] == "fail"}
    modern, no_hsts, tls10 = targets
    assert not {c for c, r in failing if r == modern}
    assert ("TLS-HTTP-01", no_hsts) in failing
    assert any(r == tls10 and c.startswith("TLS-PROTO") for c, r in failing)
    assert hs.gate(results) == 1
    written = json.loads((tmp_path / "out" / "inventory.json").read_text())
    assert sorted(e["id"] for e in written["resources"]["tls_endpoint"]) == sorted(targets)

"""hipaa-scan.yaml: init, discovery (cwd or --config), flags override it, relative paths, and
file:line:col errors for every invalid field."""

from __future__ import annotations

import pytest

from hipaa_scan.scanner.config import STARTER, load_config
from hipaa_scan.scanner.sources import AwsRequest, HostRequest, IacRequest, TlsRequest
from tests.governance_common import POLICIES, arn, base_inventory, day, evaluate, finding, first_error, load, run, write
from tests.helpers import inventory


@pytest.fixture(autouse=True)
def _cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def inv(tmp_path):
    return write(tmp_path / "inventory.json", base_inventory(unread=False))


def test_init_writes_a_valid_commented_starter_and_refuses_to_overwrite(tmp_path):
    r = run("init")
    assert r.exit_code == 0 and r.stdout.strip() == "hipaa-scan.yaml"
    text = (tmp_path / "hipaa-scan.yaml").read_text()
    assert text == STARTER and text.count("\n# ") > 10
    cfg = load_config(tmp_path / "hipaa-scan.yaml")
    assert cfg.data["fail_on"] == "high" and cfg.data["formats"] == ["json", "junit", "html"]
    assert cfg.default_map()["scan"]["aws"]["regions"] == "us-east-1"
    assert first_error(run("init")) == "hipaa-scan.yaml: already exists; use --force to overwrite it"
    (tmp_path / "hipaa-scan.yaml").write_text("fail_on: [broken\n")
    assert run("init", "--force").exit_code == 0  # init works even when the existing file is broken
    assert (tmp_path / "hipaa-scan.yaml").read_text() == STARTER
    assert run("policy", "list", "--json").exit_code == 0


def test_config_in_cwd_sets_defaults_and_flags_override(tmp_path, inv):
    write(tmp_path / "hipaa-scan.yaml", "fail_on: medium\nallow_incomplete: true\n")
    r = evaluate(inv, "-o", tmp_path / "r.json")
    res = load(tmp_path / "r.json")
    assert res["gate"]["fail_on"] == "medium" and res["gate"]["allow_incomplete"] is True
    assert r.exit_code == 1
    r = evaluate(inv, "-o", tmp_path / "r2.json", "--fail-on", "critical")
    res = load(tmp_path / "r2.json")
    assert res["gate"]["fail_on"] == "critical" and r.exit_code == 0


def test_explicit_config_resolves_governance_files_relative_to_itself(tmp_path, inv, monkeypatch):
    proj = tmp_path / "project"
    write(proj / "gov" / "waivers.yaml", f"""waivers:
  - id: W-1
    control: GOV-ENC-01
    resource: {{id: "{arn('open')}"}}
    reason: Accepted.
    approver: sec@example.com
    ticket: https://t.example/1
    expires: {day(500)}
""")
    write(proj / "gov" / "attestations.yaml", f"""attestations:
  - citation: "164.308(a)(1)(ii)(C)"
    attested_by: Jane
    role: CISO
    date: {day(-1)}
    expires: {day(300)}
    evidence: {{url: "https://wiki.example.com/sanctions"}}
""")
    assert run("policy", "new", "ACME-S3-01", "--resource-type", "gov_store", "--field", "object_lock",
               "--dir", proj / "rego").exit_code == 0
    write(proj / "hipaa-scan.yaml", f"""fail_on: high
waivers: gov/waivers.yaml
max_waiver_days: 600
attestations: gov/attestations.yaml
policy_dirs: [rego, "{POLICIES}"]
""")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    r = run("--config", proj / "hipaa-scan.yaml", "evaluate", inv, "-o", tmp_path / "r.json")
    res = load(tmp_path / "r.json")
    assert finding(res, "GOV-ENC-01", "open")["status"] == "waived"
    assert {c["citation"]: c["status"] for c in res["coverage"]}["164.308(a)(1)(ii)(C)"] == "attested"
    assert finding(res, "ACME-S3-01", "good")["status"] == "fail"  # the custom control ran (no object_lock)
    assert r.exit_code == 0  # ACME-S3-01 is medium, fail_on high; S3-01 waived
    # A flag overrides the config value: without the config's max_waiver_days the 500-day waiver is refused.
    err = first_error(run("--config", proj / "hipaa-scan.yaml", "evaluate", inv, "--max-waiver-days", "365"))
    assert "expires" in err and "is more than 365 days ahead" in err


def test_report_takes_formats_and_out_from_config(tmp_path, inv):
    evaluate(inv, "-o", tmp_path / "r.json")
    write(tmp_path / "hipaa-scan.yaml", "formats: [json]\nout: reports-here\n")
    r = run("report", tmp_path / "r.json")
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in (tmp_path / "reports-here").iterdir())
    assert "results.json" in names and "junit.xml" not in names and "report.html" not in names


def test_scan_targets_come_from_config_and_flags_win(tmp_path, monkeypatch):
    seen = []

    def fake_collect(c, progress=None):  # AwsRequest.collect: the typed request the CLI built
        seen.append((",".join(c.regions) if not isinstance(c.regions, str) else c.regions, c.profile,
                     c.endpoint_url, c.workers, c.org, c.role_name))
        return inventory({"gov_store": []})

    monkeypatch.setattr(AwsRequest, "collect", fake_collect)
    write(tmp_path / "hipaa-scan.yaml", """targets:
  aws:
    regions: [us-east-1, eu-west-1]
    profile: audit
    endpoint_url: http://127.0.0.1:5999
    workers: 3
    org: true
    role_name: HipaaScanAudit
formats: [json]
out: out
""")
    r = run("scan", "aws")
    assert r.exit_code == 0, r.output
    assert seen[-1] == ("us-east-1,eu-west-1", "audit", "http://127.0.0.1:5999", 3, True, "HipaaScanAudit")
    assert (tmp_path / "out" / "results.json").exists()
    run("scan", "aws", "--regions", "ap-south-1", "--workers", "1")
    assert seen[-1] == ("ap-south-1", "audit", "http://127.0.0.1:5999", 1, True, "HipaaScanAudit")


def test_tls_endpoints_come_from_config(tmp_path, monkeypatch):
    seen = []

    def fake_collect(request, progress=None):
        seen.append(request.targets)
        return inventory({})

    monkeypatch.setattr(TlsRequest, "collect", fake_collect)
    write(tmp_path / "hipaa-scan.yaml", 'targets:\n  tls: {endpoints: ["portal.example.org:443", "10.0.0.5:8443"]}\n'
                                        "formats: [json]\n")
    assert run("scan", "tls", "--out", tmp_path / "o").exit_code == 0
    assert seen == [("portal.example.org:443", "10.0.0.5:8443")]
    run("scan", "tls", "api.example.org:443", "--out", tmp_path / "o")
    assert seen[-1] == ("api.example.org:443",)


@pytest.mark.parametrize("text, expected", [
    ("fail_on: hgh\n", "hipaa-scan.yaml:1:10: fail_on: 'hgh' is not one of ['critical', 'high', 'medium', 'low', 'never']"),
    ("version: 1\nfail_ob: high\n", "hipaa-scan.yaml:2:1: fail_ob: unknown key (expected one of:"),
    ("targets:\n  aws:\n    regions: us-east-1\n", "hipaa-scan.yaml:3:14: targets.aws.regions: 'us-east-1' is not valid: a list of region names, or 'all'"),  # noqa: E501  (data)
    ("targets:\n  aws:\n    accounts: ['12345']\n",
     "hipaa-scan.yaml:3:16: targets.aws.accounts[0]: '12345' is not valid: a 12-digit AWS account id"),
    ("targets:\n  gcp: {}\n", "hipaa-scan.yaml:2:3: targets.gcp: unknown key"),
    ("formats: [json, docx]\n", "hipaa-scan.yaml:1:17: formats[1]: unknown format 'docx'"),
    ("policy_dirs: [nope]\n", "hipaa-scan.yaml:1:15: policy_dirs[0]: policy directory"),
    ("waivers: missing.yaml\n", "hipaa-scan.yaml:1:10: waivers: waivers file"),
    ("max_waiver_days: 0\n", "hipaa-scan.yaml:1:18: max_waiver_days: 0 is less than the minimum of 1"),
    ("allow_incomplete: maybe\n", "hipaa-scan.yaml:1:19: allow_incomplete: the value is the string 'maybe'; expected "
                                  "true or false"),
    ("out: hipaa-out\nout: other\n", "hipaa-scan.yaml:2:1: out: duplicate key (first at line 1)"),
    ("fail_on: [high\n", "hipaa-scan.yaml:2:1: invalid YAML"),
    ("- fail_on\n", "hipaa-scan.yaml:1:1: the file holds a list; expected a mapping"),
    ("controls: AWS-S3-01\n", "hipaa-scan.yaml:1:11: controls: the value is the string 'AWS-S3-01'; expected a list"),
])
def test_invalid_config_names_file_line_col(tmp_path, inv, text, expected):
    write(tmp_path / "hipaa-scan.yaml", text)
    err = first_error(evaluate(inv, "-o", tmp_path / "r.json"))
    assert err.startswith(expected), err
    assert not (tmp_path / "r.json").exists()


def test_missing_explicit_config_is_exit_2(tmp_path, inv):
    assert first_error(run("--config", tmp_path / "nope.yaml", "evaluate", inv)) == \
        f"{tmp_path / 'nope.yaml'}: config file not found"


def test_empty_config_is_valid(tmp_path, inv):
    write(tmp_path / "hipaa-scan.yaml", "# nothing yet\n")
    assert evaluate(inv, "-o", tmp_path / "r.json").exit_code == 1


def test_scan_refuses_a_bad_governance_file_before_collecting(tmp_path, monkeypatch):
    called = []
    monkeypatch.setattr(AwsRequest, "collect", lambda *a: called.append(a) or inventory({}))
    write(tmp_path / "waivers.yaml", "waivers:\n  - id: W-1\n")
    err = first_error(run("scan", "aws", "--waivers", tmp_path / "waivers.yaml", "--out", tmp_path / "o"))
    assert err.startswith("waivers.yaml:2:5: waivers[0]: missing required key")
    assert called == [] and not (tmp_path / "o").exists()


def test_phi_tags_from_config_scope_the_evaluation(tmp_path, inv):
    write(tmp_path / "hipaa-scan.yaml", "phi_tags: {env: sandbox}\n")
    evaluate(inv, "-o", tmp_path / "r.json")
    res = load(tmp_path / "r.json")
    assert finding(res, "GOV-VER-01", "legacy-a")["in_phi_scope"] is True
    assert finding(res, "GOV-VER-01", "legacy-b")["in_phi_scope"] is False
    write(tmp_path / "hipaa-scan.yaml", "phi_tags: {env: [sandbox, prod]}\nphi_only: true\n")
    evaluate(inv, "-o", tmp_path / "r2.json")
    res = load(tmp_path / "r2.json")
    names = {f["resource"]["name"] for f in res["findings"] if f["control_id"] == "GOV-VER-01"}
    assert names == {"legacy-a", "legacy-b"}


def test_iac_path_and_hosts_file_come_from_config(tmp_path, monkeypatch):
    seen = {}
    monkeypatch.setattr(IacRequest, "collect",
                        lambda r, progress=None: seen.setdefault("iac", (r.path, r.frameworks)) and inventory({}))
    monkeypatch.setattr(HostRequest, "collect",
                        lambda r, progress=None: seen.setdefault("host", r) and inventory({}))
    (tmp_path / "infra").mkdir()
    write(tmp_path / "hosts.yaml", "hosts: []\n")
    write(tmp_path / "hipaa-scan.yaml", "targets:\n  iac: {path: infra, frameworks: [terraform]}\n"
                                        "  hosts: {file: hosts.yaml}\nformats: [json]\n")
    r = run("scan", "iac", "--out", tmp_path / "o")
    assert r.exit_code == 0, r.output
    assert seen["iac"] == (tmp_path / "infra", "terraform")
    r = run("scan", "host", "--out", tmp_path / "o")
    assert r.exit_code == 0, r.output
    assert seen["host"].hosts_file == tmp_path / "hosts.yaml"

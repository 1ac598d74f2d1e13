"""Attestations: coverage rows 'manual' → 'attested' (or 'manual' with the reason), addressable
specifications (164.306(d)(3)), evidence hashes, the template, and file:line:col errors."""

from __future__ import annotations

import hashlib

import pytest
import yaml

from hipaa_scan.scanner.attestations import load_attestations
from tests.governance_common import TODAY, base_inventory, day, evaluate, first_error, load, run, write

REQUIRED_MANUAL = "164.308(a)(1)(ii)(C)"    # Sanction policy (R)
ADDRESSABLE_MANUAL = "164.310(a)(2)(iv)"    # Maintenance records (A)
EXPIRED_MANUAL = "164.308(b)(1)"            # Business associate contracts (R)
MISSING_MANUAL = "164.316(a)"               # Policies and procedures (R)


@pytest.fixture(autouse=True)
def _cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def inv(tmp_path):
    return write(tmp_path / "inventory.json", base_inventory(unread=False))


def entry(citation, *, date=None, expires=None, evidence='{url: "https://wiki.example.com/x"}', **extra):
    lines = [f'  - citation: "{citation}"', "    attested_by: Jane Doe", "    role: Security Officer",
             f"    date: {date or day(-10)}", f"    expires: {expires or day(355)}", f"    evidence: {evidence}"]
    lines += [f"    {k}: {v}" for k, v in extra.items()]
    return "\n".join(lines)


def att_file(tmp_path, *entries) -> str:
    return str(write(tmp_path / "attestations.yaml", "version: 1\nattestations:\n" + "\n".join(entries) + "\n"))


def coverage_of(tmp_path, inv, *extra) -> dict:
    r = evaluate(inv, "-o", tmp_path / "r.json", *extra)
    assert r.exit_code in (0, 1), r.output
    return {c["citation"]: c for c in load(tmp_path / "r.json")["coverage"]}


def test_attestations_change_coverage(tmp_path, inv):
    before = coverage_of(tmp_path, inv)
    for c in (REQUIRED_MANUAL, ADDRESSABLE_MANUAL, EXPIRED_MANUAL, MISSING_MANUAL):
        assert before[c]["status"] == "manual" and before[c]["controls"] == []
        assert "manual_reason" not in before[c]
    a = att_file(tmp_path,
                 entry(REQUIRED_MANUAL),
                 entry(ADDRESSABLE_MANUAL, implemented="false",
                       rationale="Cloud only; no facility of ours holds ePHI.",
                       alternative_measure="The provider's SOC 2 report is reviewed every year."),
                 entry(EXPIRED_MANUAL, date=day(-400), expires=day(-1)),
                 entry("164.312(a)(2)(iv)", implemented="true"))  # has automated controls: kept as extra evidence only
    cov = coverage_of(tmp_path, inv, "--attestations", a)
    req = cov[REQUIRED_MANUAL]
    assert req["status"] == "attested"
    assert req["attestation"] == {"citation": REQUIRED_MANUAL, "attested_by": "Jane Doe", "role": "Security Officer",
                                  "date": day(-10), "expires": day(355),
                                  "evidence": {"url": "https://wiki.example.com/x"}, "implemented": None,
                                  "source": "attestations.yaml:3:5", "status": "valid"}
    add = cov[ADDRESSABLE_MANUAL]
    assert add["status"] == "attested" and add["attestation"]["implemented"] is False
    assert add["attestation"]["alternative_measure"] == "The provider's SOC 2 report is reviewed every year."
    exp = cov[EXPIRED_MANUAL]
    assert exp["status"] == "manual"
    assert exp["manual_reason"] == f"attestation by Jane Doe (Security Officer) expired on {day(-1)}"
    miss = cov[MISSING_MANUAL]
    assert miss["status"] == "manual"
    assert miss["manual_reason"] == "no automated control and no attestation in attestations.yaml"
    auto = cov["164.312(a)(2)(iv)"]
    assert auto["status"] == before["164.312(a)(2)(iv)"]["status"] == "fail"  # never hides a failing control
    assert auto["attestation"]["citation"] == "164.312(a)(2)(iv)"
    res = load(tmp_path / "r.json")
    assert [e["status"] for e in res["attestations"]["entries"]] == ["valid", "valid", "expired", "valid"]
    assert res["attestations"]["as_of"] == TODAY.isoformat()


def test_evidence_hash_is_checked_against_the_file(tmp_path, inv):
    (tmp_path / "evidence").mkdir()
    pdf = tmp_path / "evidence" / "policy.pdf"
    pdf.write_bytes(b"%PDF-1.4 sanction policy v3\n")
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    a = att_file(tmp_path, entry(REQUIRED_MANUAL, evidence=f"{{sha256: {digest.upper()}, file: evidence/policy.pdf}}"))
    cov = coverage_of(tmp_path, inv, "--attestations", a)
    assert cov[REQUIRED_MANUAL]["attestation"]["evidence"] == {"sha256": digest, "file": "evidence/policy.pdf",
                                                               "verified": True}
    a = att_file(tmp_path, entry(REQUIRED_MANUAL, evidence=f"{{sha256: '{'0' * 64}', file: evidence/policy.pdf}}"))
    err = first_error(evaluate(inv, "--attestations", a))
    assert err == (f"attestations.yaml:8:24: attestations[0].evidence.sha256: does not match evidence/policy.pdf "
                   f"(its sha256 is {digest})")


@pytest.mark.parametrize("text, expected", [
    (entry("164.308(a)(1)(ii)(Z)"), "attestations.yaml:3:15: attestations[0].citation: unknown HIPAA citation "
                                    "'164.308(a)(1)(ii)(Z)'"),
    (entry(ADDRESSABLE_MANUAL), f"attestations.yaml:3:5: attestations[0]: {ADDRESSABLE_MANUAL} is addressable: "
                                "add 'implemented: true', or 'implemented: false' with 'rationale'"),
    (entry(ADDRESSABLE_MANUAL, implemented="false", rationale="Cloud only."),
     f"attestations.yaml:3:5: attestations[0]: {ADDRESSABLE_MANUAL} is attested as not implemented: add "
     "'alternative_measure'"),
    (entry(REQUIRED_MANUAL, implemented="false"),
     f"attestations.yaml:9:18: attestations[0].implemented: {REQUIRED_MANUAL} is a required specification"),
    (entry(REQUIRED_MANUAL, date=day(5)), f"attestations.yaml:6:11: attestations[0].date: date {day(5)} is in the "
                                          "future"),
    (entry(REQUIRED_MANUAL, expires=day(-20)),
     f"attestations.yaml:7:14: attestations[0].expires: expires {day(-20)} is not after date {day(-10)}"),
    (entry(REQUIRED_MANUAL, expires="someday"),
     "attestations.yaml:7:14: attestations[0].expires: 'someday' is not valid: a date written YYYY-MM-DD"),
    (entry(REQUIRED_MANUAL, evidence="{file: x.pdf}"),
     "attestations.yaml:8:15: attestations[0].evidence: missing required key 'url'"),
    (entry(REQUIRED_MANUAL, evidence='{url: "ftp://x"}'),
     "attestations.yaml:8:21: attestations[0].evidence.url: 'ftp://x' is not valid: an http(s) URL"),
    (entry(REQUIRED_MANUAL, signed="yes"), "attestations.yaml:9:5: attestations[0].signed: unknown key"),
    ('  - citation: "164.316(a)"\n    role: x\n', "attestations.yaml:3:5: attestations[0]: missing required key"),
    ("  - citation: [unclosed\n", "attestations.yaml:5:1: invalid YAML: expected ',' or ']'"),
])
def test_invalid_attestations_name_file_line_col(tmp_path, inv, text, expected):
    a = write(tmp_path / "attestations.yaml", "version: 1\nattestations:\n" + text + "\n")
    err = first_error(evaluate(inv, "-o", tmp_path / "r.json", "--attestations", a))
    assert err.startswith(expected), err
    assert not (tmp_path / "r.json").exists()


def test_template_lists_every_citation_without_a_control_and_loads_as_written(tmp_path, inv):
    r = run("attest", "template", "-o", tmp_path / "attestations.yaml")
    assert r.exit_code == 0, r.output
    text = (tmp_path / "attestations.yaml").read_text()
    listed = [line.split('"')[1] for line in text.splitlines() if line.startswith("# - citation:")]
    manual = [c for c, row in coverage_of(tmp_path, inv).items() if row["status"] == "manual"]
    assert listed == manual and len(listed) >= 10  # administrative/physical citations no collector reads
    assert f"{len(listed)} citations need an attestation" in r.stderr
    # As written (every entry commented out) it is valid and attests nothing.
    assert load_attestations(tmp_path / "attestations.yaml", today=TODAY).attestations == ()
    # Uncommenting an entry and filling it in gives a valid attestation.
    block = []
    for line in text.split(f"# - citation: \"{REQUIRED_MANUAL}\"", 1)[1].splitlines()[1:]:
        if not line.startswith("#   "):
            break
        block.append(line[2:])  # uncomment: remove "# "
    filled = ("attestations:\n" + f'- citation: "{REQUIRED_MANUAL}"\n' + "\n".join(block) + "\n")
    filled = filled.replace('attested_by: ""', "attested_by: Jane").replace('role: ""', "role: CISO")
    filled = filled.replace('"https://"', "https://wiki.example.com/sanctions")
    filled = filled.replace(f"date: {TODAY.isoformat()}", f"date: {day(-1)}")
    write(tmp_path / "filled.yaml", filled)
    got = load_attestations(tmp_path / "filled.yaml", today=TODAY).attestations
    assert [(a.citation, a.attested_by) for a in got] == [(REQUIRED_MANUAL, "Jane")]
    # Refuses to overwrite.
    assert first_error(run("attest", "template", "-o", tmp_path / "attestations.yaml")).endswith(
        "already exists; use --force to overwrite it")
    # Addressable citations in the template say implemented: true.
    section = text.split(f'# - citation: "{ADDRESSABLE_MANUAL}"', 1)[1].split("\n\n", 1)[0]
    assert "#   implemented: true" in section
    assert yaml.safe_load(text) == {"version": 1, "attestations": None}


def test_template_leaves_out_citations_a_custom_policy_covers(tmp_path):
    r = run("policy", "new", "ACME-DOC-01", "--resource-type", "aws_account", "--field", "policies_published",
            "--hipaa", MISSING_MANUAL, "--dir", tmp_path / "custom")
    assert r.exit_code == 0, r.output
    run("attest", "template", "-o", tmp_path / "a.yaml", "--policy-dir", tmp_path / "custom")
    run("attest", "template", "-o", tmp_path / "b.yaml")
    assert f'# - citation: "{MISSING_MANUAL}"' not in (tmp_path / "a.yaml").read_text()
    assert f'# - citation: "{MISSING_MANUAL}"' in (tmp_path / "b.yaml").read_text()


def test_a_renewed_attestation_wins_over_the_expired_one(tmp_path, inv):
    a = att_file(tmp_path, entry(REQUIRED_MANUAL, date=day(-400), expires=day(-35)),
                 entry(REQUIRED_MANUAL, date=day(-34), expires=day(330)))
    row = coverage_of(tmp_path, inv, "--attestations", a)[REQUIRED_MANUAL]
    assert row["status"] == "attested" and row["attestation"]["expires"] == day(330)
    assert "manual_reason" not in row

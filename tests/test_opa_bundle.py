"""`hipaa-scan policy bundle`: an OPA bundle as OPA's bundle file format documents it."""

from __future__ import annotations

import gzip
import io
import json
import tarfile

import pytest
from opa_fixture import OpaFixture

from hipaa_scan.scanner.cli import main
from hipaa_scan.scanner.policies import load_policy_set


def members(path) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(path.read_bytes()))) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundle") / "hipaa-bundle.tar.gz"
    assert main(["policy", "bundle", "-o", str(out)]) == 0
    return out


def test_contents_and_manifest(bundle):
    ps = load_policy_set()
    files = members(bundle)
    manifest = json.loads(files["/.manifest"])
    assert manifest["revision"] == ps.sha256
    assert manifest["roots"] == ["hipaa", "hipaa_meta", "hipaa_scope"]
    rego = sorted(n for n in files if n.endswith(".rego"))
    expected = sorted("/" + p.package.replace(".", "/") + ".rego" for p in [*ps.policies, *ps.modules])
    assert rego == expected
    assert not [n for n in rego if n.endswith("_test.rego")]
    for p in ps.policies:  # sources shipped unchanged under the default prefix
        assert files["/" + p.package.replace(".", "/") + ".rego"].decode() == p.source
    meta = json.loads(files["/hipaa_meta/data.json"])
    assert meta["policy_set_sha256"] == ps.sha256
    assert set(meta["packages"]) == {p.package for p in [*ps.policies, *ps.modules]}
    assert [c["id"] for c in meta["controls"]] == [p.id for p in ps.policies]
    catalogue = json.loads((ps.roots[0] / "catalogue.json").read_text())
    assert meta["catalogue"] == catalogue
    scope = json.loads(files["/hipaa_scope/data.json"])
    assert scope == {p.id: p.custom["scope"] for p in ps.policies if p.custom.get("scope")}
    assert set(files) == {"/.manifest", "/hipaa_meta/data.json", "/hipaa_scope/data.json", *expected}


def test_reproducible(bundle, tmp_path):
    again = tmp_path / "again.tar.gz"
    assert main(["policy", "bundle", "-o", str(again)]) == 0
    assert again.read_bytes() == bundle.read_bytes()
    with tarfile.open(again) as tar:
        assert {(m.mtime, m.uid, m.gid, m.mode) for m in tar.getmembers()} == {(0, 0, 0, 0o644)}


def test_loadable_by_the_fixture_and_roots_hold(bundle):
    with OpaFixture() as opa:
        manifest = opa.load_bundle(bundle)
        assert opa.bundle_revision == manifest["revision"]
        assert opa.query("/hipaa_meta/policy_set_sha256", None) == (200, {"result": load_policy_set().sha256})
        assert opa.query("/hipaa/aws/s3/versioning/deny", {"resources": {"aws_s3_bucket": [
            {"id": "b", "name": "b", "versioning": "Suspended"}]}})[1]["result"][0]["id"] == "b"
        # the bundle owns its roots: the Policy API may not write into them
        status, body = opa.put_policy("x", "package hipaa.aws.s3.extra\nimport rego.v1\nx := 1\n")
        assert status == 400 and "owned by bundle" in body["message"]


def test_package_prefix_rewrites_packages_and_refs(tmp_path):
    out = tmp_path / "b.tar.gz"
    assert main(["policy", "bundle", "-o", str(out), "--package-prefix", "acme.hipaa"]) == 0
    files = members(out)
    manifest = json.loads(files["/.manifest"])
    assert manifest["roots"] == ["acme/hipaa", "acme/hipaa_meta", "acme/hipaa_scope"]
    lib_users = [n for n, c in files.items() if n.endswith(".rego") and b"import data.acme.hipaa.lib." in c]
    assert lib_users and not [n for n, c in files.items() if n.endswith(".rego") and b"data.hipaa" in c]
    assert all(n.startswith("/acme/hipaa/") for n in files if n.endswith(".rego"))
    assert json.loads(files["/acme/hipaa_meta/data.json"])["package_prefix"] == "acme.hipaa"


def test_bad_prefix_is_exit_2(tmp_path, capsys):
    assert main(["policy", "bundle", "-o", str(tmp_path / "b.tar.gz"), "--package-prefix", "1bad"]) == 2
    assert "--package-prefix: package prefix '1bad' is not a dotted Rego name" in capsys.readouterr().err

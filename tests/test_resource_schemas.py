"""The inventory contract per resource type (collectors/<source>/schemas/<type>.json).

- every type a collector produces has a schema, and every field a control reads
  (METADATA evidence, evidence_optional, scope.field, reads) is declared in it;
- ``violations()`` reports one error per (resource, top-level field), with the path and
  what is wrong, and its fast path agrees with jsonschema field by field;
- the collect side (InventoryBuilder) records violations as inventory errors, once;
- docs/resources.md is generated from the schemas and up to date.
"""

from __future__ import annotations

import copy
from pathlib import Path

import jsonschema
import pytest

from hipaa_scan.collectors.aws import all_specs
from hipaa_scan.scanner import resource_schemas as rs
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.policies import load_policy_set

ROOT = Path(__file__).resolve().parent.parent


def _inv(rtype: str, *resources) -> dict:
    return {"resources": {rtype: list(resources)}, "errors": []}


def _bucket(**fields) -> dict:
    r = {"id": "arn:aws:s3:::phi", "name": "phi", "account": "111122223333", "region": "us-east-1",
         "created": None, "tags": {"phi": "true"},
         "encryption": {"enabled": True, "algorithm": "aws:kms", "kms_key_id": "k", "bucket_key_enabled": False}}
    r.update(fields)
    return r


# --- the schemas ------------------------------------------------------------------------

def test_every_collector_type_has_a_schema_beside_its_collector():
    from hipaa_scan.collectors.db.mysql import RTYPE as MYSQL
    from hipaa_scan.collectors.db.postgres import RTYPE as POSTGRES
    from hipaa_scan.collectors.host import RESOURCE_TYPE as HOST
    from hipaa_scan.collectors.iac.runner import RESOURCE_TYPE as IAC
    from hipaa_scan.collectors.tls import RESOURCE_TYPE as TLS

    produced = {s.resource_type: "aws" for s in all_specs()} | {HOST: "host", TLS: "tls", IAC: "iac",
                                                                 POSTGRES: "db", MYSQL: "db"}
    schemas = rs.load_schemas()
    assert sorted(schemas) == sorted(produced)
    for rtype, source in produced.items():
        assert (ROOT / "collectors" / source / "schemas" / f"{rtype}.json").is_file()
        assert schemas[rtype]["x-source"] == source


def _walk(node: dict, path: str):
    yield path, node
    for name, sub in (node.get("properties") or {}).items():
        yield from _walk(sub, f"{path}.{name}" if path else name)
    if isinstance(node.get("items"), dict):
        yield from _walk(node["items"], f"{path}[]")


@pytest.mark.parametrize("rtype", sorted(rs.load_schemas()))
def test_schema_is_a_documented_open_draft_2020_12_schema(rtype):
    schema = rs.schema_for(rtype)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == rtype and schema["description"]
    assert schema["required"][0] == "id"
    assert schema["properties"]["id"] == {"type": "string", "minLength": 1,
                                          "description": schema["properties"]["id"]["description"]}
    assert set(schema["required"]) <= set(schema["properties"])
    for path, node in _walk(schema, ""):
        assert node.get("additionalProperties") is not False, f"{rtype}.{path} must stay open"
        if path and not path.endswith("[]"):
            assert node.get("description"), f"{rtype}.{path} has no description"
        if "required" in node:
            assert set(node["required"]) <= set(node.get("properties", {})), f"{rtype}.{path}"


def _declared(rtype: str, path: str) -> bool:
    return rs.field_schema(rtype, path) is not None


def test_every_evidence_scope_and_optional_path_exists_in_the_controls_schema():
    missing = []
    for p in load_policy_set().policies:
        if rs.schema_for(p.resource_type) is None:
            missing.append(f"{p.id}: resource_type {p.resource_type} has no schema")
            continue
        paths = [("evidence", e) for e in p.evidence] + [("evidence_optional", e) for e in p.evidence_optional]
        scope = p.custom.get("scope")
        if scope:
            paths.append(("scope.field", scope["field"]))
        for where, path in paths:
            if not _declared(p.resource_type, path):
                missing.append(f"{p.id} {where} {p.resource_type}.{path}")
        for rtype in p.reads:
            if rs.schema_for(rtype) is None:
                missing.append(f"{p.id}: reads {rtype}, which has no schema")
    assert missing == []


def test_field_schema_walks_objects_arrays_and_maps():
    assert rs.field_schema("aws_s3_bucket", "encryption.kms_key_id")["type"] == ["string", "null"]
    assert rs.field_schema("aws_lb", "listeners.ssl_policy")["type"] == ["string", "null"]
    assert rs.field_schema("aws_cloudwatch_log_group", "tags.audit-evidence") == {"type": "string"}
    assert rs.field_schema("aws_s3_bucket", "encryption.nope") is None
    assert rs.field_schema("aws_s3_bucket", "nope") is None
    assert rs.field_schema("custom_type", "id") is None


# --- violations() -----------------------------------------------------------------------

def test_a_valid_resource_gives_nothing():
    assert rs.violations(_inv("aws_s3_bucket", _bucket())) == []


@pytest.mark.parametrize("rtype", sorted(rs.load_schemas()))
def test_a_resource_with_every_declared_field_is_valid(rtype):
    assert rs.violations(_inv(rtype, rs.example_resource(rtype, 1))) == []


def test_null_where_not_nullable():
    found = rs.violations(_inv("aws_s3_bucket", _bucket(name=None, versioning=None)))
    assert found == [
        {"collector": "schema", "resource_type": "aws_s3_bucket", "account": "111122223333", "region": "us-east-1",
         "resource_id": "arn:aws:s3:::phi", "field": "name", "operation": "schema", "code": "SchemaViolation",
         "message": "name: null is not allowed (expected string)"},
        {"collector": "schema", "resource_type": "aws_s3_bucket", "account": "111122223333", "region": "us-east-1",
         "resource_id": "arn:aws:s3:::phi", "field": "versioning", "operation": "schema", "code": "SchemaViolation",
         "message": "versioning: null is not allowed (expected string)"},
    ]


def test_null_where_nullable_is_fine():
    assert rs.violations(_inv("aws_s3_bucket", _bucket(region=None, created=None))) == []


def test_wrong_type():
    (err,) = rs.violations(_inv("aws_s3_bucket", _bucket(mfa_delete="Enabled")))
    assert (err["field"], err["message"]) == ("mfa_delete", "mfa_delete: string is not allowed (expected boolean)")


def test_nested_wrong_type_names_the_path_and_the_top_level_field():
    enc = {"enabled": "yes", "algorithm": 5, "kms_key_id": None, "bucket_key_enabled": False}
    (err,) = rs.violations(_inv("aws_s3_bucket", _bucket(encryption=enc)))
    assert err["field"] == "encryption"
    assert err["message"] == ("encryption.algorithm: integer is not allowed (expected string or null); "
                              "encryption.enabled: string is not allowed (expected boolean)")


def test_wrong_type_inside_a_list_item():
    lb = {"id": "arn:lb", "name": "lb", "account": "1", "region": "r", "type": "application", "scheme": None,
          "dns_name": None, "listeners": [{"protocol": "HTTPS", "port": 443, "ssl_policy": None,
                                           "redirects_to_https": False},
                                          {"protocol": "HTTP", "port": "80", "ssl_policy": None,
                                           "redirects_to_https": False}]}
    (err,) = rs.violations(_inv("aws_lb", lb))
    assert (err["field"], err["message"]) == ("listeners", "listeners[1].port: string is not allowed "
                                                           "(expected integer or null)")


def test_missing_nested_always_written_field():
    enc = {"enabled": True, "algorithm": "AES256", "kms_key_id": None}
    (err,) = rs.violations(_inv("aws_s3_bucket", _bucket(encryption=enc)))
    assert err["message"] == "encryption.bucket_key_enabled: missing (the field is always written)"


def test_missing_always_written_top_level_field_is_an_error_on_that_field():
    r = _bucket()
    del r["created"]
    (err,) = rs.violations(_inv("aws_s3_bucket", r))
    assert (err["field"], err["message"]) == ("created", "created: missing (the field is always written)")


def test_an_optional_field_may_be_absent():
    r = _bucket()
    del r["encryption"], r["tags"]
    assert rs.violations(_inv("aws_s3_bucket", r)) == []


def test_a_map_value_of_the_wrong_type():
    (err,) = rs.violations(_inv("aws_s3_bucket", _bucket(tags={"phi": True})))
    assert (err["field"], err["message"]) == ("tags", "tags.phi: boolean is not allowed (expected string)")


@pytest.mark.parametrize("bad, what", [
    ({}, "missing"),
    ({"id": None}, "null is not allowed (expected a non-empty string)"),
    ({"id": 7}, "integer is not allowed (expected a non-empty string)"),
    ({"id": ""}, "must not be empty"),
])
def test_a_resource_without_a_string_id_is_named_by_its_index(bad, what):
    r = _bucket(name=None)
    r.pop("id")
    r.update(bad)
    found = rs.violations(_inv("aws_s3_bucket", _bucket(), r))
    assert found == [{"collector": "schema", "resource_type": "aws_s3_bucket", "account": "111122223333",
                      "region": "us-east-1", "resource_id": None, "field": "id", "operation": "schema",
                      "code": "SchemaViolation", "message": f"resources.aws_s3_bucket[1].id: {what}"}]


def test_a_resource_that_is_not_an_object():
    (err,) = rs.violations(_inv("host", "web-1"))
    assert (err["resource_id"], err["field"], err["message"]) == (
        None, None, "resources.host[0]: string is not allowed (expected object)")


def test_unknown_types_are_not_validated():
    assert rs.violations(_inv("custom_widget", {"name": None}, "not even an object")) == []


def test_a_malformed_inventory_never_raises():
    for doc in (None, [], {"resources": []}, {"resources": {"aws_s3_bucket": "x"}}, {"resources": {1: []}}):
        assert rs.violations(doc) == []


def _paths(node: dict, prefix: str = ""):
    """Every declared field as a list of keys/indexes into example_resource()."""
    for name, sub in (node.get("properties") or {}).items():
        path = [*prefix, name]
        yield path, sub
        inner = sub
        if isinstance(sub.get("items"), dict):
            inner, path = sub["items"], [*path, 0]
        if inner.get("properties"):
            yield from _paths(inner, path)


def _set(doc, path, value):
    for p in path[:-1]:
        doc = doc[p]
    doc[path[-1]] = value


@pytest.mark.parametrize("rtype", sorted(rs.load_schemas()))
def test_fast_path_and_jsonschema_agree_on_every_field(rtype):
    """Each declared field given null, and a value of another type: violations() reports exactly
    that top-level field when (and only when) jsonschema rejects the resource."""
    base = rs.example_resource(rtype, 1)
    validator = jsonschema.Draft202012Validator(rs.schema_for(rtype))
    for path, node in _paths(rs.schema_for(rtype)):
        if path == ["id"]:
            continue
        t = node.get("type")
        types = [t] if isinstance(t, str) else list(t)
        wrong = {"string": 3, "integer": "3", "boolean": "true", "array": {"a": 1}, "object": ["a"]}
        for value in (None, wrong[next(x for x in types if x != "null")]):
            r = copy.deepcopy(base)
            _set(r, path, value)
            found = rs.violations(_inv(rtype, r))
            expect_error = not validator.is_valid(r)
            assert expect_error == (value is not None or "null" not in types), (rtype, path, value)
            assert [e["field"] for e in found] == ([str(path[0])] if expect_error else []), (rtype, path, value)
            if expect_error:
                assert found[0]["message"].startswith(rs._path_text(path) + ":"), (found[0]["message"], path)


def test_unrecorded_drops_what_is_already_recorded():
    found = rs.violations(_inv("aws_s3_bucket", _bucket(name=None)))
    assert rs.unrecorded(found, found) == []
    assert rs.unrecorded([], found + found) == found


# --- the collect side -------------------------------------------------------------------

def test_the_builder_records_violations_as_inventory_errors_once():
    b = InventoryBuilder()
    b.add("aws_s3_bucket", _bucket(mfa_delete="Enabled"))
    b.add("aws_s3_bucket", _bucket(id="arn:aws:s3:::ok"))
    b.add("custom_widget", {"id": "w", "name": None})
    doc = b.document()
    assert [(e["resource_id"], e["field"], e["code"]) for e in doc["errors"]] == [
        ("arn:aws:s3:::phi", "mfa_delete", "SchemaViolation")]
    assert b.document()["errors"] == doc["errors"]  # written twice: still one error
    merged = InventoryBuilder()
    merged.merge(doc)  # an inventory that already carries the error (merge, shards)
    assert merged.document()["errors"] == doc["errors"]


def test_the_builder_reports_a_resource_without_id_and_does_not_crash():
    b = InventoryBuilder()
    b.add("aws_kms_key", {"id": "arn:k", "name": "k", "account": "1", "region": "r"})
    b.add("aws_kms_key", {"name": "lost", "account": "1", "region": "r"})
    doc = b.document()
    assert [r.get("id") for r in doc["resources"]["aws_kms_key"]] == ["arn:k", None]
    assert [(e["resource_id"], e["field"], e["message"]) for e in doc["errors"]] == [
        (None, "id", "resources.aws_kms_key[1].id: missing")]


def test_the_builder_fails_closed_when_the_check_itself_fails(monkeypatch):
    def boom(_inv):
        raise RuntimeError("bug")
    monkeypatch.setattr(rs, "violations", boom)
    b = InventoryBuilder()
    b.add("aws_kms_key", {"id": "arn:k", "name": "k", "account": "1", "region": "r"})
    (err,) = b.document()["errors"]
    assert (err["resource_type"], err["resource_id"], err["field"], err["code"]) == (
        "aws_kms_key", None, None, "SchemaCheckFailed")


@pytest.mark.parametrize("family", ["debian", "rhel"])
def test_a_real_host_collection_matches_its_schema(family):
    from hipaa_scan.collectors.host import collect_hosts

    b = InventoryBuilder()
    collect_hosts([], b, local=True, root=ROOT / "tests" / "fixtures" / "hosts" / family)
    doc = b.document()
    assert [e for e in doc["errors"] if e["collector"] == "schema"] == []
    (host,) = doc["resources"]["host"]
    undeclared = [p for p in host if p not in rs.schema_for("host")["properties"]]
    assert undeclared == []


# --- docs -------------------------------------------------------------------------------

def test_docs_resources_md_is_generated_and_up_to_date(capsys):
    assert rs.main(["--markdown"]) == 0
    generated = capsys.readouterr().out
    checked_in = (ROOT / "docs" / "resources.md").read_text(encoding="utf-8")
    assert checked_in == generated, ("docs/resources.md is stale: run "
                                     "`python -m hipaa_scan.scanner.resource_schemas --markdown > docs/resources.md`")
    for rtype in rs.load_schemas():
        assert f"## {rtype}\n" in generated


def test_schemas_are_package_data():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"hipaa_scan.collectors" = ["*/schemas/*.json"]' in text

"""The Rego style linter (scanner/regolint.py, `hipaa-scan policy lint`): each rule on small
modules, violating and compliant; the engine behaviour behind the rules on both engines; the
CLI; and the built-in policies linting clean."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from hipaa_scan.scanner.cli import cli
from hipaa_scan.scanner.engine import UNDEFINED, EmbeddedEngine
from hipaa_scan.scanner.errors import HipaaScanError, PolicyError
from hipaa_scan.scanner.policies import builtin_policy_dir
from hipaa_scan.scanner.regolint import lint_paths, lint_source

HEAD = "deny contains r.id if {"


def module(body: str, head: str = HEAD, extra: str = "", imports: str = "") -> str:
    lines = "\n".join("\t" + ln for ln in body.strip().splitlines())
    return (f"package hipaa.t\n\nimport rego.v1\n{imports}\n{head}\n\tsome r in input.resources.x\n{lines}\n}}\n"
            f"{extra}")


def rules(src: str) -> list[str]:
    return [v.rule for v in lint_source("t.rego", src)]


OK_HELPER = "\n_ok(r) if {\n\tis_number(r.a.b)\n\tr.a.b <= 20\n}\n"
OK2_HELPER = "\n_ok2(r, y) if {\n\tis_number(r.a.b)\n\tr.a.b <= y\n}\n"
OKV_HELPER = "\n_okv(v) if {\n\tis_number(v)\n\tv <= 20\n}\n"
A_HELPER = "\n_a(r) := r.a if is_object(r.a)\n"
RES = "import data.hipaa.lib.resource as res\n"

# ------------------------------------------------------------------ R1
R1_BAD = {
    "comparison": ("not r.a.b <= 20", "", ["R1", "R3"]),
    "not-equal": ("not r.a.b != 5", "", ["R1"]),
    "membership": ('not r.kind in {"a", "b"}', "", ["R1"]),
    "membership collection": ('not "a" in r.kinds', "", ["R1"]),
    "builtin with ref arg": ("not is_array(r.list)", "", ["R1"]),
    "helper with ref arg": ("not _okv(r.a.b)", OKV_HELPER, ["R1"]),
    "helper with composite holding a ref": ("not _ok2(r, [r.x])", OK2_HELPER, ["R1"]),
    "ref as index": ("not data.m[r.x]", "", ["R1"]),
    "ref rooted at a call": ("not _a(r).b", A_HELPER, ["R1"]),
    "helper call as operand": ("not _a(r) == 5", A_HELPER, ["R1"]),
    "helper call beside a plain ref": ("not r.a.b == _a(r)", A_HELPER, ["R1"]),
    "composite holding a ref beside ==": ("not [r.a.b] == [5]", "", ["R1"]),
    "arithmetic": ("not r.n + 1 > 3", "", ["R1"]),
    "string builtin": ('not startswith(r.name, "a")', "", ["R1", "R5"]),
    "count": ("not count(r.list) > 0", "", ["R1", "R5"]),
    "inside a comprehension": ("names := {v.id | some v in input.resources.y; not _okv(v.n)}", OKV_HELPER, ["R1"]),
    "inside every": ("every v in input.l {\n\tnot _okv(v.n)\n}", OKV_HELPER, ["R1"]),
    "id of a non-resource": ("some s in input.resources.y\nis_array(s.items)\nsome i in s.items\nnot _okv(i.id)",
                             OKV_HELPER, ["R1"]),
}
R1_GOOD = {
    "bare ref": ("not r.enabled", ""),
    "bare nested ref": ("not r.a.b.c", ""),
    "eq literal": ("not r.encrypted == true", ""),
    "eq string": ('not r.a.b == "s"', ""),
    "eq null": ("not r.a.b == null", ""),
    "literal eq ref": ("not 5 == r.a.b", ""),
    "ref eq ref": ("not r.a.b == r.a.c", ""),
    "unify": ("not r.a.b = 5", ""),
    "var index": ("some k in [\"a\"]\nnot r.tags[k]", ""),
    "string index": ('not r.tags["Name"] == "x"', ""),
    "helper of a var": ("not _ok(r)", OK_HELPER),
    "helper of vars and literals": ('not _ok2(r, 20)', OK2_HELPER),
    "helper of a literal composite": ('not _ok2(r, [5])', OK2_HELPER),
    "builtin of a var": ('x := "b"\nnot startswith(x, "a")', ""),
    "nested builtin of a var": ("x := [1]\nnot count(x) > 1", ""),
    "resource id": ("not _okv(r.id)", OKV_HELPER),
    "guarded before": ("is_number(r.a.b)\nnot r.a.b <= 20", ""),
    "evaluated before": ("x := r.a.b\nis_number(x)\nnot r.a.b <= 20", ""),
    "data function": ("not data.hipaa.lib.x.covered(r)", ""),
    "var": ("x := r.id\nnot x", ""),
    "ref eq builtin of literals": ('not r.a.b == lower("X")', ""),
}


@pytest.mark.parametrize("name", sorted(R1_BAD))
def test_r1_reports_refs_that_opa_hoists(name):
    body, extra, expected = R1_BAD[name]
    assert sorted(rules(module(body, extra=extra))) == sorted(expected)


@pytest.mark.parametrize("name", sorted(R1_GOOD))
def test_r1_allows_the_forms_safe_on_both_engines(name):
    body, extra = R1_GOOD[name]
    assert rules(module(body, extra=extra)) == []


def test_r1_in_helpers_and_function_heads():
    src = module("not _bad(r)", extra="\n_bad(r) if {\n\tnot r.x in {1}\n}\n")
    assert rules(src) == ["R1"]


# ------------------------------------------------------------------ R2
R2_BAD = {
    "name": '{"id": r.id, "msg": r.name}',
    "sprintf arg": '{"id": r.id, "msg": sprintf("%s has %v.", [r.id, r.config.x])}',
    "helper of a ref": '{"id": r.id, "msg": res.text(r.size)}',
    "nested object": '{"id": r.id, "msg": "m.", "extra": {"n": r.name}}',
}
R2_GOOD = {
    "id and literal": ('{"id": r.id, "msg": "Bad."}', ""),
    "label helper": ('{"id": r.id, "msg": sprintf("Bucket %s is bad.", [res.label(r)])}', ""),
    "body var": ('{"id": r.id, "msg": sprintf("%s: %v.", [r.id, n])}', "n := object.get(r, \"n\", 0)"),
    "evaluated in the body": ('{"id": r.id, "msg": sprintf("%s has %s.", [r.id, r.ip])}', "is_string(r.ip)"),
    "constant lookup": ('{"id": r.id, "msg": _kinds[k]}', 'some k in ["a"]'),
    "object.get": ('{"id": r.id, "msg": object.get(r, "name", "?")}', ""),
}


@pytest.mark.parametrize("name", sorted(R2_BAD))
def test_r2_reports_head_fields_that_may_be_missing(name):
    src = module("true", head=f"deny contains {R2_BAD[name]} if {{", imports=RES)
    assert rules(src) == ["R2"]


@pytest.mark.parametrize("name", sorted(R2_GOOD))
def test_r2_allows_id_body_vars_and_helpers(name):
    key, body = R2_GOOD[name]
    src = module(body or "true", head=f"deny contains {key} if {{", imports=RES,
                 extra='\n_kinds := {"a": "A"}\n')
    assert rules(src) == []


def test_r2_covers_every_partial_set_head():
    """deny, not_applicable and helper sets alike: regorus drops or raises on the whole set when
    one entry's head is undefined (a trail without `account` blinded AWS-CT-01/04)."""
    na = module("true", head='not_applicable contains {"id": r.id, "reason": sprintf("%s.", [r.kind])} if {')
    assert rules(na) == ["R2"]
    other = module("true", head='report contains {"id": r.id, "msg": r.name} if {')
    assert rules(other) == ["R2"]
    helper = module("true", head="_accounts contains r.account if {")
    assert rules(helper) == ["R2"]
    guarded = module("is_string(r.account)", head="_accounts contains r.account if {")
    assert rules(guarded) == []


# ------------------------------------------------------------------ R3
R3_BAD = {
    "ref": ("r.n > 5", 1),
    "nested ref": ("r.a.b <= 20", 1),
    "both sides": ("r.a < r.b", 2),
    "alias": ("x := r.n\nx >= 5", 1),
    "guarded elsewhere only": ("is_string(r.m)\nr.n > 5", 1),
    "string guard against a number": ("is_string(r.n)\nr.n > 5", 1),
    "element of a list": ("is_array(r.rules)\nsome rule in r.rules\nrule.port > 22", 1),
}
R3_GOOD = {
    "guarded": ("is_number(r.n)\nr.n > 5", ""),
    "guarded alias": ("x := r.n\nis_number(x)\nx >= 5", ""),
    "guard then alias": ("is_number(r.n)\nx := r.n\nx >= 5", ""),
    "string comparison guarded as string": ('is_string(r.day)\nr.day >= "2024-01-01"', ""),
    "guard in a helper": ("_num(r)\nr.n > 5", "\n_num(r) if is_number(r.n)\n"),
    "count": ("is_array(r.l)\ncount(r.l) > 0", ""),
    "vars": ("some n in [1, 2]\nn > 1", ""),
    "literal equality": ("r.n == 5\nr.n > 1", ""),
    "type_name": ('type_name(r.n) == "number"\nr.n > 1', ""),
}


@pytest.mark.parametrize("name", sorted(R3_BAD))
def test_r3_reports_unguarded_ordering(name):
    body, n = R3_BAD[name]
    assert rules(module(body)) == ["R3"] * n


@pytest.mark.parametrize("name", sorted(R3_GOOD))
def test_r3_allows_guarded_comparisons(name):
    body, extra = R3_GOOD[name]
    assert rules(module(body, extra=extra)) == []


# ------------------------------------------------------------------ R4
R4_BAD = {
    "some in": "some x in r.list",
    "some k, v in": "some k, v in r.tags",
    "comprehension": "xs := [v | some v in r.list]",
    "alias": "l := r.list\nsome x in l",
    "wrong guard": "is_string(r.list)\nsome x in r.list",
    "nested resource field": "some x in input.resources.y[0].list",
}
R4_GOOD = {
    "inventory list": ("some x in input.resources.y", ""),
    "inventory list by index": ('some x in input.resources["y"]', ""),
    "guarded array": ("is_array(r.list)\nsome x in r.list", ""),
    "guarded object": ("is_object(r.tags)\nsome k, v in r.tags", ""),
    "guarded set": ("is_set(r.s)\nsome x in r.s", ""),
    "guard in an enclosing body": ("is_array(r.list)\nxs := [v | some v in r.list]", ""),
    "every is not checked": ("every x in r.list {\n\tx == 1\n}", ""),
    "literal": ("some x in [1, 2]", ""),
    "data": ("some x in data.hipaa.lib.names", ""),
    "rule constant": ("some x in _names", '\n_names := {"a", "b"}\n'),
    "call": ('some x in object.get(r, "list", [])', ""),
    "helper guard": ("_list(r)\nsome x in r.list", "\n_list(r) if is_array(r.list)\n"),
    "helper guard with two args": ('some v in ["a", "b"]\n_list2(r, v)\nsome x in r.lists[v]',
                                   "\n_list2(r, v) if is_array(r.lists[v])\n"),
}


@pytest.mark.parametrize("name", sorted(R4_BAD))
def test_r4_reports_unguarded_iteration(name):
    assert rules(module(R4_BAD[name])) == ["R4"]


@pytest.mark.parametrize("name", sorted(R4_GOOD))
def test_r4_allows_guarded_iteration(name):
    body, extra = R4_GOOD[name]
    assert rules(module(body, extra=extra)) == []


def test_helper_guards_need_every_definition():
    extra = "\n_list(r) if is_array(r.list)\n\n_list(r) if r.legacy == true\n"
    assert rules(module("_list(r)\nsome x in r.list", extra=extra)) == ["R4"]
    default = "\ndefault _list(_) := true\n\n_list(r) if is_array(r.list)\n"
    assert rules(module("_list(r)\nsome x in r.list", extra=default)) == ["R4"]


def test_comprehension_elements_carry_their_guards():
    extra = ("\n_items(r) := [i |\n\tis_array(r.items)\n\tsome i in r.items\n\tis_string(i.name)\n]\n")
    assert rules(module('some i in _items(r)\nstartswith(i.name, "a")', extra=extra)) == []
    assert rules(module('some i in _items(r)\nstartswith(i.kind, "a")', extra=extra)) == ["R5"]


def test_private_helpers_start_with_what_every_call_site_knows():
    helper = "\n_names(r) := [n | some n in r.list]\n"
    guarded = module('is_array(r.list)\nx := _names(r)', extra=helper)
    assert rules(guarded) == []
    one_unguarded = module('is_array(r.list)\nx := _names(r)', extra=helper + "\ny := _names(input.other)\n")
    assert rules(one_unguarded) == ["R4"]
    public = module('is_array(r.list)\nx := names(r)', extra="\nnames(r) := [n | some n in r.list]\n")
    assert rules(public) == ["R4"]


def test_object_get_guards_the_field_unless_the_default_passes_the_guard():
    body = 'l := object.get(r, ["a", "b"], null)\nis_array(l)\nsome x in r.a.b'
    assert rules(module(body)) == []
    assert rules(module(body.replace("null", "[]"))) == ["R4"]
    assert rules(module('l := object.get(r, "names", null)\nis_array(l)\nsome x in r.names')) == []


LIB = ("lib/host.rego", 'package hipaa.lib.host\n\nimport rego.v1\n\nstring_list(h, path) if {\n'
       '\tl := object.get(h, path, null)\n\tis_array(l)\n\tevery v in l {\n\t\tis_string(v)\n\t}\n}\n\n'
       'items(h) := [i |\n\tis_array(h.items)\n\tsome i in h.items\n\tis_string(i.name)\n]\n')


def test_helpers_of_an_imported_library_are_followed():
    imports = "import data.hipaa.lib.host as lib\n"
    guarded = module('lib.string_list(r, ["ssh", "ciphers"])\nsome c in r.ssh.ciphers', imports=imports)
    assert rules(guarded) == ["R4"]  # without the library: not followed
    assert lint_source("t.rego", guarded, library=[LIB]) == []
    elements = module('some i in lib.items(r)\nstartswith(i.name, "a")', imports=imports)
    assert lint_source("t.rego", elements, library=[LIB]) == []
    by_data = module('data.hipaa.lib.host.string_list(r, "macs")\nsome c in r.macs')
    assert lint_source("t.rego", by_data, library=[LIB]) == []
    other_path = module('lib.string_list(r, ["ssh", "macs"])\nsome c in r.ssh.ciphers', imports=imports)
    assert [v.rule for v in lint_source("t.rego", other_path, library=[LIB])] == ["R4"]


def test_lint_paths_follows_the_libraries_it_lints(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "host.rego").write_text(LIB[1])
    (tmp_path / "host").mkdir()
    (tmp_path / "host" / "p.rego").write_text(module('lib.string_list(r, ["ssh", "ciphers"])\nsome c in r.ssh.ciphers',
                                                     imports="import data.hipaa.lib.host as lib\n"))
    report = lint_paths([tmp_path])
    assert (report.files, report.violations, report.errors) == (2, [], [])


# ------------------------------------------------------------------ R5
R5_BAD = {
    "lower": 'lower(r.name) == "x"',
    "startswith": 'startswith(r.name, "x")',
    "contains second arg": 'contains("abc", r.part)',
    "regex.match value": 'regex.match("^a", r.name)',
    "trim_space": 'trim_space(r.name) == "x"',
    "split": 'count(split(r.name, ",")) > 1',
    "strings.any_prefix_match": 'strings.any_prefix_match(r.names, "a")',
    "count": "count(r.list) > 0",
    "concat": 'concat(",", r.list) == ""',
    "alias": 'n := r.name\nendswith(n, "x")',
    "in a function head": None,
}
R5_GOOD = {
    "guarded": ('is_string(r.name)\nlower(r.name) == "x"', ""),
    "guarded alias": ('n := r.name\nis_string(n)\nendswith(n, "x")', ""),
    "literal equality": ('r.kind == "a"\nstartswith(r.kind, "a")', ""),
    "sprintf args": ('sprintf("%v", [r.name]) != ""', ""),
    "count of a string": ('is_string(r.name)\ncount(r.name) > 0', ""),
    "count of an object": ("is_object(r.tags)\ncount(r.tags) > 0", ""),
    "any_prefix_match of an array": ('is_array(r.names)\nstrings.any_prefix_match(r.names, "a")', ""),
    "plain var": ('some n in ["a"]\nlower(n) == "a"', ""),
    "constant": ('lower(_name) == "a"', '\n_name := "A"\n'),
    "guard in a helper head": ("x := _name_of(r)", '\n_name_of(r) := lower(r.name) if is_string(r.name)\n'),
}


@pytest.mark.parametrize("name", sorted(R5_BAD))
def test_r5_reports_unguarded_string_builtins(name):
    body = R5_BAD[name]
    if body is None:
        src = module("x := _name_of(r)", extra="\n_name_of(r) := lower(r.name)\n")
    else:
        src = module(body)
    assert rules(src) == ["R5"]


@pytest.mark.parametrize("name", sorted(R5_GOOD))
def test_r5_allows_guarded_string_builtins(name):
    body, extra = R5_GOOD[name]
    assert rules(module(body, extra=extra)) == []


# ------------------------------------------------------------------ positions, files, errors
def test_position_and_format_count_characters_not_bytes():
    src = module('x := "é→"\nnot r.kind in {"a"}')
    [v] = lint_source("p/t.rego", src)
    line_no = src.splitlines().index('\tnot r.kind in {"a"}') + 1
    assert (v.line, v.col, v.rule) == (line_no, 6, "R1")
    assert str(v).startswith(f"p/t.rego:{line_no}:6: R1 `r.kind` inside `not`")


def test_a_module_that_does_not_parse_raises_policy_error():
    with pytest.raises(PolicyError):
        lint_source("t.rego", "package t\n\ndeny contains 1 if {\n")


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "aws" / "x").mkdir(parents=True)
    (tmp_path / "lib").mkdir()
    (tmp_path / "aws" / "x" / "bad.rego").write_text(module("not r.x in {1}"))
    (tmp_path / "aws" / "x" / "bad_test.rego").write_text(module("not r.x in {1}"))
    (tmp_path / "aws" / "x" / "good.rego").write_text(module("not r.x == 1"))
    (tmp_path / "lib" / "helpers.rego").write_text(
        "package hipaa.lib.helpers\n\nimport rego.v1\n\nf(r) if lower(r.name) == \"a\"\n")
    return tmp_path


def test_lint_paths_skips_tests_and_covers_libraries(tmp_path):
    report = lint_paths([_tree(tmp_path)])
    assert report.files == 3 and report.errors == []
    assert sorted((Path(v.path).name, v.rule) for v in report.violations) == [("bad.rego", "R1"),
                                                                             ("helpers.rego", "R5")]


def test_cli_prints_one_line_per_violation_and_exits_1(tmp_path):
    r = CliRunner().invoke(cli, ["policy", "lint", "--policy-dir", str(_tree(tmp_path))])
    lines = r.output.strip().splitlines()
    assert r.exit_code == 1, r.output
    assert len(lines) == 3 and lines[-1] == "2 violations in 2 of 3 files"
    assert lines[0].split(": ", 1)[1].startswith("R1 ") and ":" in lines[0].split(" ")[0]


def test_cli_exits_0_on_clean_code_and_2_on_a_file_that_does_not_parse(tmp_path):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "good.rego").write_text(module("not r.x == 1"))
    r = CliRunner().invoke(cli, ["policy", "lint", "--policy-dir", str(tmp_path / "ok")])
    assert (r.exit_code, r.output.strip()) == (0, "0 violations in 0 of 1 files")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "b.rego").write_text("package b\n\ndeny contains 1 if {\n")
    r = CliRunner().invoke(cli, ["policy", "lint", "--policy-dir", str(tmp_path / "broken")])
    assert r.exit_code == 2
    assert "b.rego" in r.output and "do not parse" in r.output


# ------------------------------------------------------------------ the engines behind the rules
def _eval_both(src: str, resources: list[dict]):
    """deny of ``src`` on regorus and on OPA: a sorted list, or 'error'."""
    opa_bindings = pytest.importorskip("opa_bindings")
    doc = {"resources": {"x": resources}}
    out = []
    try:
        e = EmbeddedEngine()
        e.add_module("t.rego", src)
        e.set_input(doc)
        v = e.eval_rule("data.hipaa.t.deny")
        out.append([] if v is UNDEFINED else sorted(v, key=json.dumps))
    except HipaaScanError:
        out.append("error")
    o = opa_bindings.OpaEngine()
    try:
        o.add_policy("t.rego", src)
        try:
            out.append(sorted(o.eval_document("hipaa.t.deny", doc), key=json.dumps))
        except opa_bindings.OpaUndefinedError:
            out.append([])
        except opa_bindings.OpaError:
            out.append("error")
    finally:
        o.close()
    return out


MISSING = [{"id": "missing"}, {"id": "null", "a": None}, {"id": "low", "a": {"b": 5}},
           {"id": "high", "a": {"b": 50}}]


@pytest.mark.parametrize("body,extra", [
    ("not r.a.b <= 20", ""),
    ("not r.a.b != 5", ""),
    ("not r.a.b in {5}", ""),
    ("not is_number(r.a.b)", ""),
    ("not _okv(r.a.b)", OKV_HELPER),
    ("not _a(r).b", A_HELPER),
])
def test_what_r1_reports_differs_between_the_engines(body, extra):
    src = module(body, extra=extra)
    assert "R1" in rules(src)
    regorus, opa = _eval_both(src, MISSING)
    assert regorus != opa and "missing" in regorus and "missing" not in opa


@pytest.mark.parametrize("body,extra", [
    ("not r.a", ""),
    ("not r.a.b == 5", ""),
    ("not r.a.b == r.a.c", ""),
    ("not _ok(r)", OK_HELPER),
    ("not _ok2(r, 20)", OK2_HELPER),
    ("is_number(r.a.b)\nnot r.a.b <= 20", ""),
])
def test_what_r1_allows_agrees_on_both_engines(body, extra):
    src = module(body, extra=extra)
    assert "R1" not in rules(src)
    regorus, opa = _eval_both(src, MISSING)
    assert regorus == opa


def test_what_r2_reports_drops_or_raises_on_regorus_only():
    src = module("true", head='deny contains {"id": r.id, "msg": sprintf("%v", [r.a.b])} if {')
    assert rules(src) == ["R2"]
    regorus, opa = _eval_both(src, MISSING)
    assert len(opa) == 2 and regorus != opa
    ok = module("is_number(r.a.b)", head='deny contains {"id": r.id, "msg": sprintf("%v", [r.a.b])} if {')
    assert rules(ok) == []
    assert _eval_both(ok, MISSING)[0] == _eval_both(ok, MISSING)[1]


@pytest.mark.parametrize("body", ['some x in r.a', 'startswith(r.a, "x")', "count(r.a) > 0"])
def test_what_r4_and_r5_report_raises_on_an_engine(body):
    src = module(body)
    assert rules(src) in (["R4"], ["R5"])
    assert "error" in _eval_both(src, [{"id": "n", "a": None}])


def test_every_over_a_scalar_is_false_on_both_engines_so_r4_skips_it():
    src = module("every x in r.a {\n\tx == 1\n}")
    assert rules(src) == []
    for a in (None, "s", False, 5):
        assert _eval_both(src, [{"id": "n", "a": a}]) == [[], []]


# ------------------------------------------------------------------ the built-in policies
def test_builtin_policies_lint_clean():
    """Every built-in policy and library module follows the style (R1-R5)."""
    report = lint_paths([builtin_policy_dir()])
    assert report.errors == []
    by_dir: dict[str, list[str]] = defaultdict(list)
    for v in report.violations:
        by_dir[str(Path(v.path).parent)].append(str(v))
    assert dict(by_dir) == {}

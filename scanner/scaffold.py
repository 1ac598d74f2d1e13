"""``hipaa-scan policy new``: a custom control and its test, ready to pass ``policy test``.

The skeleton follows the policy style of docs/contracts.md and docs/engines.md: METADATA with
the ``custom`` contract, ``import rego.v1``, a deny that fails closed on both engines
(``not r.<field> == true``, so a missing, null or non-boolean field denies) and names the
resource through ``hipaa.lib.resource.label``, and a test package that asserts, by exact ids,
a real pass, a real fail, the field missing, null and of the wrong type, and several resources
of which one fails.
"""

from __future__ import annotations

import re
from pathlib import Path

from hipaa_scan.scanner.catalogue import load_catalogue
from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.policies import _ID_RE, SEVERITIES, load_policy_set

_TYPE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_FIELD_RE = re.compile(r"^[a-z_][a-z0-9_]*$")

POLICY_TEMPLATE = """\
# METADATA
# title: {title}
# description: Each {resource_type} must have {field} set to true. Edit this description to say why it matters for ePHI.
# custom:
#   id: {id}
#   severity: {severity}
#   hipaa: [{hipaa}]
#   resource_type: {resource_type}
#   evidence: [{field}]
#   remediation: Set {field} to true on the resource.
package {package}

import data.hipaa.lib.resource as res
import rego.v1

deny contains {{"id": r.id, "msg": sprintf("%s does not have {field} set to true.", [res.label(r)])}} if {{
	some r in input.resources.{resource_type}
	not r.{field} == true
}}
"""

TEST_TEMPLATE = """\
package {package}_test

import data.{package} as policy
import data.hipaa.lib.testing as t
import rego.v1

_input(resources) := t.inventory("{resource_type}", resources)

test_compliant_passes if {{
	t.ids(policy.deny) == set() with input as _input([{{"id": "r1", "name": "r1", "{field}": true}}])
}}

test_disabled_fails if {{
	policy.deny == {{{{"id": "r1", "msg": "r1 does not have {field} set to true."}}}}
		with input as _input([{{"id": "r1", "name": "r1", "{field}": false}}])
}}

test_missing_field_fails if {{
	t.ids(policy.deny) == {{"r1"}} with input as _input([{{"id": "r1", "name": "r1"}}])
}}

test_null_field_fails if {{
	t.ids(policy.deny) == {{"r1"}} with input as _input([{{"id": "r1", "name": "r1", "{field}": null}}])
}}

test_wrong_type_fails if {{
	t.ids(policy.deny) == {{"r1"}} with input as _input([{{"id": "r1", "name": "r1", "{field}": "true"}}])
}}

test_only_the_failing_resource_fails if {{
	t.ids(policy.deny) == {{"r2"}} with input as _input([
		{{"id": "r1", "name": "r1", "{field}": true}},
		{{"id": "r2", "{field}": false}},
		{{"id": "r3", "name": "r3", "{field}": true}},
	])
}}
"""


def snake(control_id: str) -> str:
    return control_id.lower().replace("-", "_")


def new_policy(control_id: str, resource_type: str, directory: Path, *, severity: str = "medium",
               hipaa: tuple[str, ...] = ("164.312(a)(1)",), field: str = "enabled",
               title: str | None = None, force: bool = False) -> tuple[Path, Path]:
    """Write ``<dir>/custom/<resource_type>/<id>.rego`` and its test; return both paths."""
    if not _ID_RE.match(control_id):
        raise InputError(f"control id {control_id!r} is not of the form AREA-SVC-NN (upper case, dashes)", "ID")
    if not _TYPE_RE.match(resource_type):
        raise InputError(f"resource type {resource_type!r} is not snake_case (e.g. aws_s3_bucket)", "--resource-type")
    if not _FIELD_RE.match(field):
        raise InputError(f"field {field!r} is not a snake_case field name", "--field")
    if severity not in SEVERITIES:
        raise InputError(f"severity {severity!r} is not one of {', '.join(SEVERITIES)}", "--severity")
    catalogue = load_catalogue()
    for c in hipaa:
        if c not in catalogue:
            raise InputError(f"unknown HIPAA citation {c!r} (not in the Security Rule catalogue)", "--hipaa")
    directory = Path(directory)
    existing = load_policy_set([directory] if directory.is_dir() else [])
    if control_id in existing.by_id():
        raise InputError(f"control id {control_id} is already defined by {existing.by_id()[control_id].path}", "ID")
    folder = directory / "custom" / resource_type
    name = snake(control_id)
    policy_path = folder / f"{name}.rego"
    test_path = folder / f"{name}_test.rego"
    for p in (policy_path, test_path):
        if p.exists() and not force:
            raise InputError("already exists; use --force to overwrite it", str(p))
    package = f"hipaa.custom.{resource_type}.{name}"
    values = {"id": control_id, "severity": severity, "resource_type": resource_type, "field": field,
              "package": package, "hipaa": ", ".join(f'"{c}"' for c in hipaa),
              "title": title or f"{resource_type} resources have {field} set to true"}
    folder.mkdir(parents=True, exist_ok=True)
    policy_path.write_text(POLICY_TEMPLATE.format(**values), encoding="utf-8")
    test_path.write_text(TEST_TEMPLATE.format(**values), encoding="utf-8")
    return policy_path, test_path

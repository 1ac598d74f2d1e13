package hipaa.iac.kubernetes.privileged_test

import data.hipaa.lib.testing as t
import data.hipaa.iac.kubernetes.privileged as policy
import rego.v1

# One checkov result of CKV_K8S_16 (IAC-K8S-01), as the IaC collector records it.
_check(id, fields) := object.union(
	{
		"id": id, "name": "aws_x.y", "check_id": "CKV_K8S_16", "check_name": "Ensure y is configured",
		"result": "passed", "resource_address": "aws_x.y", "framework": "terraform", "file": "main.tf",
		"file_path": "main.tf", "start_line": 3, "end_line": 9, "line_range": [3, 9],
	},
	fields,
)

_one(fields) := t.inventory("iac_check", [_check("main.tf:aws_x.y:CKV_K8S_16", fields)])

_scope := {"IAC-K8S-01": {"field": "check_id", "in": ["CKV_K8S_16", "CKV_K8S_2", "CKV_K8S_20", "CKV_K8S_5", "CKV_K8S_17", "CKV_K8S_18", "CKV_K8S_19", "CKV_K8S_1", "CKV_K8S_3", "CKV_K8S_4", "CKV_K8S_23", "CKV_K8S_6", "CKV_K8S_27", "CKV_K8S_39", "CKV_AWS_334", "CKV_AWS_210", "CKV_AWS_316"]}}

test_passed_check_is_compliant if {
	t.ids(policy.deny) == set() with input as _one({})
}

test_failed_check_denies if {
	policy.deny == {{
		"id": "main.tf:aws_x.y:CKV_K8S_16",
		"msg": "aws_x.y (main.tf:3) fails CKV_K8S_16: Ensure y is configured.",
	}} with input as _one({"result": "failed"})
}

test_skip_comment_is_not_denied if {
	t.ids(policy.deny) == set() with input as _one({"result": "skipped", "suppressed": {"reason": "accepted risk", "source": "checkov"}})
}

test_skipped_without_reason_denies if {
	policy.deny == {{
		"id": "main.tf:aws_x.y:CKV_K8S_16",
		"msg": "aws_x.y (main.tf:3) skips CKV_K8S_16 without a recorded reason: Ensure y is configured.",
	}} with input as _one({"result": "skipped"})
}

test_skipped_with_null_reason_denies if {
	t.ids(policy.deny) == {"main.tf:aws_x.y:CKV_K8S_16"} with input as _one({"result": "skipped", "suppressed": {"reason": null}})
}

test_skipped_with_blank_reason_denies if {
	t.ids(policy.deny) == {"main.tf:aws_x.y:CKV_K8S_16"} with input as _one({"result": "skipped", "suppressed": {"reason": " "}})
}

test_missing_result_denies if {
	policy.deny == {{
		"id": "main.tf:aws_x.y:CKV_K8S_16",
		"msg": "aws_x.y (main.tf:3) has no valid checkov result for CKV_K8S_16: Ensure y is configured.",
	}} with input as t.inventory("iac_check", [object.remove(_check("main.tf:aws_x.y:CKV_K8S_16", {}), ["result"])])
}

test_null_result_denies if {
	t.ids(policy.deny) == {"main.tf:aws_x.y:CKV_K8S_16"} with input as _one({"result": null})
}

test_unknown_result_denies if {
	t.ids(policy.deny) == {"main.tf:aws_x.y:CKV_K8S_16"} with input as _one({"result": "unknown"})
}

test_wrong_type_result_denies if {
	t.ids(policy.deny) == {"main.tf:aws_x.y:CKV_K8S_16"} with input as _one({"result": true})
}

test_missing_message_fields_still_deny if {
	policy.deny == {{
		"id": "main.tf:aws_x.y:CKV_K8S_16",
		"msg": "main.tf:aws_x.y:CKV_K8S_16 (?:?) fails CKV_K8S_16: no check name.",
	}} with input as t.inventory("iac_check", [object.remove(_check("main.tf:aws_x.y:CKV_K8S_16", {"result": "failed"}), ["check_name", "resource_address", "file", "start_line"])])
}

test_null_message_fields_still_deny if {
	policy.deny == {{
		"id": "main.tf:aws_x.y:CKV_K8S_16",
		"msg": "main.tf:aws_x.y:CKV_K8S_16 (?:?) fails CKV_K8S_16: no check name.",
	}} with input as _one({"result": "failed", "check_name": null, "resource_address": null, "file": null, "start_line": null})
}

test_several_checks_only_unpassed_deny if {
	t.ids(policy.deny) == {"b", "c", "d", "f"} with input as t.inventory("iac_check", [
		_check("a", {}),
		_check("b", {"result": "failed"}),
		_check("c", {"result": null, "check_name": null}),
		object.remove(_check("d", {"result": "failed"}), ["check_name", "file", "start_line", "resource_address"]),
		_check("e", {"result": "skipped", "suppressed": {"reason": "accepted risk"}}),
		_check("f", {"result": "skipped"}),
	])
}

test_failed_check_in_scope_denies if {
	t.ids(policy.deny) == {"main.tf:aws_x.y:CKV_K8S_16"} with input as _one({"result": "failed"}) with data.hipaa_scope as _scope
}

test_failed_check_outside_scope_is_not_this_controls if {
	t.ids(policy.deny) == set() with input as _one({"result": "failed", "check_id": "CKV_OTHER_1"})
		with data.hipaa_scope as _scope
}

test_missing_result_in_scope_denies if {
	t.ids(policy.deny) == {"main.tf:aws_x.y:CKV_K8S_16"} with input as t.inventory("iac_check", [object.remove(_check("main.tf:aws_x.y:CKV_K8S_16", {}), ["result"])])
		with data.hipaa_scope as _scope
}

test_several_checks_in_scope_only_unpassed_in_scope_deny if {
	t.ids(policy.deny) == {"b", "c"} with input as t.inventory("iac_check", [
		_check("a", {}),
		_check("b", {"result": "failed"}),
		_check("c", {"result": null, "check_id": "CKV_AWS_316"}),
		_check("d", {"result": "failed", "check_id": "CKV_OTHER_1"}),
		object.remove(_check("e", {"result": "failed"}), ["check_id"]),
		_check("f", {"check_id": "CKV_AWS_316"}),
	])
		with data.hipaa_scope as _scope
}

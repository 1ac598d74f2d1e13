package hipaa.iac.exposure.storage_public_test

import data.hipaa.iac.exposure.storage_public as policy
import rego.v1

_check(fields) := {"resources": {"iac_check": [object.union(
	{
		"id": "main.tf:aws_x.y:CKV_AWS_53", "name": "aws_x.y", "check_id": "CKV_AWS_53",
		"check_name": "Ensure y is configured", "resource_address": "aws_x.y", "framework": "terraform",
		"file": "main.tf", "start_line": 3, "end_line": 9,
	},
	fields,
)]}}

test_passed_check_is_compliant if {
	count(policy.deny) == 0 with input as _check({"result": "passed"})
}

test_failed_check_denies if {
	policy.deny == {{
		"id": "main.tf:aws_x.y:CKV_AWS_53",
		"msg": "aws_x.y (main.tf:3) fails CKV_AWS_53: Ensure y is configured.",
	}} with input as _check({"result": "failed"})
}

test_skip_comment_is_not_denied if {
	count(policy.deny) == 0 with input as _check({"result": "skipped", "suppressed": {"reason": "accepted risk", "source": "checkov"}})
}

test_skipped_without_reason_denies if {
	count(policy.deny) == 1 with input as _check({"result": "skipped"})
}

test_missing_result_denies if {
	count(policy.deny) == 1 with input as _check({})
}

_scope := {"IAC-PUB-01": {"field": "check_id", "in": ["CKV_AWS_53"]}}

test_failed_check_in_scope_denies if {
	count(policy.deny) == 1 with input as _check({"result": "failed"}) with data.hipaa_scope as _scope
}

test_failed_check_outside_scope_is_not_this_controls if {
	count(policy.deny) == 0 with input as _check({"result": "failed", "check_id": "CKV_OTHER_1"})
		with data.hipaa_scope as _scope
}

test_missing_result_in_scope_denies if {
	count(policy.deny) == 1 with input as _check({}) with data.hipaa_scope as _scope
}

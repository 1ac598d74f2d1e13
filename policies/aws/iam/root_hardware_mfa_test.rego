package hipaa.aws.iam.root_hardware_mfa_test

import data.hipaa.aws.iam.root_hardware_mfa as policy
import data.hipaa.lib.testing as t
import rego.v1

_a(id, root) := {"id": id, "name": id, "root": root}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_account", [_a("111", {"hardware_mfa": true})])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "111", "msg": "The root user of account 111 has no hardware MFA device."}} with input as t.inventory("aws_account", [_a("111", {"hardware_mfa": false})])
}

test_some_fail if {
	t.ids(policy.deny) == {"222"} with input as t.inventory("aws_account", [_a("111", {"hardware_mfa": true}), _a("222", {"hardware_mfa": false})])
}

test_missing_fails if {
	t.ids(policy.deny) == {"111", "222"} with input as t.inventory("aws_account", [{"id": "111"}, _a("222", {})])
}

test_null_fails if {
	t.ids(policy.deny) == {"111", "222"} with input as t.inventory("aws_account", [_a("111", null), _a("222", {"hardware_mfa": null})])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"111", "222"} with input as t.inventory("aws_account", [_a("111", "true"), _a("222", {"hardware_mfa": "true"})])
}

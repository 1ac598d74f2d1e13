package hipaa.aws.iam.root_access_keys_test

import data.hipaa.aws.iam.root_access_keys as policy
import data.hipaa.lib.testing as t
import rego.v1

_a(id, root) := {"id": id, "name": id, "root": root}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_account", [_a("111", {"access_keys_present": false})])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "111", "msg": "The root user of account 111 has access keys."}} with input as t.inventory("aws_account", [_a("111", {"access_keys_present": true})])
}

test_some_fail if {
	t.ids(policy.deny) == {"222"} with input as t.inventory("aws_account", [_a("111", {"access_keys_present": false}), _a("222", {"access_keys_present": true})])
}

test_missing_fails if {
	t.ids(policy.deny) == {"111", "222"} with input as t.inventory("aws_account", [{"id": "111"}, _a("222", {})])
}

test_null_fails if {
	t.ids(policy.deny) == {"111", "222"} with input as t.inventory("aws_account", [_a("111", null), _a("222", {"access_keys_present": null})])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"111", "222"} with input as t.inventory("aws_account", [_a("111", "false"), _a("222", {"access_keys_present": "false"})])
}

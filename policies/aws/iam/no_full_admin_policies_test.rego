package hipaa.aws.iam.no_full_admin_policies_test

import data.hipaa.aws.iam.no_full_admin_policies as policy
import data.hipaa.lib.testing as t
import rego.v1

test_scoped_policy_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_iam_policy", [{"id": "p", "name": "ReadOnly", "full_admin": false}])
}

test_full_admin_fails if {
	policy.deny == {{"id": "p", "msg": "IAM policy Admin allows every action on every resource."}} with input as t.inventory("aws_iam_policy", [{"id": "p", "name": "Admin", "full_admin": true}])
}

test_some_fail if {
	t.ids(policy.deny) == {"admin"} with input as t.inventory("aws_iam_policy", [{"id": "ro", "full_admin": false}, {"id": "admin", "full_admin": true}])
}

test_missing_fails if {
	policy.deny == {{"id": "p", "msg": "IAM policy p: its document could not be read."}} with input as t.inventory("aws_iam_policy", [{"id": "p"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"p"} with input as t.inventory("aws_iam_policy", [{"id": "p", "full_admin": null}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"p"} with input as t.inventory("aws_iam_policy", [{"id": "p", "full_admin": "false"}])
}

package hipaa.aws.rds.iam_authentication_test

import data.hipaa.aws.rds.iam_authentication as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "iam_database_authentication": true}

_inv(rs) := t.inventory("aws_rds_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a does not accept IAM database authentication."}} with input as _inv([object.union(_good, {"iam_database_authentication": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"iam_database_authentication": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_iam_database_authentication_fails if {
	policy.deny == {{"id": "a", "msg": "RDS instance a: whether it accepts IAM database authentication could not be determined."}} with input as _inv([object.remove(_good, ["iam_database_authentication"])])
}

test_null_iam_database_authentication_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"iam_database_authentication": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"iam_database_authentication": "true"})])
}

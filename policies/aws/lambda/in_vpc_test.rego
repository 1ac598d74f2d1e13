package hipaa.aws.lambda.in_vpc_test

import data.hipaa.aws.lambda.in_vpc as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "in_vpc": true}

_inv(rs) := t.inventory("aws_lambda_function", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a does not run in a VPC."}} with input as _inv([object.union(_good, {"in_vpc": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"in_vpc": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_in_vpc_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a: whether it runs in a VPC could not be determined."}} with input as _inv([object.remove(_good, ["in_vpc"])])
}

test_null_in_vpc_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"in_vpc": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"in_vpc": "true"})])
}

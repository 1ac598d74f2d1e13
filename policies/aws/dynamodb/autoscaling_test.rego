package hipaa.aws.dynamodb.autoscaling_test

import data.hipaa.aws.dynamodb.autoscaling as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "billing_mode": "PROVISIONED", "autoscaling": {"read": true, "write": true}}

_inv(rs) := t.inventory("aws_dynamodb_table", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "DynamoDB table a has provisioned capacity without auto scaling of reads and writes."}} with input as _inv([object.union(_good, {"autoscaling": {"read": true, "write": false}})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"autoscaling": {"read": null, "write": true}})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"autoscaling": {"read": true, "write": false}, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_billing_mode if {
	policy.deny == {{"id": "a", "msg": "DynamoDB table a: its capacity mode or auto scaling could not be read."}} with input as _inv([object.remove(_good, ["billing_mode"])])
}

test_null_billing_mode if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"billing_mode": null})])
}

test_missing_autoscaling if {
	policy.deny == {{"id": "a", "msg": "DynamoDB table a: its capacity mode or auto scaling could not be read."}} with input as _inv([object.remove(_good, ["autoscaling"])])
}

test_null_autoscaling if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"autoscaling": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"autoscaling": true})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"billing_mode": 1})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The table uses on-demand capacity, which scales by itself."} with input as _inv([object.union(_good, {"billing_mode": "PAY_PER_REQUEST"})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"billing_mode": "PAY_PER_REQUEST"})])
}

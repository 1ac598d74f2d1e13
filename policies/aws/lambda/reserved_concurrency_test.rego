package hipaa.aws.lambda.reserved_concurrency_test

import data.hipaa.aws.lambda.reserved_concurrency as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "reserved_concurrency": 10}

_inv(rs) := t.inventory("aws_lambda_function", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a has no reserved concurrency."}} with input as _inv([object.union(_good, {"reserved_concurrency": null})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"reserved_concurrency": 0})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"reserved_concurrency": null, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_reserved_concurrency if {
	policy.deny == {{"id": "a", "msg": "Lambda function a: its concurrency setting could not be read."}} with input as _inv([object.remove(_good, ["reserved_concurrency"])])
}

test_null_reserved_concurrency if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"reserved_concurrency": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"reserved_concurrency": "10"})])
}

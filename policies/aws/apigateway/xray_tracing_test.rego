package hipaa.aws.apigateway.xray_tracing_test

import data.hipaa.aws.apigateway.xray_tracing as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "tracing_enabled": true}

_inv(rs) := t.inventory("aws_apigateway_stage", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a does not trace requests with X-Ray."}} with input as _inv([object.union(_good, {"tracing_enabled": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"tracing_enabled": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_tracing_enabled_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a: whether it traces requests could not be determined."}} with input as _inv([object.remove(_good, ["tracing_enabled"])])
}

test_null_tracing_enabled_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"tracing_enabled": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"tracing_enabled": "true"})])
}

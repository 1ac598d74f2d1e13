package hipaa.aws.elbv2.drop_invalid_headers_test

import data.hipaa.aws.elbv2.drop_invalid_headers as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "type": "application", "drop_invalid_header_fields": true}

_inv(rs) := t.inventory("aws_lb", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Application Load Balancer a does not drop invalid HTTP headers."}} with input as _inv([object.union(_good, {"drop_invalid_header_fields": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"drop_invalid_header_fields": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_drop_invalid_header_fields_fails if {
	policy.deny == {{"id": "a", "msg": "Application Load Balancer a: its header setting could not be read."}} with input as _inv([object.remove(_good, ["drop_invalid_header_fields"])])
}

test_null_drop_invalid_header_fields_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"drop_invalid_header_fields": null})])
}

test_missing_type_fails if {
	policy.deny == {{"id": "a", "msg": "Application Load Balancer a: its header setting could not be read."}} with input as _inv([object.remove(_good, ["type"])])
}

test_null_type_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"type": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"drop_invalid_header_fields": "true"})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "Only Application Load Balancers parse HTTP headers."} with input as _inv([object.union(_good, {"type": "network"})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"type": "network"})])
}

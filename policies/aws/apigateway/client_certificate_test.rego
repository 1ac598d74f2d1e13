package hipaa.aws.apigateway.client_certificate_test

import data.hipaa.aws.apigateway.client_certificate as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "client_certificate_id": "abc123"}

_inv(rs) := t.inventory("aws_apigateway_stage", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a presents no client certificate to its backend."}} with input as _inv([object.union(_good, {"client_certificate_id": null})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"client_certificate_id": null, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_client_certificate_id_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a: its client certificate could not be determined."}} with input as _inv([object.remove(_good, ["client_certificate_id"])])
}

test_null_client_certificate_id_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"client_certificate_id": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"client_certificate_id": 5})])
}

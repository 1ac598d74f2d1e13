package hipaa.aws.apigateway.cache_encrypted_test

import data.hipaa.aws.apigateway.cache_encrypted as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "cache_encrypted": true}

_inv(rs) := t.inventory("aws_apigateway_stage", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a does not encrypt its cache."}} with input as _inv([object.union(_good, {"cache_encrypted": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"cache_encrypted": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_cache_encrypted_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a: whether its cache is encrypted could not be determined."}} with input as _inv([object.remove(_good, ["cache_encrypted"])])
}

test_null_cache_encrypted_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"cache_encrypted": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"cache_encrypted": "true"})])
}

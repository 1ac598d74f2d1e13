package hipaa.aws.apigateway.stage_waf_test

import data.hipaa.aws.apigateway.stage_waf as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "web_acl_arn": "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/w/1"}

_inv(rs) := t.inventory("aws_apigateway_stage", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a is not protected by an AWS WAF web ACL."}} with input as _inv([object.union(_good, {"web_acl_arn": null})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"web_acl_arn": ""})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"web_acl_arn": null, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_web_acl_arn if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a: its AWS WAF association could not be read."}} with input as _inv([object.remove(_good, ["web_acl_arn"])])
}

test_null_web_acl_arn if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"web_acl_arn": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"web_acl_arn": true})])
}

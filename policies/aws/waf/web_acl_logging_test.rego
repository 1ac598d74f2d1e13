package hipaa.aws.waf.web_acl_logging_test

import data.hipaa.aws.waf.web_acl_logging as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "logging_destinations": ["arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-a"]}

_inv(rs) := t.inventory("aws_wafv2_web_acl", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "AWS WAF web ACL a does not log its traffic."}} with input as _inv([object.union(_good, {"logging_destinations": []})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"logging_destinations": [], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_logging_destinations if {
	policy.deny == {{"id": "a", "msg": "AWS WAF web ACL a: its logging configuration could not be read."}} with input as _inv([object.remove(_good, ["logging_destinations"])])
}

test_null_logging_destinations if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"logging_destinations": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"logging_destinations": "arn"})])
}

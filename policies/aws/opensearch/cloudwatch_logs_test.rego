package hipaa.aws.opensearch.cloudwatch_logs_test

import data.hipaa.aws.opensearch.cloudwatch_logs as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "cloudwatch_logs": ["AUDIT_LOGS", "ES_APPLICATION_LOGS"]}

_inv(rs) := t.inventory("aws_opensearch_domain", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a does not publish its error logs to CloudWatch Logs."}} with input as _inv([object.union(_good, {"cloudwatch_logs": ["AUDIT_LOGS"]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"cloudwatch_logs": []})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"cloudwatch_logs": ["AUDIT_LOGS"], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_cloudwatch_logs_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a: its log publishing could not be determined."}} with input as _inv([object.remove(_good, ["cloudwatch_logs"])])
}

test_null_cloudwatch_logs_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"cloudwatch_logs": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"cloudwatch_logs": "ES_APPLICATION_LOGS"})])
}

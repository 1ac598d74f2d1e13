package hipaa.aws.cloudtrail.cloudwatch_logs_test

import data.hipaa.aws.cloudtrail.cloudwatch_logs as policy
import data.hipaa.lib.testing as t
import rego.v1

test_delivers_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_cloudtrail_trail", [{"id": "r1", "name": "n1", "cloudwatch_logs_log_group_arn": "arn:aws:logs:x:1:log-group:ct:*"}])
}

test_null_fails if {
	policy.deny == {{"id": "r1", "msg": "Trail n1 does not deliver to CloudWatch Logs."}} with input as t.inventory("aws_cloudtrail_trail", [{"id": "r1", "name": "n1", "cloudwatch_logs_log_group_arn": null}])
}

test_some_fail if {
	t.ids(policy.deny) == {"empty"} with input as t.inventory("aws_cloudtrail_trail", [
		{"id": "ok", "cloudwatch_logs_log_group_arn": "arn:aws:logs:x:1:log-group:ct:*"},
		{"id": "empty", "cloudwatch_logs_log_group_arn": ""},
	])
}

test_missing_fails if {
	policy.deny == {{"id": "r1", "msg": "Trail r1 does not deliver to CloudWatch Logs."}} with input as t.inventory("aws_cloudtrail_trail", [{"id": "r1"}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"r1"} with input as t.inventory("aws_cloudtrail_trail", [{"id": "r1", "cloudwatch_logs_log_group_arn": ["arn"]}])
}

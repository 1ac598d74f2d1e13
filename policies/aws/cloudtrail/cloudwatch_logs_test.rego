package hipaa.aws.cloudtrail.cloudwatch_logs_test

import data.hipaa.aws.cloudtrail.cloudwatch_logs as policy
import rego.v1

test_delivers_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "cloudwatch_logs_log_group_arn": "arn:aws:logs:x:1:log-group:ct:*"}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "Trail n1 does not deliver to CloudWatch Logs."}} with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1", "cloudwatch_logs_log_group_arn": null}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "r1", "name": "n1"}]}}
}

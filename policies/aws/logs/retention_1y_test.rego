package hipaa.aws.logs.retention_1y_test

import data.hipaa.aws.logs.retention_1y as policy
import rego.v1

test_two_years_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1", "never_expire": false, "retention_in_days": 731}]}}
}

test_never_expire_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1", "never_expire": true, "retention_in_days": null}]}}
}

test_fourteen_days_fails if {
	policy.deny == {{"id": "r1", "msg": "Log group n1 keeps logs for 14 days (less than 365)."}} with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1", "never_expire": false, "retention_in_days": 14}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1"}]}}
}

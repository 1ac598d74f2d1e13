package hipaa.aws.logs.retention_6y_test

import data.hipaa.aws.logs.retention_6y as policy
import rego.v1

test_six_years_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1", "never_expire": false, "retention_in_days": 2192}]}}
}

test_never_expire_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1", "never_expire": true}]}}
}

test_one_year_fails if {
	policy.deny == {{"id": "r1", "msg": "Log group n1 is audit evidence but keeps logs for 400 days (less than 6 years)."}} with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1", "never_expire": false, "retention_in_days": 400}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1"}]}}
}

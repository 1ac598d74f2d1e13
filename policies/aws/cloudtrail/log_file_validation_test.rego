package hipaa.aws.cloudtrail.log_file_validation_test

import data.hipaa.aws.cloudtrail.log_file_validation as policy
import rego.v1

_trail(v) := {"resources": {"aws_cloudtrail_trail": [{"id": "t", "name": "main", "log_file_validation": v}]}}

test_validation_passes if {
	count(policy.deny) == 0 with input as _trail(true)
}

test_no_validation_fails if {
	policy.deny == {{"id": "t", "msg": "CloudTrail trail main does not validate its log files."}} with input as _trail(false)
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudtrail_trail": [{"id": "t", "name": "main"}]}}
}

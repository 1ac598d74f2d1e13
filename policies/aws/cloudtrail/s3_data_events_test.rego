package hipaa.aws.cloudtrail.s3_data_events_test

import data.hipaa.aws.cloudtrail.s3_data_events as policy
import rego.v1

test_data_events_pass if {
	count(policy.deny) == 0 with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true, "s3_data_events": true}]}}
}

test_not_logging_fails if {
	policy.deny == {{"id": "a1", "msg": "Account a1 has no logging trail recording S3 data events."}} with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": false, "s3_data_events": true}]}}
}

test_no_selector_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true, "s3_data_events": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true}]}}
}

package hipaa.aws.logs.log_group_kms_test

import data.hipaa.aws.logs.log_group_kms as policy
import rego.v1

test_kms_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1", "kms_key_id": "arn:aws:kms:x:1:key/k"}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "Log group n1 is not encrypted with a KMS key."}} with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1", "kms_key_id": null}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_cloudwatch_log_group": [{"id": "r1", "name": "n1"}]}}
}

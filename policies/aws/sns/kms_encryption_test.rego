package hipaa.aws.sns.kms_encryption_test

import data.hipaa.aws.sns.kms_encryption as policy
import rego.v1

test_kms_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_sns_topic": [{"id": "r1", "name": "n1", "kms_key_id": "alias/k"}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "SNS topic n1 is not encrypted with KMS."}} with input as {"resources": {"aws_sns_topic": [{"id": "r1", "name": "n1", "kms_key_id": null}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_sns_topic": [{"id": "r1", "name": "n1"}]}}
}

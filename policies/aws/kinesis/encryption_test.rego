package hipaa.aws.kinesis.encryption_test

import data.hipaa.aws.kinesis.encryption as policy
import rego.v1

test_kms_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_kinesis_stream": [{"id": "r1", "name": "n1", "encryption_type": "KMS"}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "Kinesis stream n1 is not encrypted."}} with input as {"resources": {"aws_kinesis_stream": [{"id": "r1", "name": "n1", "encryption_type": "NONE"}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_kinesis_stream": [{"id": "r1", "name": "n1"}]}}
}

package hipaa.aws.sqs.encryption_test

import data.hipaa.aws.sqs.encryption as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_sqs_queue": [{"id": "r1", "name": "n1", "encryption": {"enabled": true}}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "SQS queue n1 is not encrypted at rest."}} with input as {"resources": {"aws_sqs_queue": [{"id": "r1", "name": "n1", "encryption": {"enabled": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_sqs_queue": [{"id": "r1", "name": "n1"}]}}
}

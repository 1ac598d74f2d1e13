package hipaa.aws.ecr.kms_encryption_test

import data.hipaa.aws.ecr.kms_encryption as policy
import rego.v1

test_kms_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ecr_repository": [{"id": "r1", "name": "n1", "encryption_type": "KMS"}]}}
}

test_aes_fails if {
	policy.deny == {{"id": "r1", "msg": "ECR repository n1 is not encrypted with KMS."}} with input as {"resources": {"aws_ecr_repository": [{"id": "r1", "name": "n1", "encryption_type": "AES256"}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ecr_repository": [{"id": "r1", "name": "n1"}]}}
}

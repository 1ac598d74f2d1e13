package hipaa.aws.s3.policy_not_public_test

import data.hipaa.aws.s3.policy_not_public as policy
import rego.v1

test_no_public_statement_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "policy": {"present": true, "public_statements": 0}}]}}
}

test_public_statement_fails if {
	policy.deny == {{"id": "r1", "msg": "Bucket n1 has a policy allowing access to everyone."}} with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1", "policy": {"present": true, "public_statements": 2}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_s3_bucket": [{"id": "r1", "name": "n1"}]}}
}

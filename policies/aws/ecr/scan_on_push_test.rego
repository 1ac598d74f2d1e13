package hipaa.aws.ecr.scan_on_push_test

import data.hipaa.aws.ecr.scan_on_push as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ecr_repository": [{"id": "r1", "name": "n1", "scan_on_push": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "ECR repository n1 does not scan images on push."}} with input as {"resources": {"aws_ecr_repository": [{"id": "r1", "name": "n1", "scan_on_push": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ecr_repository": [{"id": "r1", "name": "n1"}]}}
}

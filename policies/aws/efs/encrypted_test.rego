package hipaa.aws.efs.encrypted_test

import data.hipaa.aws.efs.encrypted as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1", "encrypted": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "EFS file system n1 is not encrypted at rest."}} with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1", "encrypted": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_efs_file_system": [{"id": "r1", "name": "n1"}]}}
}

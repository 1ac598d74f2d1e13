package hipaa.aws.emr.block_public_access_test

import data.hipaa.aws.emr.block_public_access as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_emr_settings": [{"id": "r1", "name": "n1", "block_public_access": true}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "EMR settings n1 has Block Public Access off."}} with input as {"resources": {"aws_emr_settings": [{"id": "r1", "name": "n1", "block_public_access": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_emr_settings": [{"id": "r1", "name": "n1"}]}}
}

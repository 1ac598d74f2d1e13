package hipaa.aws.ec2.ssm_patch_compliant_test

import data.hipaa.aws.ec2.ssm_patch_compliant as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ssm_managed_instance": [{"id": "r1", "name": "n1", "patch_compliance": "COMPLIANT"}]}}
}

test_non_compliant_fails if {
	policy.deny == {{"id": "r1", "msg": "Managed instance n1 is not patch compliant (NON_COMPLIANT)."}} with input as {"resources": {"aws_ssm_managed_instance": [{"id": "r1", "name": "n1", "patch_compliance": "NON_COMPLIANT"}]}}
}

test_no_data_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ssm_managed_instance": [{"id": "r1", "name": "n1", "patch_compliance": "NO_DATA"}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "Managed instance n1 is not patch compliant (unknown)."}} with input as {"resources": {"aws_ssm_managed_instance": [{"id": "r1", "name": "n1"}]}}
}

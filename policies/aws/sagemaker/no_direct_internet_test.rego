package hipaa.aws.sagemaker.no_direct_internet_test

import data.hipaa.aws.sagemaker.no_direct_internet as policy
import rego.v1

test_compliant_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_sagemaker_notebook": [{"id": "r1", "name": "n1", "direct_internet_access": false}]}}
}

test_noncompliant_fails if {
	policy.deny == {{"id": "r1", "msg": "SageMaker notebook n1 has direct internet access."}} with input as {"resources": {"aws_sagemaker_notebook": [{"id": "r1", "name": "n1", "direct_internet_access": true}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_sagemaker_notebook": [{"id": "r1", "name": "n1"}]}}
}

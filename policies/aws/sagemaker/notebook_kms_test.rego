package hipaa.aws.sagemaker.notebook_kms_test

import data.hipaa.aws.sagemaker.notebook_kms as policy
import rego.v1

test_kms_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_sagemaker_notebook": [{"id": "r1", "name": "n1", "kms_key_id": "arn:k"}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "SageMaker notebook n1 has no KMS key for its volume."}} with input as {"resources": {"aws_sagemaker_notebook": [{"id": "r1", "name": "n1", "kms_key_id": null}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_sagemaker_notebook": [{"id": "r1", "name": "n1"}]}}
}

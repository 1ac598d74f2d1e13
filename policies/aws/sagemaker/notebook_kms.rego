# METADATA
# title: SageMaker notebook volumes are encrypted with KMS
# description: Notebook storage volumes use a KMS key.
# custom:
#   id: AWS-SAGEMAKER-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.314(b)(1)"]
#   resource_type: aws_sagemaker_notebook
#   evidence: [kms_key_id]
#   remediation: Recreate the notebook instance with a KMS key for its storage volume.
package hipaa.aws.sagemaker.notebook_kms

import rego.v1

deny contains {"id": n.id, "msg": sprintf("SageMaker notebook %s has no KMS key for its volume.", [n.name])} if {
	some n in input.resources.aws_sagemaker_notebook
	not _kms(n)
}

_kms(n) if {
	is_string(n.kms_key_id)
	n.kms_key_id != ""
}

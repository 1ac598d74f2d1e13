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

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": n.id, "msg": sprintf("SageMaker notebook %s has no KMS key for its volume.", [res.label(n)])} if {
	some n in input.resources.aws_sagemaker_notebook
	n.kms_key_id in {null, ""}
}

deny contains {"id": n.id, "msg": sprintf("SageMaker notebook %s: its volume's KMS key could not be read.", [res.label(n)])} if {
	some n in input.resources.aws_sagemaker_notebook
	not _readable(n)
}

# DescribeNotebookInstance gives no KmsKeyId (null) when the volume has no KMS key.
_readable(n) if is_string(n.kms_key_id)

_readable(n) if is_null(n.kms_key_id)

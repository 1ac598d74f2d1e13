# METADATA
# title: SageMaker endpoint configurations encrypt storage with a KMS key
# description: Model endpoints that score ePHI keep data on their ML storage volumes; a KMS key of the entity's own encrypts them.
# custom:
#   id: AWS-SAGEMAKER-03
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_sagemaker_endpoint_config
#   evidence: [kms_key_id]
#   remediation: Create the endpoint configuration with a KmsKeyId and move the endpoint to it.
package hipaa.aws.sagemaker.endpoint_config_kms

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("SageMaker endpoint configuration %s does not name a KMS key.", [res.label(r)])} if {
	some r in input.resources.aws_sagemaker_endpoint_config
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("SageMaker endpoint configuration %s: its KMS key could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_sagemaker_endpoint_config
	not _known(r)
}

_known(r) if {
	is_string(r.kms_key_id)
}

_known(r) if {
	r.kms_key_id == null
}

_ok(r) if {
	is_string(r.kms_key_id)
	r.kms_key_id != ""
}

# METADATA
# title: ECR repositories are encrypted with KMS
# description: Image layers use KMS encryption so that key use is controlled and logged.
# custom:
#   id: AWS-ECR-02
#   severity: low
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_ecr_repository
#   evidence: [encryption_type]
#   remediation: Recreate the repository with encryptionType KMS and push the images again.
package hipaa.aws.ecr.kms_encryption

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("ECR repository %s is not encrypted with KMS (%s).", [res.label(r), kind])} if {
	some r in input.resources.aws_ecr_repository
	kind := r.encryption_type
	_readable(r)
	not _kms(kind)
}

deny contains {"id": r.id, "msg": sprintf("ECR repository %s: its encryption type could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_ecr_repository
	not _readable(r)
}

_kms(kind) if kind in {"KMS", "KMS_DSSE"}

_readable(r) if {
	is_string(r.encryption_type)
	r.encryption_type != ""
}

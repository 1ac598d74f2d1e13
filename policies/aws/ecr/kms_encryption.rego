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

import rego.v1

deny contains {"id": r.id, "msg": sprintf("ECR repository %s is not encrypted with KMS.", [r.name])} if {
	some r in input.resources.aws_ecr_repository
	not r.encryption_type in {"KMS", "KMS_DSSE"}
}

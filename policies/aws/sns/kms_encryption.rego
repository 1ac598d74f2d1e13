# METADATA
# title: SNS topics are encrypted with KMS
# description: Messages that may carry ePHI are encrypted at rest with a KMS key.
# custom:
#   id: AWS-SNS-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_sns_topic
#   evidence: [kms_key_id]
#   remediation: Set the topic's KmsMasterKeyId attribute to a KMS key.
package hipaa.aws.sns.kms_encryption

import rego.v1

deny contains {"id": r.id, "msg": sprintf("SNS topic %s is not encrypted with KMS.", [r.name])} if {
	some r in input.resources.aws_sns_topic
	not _kms(r)
}

_kms(r) if {
	is_string(r.kms_key_id)
	r.kms_key_id != ""
}

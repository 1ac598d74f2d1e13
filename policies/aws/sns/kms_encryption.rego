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

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("SNS topic %s is not encrypted with KMS.", [res.label(r)])} if {
	some r in input.resources.aws_sns_topic
	r.kms_key_id in {null, ""}
}

deny contains {"id": r.id, "msg": sprintf("SNS topic %s: its KMS key could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_sns_topic
	not _readable(r)
}

# GetTopicAttributes gives no KmsMasterKeyId (null) when the topic is not encrypted.
_readable(r) if is_string(r.kms_key_id)

_readable(r) if is_null(r.kms_key_id)

# METADATA
# title: Kinesis streams are encrypted with KMS
# description: Records that may carry ePHI are encrypted at rest.
# custom:
#   id: AWS-KINESIS-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_kinesis_stream
#   evidence: [encryption_type]
#   remediation: Start server-side encryption on the stream with a KMS key.
package hipaa.aws.kinesis.encryption

import rego.v1

deny contains {"id": s.id, "msg": sprintf("Kinesis stream %s is not encrypted.", [s.name])} if {
	some s in input.resources.aws_kinesis_stream
	not s.encryption_type == "KMS"
}

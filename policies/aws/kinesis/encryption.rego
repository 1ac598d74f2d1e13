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

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": s.id, "msg": sprintf("Kinesis stream %s is not encrypted (%s).", [res.label(s), kind])} if {
	some s in input.resources.aws_kinesis_stream
	kind := s.encryption_type
	_readable(s)
	kind != "KMS"
}

deny contains {"id": s.id, "msg": sprintf("Kinesis stream %s: its encryption type could not be read.", [res.label(s)])} if {
	some s in input.resources.aws_kinesis_stream
	not _readable(s)
}

_readable(s) if {
	is_string(s.encryption_type)
	s.encryption_type != ""
}

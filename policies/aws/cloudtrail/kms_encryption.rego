# METADATA
# title: CloudTrail logs are encrypted with a KMS key
# description: Audit logs can contain ePHI identifiers; SSE-KMS adds access control and an audit trail on the key.
# custom:
#   id: AWS-CT-03
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.312(b)"]
#   resource_type: aws_cloudtrail_trail
#   evidence: [kms_key_id]
#   remediation: Configure the trail to encrypt log files with a customer managed KMS key.
package hipaa.aws.cloudtrail.kms_encryption

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": t.id, "msg": sprintf("CloudTrail trail %s does not encrypt its logs with a KMS key.", [res.label(t)])} if {
	some t in input.resources.aws_cloudtrail_trail
	not _kms(t)
}

_kms(t) if {
	is_string(t.kms_key_id)
	t.kms_key_id != ""
}

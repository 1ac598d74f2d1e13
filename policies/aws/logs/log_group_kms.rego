# METADATA
# title: CloudWatch log groups are encrypted with a KMS key
# description: Logs can contain ePHI and audit trails; log groups use a customer managed KMS key.
# custom:
#   id: AWS-LOGS-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.312(b)"]
#   resource_type: aws_cloudwatch_log_group
#   evidence: [kms_key_id]
#   remediation: Associate a KMS key with the log group (logs associate-kms-key).
package hipaa.aws.logs.log_group_kms

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("Log group %s is not encrypted with a KMS key.", [res.label(g)])} if {
	some g in input.resources.aws_cloudwatch_log_group
	not _kms(g)
}

_kms(g) if {
	is_string(g.kms_key_id)
	g.kms_key_id != ""
}

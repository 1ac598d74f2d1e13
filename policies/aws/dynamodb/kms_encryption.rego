# METADATA
# title: DynamoDB tables are encrypted with a customer managed KMS key
# description: Tables holding ePHI use a customer managed KMS key (not the AWS owned default or the AWS managed aws/dynamodb key), so that the key policy controls and CloudTrail logs every use.
# custom:
#   id: AWS-DDB-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_dynamodb_table
#   evidence: [sse.status, sse.type, sse.key_manager]
#   remediation: Update the table's SSE specification to KMS with a customer managed key.
package hipaa.aws.dynamodb.kms_encryption

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": t.id, "msg": sprintf("DynamoDB table %s is not encrypted with a customer managed KMS key.", [res.label(t)])} if {
	some t in input.resources.aws_dynamodb_table
	_readable(t)
	not _cmk(t)
}

deny contains {"id": t.id, "msg": sprintf("DynamoDB table %s: its encryption settings could not be read.", [res.label(t)])} if {
	some t in input.resources.aws_dynamodb_table
	not _readable(t)
}

_cmk(t) if {
	t.sse.status in {"ENABLED", "UPDATING"}
	t.sse.type == "KMS"
	t.sse.key_manager == "CUSTOMER"
}

# Status and type are always given; a KMS table also names who manages its key.
_readable(t) if {
	is_string(t.sse.status)
	is_string(t.sse.type)
	not t.sse.type == "KMS"
}

_readable(t) if {
	is_string(t.sse.status)
	t.sse.type == "KMS"
	is_string(t.sse.key_manager)
}

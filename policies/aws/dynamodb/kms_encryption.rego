# METADATA
# title: DynamoDB tables are encrypted with a customer managed KMS key
# description: Tables holding ePHI use a customer managed KMS key (not the AWS owned default or the AWS managed aws/dynamodb key), so that the key policy controls and CloudTrail logs every use.
# custom:
#   id: AWS-DDB-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_dynamodb_table
#   evidence: [sse]
#   remediation: Update the table's SSE specification to KMS with a customer managed key.
package hipaa.aws.dynamodb.kms_encryption

import rego.v1

deny contains {"id": t.id, "msg": sprintf("DynamoDB table %s is not encrypted with a customer managed KMS key.", [t.name])} if {
	some t in input.resources.aws_dynamodb_table
	not _cmk(t)
}

_cmk(t) if {
	t.sse.status in {"ENABLED", "UPDATING"}
	t.sse.type == "KMS"
	t.sse.key_manager == "CUSTOMER"
}

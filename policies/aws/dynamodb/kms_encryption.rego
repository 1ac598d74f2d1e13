# METADATA
# title: DynamoDB tables are encrypted with a KMS key
# description: Tables holding ePHI use KMS encryption (customer managed or AWS managed key), not only the AWS owned default key, so that key use is controlled and logged.
# custom:
#   id: AWS-DDB-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_dynamodb_table
#   evidence: [sse]
#   remediation: Update the table's SSE specification to KMS with a customer managed key.
package hipaa.aws.dynamodb.kms_encryption

import rego.v1

deny contains {"id": t.id, "msg": sprintf("DynamoDB table %s is not encrypted with a KMS key.", [t.name])} if {
	some t in input.resources.aws_dynamodb_table
	not _kms(t)
}

_kms(t) if {
	t.sse.status in {"ENABLED", "UPDATING"}
	t.sse.type == "KMS"
}

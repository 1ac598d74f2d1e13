# METADATA
# title: SQS queues are encrypted at rest
# description: Queues use server-side encryption (KMS or SQS-managed keys).
# custom:
#   id: AWS-SQS-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: aws_sqs_queue
#   evidence: [encryption.enabled]
#   remediation: Enable SSE on the queue (SqsManagedSseEnabled or a KMS key).
package hipaa.aws.sqs.encryption

import rego.v1

deny contains {"id": r.id, "msg": sprintf("SQS queue %s is not encrypted at rest.", [r.name])} if {
	some r in input.resources.aws_sqs_queue
	not r.encryption.enabled == true
}

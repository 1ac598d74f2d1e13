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

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("SQS queue %s is not encrypted at rest.", [res.label(r)])} if {
	some r in input.resources.aws_sqs_queue
	r.encryption.enabled == false
}

deny contains {"id": r.id, "msg": sprintf("SQS queue %s: whether it is encrypted at rest could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_sqs_queue
	not _readable(r)
}

_readable(r) if is_boolean(r.encryption.enabled)

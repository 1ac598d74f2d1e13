# METADATA
# title: Lambda functions have a dead-letter queue
# description: Asynchronous events a function fails to process go to a dead-letter queue or topic instead of being dropped, so records are not silently lost.
# custom:
#   id: AWS-LAMBDA-04
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(B)", "164.312(c)(1)"]
#   resource_type: aws_lambda_function
#   evidence: [dead_letter_target]
#   remediation: Set a dead-letter queue (SQS) or topic (SNS) in the function's DeadLetterConfig, or an on-failure destination.
package hipaa.aws.lambda.dead_letter_queue

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Lambda function %s has no dead-letter queue.", [res.label(r)])} if {
	some r in input.resources.aws_lambda_function
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Lambda function %s: its dead-letter configuration could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_lambda_function
	not _known(r)
}

_known(r) if {
	is_string(r.dead_letter_target)
}

_known(r) if {
	r.dead_letter_target == null
}

_ok(r) if {
	is_string(r.dead_letter_target)
	r.dead_letter_target != ""
}

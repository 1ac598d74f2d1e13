# METADATA
# title: S3 buckets send event notifications
# description: Event notifications tell a queue, topic or function when objects are created or deleted, so changes to ePHI objects can be watched and acted on (the Config pack's check).
# custom:
#   id: AWS-S3-13
#   severity: low
#   hipaa: ["164.312(b)"]
#   resource_type: aws_s3_bucket
#   evidence: [event_notifications]
#   remediation: Add an event notification (SNS, SQS, Lambda or EventBridge) for object creation and removal events.
package hipaa.aws.s3.event_notifications

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s sends no event notifications.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s: its event notification configuration could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	not _known(r)
}

_known(r) if {
	is_array(r.event_notifications)
}

_ok(r) if {
	count(r.event_notifications) > 0
}

# METADATA
# title: CloudTrail records S3 object-level (data) events
# description: A logging trail records S3 data events, so that reads and writes of ePHI objects are auditable.
# custom:
#   id: AWS-CT-04
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_account
#   reads: [aws_cloudtrail_trail]
#   evidence: [id]
#   remediation: Add an event selector (or advanced selector) for AWS::S3::Object to a logging trail.
package hipaa.aws.cloudtrail.s3_data_events

import rego.v1

deny contains {"id": a.id, "msg": sprintf("Account %s has no logging trail recording S3 data events.", [a.id])} if {
	some a in input.resources.aws_account
	not a.id in _accounts_with_data_events
}

# Built once: linear in accounts + trails.
_accounts_with_data_events contains t.account if {
	some t in input.resources.aws_cloudtrail_trail
	is_string(t.account)
	t.is_logging == true
	t.s3_data_events == true
}

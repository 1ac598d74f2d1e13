# METADATA
# title: CloudTrail records Bedrock model invocations
# description: A logging trail records Bedrock data events (AWS::Bedrock::Model, the InvokeModel calls), so that who sent which prompt, which may carry ePHI, to which model is auditable. Management events alone record only Bedrock's configuration calls.
# custom:
#   id: AWS-CT-09
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_account
#   reads: [aws_cloudtrail_trail]
#   evidence: [id]
#   remediation: Add an advanced event selector with eventCategory Data and resources.type AWS::Bedrock::Model to a logging trail.
package hipaa.aws.cloudtrail.bedrock_data_events

import rego.v1

deny contains {"id": a.id, "msg": sprintf("Account %s has no logging trail recording Bedrock model invocations.", [a.id])} if {
	some a in input.resources.aws_account
	not a.id in _accounts_with_bedrock_events
}

# Built once: linear in accounts + trails.
_accounts_with_bedrock_events contains t.account if {
	some t in input.resources.aws_cloudtrail_trail
	is_string(t.account)
	t.is_logging == true
	is_array(t.data_event_types)
	"AWS::Bedrock::Model" in t.data_event_types
}

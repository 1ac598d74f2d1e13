# METADATA
# title: CloudTrail records API activity in every region
# description: A multi-region trail must be logging, so that activity touching ePHI is recorded wherever it happens.
# custom:
#   id: AWS-CT-01
#   severity: high
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_account
#   reads: [aws_cloudtrail_trail]
#   evidence: [id]
#   remediation: Create a multi-region trail (or an organization trail) and start logging on it.
package hipaa.aws.cloudtrail.multi_region

import rego.v1

deny contains {"id": a.id, "msg": sprintf("Account %s has no logging multi-region CloudTrail trail.", [a.id])} if {
	some a in input.resources.aws_account
	not a.id in _accounts_with_logging_multi_region_trail
}

# A set built once: linear in accounts + trails, not their product.
_accounts_with_logging_multi_region_trail contains t.account if {
	some t in input.resources.aws_cloudtrail_trail
	is_string(t.account)
	t.is_multi_region == true
	t.is_logging == true
}

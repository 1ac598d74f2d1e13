# METADATA
# title: CloudTrail records API activity in each scanned region
# description: >-
#   One finding per scanned region (as Prowler's cloudtrail_multi_region_enabled): a logging trail of the account records the region, either a multi-region trail or a trail whose home is the region. AWS-CT-01 judges the same per account.
# custom:
#   id: AWS-CT-10
#   severity: high
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_region
#   reads: [aws_cloudtrail_trail]
#   evidence: [region, account]
#   remediation: Create a multi-region trail (or an organization trail) and start logging on it.
package hipaa.aws.cloudtrail.region_trail

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("No logging CloudTrail trail records region %s.", [res.label(r)])} if {
	some r in input.resources.aws_region
	not _recorded(r)
}

_recorded(r) if {
	is_string(r.region)
	[object.get(r, "account", ""), "*"] in _coverage
}

_recorded(r) if {
	is_string(r.region)
	[object.get(r, "account", ""), r.region] in _coverage
}

# [account, region] pairs recorded by a logging trail ("*": every region); built once.
_coverage contains [object.get(t, "account", ""), "*"] if {
	some t in input.resources.aws_cloudtrail_trail
	t.is_logging == true
	t.is_multi_region == true
}

_coverage contains [object.get(t, "account", ""), t.region] if {
	some t in input.resources.aws_cloudtrail_trail
	t.is_logging == true
	t.is_multi_region == false
	is_string(t.region)
}

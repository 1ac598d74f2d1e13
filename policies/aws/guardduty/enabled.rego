# METADATA
# title: GuardDuty is enabled in every region
# description: Threat detection watches CloudTrail, VPC flow logs and DNS in each scanned region.
# custom:
#   id: AWS-GD-01
#   severity: high
#   hipaa: ["164.308(a)(1)(ii)(A)", "164.308(a)(5)(ii)(B)", "164.308(a)(6)(i)", "164.308(a)(1)(i)"]
#   resource_type: aws_guardduty_settings
#   evidence: [enabled]
#   remediation: Enable GuardDuty in the region (preferably for the whole organization from a delegated administrator).
package hipaa.aws.guardduty.enabled

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("GuardDuty is not enabled in %s.", [res.text(object.get(r, "region", res.label(r)))])} if {
	some r in input.resources.aws_guardduty_settings
	not r.enabled == true
}

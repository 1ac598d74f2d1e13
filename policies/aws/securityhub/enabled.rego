# METADATA
# title: Security Hub is enabled in every region
# description: Findings from GuardDuty, Inspector, Macie and Config rules are aggregated and tracked.
# custom:
#   id: AWS-SH-01
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(A)", "164.308(a)(6)(ii)", "164.308(a)(8)"]
#   resource_type: aws_securityhub_settings
#   evidence: [enabled]
#   remediation: Enable Security Hub in the region.
package hipaa.aws.securityhub.enabled

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Security Hub is not enabled in %s.", [res.text(object.get(r, "region", res.label(r)))])} if {
	some r in input.resources.aws_securityhub_settings
	not r.enabled == true
}

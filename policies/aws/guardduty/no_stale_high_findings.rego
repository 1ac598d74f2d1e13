# METADATA
# title: No high-severity GuardDuty finding is left open for more than 30 days
# description: High-severity findings (severity 7+) are investigated and archived within 30 days.
# custom:
#   id: AWS-GD-02
#   severity: high
#   hipaa: ["164.308(a)(6)(ii)", "164.308(a)(6)(i)"]
#   resource_type: aws_guardduty_settings
#   evidence: [stale_high_findings, enabled]
#   remediation: Investigate the findings, remediate, and archive them; route GuardDuty findings to an on-call channel through EventBridge.
package hipaa.aws.guardduty.no_stale_high_findings

import rego.v1

deny contains {"id": r.id, "msg": sprintf("GuardDuty in %s has %v high-severity findings open for more than 30 days.", [object.get(r, "region", r.name), object.get(r, "stale_high_findings", "an unknown number of")])} if {
	some r in input.resources.aws_guardduty_settings
	not r.enabled == false
	not r.stale_high_findings == 0
}

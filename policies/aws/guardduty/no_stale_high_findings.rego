# METADATA
# title: No high-severity GuardDuty finding is left open for more than 30 days
# description: High-severity findings (severity 7+) are investigated and archived within 30 days.
# custom:
#   id: AWS-GD-02
#   severity: high
#   hipaa: ["164.308(a)(6)(ii)", "164.308(a)(6)(i)"]
#   resource_type: aws_guardduty_settings
#   evidence: [stale_high_findings, enabled]
#   evidence_optional:
#     enabled: Zero stale findings is compliant whatever the enabled state; only enabled false makes the control not applicable.
#   remediation: Investigate the findings, remediate, and archive them; route GuardDuty findings to an on-call channel through EventBridge.
package hipaa.aws.guardduty.no_stale_high_findings

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("GuardDuty in %s has %s high-severity findings open for more than 30 days.", [res.text(object.get(r, "region", res.label(r))), _count(r)])} if {
	some r in input.resources.aws_guardduty_settings
	not r.enabled == false
	not r.stale_high_findings == 0
}

not_applicable contains {"id": r.id, "reason": sprintf("GuardDuty is not enabled in %s, so it has no findings (AWS-GD-01 judges that).", [res.text(object.get(r, "region", res.label(r)))])} if {
	some r in input.resources.aws_guardduty_settings
	r.enabled == false
}

_count(r) := format_int(r.stale_high_findings, 10) if is_number(r.stale_high_findings)

_count(r) := "an unknown number of" if not _counted(r)

_counted(r) if is_number(r.stale_high_findings)

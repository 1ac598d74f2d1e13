# METADATA
# title: Roles people assume end their sessions within 8 hours
# description: "Automatic logoff: roles that people (AWS principals or federated identities) assume have MaxSessionDuration of 8 hours or less. AWS caps the setting at 12 hours, so the control uses a working shift."
# custom:
#   id: AWS-IAM-10
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: aws_iam_role
#   evidence: [max_session_duration, trust.human_assumable]
#   evidence_optional:
#     trust.human_assumable: A session of 8 hours or less is compliant whoever may assume the role.
#   remediation: Lower the role's maximum session duration to 8 hours (28800 s) or less; people re-authenticate after that.
package hipaa.aws.iam.role_session_duration

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM role %s lets people keep a session for %s seconds (more than 8 hours).", [res.label(r), res.text(object.get(r, "max_session_duration", null))])} if {
	some r in input.resources.aws_iam_role
	not r.trust.human_assumable == false
	not _short(r)
}

not_applicable contains {"id": r.id, "reason": sprintf("IAM role %s can be assumed only by AWS services, not by people.", [res.label(r)])} if {
	some r in input.resources.aws_iam_role
	r.trust.human_assumable == false
}

_short(r) if {
	is_number(r.max_session_duration)
	r.max_session_duration <= 28800
}

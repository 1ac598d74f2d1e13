# METADATA
# title: Roles people assume end their sessions within 8 hours
# description: "Automatic logoff: roles that people (AWS principals or federated identities) assume have MaxSessionDuration of 8 hours or less. AWS caps the setting at 12 hours, so the control uses a working shift."
# custom:
#   id: AWS-IAM-10
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: aws_iam_role
#   evidence: [max_session_duration, trust.human_assumable]
#   remediation: Lower the role's maximum session duration to 8 hours (28800 s) or less; people re-authenticate after that.
package hipaa.aws.iam.role_session_duration

import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM role %s lets people keep a session for %v seconds (more than 8 hours).", [r.name, object.get(r, "max_session_duration", "unknown")])} if {
	some r in input.resources.aws_iam_role
	not r.trust.human_assumable == false
	not r.max_session_duration <= 28800
}

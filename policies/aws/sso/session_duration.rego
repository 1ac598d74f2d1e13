# METADATA
# title: Identity Center permission sets end sessions within 8 hours
# description: "Automatic logoff: the session duration of every permission set is 8 hours or less."
# custom:
#   id: AWS-SSO-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: aws_sso_permission_set
#   evidence: [session_duration_minutes, session_duration]
#   remediation: Set the permission set's session duration to PT8H or less.
package hipaa.aws.sso.session_duration

import rego.v1

deny contains {"id": p.id, "msg": sprintf("Permission set %s allows sessions of %v (more than 8 hours).", [p.name, object.get(p, "session_duration", "unknown length")])} if {
	some p in input.resources.aws_sso_permission_set
	not p.session_duration_minutes <= 480
}

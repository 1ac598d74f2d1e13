# METADATA
# title: Identity Center permission sets end sessions within 8 hours
# description: "Automatic logoff: the session duration of every permission set is 8 hours or less."
# custom:
#   id: AWS-SSO-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: aws_sso_permission_set
#   evidence: [session_duration_minutes, session_duration]
#   evidence_optional:
#     session_duration: Shown in the message only; the decision reads session_duration_minutes.
#   remediation: Set the permission set's session duration to PT8H or less.
package hipaa.aws.sso.session_duration

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": p.id, "msg": sprintf("Permission set %s allows sessions of %s (more than 8 hours).", [res.label(p), _shown(p)])} if {
	some p in input.resources.aws_sso_permission_set
	not _short(p)
}

_short(p) if {
	is_number(p.session_duration_minutes)
	p.session_duration_minutes <= 480
}

_shown(p) := p.session_duration if is_string(p.session_duration)

_shown(p) := "unknown length" if not _has_text(p)

_has_text(p) if is_string(p.session_duration)

# METADATA
# title: Secrets with rotation on were rotated on schedule
# description: A secret with automatic rotation on was last rotated within its rotation interval (plus a day); a failing rotation function otherwise leaves the old secret in use unnoticed. A secret never rotated is judged by its age.
# custom:
#   id: AWS-SM-03
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_secretsmanager_secret
#   evidence: [rotation_enabled, rotation_interval_days, last_rotated_days, created_days]
#   evidence_optional:
#     last_rotated_days: Null means never rotated; the secret's age (created_days) is judged instead.
#     created_days: Read only for a secret never rotated.
#   remediation: Look at the rotation function's logs, fix it, and rotate the secret (RotateSecret).
package hipaa.aws.secretsmanager.rotated_as_scheduled

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Secret %s was not rotated within its rotation interval.", [res.label(r)])} if {
	some r in input.resources.aws_secretsmanager_secret
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Secret %s: its rotation schedule or history could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_secretsmanager_secret
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "Automatic rotation is off (AWS-SM-02 judges that)."} if {
	some r in input.resources.aws_secretsmanager_secret
	_na(r)
}

_na(r) if {
	r.rotation_enabled == false
}

_known(r) if {
	r.rotation_enabled == true
	is_number(r.rotation_interval_days)
	is_number(r.last_rotated_days)
}

_known(r) if {
	r.rotation_enabled == true
	is_number(r.rotation_interval_days)
	r.last_rotated_days == null
	is_number(r.created_days)
}

_ok(r) if {
	is_number(r.last_rotated_days)
	r.last_rotated_days <= r.rotation_interval_days + 1
}

_ok(r) if {
	r.last_rotated_days == null
	is_number(r.created_days)
	r.created_days <= r.rotation_interval_days + 1
}

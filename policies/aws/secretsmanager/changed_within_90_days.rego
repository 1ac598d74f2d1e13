# METADATA
# title: Secrets change at least every 90 days
# description: A secret's value (or its configuration) changed within the last 90 days, by rotation or by hand; a credential unchanged for longer has had longer to leak.
# custom:
#   id: AWS-SM-05
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: aws_secretsmanager_secret
#   evidence: [last_changed_days]
#   remediation: Rotate the secret (RotateSecret), and turn on automatic rotation.
package hipaa.aws.secretsmanager.changed_within_90_days

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Secret %s has not changed for %s days (more than 90).", [res.label(r), res.text(r.last_changed_days)])} if {
	some r in input.resources.aws_secretsmanager_secret
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Secret %s: when it last changed could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_secretsmanager_secret
	not _known(r)
}

_known(r) if {
	is_number(r.last_changed_days)
}

_ok(r) if {
	r.last_changed_days <= 90
}

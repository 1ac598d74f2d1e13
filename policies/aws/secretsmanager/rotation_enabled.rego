# METADATA
# title: Secrets rotate automatically
# description: Automatic rotation replaces the secret (a database password, an API key) on a schedule, so a leaked copy stops working.
# custom:
#   id: AWS-SM-02
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_secretsmanager_secret
#   evidence: [rotation_enabled]
#   remediation: Turn on automatic rotation for the secret with a rotation function (RotateSecret).
package hipaa.aws.secretsmanager.rotation_enabled

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Secret %s does not rotate automatically.", [res.label(r)])} if {
	some r in input.resources.aws_secretsmanager_secret
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Secret %s: whether it rotates could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_secretsmanager_secret
	not _known(r)
}

_known(r) if {
	is_boolean(r.rotation_enabled)
}

_ok(r) if {
	r.rotation_enabled == true
}

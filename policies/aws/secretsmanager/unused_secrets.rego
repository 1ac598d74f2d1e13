# METADATA
# title: Secrets not read for 90 days are removed
# description: A secret nobody has read for more than 90 days (or, never read, created more than 90 days ago) is likely a credential left behind; delete it so it cannot be misused.
# custom:
#   id: AWS-SM-04
#   severity: low
#   hipaa: ["164.308(a)(3)(ii)(C)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_secretsmanager_secret
#   evidence: [last_accessed_days, created_days]
#   evidence_optional:
#     last_accessed_days: Null means never read; the secret's age (created_days) is judged instead.
#     created_days: Read only for a secret never read.
#   remediation: Delete the secret (DeleteSecret, with a recovery window) after checking nothing still needs it.
package hipaa.aws.secretsmanager.unused_secrets

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Secret %s has not been read for more than 90 days.", [res.label(r)])} if {
	some r in input.resources.aws_secretsmanager_secret
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Secret %s: when it was last read could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_secretsmanager_secret
	not _known(r)
}

_known(r) if {
	is_number(r.last_accessed_days)
}

_known(r) if {
	r.last_accessed_days == null
	is_number(r.created_days)
}

_ok(r) if {
	is_number(r.last_accessed_days)
	r.last_accessed_days <= 90
}

_ok(r) if {
	r.last_accessed_days == null
	is_number(r.created_days)
	r.created_days <= 90
}

# METADATA
# title: Credentials unused for 90 days are disabled
# description: Console passwords and active access keys not used for more than 90 days (or never used since created that long ago) are removed or deactivated.
# custom:
#   id: AWS-IAM-11
#   severity: medium
#   hipaa: ["164.308(a)(3)(ii)(C)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_iam_user
#   evidence: [console_access, password_unused_days, access_keys]
#   evidence_optional:
#     console_access: A password used within 90 days is compliant whether or not the console password is known to exist.
#     password_unused_days: Not judged when the user has no console password (console_access false).
#     access_keys: An empty list is a user without access keys, so no key can be unused; a missing or null list fails.
#   remediation: Delete the user's login profile and deactivate or delete access keys not used in 90 days.
package hipaa.aws.iam.unused_credentials

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": u.id, "msg": sprintf("IAM user %s has a console password unused for %s days.", [res.label(u), res.text(object.get(u, "password_unused_days", null))])} if {
	some u in input.resources.aws_iam_user
	not u.console_access == false
	not _password_used(u)
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s has the active access key %s unused for %s days.", [res.label(u), _kid(k), res.text(object.get(k, "unused_days", null))])} if {
	some u in input.resources.aws_iam_user
	some k in _keys(u)
	not k.status == "Inactive"
	not _key_used(k)
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s: its access keys could not be read.", [res.label(u)])} if {
	some u in input.resources.aws_iam_user
	not _readable(u)
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s has an access key entry that is not a key record.", [res.label(u)])} if {
	some u in input.resources.aws_iam_user
	_readable(u)
	some k in u.access_keys
	not is_object(k)
}

not_applicable contains {"id": u.id, "reason": sprintf("IAM user %s has no console password and no active access key.", [res.label(u)])} if {
	some u in input.resources.aws_iam_user
	u.console_access == false
	_readable(u)
	every k in u.access_keys {
		k.status == "Inactive"
	}
}

_password_used(u) if {
	is_number(u.password_unused_days)
	u.password_unused_days <= 90
}

_key_used(k) if {
	is_number(k.unused_days)
	k.unused_days <= 90
}

_readable(u) if is_array(u.access_keys)

_keys(u) := [k | some k in u.access_keys; is_object(k)] if _readable(u)

_kid(k) := k.id if is_string(k.id)

_kid(k) := "(unknown id)" if not _has_id(k)

_has_id(k) if is_string(k.id)

# METADATA
# title: Active access keys are rotated within 90 days
# description: Every active access key is younger than 91 days.
# custom:
#   id: AWS-IAM-12
#   severity: medium
#   hipaa: ["164.308(a)(4)(ii)(C)", "164.308(a)(5)(ii)(D)"]
#   resource_type: aws_iam_user
#   evidence: [access_keys]
#   remediation: Create a new access key, switch the workload to it, then deactivate and delete the old key (prefer roles over keys).
package hipaa.aws.iam.access_key_rotation

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": u.id, "msg": sprintf("IAM user %s has the active access key %s, %s days old.", [res.label(u), _kid(k), res.text(object.get(k, "age_days", null))])} if {
	some u in input.resources.aws_iam_user
	some k in _keys(u)
	not k.status == "Inactive"
	not _young(k)
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

not_applicable contains {"id": u.id, "reason": sprintf("IAM user %s has no active access key.", [res.label(u)])} if {
	some u in input.resources.aws_iam_user
	_readable(u)
	every k in u.access_keys {
		k.status == "Inactive"
	}
}

_readable(u) if is_array(u.access_keys)

_keys(u) := [k | some k in u.access_keys; is_object(k)] if _readable(u)

_young(k) if {
	is_number(k.age_days)
	k.age_days <= 90
}

_kid(k) := k.id if is_string(k.id)

_kid(k) := "(unknown id)" if not _has_id(k)

_has_id(k) if is_string(k.id)

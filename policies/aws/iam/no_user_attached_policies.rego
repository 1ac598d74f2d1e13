# METADATA
# title: IAM users get permissions through groups or roles only
# description: Policies attached directly to users (managed or inline) make access hard to review; grant through groups or roles.
# custom:
#   id: AWS-IAM-06
#   severity: low
#   hipaa: ["164.308(a)(3)(ii)(A)", "164.308(a)(4)(i)", "164.308(a)(3)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_iam_user
#   evidence: [attached_policies, inline_policies]
#   evidence_optional:
#     attached_policies: An empty list is the compliant state (nothing attached to the user); a missing or null list fails.
#     inline_policies: An empty list is the compliant state (no inline policy on the user); a missing or null list fails.
#   remediation: Move the user's policies to a group (or a role) and detach/delete them from the user.
package hipaa.aws.iam.no_user_attached_policies

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": u.id, "msg": sprintf("IAM user %s has %d policies attached directly.", [res.label(u), n])} if {
	some u in input.resources.aws_iam_user
	_known(u)
	n := count(u.attached_policies) + count(u.inline_policies)
	n > 0
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s: its policies could not be read.", [res.label(u)])} if {
	some u in input.resources.aws_iam_user
	not _known(u)
}

_known(u) if {
	is_array(u.attached_policies)
	is_array(u.inline_policies)
}

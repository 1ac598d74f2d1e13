# METADATA
# title: No inline user policy allows * on *
# description: Inline policies on users must not grant every action on every resource.
# custom:
#   id: AWS-IAM-08
#   severity: high
#   hipaa: ["164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#   resource_type: aws_iam_user
#   evidence: [inline_policies]
#   evidence_optional:
#     inline_policies: An empty list is a user with no inline policy, which grants nothing; a missing or null list still fails.
#   remediation: Delete the inline policy and grant scoped permissions through a group.
package hipaa.aws.iam.no_full_admin_inline_user

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": u.id, "msg": sprintf("IAM user %s has the inline policy %s allowing every action on every resource.", [res.label(u), _pname(p)])} if {
	some u in input.resources.aws_iam_user
	is_array(u.inline_policies)
	some p in u.inline_policies
	p.full_admin == true
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s has the inline policy %s, whose document could not be read.", [res.label(u), _pname(p)])} if {
	some u in input.resources.aws_iam_user
	is_array(u.inline_policies)
	some p in u.inline_policies
	not p.full_admin == true
	not p.full_admin == false
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s: its inline policies could not be read.", [res.label(u)])} if {
	some u in input.resources.aws_iam_user
	not _readable(u)
}

_readable(x) if is_array(x.inline_policies)

_pname(p) := p.name if is_string(p.name)

_pname(p) := "(unnamed)" if not _named(p)

_named(p) if is_string(p.name)

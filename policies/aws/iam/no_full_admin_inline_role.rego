# METADATA
# title: No inline role policy allows * on *
# description: Inline policies on roles must not grant every action on every resource.
# custom:
#   id: AWS-IAM-09
#   severity: high
#   hipaa: ["164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#   resource_type: aws_iam_role
#   evidence: [inline_policies]
#   evidence_optional:
#     inline_policies: An empty list is a role with no inline policy, which grants nothing; a missing or null list still fails.
#   remediation: Delete the inline policy and attach scoped policies to the role.
package hipaa.aws.iam.no_full_admin_inline_role

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM role %s has the inline policy %s allowing every action on every resource.", [res.label(r), _pname(p)])} if {
	some r in input.resources.aws_iam_role
	is_array(r.inline_policies)
	some p in r.inline_policies
	p.full_admin == true
}

deny contains {"id": r.id, "msg": sprintf("IAM role %s has the inline policy %s, whose document could not be read.", [res.label(r), _pname(p)])} if {
	some r in input.resources.aws_iam_role
	is_array(r.inline_policies)
	some p in r.inline_policies
	not p.full_admin == true
	not p.full_admin == false
}

deny contains {"id": r.id, "msg": sprintf("IAM role %s: its inline policies could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_role
	not _readable(r)
}

_readable(x) if is_array(x.inline_policies)

_pname(p) := p.name if is_string(p.name)

_pname(p) := "(unnamed)" if not _named(p)

_named(p) if is_string(p.name)

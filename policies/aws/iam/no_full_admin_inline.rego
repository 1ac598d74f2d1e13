# METADATA
# title: No inline policy allows * on *
# description: No inline policy of a user, role or group grants every action on every resource; one finding per inline policy (as Prowler's iam_inline_policy_no_administrative_privileges), beside AWS-IAM-08/09's one per user or role.
# custom:
#   id: AWS-IAM-18
#   severity: high
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)", "164.312(a)(1)"]
#   resource_type: aws_iam_inline_policy
#   evidence: [full_admin]
#   remediation: Replace the inline policy with a managed policy that grants only the actions the principal needs.
package hipaa.aws.iam.no_full_admin_inline

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Inline policy %s allows every action on every resource.", [res.label(r)])} if {
	some r in input.resources.aws_iam_inline_policy
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Inline policy %s: its document could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_inline_policy
	not _known(r)
}

_known(r) if {
	is_boolean(r.full_admin)
}

_ok(r) if {
	r.full_admin == false
}

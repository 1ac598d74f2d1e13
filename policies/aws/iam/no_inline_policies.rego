# METADATA
# title: Users, roles and groups have no inline policies
# description: Permissions live in managed policies, which are versioned, reusable and reviewed in one place; an inline policy is embedded in one principal and escapes that review (the AWS Config pack's iam-no-inline-policy-check). One finding per inline policy; service-linked roles are not collected.
# custom:
#   id: AWS-IAM-15
#   severity: low
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_iam_inline_policy
#   evidence: [principal_type, policy_name]
#   remediation: Move the inline policy's statements into a customer managed policy, attach that, and delete the inline policy.
package hipaa.aws.iam.no_inline_policies

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Inline policy %s is embedded in a %s; use a managed policy.", [res.label(r), kind])} if {
	some r in input.resources.aws_iam_inline_policy
	_named(r)
	kind := r.principal_type
}

deny contains {"id": r.id, "msg": sprintf("Inline policy %s: its principal or name could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_inline_policy
	not _named(r)
}

_named(r) if {
	r.principal_type in {"user", "role", "group"}
	is_string(r.policy_name)
}

# METADATA
# title: No managed policy in use allows * on *
# description: Customer-managed policies, and AWS-managed policies attached to anyone, must not grant every action on every resource.
# custom:
#   id: AWS-IAM-07
#   severity: high
#   hipaa: ["164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.308(a)(3)(i)"]
#   resource_type: aws_iam_policy
#   evidence: [full_admin]
#   remediation: Replace the policy with least-privilege policies scoped to the actions and resources the job needs.
package hipaa.aws.iam.no_full_admin_policies

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": p.id, "msg": sprintf("IAM policy %s allows every action on every resource.", [res.label(p)])} if {
	some p in input.resources.aws_iam_policy
	p.full_admin == true
}

deny contains {"id": p.id, "msg": sprintf("IAM policy %s: its document could not be read.", [res.label(p)])} if {
	some p in input.resources.aws_iam_policy
	not p.full_admin == true
	not p.full_admin == false
}

# METADATA
# title: No inline policy allows aws-marketplace:Subscribe on every resource
# description: "As AWS-IAM-16, for the inline policies of users, roles and groups: one finding per inline policy."
# custom:
#   id: AWS-IAM-17
#   severity: medium
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(4)(i)"]
#   resource_type: aws_iam_inline_policy
#   evidence: [marketplace_subscribe_all]
#   remediation: Remove aws-marketplace:Subscribe (and aws-marketplace:*) on * from the inline policy.
package hipaa.aws.iam.no_marketplace_subscribe_inline

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Inline policy %s allows aws-marketplace:Subscribe on every resource.", [res.label(r)])} if {
	some r in input.resources.aws_iam_inline_policy
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Inline policy %s: its document could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_inline_policy
	not _known(r)
}

_known(r) if {
	is_boolean(r.marketplace_subscribe_all)
}

_ok(r) if {
	r.marketplace_subscribe_all == false
}

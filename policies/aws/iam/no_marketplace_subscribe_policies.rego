# METADATA
# title: No managed policy allows aws-marketplace:Subscribe on every resource
# description: Subscribing to Marketplace products (software that may process ePHI, with its own vendor agreements) is left to the few who approve vendors; a policy granting aws-marketplace:Subscribe on * lets anyone it is attached to subscribe.
# custom:
#   id: AWS-IAM-16
#   severity: medium
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(4)(i)"]
#   resource_type: aws_iam_policy
#   evidence: [marketplace_subscribe_all]
#   remediation: Remove aws-marketplace:Subscribe (and aws-marketplace:*) on * from the policy; grant it to a procurement role only, scoped with conditions.
package hipaa.aws.iam.no_marketplace_subscribe_policies

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM policy %s allows aws-marketplace:Subscribe on every resource.", [res.label(r)])} if {
	some r in input.resources.aws_iam_policy
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("IAM policy %s: its document could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_policy
	not _known(r)
}

_known(r) if {
	is_boolean(r.marketplace_subscribe_all)
}

_ok(r) if {
	r.marketplace_subscribe_all == false
}

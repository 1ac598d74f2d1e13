# METADATA
# title: IAM users have at most one active access key
# description: Two active keys are only for the minutes of a rotation.
# custom:
#   id: AWS-IAM-13
#   severity: low
#   hipaa: ["164.308(a)(4)(ii)(C)", "164.312(a)(2)(i)"]
#   resource_type: aws_iam_user
#   evidence: [active_access_keys]
#   remediation: Deactivate and delete the older access key once the workload uses the new one.
package hipaa.aws.iam.one_active_key

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": u.id, "msg": sprintf("IAM user %s has %s active access keys.", [res.label(u), res.text(object.get(u, "active_access_keys", null))])} if {
	some u in input.resources.aws_iam_user
	not _at_most_one(u)
}

_at_most_one(u) if {
	is_number(u.active_access_keys)
	u.active_access_keys <= 1
}

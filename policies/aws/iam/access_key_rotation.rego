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

import rego.v1

deny contains {"id": u.id, "msg": sprintf("IAM user %s has the active access key %s, %v days old.", [u.name, k.id, object.get(k, "age_days", "unknown")])} if {
	some u in input.resources.aws_iam_user
	some k in u.access_keys
	k.status == "Active"
	not k.age_days <= 90
}

deny contains {"id": u.id, "msg": sprintf("IAM user %s: its access keys could not be read.", [u.name])} if {
	some u in input.resources.aws_iam_user
	not is_array(u.access_keys)
}

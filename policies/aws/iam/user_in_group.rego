# METADATA
# title: IAM users belong to a group
# description: Permissions are granted to job-function groups, so each user's access follows from the groups they are in and is reviewed per group.
# custom:
#   id: AWS-IAM-22
#   severity: low
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(B)"]
#   resource_type: aws_iam_user
#   evidence: [groups]
#   remediation: Add the user to the group of their job function (and move their permissions there).
package hipaa.aws.iam.user_in_group

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM user %s belongs to no group.", [res.label(r)])} if {
	some r in input.resources.aws_iam_user
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("IAM user %s: its groups could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_user
	not _known(r)
}

_known(r) if {
	is_array(r.groups)
}

_ok(r) if {
	count(r.groups) > 0
}

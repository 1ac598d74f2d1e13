# METADATA
# title: IAM groups have members
# description: An empty group's policies grant nothing today but anyone added later inherits them unseen; removing unused groups keeps access to ePHI reviewable (Powerpipe's check).
# custom:
#   id: AWS-IAM-23
#   severity: low
#   hipaa: ["164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)", "164.308(a)(3)(ii)(A)", "164.308(a)(3)(ii)(B)", "164.308(a)(4)(i)"]
#   resource_type: aws_iam_group
#   evidence: [member_count]
#   remediation: Delete the empty group, or add the users it was meant for.
package hipaa.aws.iam.group_not_empty

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM group %s has no members.", [res.label(r)])} if {
	some r in input.resources.aws_iam_group
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("IAM group %s: its members could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_group
	not _known(r)
}

_known(r) if {
	is_number(r.member_count)
}

_ok(r) if {
	r.member_count > 0
}

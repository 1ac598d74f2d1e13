# METADATA
# title: No customer managed policy grants a whole service
# description: "Least privilege: a customer managed policy names the actions it allows instead of <service>:* (the AWS Config pack's iam-policy-no-statements-with-full-access)."
# custom:
#   id: AWS-IAM-19
#   severity: medium
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(B)"]
#   resource_type: aws_iam_policy
#   evidence: [service_wildcards, aws_managed]
#   evidence_optional:
#     service_wildcards: An empty list means no statement grants it.
#   remediation: Replace each <service>:* action with the actions the principals need.
package hipaa.aws.iam.no_service_wildcard_policies

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM policy %s allows every action of %s.", [res.label(r), concat(", ", r.service_wildcards)])} if {
	some r in input.resources.aws_iam_policy
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("IAM policy %s: its document could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_policy
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "An AWS managed policy is AWS's to write; AWS-IAM-07 judges the admin grants of those in use."} if {
	some r in input.resources.aws_iam_policy
	_na(r)
}

_na(r) if {
	r.aws_managed == true
}

_known(r) if {
	r.aws_managed == false
	is_array(r.service_wildcards)
	every w in r.service_wildcards { is_string(w) }
}

_ok(r) if {
	count(r.service_wildcards) == 0
}

# METADATA
# title: No customer managed policy allows decrypting with every KMS key
# description: kms:Decrypt and kms:ReEncrypt* are granted on the keys a principal needs, not on *, so access to one key's ePHI is not access to all (the AWS Config pack's iam-customer-policy-blocked-kms-actions).
# custom:
#   id: AWS-IAM-20
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_iam_policy
#   evidence: [kms_blocked_actions, aws_managed]
#   evidence_optional:
#     kms_blocked_actions: An empty list means no statement grants it.
#   remediation: Scope kms:Decrypt and kms:ReEncrypt* to the ARNs of the keys the principals need.
package hipaa.aws.iam.no_kms_decrypt_all_policies

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM policy %s allows %s on every KMS key.", [res.label(r), concat(", ", r.kms_blocked_actions)])} if {
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
	is_array(r.kms_blocked_actions)
	every w in r.kms_blocked_actions { is_string(w) }
}

_ok(r) if {
	count(r.kms_blocked_actions) == 0
}

# METADATA
# title: No inline policy allows decrypting with every KMS key
# description: As AWS-IAM-20, for the inline policies of users, roles and groups (the AWS Config pack's iam-inline-policy-blocked-kms-actions).
# custom:
#   id: AWS-IAM-21
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_iam_inline_policy
#   evidence: [kms_blocked_actions]
#   evidence_optional:
#     kms_blocked_actions: An empty list means no statement grants it.
#   remediation: Scope kms:Decrypt and kms:ReEncrypt* to the ARNs of the keys the principal needs.
package hipaa.aws.iam.no_kms_decrypt_all_inline

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Inline policy %s allows %s on every KMS key.", [res.label(r), concat(", ", r.kms_blocked_actions)])} if {
	some r in input.resources.aws_iam_inline_policy
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Inline policy %s: its document could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_inline_policy
	not _known(r)
}

_known(r) if {
	is_array(r.kms_blocked_actions)
	every w in r.kms_blocked_actions { is_string(w) }
}

_ok(r) if {
	count(r.kms_blocked_actions) == 0
}

# METADATA
# title: Every IAM user has MFA
# description: Every IAM user, not only those with a console password, has an MFA device, so a user given a password later is never left without a second factor (the AWS Config pack's iam-user-mfa-enabled).
# custom:
#   id: AWS-IAM-14
#   severity: high
#   hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#   resource_type: aws_iam_user
#   evidence: [mfa_enabled]
#   remediation: Assign an MFA device to the user, or delete users nobody signs in as.
package hipaa.aws.iam.user_mfa

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("IAM user %s has no MFA device.", [res.label(r)])} if {
	some r in input.resources.aws_iam_user
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("IAM user %s: its MFA devices could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_iam_user
	not _known(r)
}

_known(r) if {
	is_boolean(r.mfa_enabled)
}

_ok(r) if {
	r.mfa_enabled == true
}

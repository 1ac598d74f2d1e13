# METADATA
# title: IAM users who can sign in to the console have MFA
# description: A console password alone does not authenticate a person; every console user needs a second factor.
# custom:
#   id: AWS-IAM-03
#   severity: high
#   hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#   resource_type: aws_iam_user
#   evidence: [console_access, mfa_enabled]
#   evidence_optional:
#     console_access: A user with MFA is compliant whether or not it has a console password.
#   remediation: Assign an MFA device to the user, or remove the console password if the user does not sign in.
package hipaa.aws.iam.console_user_mfa

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": u.id, "msg": sprintf("IAM user %s can sign in to the console without MFA.", [res.label(u)])} if {
	some u in input.resources.aws_iam_user
	not u.console_access == false
	not u.mfa_enabled == true
}

not_applicable contains {"id": u.id, "reason": sprintf("IAM user %s has no console password.", [res.label(u)])} if {
	some u in input.resources.aws_iam_user
	u.console_access == false
}

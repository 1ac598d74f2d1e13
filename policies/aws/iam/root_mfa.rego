# METADATA
# title: The root user has MFA
# description: The root user can do anything in the account; a password alone must not be enough to sign in as root.
# custom:
#   id: AWS-IAM-01
#   severity: critical
#   hipaa: ["164.312(d)", "164.312(a)(2)(i)"]
#   resource_type: aws_account
#   evidence: [root.mfa_enabled]
#   remediation: Sign in as root and assign an MFA device (preferably a hardware key) to the root user.
package hipaa.aws.iam.root_mfa

import rego.v1

deny contains {"id": a.id, "msg": sprintf("The root user of account %s has no MFA.", [a.id])} if {
	some a in input.resources.aws_account
	not a.root.mfa_enabled == true
}

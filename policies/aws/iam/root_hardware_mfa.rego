# METADATA
# title: The root user has a hardware MFA device
# description: The root user's MFA is a hardware key, not a virtual (phone) authenticator.
# custom:
#   id: AWS-IAM-05
#   severity: high
#   hipaa: ["164.312(d)", "164.312(a)(2)(i)"]
#   resource_type: aws_account
#   evidence: [root.hardware_mfa]
#   remediation: Replace the root user's virtual MFA with a hardware security key or token.
package hipaa.aws.iam.root_hardware_mfa

import rego.v1

deny contains {"id": a.id, "msg": sprintf("The root user of account %s has no hardware MFA device.", [a.id])} if {
	some a in input.resources.aws_account
	not a.root.hardware_mfa == true
}

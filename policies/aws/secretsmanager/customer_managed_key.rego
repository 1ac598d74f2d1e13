# METADATA
# title: Secrets are encrypted with a customer managed KMS key
# description: Secrets (database passwords, API keys) use a customer managed key whose policy controls who can decrypt them.
# custom:
#   id: AWS-SM-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_secretsmanager_secret
#   evidence: [customer_managed_key]
#   remediation: Update the secret's KmsKeyId to a customer managed key.
package hipaa.aws.secretsmanager.customer_managed_key

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": s.id, "msg": sprintf("Secret %s is encrypted with the AWS managed key, not a customer managed key.", [res.label(s)])} if {
	some s in input.resources.aws_secretsmanager_secret
	s.customer_managed_key == false
}

deny contains {"id": s.id, "msg": sprintf("Secret %s: its encryption key could not be determined.", [res.label(s)])} if {
	some s in input.resources.aws_secretsmanager_secret
	not s.customer_managed_key == true
	not s.customer_managed_key == false
}

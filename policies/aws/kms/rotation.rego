# METADATA
# title: Customer managed KMS keys rotate automatically
# description: Enabled symmetric customer managed keys have automatic rotation on.
# custom:
#   id: AWS-KMS-01
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_kms_key
#   evidence: [rotation_enabled, key_spec, key_state]
#   remediation: Enable automatic key rotation on the key (kms enable-key-rotation).
package hipaa.aws.kms.rotation

import rego.v1

deny contains {"id": k.id, "msg": sprintf("KMS key %s does not rotate automatically.", [k.name])} if {
	some k in input.resources.aws_kms_key
	not _exempt(k)
	not k.rotation_enabled == true
}

_exempt(k) if k.key_spec != "SYMMETRIC_DEFAULT"

_exempt(k) if k.key_state != "Enabled"

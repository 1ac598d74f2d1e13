# METADATA
# title: Nitro Enclave KMS keys have no grant that bypasses attestation
# description: An unattested Allow of a sensitive action that no attestation-requiring Deny neutralises is a path to the enclave's plaintext (ePHI) for code outside the enclave.
# custom:
#   id: AWS-KMS-04
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.312(a)(2)(iv)"]
#   resource_type: aws_kms_key
#   evidence: [key_state, enclave_key, enclave_attestation]
#   remediation: Add a kms:RecipientAttestation condition to the statement, or a Deny of the sensitive actions unless the request carries the enclave's attestation.
package hipaa.aws.kms.enclave_no_bypass

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("KMS key %s serves Nitro Enclaves and has a grant that bypasses enclave attestation.", [res.label(r)])} if {
	some r in input.resources.aws_kms_key
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("KMS key %s: whether it serves Nitro Enclaves, or its key policy, could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_kms_key
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The key is not an enabled Nitro Enclave key (no enclave tag, description, alias or attestation condition)."} if {
	some r in input.resources.aws_kms_key
	_na(r)
}

_na(r) if {
	is_string(r.key_state)
	r.key_state != "Enabled"
}

_na(r) if {
	r.key_state == "Enabled"
	r.enclave_key == false
}

_known(r) if {
	r.key_state == "Enabled"
	r.enclave_key == true
	is_object(r.enclave_attestation)
	is_array(r.enclave_attestation.bypass_paths)
}

_ok(r) if {
	count(r.enclave_attestation.bypass_paths) == 0
}

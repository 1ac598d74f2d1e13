# METADATA
# title: Nitro Enclave KMS keys require attestation on every sensitive grant
# description: A key that decrypts ePHI only inside a Nitro Enclave must demand the enclave's attestation (kms:RecipientAttestation) on every Allow of Decrypt, GenerateDataKey, DeriveSharedSecret or GenerateRandom; one unattested grant lets ordinary code outside the enclave decrypt.
# custom:
#   id: AWS-KMS-03
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.312(a)(1)"]
#   resource_type: aws_kms_key
#   evidence: [key_state, enclave_key, enclave_attestation.unattested_allows]
#   evidence_optional:
#     enclave_attestation.unattested_allows: An empty list means every Allow of a sensitive action demands the enclave attestation.
#   remediation: Add a kms:RecipientAttestation condition (e.g. ImageSha384 or PCR0 of the enclave image) to every Allow statement of the key policy that grants a sensitive action.
package hipaa.aws.kms.enclave_attestation_enforced

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("KMS key %s serves Nitro Enclaves but grants sensitive actions without enclave attestation.", [res.label(r)])} if {
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
	is_array(r.enclave_attestation.unattested_allows)
}

_ok(r) if {
	count(r.enclave_attestation.unattested_allows) == 0
}

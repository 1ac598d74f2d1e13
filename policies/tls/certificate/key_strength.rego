# METADATA
# title: TLS certificate keys are RSA 2048+ or EC 256+
# description: >-
#   NIST SP 800-52 Rev. 2 and SP 800-57 require at least 112-bit security for server keys: RSA of 2048
#   bits or more, or elliptic-curve keys of 256 bits or more (Ed25519/Ed448 qualify). Every
#   certificate deployment is checked; a key whose type or size is unknown fails.
# custom:
#   id: TLS-CERT-05
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.key_type, certificate.key_size, other_certificates]
#   evidence_optional:
#     other_certificates: An empty list is the usual compliant state (a single certificate deployment); a missing or null list fails.
#     certificate.subject: Names the certificate in the message only; the verdict does not depend on it.
#   remediation: Reissue the certificate with an RSA 2048-bit (or larger) or ECDSA P-256 (or larger) key.
package hipaa.tls.certificate.key_strength

import data.hipaa.lib.tls
import rego.v1

_minimum := {"RSA": 2048, "EC": 256, "Ed25519": 256, "Ed448": 448}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s with a weak key (%s %s bits).", [e.id, name, kind, size])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	not _strong(c)
	name := tls.cert_name(c)
	kind := tls.cert_text(c, "key_type")
	size := tls.cert_text(c, "key_size")
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not tls.certificates_known(e)
}

_strong(c) if {
	is_string(c.key_type)
	is_number(c.key_size)
	c.key_size >= _minimum[c.key_type]
}

# METADATA
# title: TLS endpoints support TLS 1.3
# description: >-
#   NIST SP 800-52 Rev. 2 asks servers to support TLS 1.3 (since January 2024); TLS 1.3 removes
#   static key exchange and non-AEAD ciphers altogether. An upgrade recommendation beyond the TLS 1.2
#   minimum (TLS-PROTO-02): low severity, so it does not block at the default gate.
# custom:
#   id: TLS-PROTO-03
#   severity: low
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [protocols.tls_1_3]
#   remediation: Enable TLS 1.3 on the listener (OpenSSL 1.1.1 or later; on AWS, a TLS13 security policy).
package hipaa.tls.protocol.tls13_supported

import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s does not support TLS 1.3.", [e.id])} if {
	some e in input.resources.tls_endpoint
	e.protocols.tls_1_3 == false
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no result for TLS 1.3.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

_known(e) if is_boolean(e.protocols.tls_1_3)

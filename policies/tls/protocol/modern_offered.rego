# METADATA
# title: TLS endpoints offer TLS 1.2 or TLS 1.3
# description: >-
#   NIST SP 800-52 Rev. 2 requires TLS 1.2 as the minimum for protecting data in transit; an endpoint
#   that offers neither TLS 1.2 nor TLS 1.3 cannot encrypt ePHI to that standard. Both versions must
#   have a result: an unknown one fails, even when the other is offered.
# custom:
#   id: TLS-PROTO-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [protocols.tls_1_2, protocols.tls_1_3]
#   remediation: Enable TLS 1.2 and TLS 1.3 on the listener (upgrade the TLS library or server if it cannot).
package hipaa.tls.protocol.modern_offered

import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s offers neither TLS 1.2 nor TLS 1.3.", [e.id])} if {
	some e in input.resources.tls_endpoint
	e.protocols.tls_1_2 == false
	e.protocols.tls_1_3 == false
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no result for TLS 1.2 or TLS 1.3.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

_known(e) if {
	is_boolean(e.protocols.tls_1_2)
	is_boolean(e.protocols.tls_1_3)
}

# METADATA
# title: TLS endpoints negotiate TLS
# description: >-
#   An endpoint listed for TLS must speak TLS: a port that answers plain HTTP instead, a PostgreSQL
#   server that answers N to the SSLRequest (ssl = off) or a MySQL/MariaDB server whose handshake
#   lacks the CLIENT_SSL capability carries ePHI in the clear. The collector records such an endpoint
#   with tls false; an endpoint it could not reach has no tls fact and is an error, never a pass.
# custom:
#   id: TLS-PROTO-04
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [tls, starttls]
#   evidence_optional:
#     starttls: Names the STARTTLS protocol in the message only; null for direct TLS.
#   remediation: Enable TLS on the service (PostgreSQL ssl = on with a certificate; MySQL/MariaDB ssl_cert and ssl_key; a TLS listener instead of plain HTTP).
package hipaa.tls.protocol.tls_offered

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s offers no TLS (STARTTLS: %s).", [e.id, how])} if {
	some e in input.resources.tls_endpoint
	e.tls == false
	how := _how(e)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no result for whether it negotiates TLS.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

_known(e) if is_boolean(e.tls)

_how(e) := res.text(e.starttls) if is_string(e.starttls)

_how(e) := "none, direct TLS" if not _named(e)

_named(e) if is_string(e.starttls)

# METADATA
# title: TLS endpoints refuse SSL 3.0, TLS 1.0 and TLS 1.1
# description: >-
#   NIST SP 800-52 Rev. 2 (the guidance HHS points to for ePHI in transit) forbids SSL 2.0/3.0 and
#   TLS 1.0/1.1; an endpoint that still negotiates them exposes ePHI to downgrade and known attacks.
# custom:
#   id: TLS-PROTO-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [protocols.ssl_2_0, protocols.ssl_3_0, protocols.tls_1_0, protocols.tls_1_1]
#   remediation: Disable SSL 2.0/3.0 and TLS 1.0/1.1 on the listener (for an AWS load balancer, choose a TLS 1.2+ security policy such as ELBSecurityPolicy-TLS13-1-2-2021-06).
package hipaa.tls.protocol.legacy_disabled

import data.hipaa.lib.tls
import rego.v1

_legacy := ["ssl_2_0", "ssl_3_0", "tls_1_0", "tls_1_1"]

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s accepts %s.", [e.id, concat(", ", offered)])} if {
	some e in input.resources.tls_endpoint
	offered := [tls.labels[v] | some v in _legacy; e.protocols[v] == true]
	count(offered) > 0
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no result for %s.", [e.id, concat(", ", unknown)])} if {
	some e in input.resources.tls_endpoint
	unknown := [tls.labels[v] | some v in _legacy; not _known(e, v)]
	count(unknown) > 0
}

_known(e, v) if is_boolean(e.protocols[v])

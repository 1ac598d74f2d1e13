# METADATA
# title: TLS endpoints are not CBC-only (an AEAD suite is accepted)
# description: >-
#   NIST SP 800-52 Rev. 2 prefers AEAD suites (AES-GCM, AES-CCM, ChaCha20-Poly1305), which protect the
#   integrity and confidentiality of each record together; an endpoint whose TLS 1.2 or TLS 1.3 service
#   (or, lacking both, whose only service) accepts only CBC suites leaves every client on MAC-then-encrypt.
#   A recommendation, not a requirement: medium severity. An endpoint that accepts no suite is not judged.
# custom:
#   id: TLS-CIPHER-02
#   severity: medium
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(c)(1)"]
#   resource_type: tls_endpoint
#   evidence: [protocols, cipher_suites]
#   remediation: Enable ECDHE suites with AES-GCM or ChaCha20-Poly1305 for TLS 1.2, and TLS 1.3.
package hipaa.tls.cipher.aead_available

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s accepts no AEAD cipher suite with %s.", [e.id, tls.labels[v]])} if {
	some e in input.resources.tls_endpoint
	_known(e)
	some v in ["tls_1_2", "tls_1_3"]
	e.protocols[v] == true
	not _aead_in(e, v)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s accepts no AEAD cipher suite at all.", [e.id])} if {
	some e in input.resources.tls_endpoint
	_known(e)
	count(tls.suites(e)) > 0
	not _aead_any(e)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no complete protocol and cipher suite facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

not_applicable contains {"id": e.id, "reason": "The endpoint accepts no cipher suite, so there is no suite to judge."} if {
	some e in input.resources.tls_endpoint
	_known(e)
	count(tls.suites(e)) == 0
	not _any_protocol(e)
}

_aead_in(e, v) if {
	some x in tls.suites(e)
	x.version == v
	x.suite.aead == true
}

_aead_any(e) if {
	some x in tls.suites(e)
	x.suite.aead == true
}

_any_protocol(e) if {
	some v in tls.versions
	e.protocols[v] == true
}

_known(e) if {
	tls.suites_known(e)
	is_object(e.protocols)
	every v in tls.versions {
		is_boolean(e.protocols[v])
	}
	every x in tls.suites(e) {
		is_boolean(x.suite.aead)
	}
}

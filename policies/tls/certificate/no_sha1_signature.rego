# METADATA
# title: TLS certificate chains use no SHA-1 (or MD5) signatures
# description: >-
#   SHA-1 and MD5 signatures can be forged (chosen-prefix collisions), so a certificate signed with them
#   no longer proves the server's identity; NIST SP 800-52 Rev. 2 requires SHA-256 or stronger
#   signatures on server certificates. Checked on the leaf of every certificate deployment and every
#   non-root certificate sent with it.
# custom:
#   id: TLS-CERT-06
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(c)(1)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.signature_algorithm, certificate.chain, other_certificates]
#   evidence_optional:
#     certificate.chain: An empty list is compliant (the server sends the leaf alone, so no intermediate signature to judge); a missing or null chain fails.
#     other_certificates: An empty list is the usual compliant state (a single certificate deployment); a missing or null list fails.
#     certificate.subject: Names the certificate in the message only; the verdict does not depend on it.
#   remediation: Reissue the certificate (and intermediates) with a SHA-256 or stronger signature.
package hipaa.tls.certificate.no_sha1_signature

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s signed with %s.", [e.id, name, alg])} if {
	some e in input.resources.tls_endpoint
	some c in _signed(e)
	alg := c.signature_algorithm
	_weak(alg)
	name := tls.cert_name(c)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s with no signature algorithm fact.", [e.id, name])} if {
	some e in input.resources.tls_endpoint
	some c in _signed(e)
	not _has_algorithm(c)
	name := tls.cert_name(c)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate chain facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

_known(e) if {
	tls.certificates_known(e)
	every c in tls.certificates(e) {
		is_array(c.chain)
	}
}

# Leaf certificates, and the chain certificates sent with them except self-signed roots
# (a root's own signature is not relied on).
_signed(e) := array.concat(tls.certificates(e), [x |
	some c in tls.certificates(e)
	is_array(c.chain)
	some x in c.chain
	not x.self_signed == true
])

_has_algorithm(c) if {
	is_string(c.signature_algorithm)
	c.signature_algorithm != ""
}

_weak(alg) if {
	is_string(alg)
	contains(lower(alg), "sha1")
}

_weak(alg) if {
	is_string(alg)
	contains(lower(alg), "md5")
}

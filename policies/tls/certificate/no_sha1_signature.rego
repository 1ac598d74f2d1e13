# METADATA
# title: TLS certificate chains use no SHA-1 (or MD5) signatures
# description: >-
#   SHA-1 and MD5 signatures can be forged (chosen-prefix collisions), so a certificate signed with them
#   no longer proves the server's identity. Checked on the leaf and every non-root certificate sent.
# custom:
#   id: TLS-CERT-06
#   severity: medium
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(c)(1)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.signature_algorithm, certificate.chain]
#   remediation: Reissue the certificate (and intermediates) with a SHA-256 or stronger signature.
package hipaa.tls.certificate.no_sha1_signature

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s signed with %s.", [e.id, tls.cert_name(c), c.signature_algorithm])} if {
	some e in input.resources.tls_endpoint
	some c in _signed(e)
	_weak(c.signature_algorithm)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s with no signature algorithm fact.", [e.id, tls.cert_name(c)])} if {
	some e in input.resources.tls_endpoint
	some c in _signed(e)
	not is_string(c.signature_algorithm)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not is_object(e.certificate)
}

# Leaf certificates, and the chain certificates sent with them except self-signed roots
# (a root's own signature is not relied on).
_signed(e) := array.concat(tls.certificates(e), [x |
	some c in tls.certificates(e)
	some x in _chain(c)
	not x.self_signed == true
])

_chain(c) := c.chain if is_array(c.chain)

_chain(c) := [] if not is_array(c.chain)

_weak(alg) if contains(lower(alg), "sha1")

_weak(alg) if contains(lower(alg), "md5")

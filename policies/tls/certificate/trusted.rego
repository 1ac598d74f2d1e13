# METADATA
# title: TLS certificates chain to a trusted authority
# description: >-
#   A certificate that does not chain to a trusted root (self-signed, unknown or private CA not in the
#   given bundle) does not authenticate the server, so clients cannot tell it from an interceptor.
# custom:
#   id: TLS-CERT-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.issuer, certificate.trusted, certificate.trust_store, certificate.trust_error]
#   remediation: Serve a certificate issued by a public CA, or by your private CA and scan with --ca-bundle, including the intermediate certificates in the chain.
package hipaa.tls.certificate.trusted

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s that is not trusted (%s).", [e.id, tls.cert_name(c), _why(c)])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	not c.trusted == true
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not is_object(e.certificate)
}

_why(c) := c.trust_error if is_string(c.trust_error)

_why(c) := "no trust result" if not is_string(c.trust_error)

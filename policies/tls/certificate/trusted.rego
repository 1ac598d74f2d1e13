# METADATA
# title: TLS certificates chain to a trusted authority
# description: >-
#   A certificate that does not chain to a trusted root (self-signed, unknown or private CA not in the
#   given bundle) does not authenticate the server, so clients cannot tell it from an interceptor.
#   NIST SP 800-52 Rev. 2 requires a server certificate that chains to a trust anchor.
# custom:
#   id: TLS-CERT-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.issuer, certificate.trusted, certificate.trust_store, certificate.trust_error, other_certificates]
#   evidence_optional:
#     other_certificates: An empty list is the usual compliant state (a single certificate deployment); a missing or null list fails.
#     certificate.subject: Names the certificate in the message only; the verdict does not depend on it.
#     certificate.issuer: Shown to the auditor only; the verdict does not depend on it.
#     certificate.trust_store: Shown to the auditor (which store anchored the chain); null when the chain is not trusted.
#     certificate.trust_error: Null when the chain is trusted; otherwise it only explains the failure in the message.
#   remediation: Serve a certificate issued by a public CA, or by your private CA and scan with --ca-bundle, including the intermediate certificates in the chain.
package hipaa.tls.certificate.trusted

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s that is not trusted (%s).", [e.id, name, why])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	not c.trusted == true
	name := tls.cert_name(c)
	why := _why(c)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not tls.certificates_known(e)
}

_why(c) := c.trust_error if is_string(c.trust_error)

_why(c) := "no trust result" if not _has_error(c)

_has_error(c) if is_string(c.trust_error)

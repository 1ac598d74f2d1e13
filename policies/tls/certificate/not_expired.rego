# METADATA
# title: TLS certificates are within their validity period
# description: >-
#   An expired (or not yet valid) certificate no longer authenticates the server; clients either fail
#   or are trained to click through warnings, which defeats protection of ePHI in transit. NIST SP
#   800-52 Rev. 2 requires a valid server certificate. Every certificate deployment is checked.
# custom:
#   id: TLS-CERT-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.not_before, certificate.not_after, certificate.days_left, certificate.not_yet_valid, other_certificates]
#   evidence_optional:
#     other_certificates: An empty list is the usual compliant state (a single certificate deployment); a missing or null list fails.
#     certificate.subject: Names the certificate in the message only; the verdict does not depend on it.
#     certificate.not_before: Dates the failure in the message only; the verdict reads not_yet_valid.
#     certificate.not_after: Dates the failure in the message only; the verdict reads days_left.
#   remediation: Renew the certificate now and automate renewal (ACME, AWS Certificate Manager).
package hipaa.tls.certificate.not_expired

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s that expired on %s.", [e.id, name, after])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	is_number(c.days_left)
	c.days_left < 0
	name := tls.cert_name(c)
	after := tls.cert_text(c, "not_after")
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s that is not valid before %s.", [e.id, name, before])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	c.not_yet_valid == true
	name := tls.cert_name(c)
	before := tls.cert_text(c, "not_before")
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate validity facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

_known(e) if {
	tls.certificates_known(e)
	every c in tls.certificates(e) {
		is_number(c.days_left)
		is_boolean(c.not_yet_valid)
	}
}

# METADATA
# title: TLS certificates do not expire within 30 days
# description: >-
#   A certificate close to expiry is an outage of encrypted transmission waiting to happen; renewing at
#   least 30 days ahead keeps ePHI in transit protected without interruption. Every certificate
#   deployment is checked. (An expired certificate also fails TLS-CERT-02.)
# custom:
#   id: TLS-CERT-03
#   severity: medium
#   hipaa: ["164.312(e)(1)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.not_after, certificate.days_left, other_certificates]
#   evidence_optional:
#     other_certificates: An empty list is the usual compliant state (a single certificate deployment); a missing or null list fails.
#     certificate.subject: Names the certificate in the message only; the verdict does not depend on it.
#     certificate.not_after: Dates the expiry in the message only; the verdict reads days_left.
#   remediation: Renew the certificate and automate renewal at least 30 days before expiry (ACME, AWS Certificate Manager).
package hipaa.tls.certificate.not_expiring

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s that expires in %s days (%s).", [e.id, name, days, after])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	is_number(c.days_left)
	c.days_left >= 0
	c.days_left < 30
	name := tls.cert_name(c)
	days := tls.cert_text(c, "days_left")
	after := tls.cert_text(c, "not_after")
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s that has already expired (%s).", [e.id, name, after])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	is_number(c.days_left)
	c.days_left < 0
	name := tls.cert_name(c)
	after := tls.cert_text(c, "not_after")
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate expiry facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

_known(e) if {
	tls.certificates_known(e)
	every c in tls.certificates(e) {
		is_number(c.days_left)
	}
}

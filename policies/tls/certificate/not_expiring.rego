# METADATA
# title: TLS certificates do not expire within 30 days
# description: >-
#   A certificate close to expiry is an outage of encrypted transmission waiting to happen; renewing at
#   least 30 days ahead keeps ePHI in transit protected without interruption.
# custom:
#   id: TLS-CERT-03
#   severity: medium
#   hipaa: ["164.312(e)(1)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.not_after, certificate.days_left]
#   remediation: Renew the certificate and automate renewal at least 30 days before expiry (ACME, AWS Certificate Manager).
package hipaa.tls.certificate.not_expiring

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s that expires in %d days (%s).", [e.id, tls.cert_name(c), c.days_left, c.not_after])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	c.days_left >= 0
	c.days_left < 30
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s that has already expired (%s).", [e.id, tls.cert_name(c), c.not_after])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	c.days_left < 0
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate expiry facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

_known(e) if {
	count(tls.certificates(e)) > 0
	every c in tls.certificates(e) {
		is_number(c.days_left)
	}
}

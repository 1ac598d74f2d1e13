# METADATA
# title: TLS certificates match the endpoint's host name
# description: >-
#   A certificate whose subjectAltName does not cover the name clients connect to fails verification;
#   clients either refuse the connection or are configured to skip verification, which allows interception.
#   NIST SP 800-52 Rev. 2 requires the server's name in subjectAltName. Every certificate deployment is checked.
# custom:
#   id: TLS-CERT-04
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.subject, certificate.hostname, certificate.sans, certificate.hostname_match, other_certificates]
#   evidence_optional:
#     other_certificates: An empty list is the usual compliant state (a single certificate deployment); a missing or null list fails.
#     certificate.subject: Names the certificate in the message only; the verdict does not depend on it.
#     certificate.hostname: Names the host in the message only; the verdict reads hostname_match.
#     certificate.sans: Lists the certificate's names in the message only; the verdict reads hostname_match.
#   remediation: Serve a certificate whose subjectAltName lists the host name clients use (or scan with the right --endpoints 'sni').
package hipaa.tls.certificate.hostname_match

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s whose names (%s) do not match %s.", [e.id, name, sans, host])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	c.hostname_match == false
	name := tls.cert_name(c)
	sans := _sans(c)
	host := _host(e, c)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s with no host name match result.", [e.id, name])} if {
	some e in input.resources.tls_endpoint
	some c in tls.certificates(e)
	not _has_result(c)
	name := tls.cert_name(c)
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not tls.certificates_known(e)
}

_has_result(c) if is_boolean(c.hostname_match)

_sans(c) := concat(", ", c.sans) if _has_sans(c)

_sans(c) := "none" if not _has_sans(c)

_has_sans(c) if {
	is_array(c.sans)
	count(c.sans) > 0
	every s in c.sans {
		is_string(s)
	}
}

_host(e, c) := c.hostname if is_string(c.hostname)

_host(e, c) := e.id if not _has_host(c)

_has_host(c) if is_string(c.hostname)

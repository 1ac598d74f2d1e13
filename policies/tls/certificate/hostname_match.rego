# METADATA
# title: TLS certificates match the endpoint's host name
# description: >-
#   A certificate whose subjectAltName does not cover the name clients connect to fails verification;
#   clients either refuse the connection or are configured to skip verification, which allows interception.
# custom:
#   id: TLS-CERT-04
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)"]
#   resource_type: tls_endpoint
#   evidence: [certificate.hostname, certificate.sans, certificate.hostname_match]
#   remediation: Serve a certificate whose subjectAltName lists the host name clients use (or scan with the right --endpoints 'sni').
package hipaa.tls.certificate.hostname_match

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s serves certificate %s whose names (%s) do not match %s.", [e.id, tls.cert_name(c), _sans(c), _host(e, c)])} if {
	some e in input.resources.tls_endpoint
	c := e.certificate
	not c.hostname_match == true
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no certificate facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not is_object(e.certificate)
}

_sans(c) := concat(", ", c.sans) if {
	is_array(c.sans)
	count(c.sans) > 0
}

_sans(c) := "none" if not _has_sans(c)

_has_sans(c) if {
	is_array(c.sans)
	count(c.sans) > 0
}

_host(e, c) := c.hostname if is_string(c.hostname)

_host(e, c) := e.id if not is_string(c.hostname)

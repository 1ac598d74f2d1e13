# METADATA
# title: Plain-HTTP listeners redirect to HTTPS
# description: >-
#   A port that serves HTTP without TLS and does not redirect to HTTPS can carry ePHI unencrypted.
#   Judged for endpoints that answered plain HTTP themselves and for the plain-HTTP port of an HTTPS
#   endpoint (80 by default for 443); an endpoint with no plain-HTTP port to check is not judged.
# custom:
#   id: TLS-HTTP-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [plaintext_http.checked, plaintext_http.port, plaintext_http.present, plaintext_http.status, plaintext_http.location, plaintext_http.redirects_to_https]
#   remediation: Answer every plain-HTTP request with a 301/308 redirect to the https:// URL (or close the port).
package hipaa.tls.http.plaintext_redirect

import rego.v1

deny contains {"id": e.id, "msg": sprintf("Plain-HTTP port %v of %s answers with status %v without redirecting to HTTPS.", [p.port, e.id, _status(p)])} if {
	some e in input.resources.tls_endpoint
	p := e.plaintext_http
	p.present == true
	not p.redirects_to_https == true
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no plain-HTTP listener facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

_known(e) if e.plaintext_http.checked == false

_known(e) if {
	e.plaintext_http.checked == true
	is_boolean(e.plaintext_http.present)
}

_status(p) := p.status if is_number(p.status)

_status(p) := "unknown" if not is_number(p.status)

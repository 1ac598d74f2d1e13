# METADATA
# title: Plain-HTTP listeners redirect to HTTPS
# description: >-
#   A port that serves HTTP without TLS and does not redirect to HTTPS can carry ePHI unencrypted.
#   Judged for endpoints that answered plain HTTP themselves and for the plain-HTTP port of an HTTPS
#   endpoint (80 by default for 443); a closed port passes. An endpoint with no plain-HTTP port to
#   check is not applicable; a probe that failed is an error, never a pass.
# custom:
#   id: TLS-HTTP-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [plaintext_http.checked, plaintext_http.port, plaintext_http.present, plaintext_http.status, plaintext_http.location, plaintext_http.redirects_to_https]
#   evidence_optional:
#     plaintext_http.port: Names the port in the message only; null when no port was checked.
#     plaintext_http.status: Null when no plain-HTTP listener answered; otherwise it only explains the failure.
#     plaintext_http.location: Null when the listener does not redirect; the verdict reads redirects_to_https.
#   remediation: Answer every plain-HTTP request with a 301/308 redirect to the https:// URL (or close the port).
package hipaa.tls.http.plaintext_redirect

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": e.id, "msg": sprintf("Plain-HTTP port %s of %s answers with status %s without redirecting to HTTPS.", [port, e.id, status])} if {
	some e in input.resources.tls_endpoint
	p := e.plaintext_http
	p.checked == true
	p.present == true
	not p.redirects_to_https == true
	port := res.text(object.get(p, "port", null))
	status := res.text(object.get(p, "status", null))
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no plain-HTTP listener facts.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _known(e)
}

not_applicable contains {"id": e.id, "reason": "The endpoint has no plain-HTTP port to check (it is not an HTTPS endpoint on port 443 and no http_port was given)."} if {
	some e in input.resources.tls_endpoint
	e.plaintext_http.checked == false
}

_known(e) if e.plaintext_http.checked == false

_known(e) if {
	e.plaintext_http.checked == true
	is_boolean(e.plaintext_http.present)
}

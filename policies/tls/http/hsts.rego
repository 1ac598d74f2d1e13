# METADATA
# title: HTTPS endpoints send HSTS with max-age of at least one year
# description: >-
#   Strict-Transport-Security makes browsers refuse plain HTTP to the site for max-age seconds, closing
#   the SSL-stripping window in which ePHI could travel unencrypted. Endpoints that do not speak HTTP
#   (STARTTLS services, or marked https false) are not judged.
# custom:
#   id: TLS-HTTP-01
#   severity: medium
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [https, hsts.present, hsts.max_age, hsts.include_subdomains]
#   remediation: >-
#     Send the header Strict-Transport-Security with max-age=31536000 (and includeSubDomains) on every HTTPS response.
package hipaa.tls.http.hsts

import rego.v1

_year := 31536000

deny contains {"id": e.id, "msg": sprintf("HTTPS endpoint %s sends no Strict-Transport-Security header.", [e.id])} if {
	some e in input.resources.tls_endpoint
	e.https == true
	not e.hsts.present == true
}

deny contains {"id": e.id, "msg": sprintf("HTTPS endpoint %s sends HSTS with max-age %v, under one year (31536000).", [e.id, _age(e)])} if {
	some e in input.resources.tls_endpoint
	e.https == true
	e.hsts.present == true
	not e.hsts.max_age >= _year
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no HTTP facts (whether it is HTTPS is unknown).", [e.id])} if {
	some e in input.resources.tls_endpoint
	not is_boolean(e.https)
}

_age(e) := e.hsts.max_age if is_number(e.hsts.max_age)

_age(e) := "missing" if not is_number(e.hsts.max_age)

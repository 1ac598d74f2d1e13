# Shared helpers for the TLS endpoint controls (policies/tls/): tls_endpoint resources.
package hipaa.lib.tls

import rego.v1

versions := ["ssl_2_0", "ssl_3_0", "tls_1_0", "tls_1_1", "tls_1_2", "tls_1_3"]

labels := {
	"ssl_2_0": "SSL 2.0", "ssl_3_0": "SSL 3.0", "tls_1_0": "TLS 1.0",
	"tls_1_1": "TLS 1.1", "tls_1_2": "TLS 1.2", "tls_1_3": "TLS 1.3",
}

# Every accepted suite of the endpoint, with the version it was accepted for.
suites(e) := [{"version": v, "suite": s} | some v in versions; some s in e.cipher_suites[v]]

# True when every version has a list of accepted suites (possibly empty): the facts are complete.
suites_known(e) if {
	is_object(e.cipher_suites)
	every v in versions {
		is_array(e.cipher_suites[v])
	}
}

# The leaf certificate of every certificate deployment the endpoint serves.
certificates(e) := array.concat([e.certificate], e.other_certificates) if {
	is_object(e.certificate)
	is_array(e.other_certificates)
}

certificates(e) := [e.certificate] if {
	is_object(e.certificate)
	not is_array(e.other_certificates)
}

# "subject" for messages naming the certificate.
cert_name(c) := c.subject if is_string(c.subject)

cert_name(c) := "with unknown subject" if not is_string(c.subject)

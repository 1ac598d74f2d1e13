# Shared helpers for the TLS endpoint controls (policies/tls/): tls_endpoint resources.
#
# Every helper here is defined for any data shape (missing, null or wrong-typed fields) under
# both regorus and OPA: types are checked before iteration, and no reference sits inside a `not`.
package hipaa.lib.tls

import rego.v1

versions := ["ssl_2_0", "ssl_3_0", "tls_1_0", "tls_1_1", "tls_1_2", "tls_1_3"]

labels := {
	"ssl_2_0": "SSL 2.0", "ssl_3_0": "SSL 3.0", "tls_1_0": "TLS 1.0",
	"tls_1_1": "TLS 1.1", "tls_1_2": "TLS 1.2", "tls_1_3": "TLS 1.3",
}

# Every accepted suite of the endpoint, with the version it was accepted for (versions whose
# list is not an array contribute nothing: check suites_known first).
suites(e) := [{"version": v, "suite": s} |
	some v in versions
	_suite_list(e, v)
	some s in e.cipher_suites[v]
]

_suite_list(e, v) if is_array(e.cipher_suites[v])

# True when every version has a list of accepted suites (possibly empty): the facts are complete.
suites_known(e) if {
	is_object(e.cipher_suites)
	every v in versions {
		_suite_list(e, v)
	}
}

# "NAME (TLS 1.2)" for a suite of suites(e); the name is "unknown" when missing.
suite_label(x) := sprintf("%s (%s)", [_suite_name(x.suite), labels[x.version]])

_suite_name(s) := s.name if {
	is_object(s)
	is_string(s.name)
}

_suite_name(s) := "unknown suite" if not _named_suite(s)

_named_suite(s) if {
	is_object(s)
	is_string(s.name)
}

# The leaf certificate of every certificate deployment the endpoint serves. Defined only when
# the certificate facts have their shape (certificates_known); entries may still lack fields.
certificates(e) := array.concat([e.certificate], e.other_certificates) if certificates_known(e)

# True when the default certificate is an object and the further deployments a list of objects.
certificates_known(e) if {
	is_object(e.certificate)
	is_array(e.other_certificates)
	every c in e.other_certificates {
		is_object(c)
	}
}

# "subject" for messages naming the certificate.
cert_name(c) := c.subject if _has_subject(c)

cert_name(c) := "with unknown subject" if not _has_subject(c)

_has_subject(c) if {
	is_object(c)
	is_string(c.subject)
}

# A certificate's field for a message: its string or number value, else "unknown".
cert_text(c, field) := v if {
	is_object(c)
	v := c[field]
	is_string(v)
}

cert_text(c, field) := format_int(c[field], 10) if {
	is_object(c)
	is_number(c[field])
}

cert_text(c, field) := "unknown" if not _printable(c, field)

_printable(c, field) if {
	is_object(c)
	is_string(c[field])
}

_printable(c, field) if {
	is_object(c)
	is_number(c[field])
}

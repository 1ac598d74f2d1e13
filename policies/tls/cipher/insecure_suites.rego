# METADATA
# title: TLS endpoints accept no NULL, anonymous, EXPORT, RC4, 3DES or weak suites
# description: >-
#   Suites without encryption (NULL), without server authentication (anonymous), with export-grade or
#   broken ciphers (RC4, 3DES) or under 112-bit strength are not approved by NIST SP 800-52 Rev. 2;
#   accepting any of them lets an attacker read or alter ePHI in transit. An endpoint that accepts no
#   suite at all is not judged.
# custom:
#   id: TLS-CIPHER-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)", "164.312(c)(1)"]
#   resource_type: tls_endpoint
#   evidence: [cipher_suites]
#   remediation: Remove NULL, anonymous (aNULL), EXPORT, RC4 and 3DES suites from the server's cipher list (for OpenSSL, e.g. "HIGH:!aNULL:!eNULL:!EXPORT:!RC4:!3DES").
package hipaa.tls.cipher.insecure_suites

import data.hipaa.lib.tls
import rego.v1

_weak_flags := ["null", "anon", "export", "rc4", "3des"]

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s accepts insecure cipher suites: %s.", [e.id, concat(", ", sort(names))])} if {
	some e in input.resources.tls_endpoint
	tls.suites_known(e)
	names := {tls.suite_label(x) | some x in tls.suites(e); _weak(x.suite)}
	count(names) > 0
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no complete cipher suite list.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not _complete(e)
}

not_applicable contains {"id": e.id, "reason": "The endpoint accepts no cipher suite, so there is no suite to judge."} if {
	some e in input.resources.tls_endpoint
	tls.suites_known(e)
	count(tls.suites(e)) == 0
}

_weak(s) if {
	some f in _weak_flags
	s.flags[f] == true
}

_weak(s) if {
	is_number(s.strength)
	s.strength < 112
}

_complete(e) if {
	tls.suites_known(e)
	every x in tls.suites(e) {
		_suite_complete(x.suite)
	}
}

_suite_complete(s) if {
	is_object(s)
	is_number(s.strength)
	is_object(s.flags)
	every f in _weak_flags {
		is_boolean(s.flags[f])
	}
}

# METADATA
# title: TLS endpoints accept only forward-secret suites
# description: >-
#   NIST SP 800-52 Rev. 2 requires ephemeral (EC)DHE key exchange and rules out static RSA key
#   transport: with static RSA (or static DH/ECDH) a later compromise of the server key decrypts every
#   recorded session, and the ePHI in it. An endpoint that accepts no suite at all is not judged.
# custom:
#   id: TLS-CIPHER-03
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: tls_endpoint
#   evidence: [cipher_suites]
#   remediation: Remove static RSA (and static DH/ECDH) key exchange suites; keep ECDHE/DHE suites and TLS 1.3.
package hipaa.tls.cipher.forward_secrecy

import data.hipaa.lib.tls
import rego.v1

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s accepts suites without forward secrecy: %s.", [e.id, concat(", ", sort(names))])} if {
	some e in input.resources.tls_endpoint
	tls.suites_known(e)
	names := {tls.suite_label(x) | some x in tls.suites(e); x.suite.forward_secret == false}
	count(names) > 0
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no forward-secrecy fact for: %s.", [e.id, concat(", ", sort(names))])} if {
	some e in input.resources.tls_endpoint
	tls.suites_known(e)
	names := {tls.suite_label(x) | some x in tls.suites(e); not _suite_fact(x)}
	count(names) > 0
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no complete cipher suite list.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not tls.suites_known(e)
}

not_applicable contains {"id": e.id, "reason": "The endpoint accepts no cipher suite, so there is no key exchange to judge."} if {
	some e in input.resources.tls_endpoint
	tls.suites_known(e)
	count(tls.suites(e)) == 0
}

_fact(s) if is_boolean(s.forward_secret)

_suite_fact(x) if _fact(x.suite)

# METADATA
# title: TLS endpoints accept only forward-secret suites
# description: >-
#   NIST SP 800-52 Rev. 2 calls for ephemeral (EC)DHE key exchange; with static RSA key transport a
#   later compromise of the server key decrypts every recorded session, and the ePHI in it.
# custom:
#   id: TLS-CIPHER-03
#   severity: medium
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
	names := {sprintf("%s (%s)", [x.suite.name, tls.labels[x.version]]) | some x in tls.suites(e); not x.suite.forward_secret == true}
	count(names) > 0
}

deny contains {"id": e.id, "msg": sprintf("TLS endpoint %s has no complete cipher suite list.", [e.id])} if {
	some e in input.resources.tls_endpoint
	not tls.suites_known(e)
}

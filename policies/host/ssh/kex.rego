# METADATA
# title: SSH offers only strong key exchange
# description: >-
#   The daemon must not offer SHA-1 Diffie-Hellman key exchanges (group1, group14-sha1, group-exchange-sha1).
# custom:
#   id: HOST-SSH-08
#   severity: medium
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: host
#   evidence: [ssh.kex_algorithms]
#   remediation: >-
#     Set 'KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512'.
package hipaa.host.ssh.kex

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd offers weak key exchange %s.", [h.id, k])} if {
	some h in input.resources.host
	some k in h.ssh.kex_algorithms
	_weak(k)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd key exchange list is not reported.", [h.id])} if {
	some h in input.resources.host
	not is_array(h.ssh.kex_algorithms)
}

_weak(k) if k in {"diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1", "diffie-hellman-group-exchange-sha1", "gss-group1-sha1-", "gss-gex-sha1-"}

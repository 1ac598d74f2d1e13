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
#   related_rules: ["SSG:sshd_use_approved_kex_ordered_stig", "CIS:5.2.15 Ensure only strong Key Exchange algorithms are used"]
#   remediation: >-
#     Set 'KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512'.
package hipaa.host.ssh.kex

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd offers weak key exchange %s.", [h.id, a])} if {
	some h in input.resources.host
	lib.string_list(h, ["ssh", "kex_algorithms"])
	some a in h.ssh.kex_algorithms
	_weak(a)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the sshd key exchange list is not reported as a list of names.", [h.id])} if {
	some h in input.resources.host
	not lib.string_list(h, ["ssh", "kex_algorithms"])
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the sshd key exchange list is empty.", [h.id])} if {
	some h in input.resources.host
	h.ssh.kex_algorithms == []
}

# SHA-1 key exchanges, including the GSSAPI ones whose names end in a hash suffix.
_weak(a) if regex.match(`(?i)(sha1|-group1-)`, a)

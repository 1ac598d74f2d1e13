# METADATA
# title: SSH offers only strong ciphers
# description: >-
#   The daemon must not offer CBC-mode, 3DES, Blowfish, CAST or RC4 ciphers, which are weak or broken.
# custom:
#   id: HOST-SSH-06
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: host
#   evidence: [ssh.ciphers]
#   related_rules: ["SSG:sshd_use_approved_ciphers", "SSG:configure_ssh_crypto_policy", "CIS:5.2.13 Ensure only strong Ciphers are used"]
#   remediation: >-
#     Set 'Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr'.
package hipaa.host.ssh.ciphers

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd offers weak cipher %s.", [h.id, a])} if {
	some h in input.resources.host
	lib.string_list(h, ["ssh", "ciphers"])
	some a in h.ssh.ciphers
	_weak(a)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the sshd cipher list is not reported as a list of names.", [h.id])} if {
	some h in input.resources.host
	not lib.string_list(h, ["ssh", "ciphers"])
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the sshd cipher list is empty.", [h.id])} if {
	some h in input.resources.host
	h.ssh.ciphers == []
}

_weak(a) if endswith(a, "-cbc")

_weak(a) if regex.match(`(?i)^(3des|blowfish|cast128|arcfour|rijndael|des|none$)`, a)

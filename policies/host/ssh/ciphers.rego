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
#   remediation: >-
#     Set 'Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr'.
package hipaa.host.ssh.ciphers

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd offers weak cipher %s.", [h.id, c])} if {
	some h in input.resources.host
	some c in h.ssh.ciphers
	_weak(c)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd cipher list is not reported.", [h.id])} if {
	some h in input.resources.host
	not is_array(h.ssh.ciphers)
}

_weak(c) if endswith(c, "-cbc")

_weak(c) if regex.match(`(?i)^(3des|blowfish|cast128|arcfour|rijndael)`, c)

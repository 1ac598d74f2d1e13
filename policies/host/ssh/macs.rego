# METADATA
# title: SSH offers only strong MACs
# description: >-
#   The daemon must not offer MD5, SHA-1, RIPEMD or 64-bit UMAC message authentication codes.
# custom:
#   id: HOST-SSH-07
#   severity: medium
#   hipaa: ["164.312(e)(2)(i)", "164.312(e)(1)"]
#   resource_type: host
#   evidence: [ssh.macs]
#   related_rules: ["SSG:sshd_use_approved_macs", "CIS:5.2.14 Ensure only strong MAC algorithms are used"]
#   remediation: >-
#     Set 'MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com'.
package hipaa.host.ssh.macs

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd offers weak MAC %s.", [h.id, a])} if {
	some h in input.resources.host
	lib.string_list(h, ["ssh", "macs"])
	some a in h.ssh.macs
	_weak(a)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the sshd MAC list is not reported as a list of names.", [h.id])} if {
	some h in input.resources.host
	not lib.string_list(h, ["ssh", "macs"])
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the sshd MAC list is empty.", [h.id])} if {
	some h in input.resources.host
	h.ssh.macs == []
}

_weak(a) if regex.match(`(?i)(md5|sha1|ripemd|umac-64)`, a)

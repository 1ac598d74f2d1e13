# METADATA
# title: SSH limits sessions per connection
# description: >-
#   sshd MaxSessions must be 10 or fewer (weakest across Match contexts), bounding what one authenticated connection can open.
# custom:
#   id: HOST-SSH-20
#   severity: low
#   hipaa: ["164.312(a)(1)"]
#   resource_type: host
#   evidence: [ssh.max_sessions]
#   related_rules: ["CIS:5.2.20 Ensure SSH MaxSessions is set to 10 or less", "SSG:sshd_set_max_sessions"]
#   remediation: >-
#     Set 'MaxSessions 10' (or fewer) in sshd_config.
package hipaa.host.ssh.max_sessions

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd MaxSessions must be 1 to 10 (reported: %v).", [h.id, lib.value(h, ["ssh", "max_sessions"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.ssh.max_sessions)
	h.ssh.max_sessions >= 1
	h.ssh.max_sessions <= 10
}

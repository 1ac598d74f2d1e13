# METADATA
# title: SSH drops unauthenticated connections within 60 seconds
# description: >-
#   LoginGraceTime must be between 1 and 60 seconds (0 means unlimited), limiting unauthenticated sessions.
# custom:
#   id: HOST-SSH-09
#   severity: low
#   hipaa: ["164.312(d)"]
#   resource_type: host
#   evidence: [ssh.login_grace_time]
#   related_rules: ["SSG:sshd_set_login_grace_time", "CIS:5.2.17 Ensure SSH LoginGraceTime is set to one minute or less"]
#   remediation: >-
#     Set 'LoginGraceTime 60' in sshd_config.
package hipaa.host.ssh.login_grace_time

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd LoginGraceTime is %v seconds; it must be 1 to 60.", [h.id, lib.value(h, ["ssh", "login_grace_time"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.ssh.login_grace_time)
	h.ssh.login_grace_time > 0
	h.ssh.login_grace_time <= 60
}

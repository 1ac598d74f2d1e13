# METADATA
# title: SSH disconnects idle sessions within 15 minutes
# description: >-
#   ClientAliveInterval times ClientAliveCountMax must end an unresponsive session within 900 seconds (automatic logoff).
# custom:
#   id: HOST-SSH-05
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: host
#   evidence: [ssh.client_alive_interval, ssh.client_alive_count_max]
#   related_rules: ["SSG:sshd_set_idle_timeout", "SSG:sshd_set_keepalive", "CIS:5.2.21 Ensure SSH Idle Timeout Interval is configured"]
#   remediation: >-
#     Set 'ClientAliveInterval 300' and 'ClientAliveCountMax 3' (at most 900 seconds in total, both above 0).
package hipaa.host.ssh.idle_timeout

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd ClientAliveInterval %v x ClientAliveCountMax %v does not end idle sessions within 900 seconds.", [h.id, lib.value(h, ["ssh", "client_alive_interval"]), lib.value(h, ["ssh", "client_alive_count_max"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.ssh.client_alive_interval)
	is_number(h.ssh.client_alive_count_max)
	h.ssh.client_alive_interval > 0
	h.ssh.client_alive_count_max > 0
	h.ssh.client_alive_interval * h.ssh.client_alive_count_max <= 900
}

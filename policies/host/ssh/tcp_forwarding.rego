# METADATA
# title: SSH TCP forwarding is off
# description: >-
#   sshd AllowTcpForwarding must be no, so that an SSH login cannot tunnel around the network controls in front of ePHI systems.
# custom:
#   id: HOST-SSH-21
#   severity: medium
#   hipaa: ["164.312(e)(1)"]
#   resource_type: host
#   evidence: [ssh.allow_tcp_forwarding]
#   related_rules: ["CIS:5.2.16 Ensure SSH AllowTcpForwarding is disabled", "SSG:sshd_disable_tcp_forwarding"]
#   remediation: >-
#     Set 'AllowTcpForwarding no' in sshd_config.
package hipaa.host.ssh.tcp_forwarding

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd AllowTcpForwarding must be no (reported: %v).", [h.id, lib.value(h, ["ssh", "allow_tcp_forwarding"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.ssh.allow_tcp_forwarding)
	upper(h.ssh.allow_tcp_forwarding) in {"NO"}
}

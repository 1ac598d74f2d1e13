# METADATA
# title: SSH does not forward X11
# description: >-
#   X11Forwarding must be no: forwarded X11 lets a compromised server read the client's screen and keystrokes.
# custom:
#   id: HOST-SSH-10
#   severity: low
#   hipaa: ["164.312(a)(1)"]
#   resource_type: host
#   evidence: [ssh.x11_forwarding]
#   related_rules: ["SSG:sshd_disable_x11_forwarding", "CIS:5.2.12 Ensure SSH X11 forwarding is disabled"]
#   remediation: >-
#     Set 'X11Forwarding no' in sshd_config.
package hipaa.host.ssh.x11_forwarding

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd X11Forwarding is %v; it must be no.", [h.id, lib.value(h, ["ssh", "x11_forwarding"])])} if {
	some h in input.resources.host
	not h.ssh.x11_forwarding == false
}

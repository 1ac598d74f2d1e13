# METADATA
# title: sudo runs commands in a pseudo-terminal
# description: >-
#   sudoers must set Defaults use_pty, so that a command run with sudo cannot keep running in the background after the session ends.
# custom:
#   id: HOST-AUTH-24
#   severity: low
#   hipaa: ["164.312(a)(1)"]
#   resource_type: host
#   evidence: [sudo.use_pty]
#   related_rules: ["SSG:sudo_add_use_pty", "CIS:5.3.2 Ensure sudo commands use pty"]
#   remediation: >-
#     Add 'Defaults use_pty' to /etc/sudoers (visudo).
package hipaa.host.auth.sudo_use_pty

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sudo does not set use_pty (reported: %v).", [h.id, lib.value(h, ["sudo", "use_pty"])])} if {
	some h in input.resources.host
	not h.sudo.use_pty == true
}

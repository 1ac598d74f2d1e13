# METADATA
# title: The debug shell is off
# description: >-
#   debug-shell.service must be neither enabled nor running: it gives an unauthenticated root shell on tty9.
# custom:
#   id: HOST-SYS-07
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.312(d)"]
#   resource_type: host
#   evidence: [system_units.debug_shell_enabled]
#   related_rules: ["SSG:service_debug-shell_disabled"]
#   remediation: >-
#     systemctl disable --now debug-shell.service; systemctl mask debug-shell.service.
package hipaa.host.system.debug_shell

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: debug-shell.service is enabled or running (reported: %v).", [h.id, lib.value(h, ["system_units", "debug_shell_enabled"])])} if {
	some h in input.resources.host
	not h.system_units.debug_shell_enabled == false
}

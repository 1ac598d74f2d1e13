# METADATA
# title: Kernel crash dumps are off
# description: >-
#   kdump (kdump.service, kdump-tools.service) must be neither enabled nor running: a crash dump holds the memory of every process, ePHI included.
# custom:
#   id: HOST-SYS-08
#   severity: low
#   hipaa: ["164.312(a)(1)", "164.310(d)(2)(iii)"]
#   resource_type: host
#   evidence: [system_units.kdump_enabled]
#   related_rules: ["SSG:service_kdump_disabled"]
#   remediation: >-
#     systemctl disable --now kdump.service (Debian: kdump-tools.service).
package hipaa.host.system.kdump

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: kdump is enabled or running (reported: %v).", [h.id, lib.value(h, ["system_units", "kdump_enabled"])])} if {
	some h in input.resources.host
	not h.system_units.kdump_enabled == false
}

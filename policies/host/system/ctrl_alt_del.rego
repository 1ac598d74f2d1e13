# METADATA
# title: Ctrl-Alt-Del does not reboot the host
# description: >-
#   ctrl-alt-del.target must be masked, so that someone at the console cannot reboot a system holding ePHI (availability).
# custom:
#   id: HOST-SYS-06
#   severity: low
#   hipaa: ["164.310(a)(1)", "164.308(a)(7)(i)"]
#   resource_type: host
#   evidence: [system_units.ctrl_alt_del_masked]
#   related_rules: ["SSG:disable_ctrlaltdel_reboot", "SSG:disable_ctrlaltdel_burstaction"]
#   remediation: >-
#     systemctl mask ctrl-alt-del.target (and CtrlAltDelBurstAction=none in /etc/systemd/system.conf).
package hipaa.host.system.ctrl_alt_del

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: ctrl-alt-del.target is not masked (reported: %v).", [h.id, lib.value(h, ["system_units", "ctrl_alt_del_masked"])])} if {
	some h in input.resources.host
	not h.system_units.ctrl_alt_del_masked == true
}

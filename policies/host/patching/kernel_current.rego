# METADATA
# title: The newest installed kernel is running
# description: >-
#   A kernel update takes effect only after a reboot; the running kernel must be the newest installed one and no reboot may be pending.
# custom:
#   id: HOST-PATCH-03
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(B)"]
#   resource_type: host
#   evidence: [kernel.running, kernel.newest_installed, kernel.reboot_required]
#   remediation: >-
#     Reboot the host into the newest installed kernel.
package hipaa.host.patching.kernel_current

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: kernel %s is running but %s is installed.", [h.id, h.kernel.running, h.kernel.newest_installed])} if {
	some h in input.resources.host
	is_string(h.kernel.newest_installed)
	h.kernel.running != h.kernel.newest_installed
}

deny contains {"id": h.id, "msg": sprintf("Host %s: a reboot is pending to finish installing updates.", [h.id])} if {
	some h in input.resources.host
	not h.kernel.reboot_required == false
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the running kernel is not reported.", [h.id])} if {
	some h in input.resources.host
	not is_string(h.kernel.running)
}

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
#   related_rules: ["SSG:security_patches_up_to_date"]
#   evidence_optional:
#     kernel.newest_installed: Null when the host has no /boot/vmlinuz-* (a container, or kernels kept elsewhere); the reboot flag still decides.
#   remediation: >-
#     Reboot the host into the newest installed kernel.
package hipaa.host.patching.kernel_current

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: kernel %s is running but %s is installed.", [h.id, running, newest])} if {
	some h in input.resources.host
	running := h.kernel.running
	newest := h.kernel.newest_installed
	is_string(running)
	is_string(newest)
	running != newest
}

deny contains {"id": h.id, "msg": sprintf("Host %s: a reboot is pending to finish installing updates.", [h.id])} if {
	some h in input.resources.host
	not h.kernel.reboot_required == false
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the running kernel is not reported.", [h.id])} if {
	some h in input.resources.host
	not _running_reported(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the newest installed kernel is not reported.", [h.id])} if {
	some h in input.resources.host
	not _newest_reported(h)
}

_running_reported(h) if {
	is_string(h.kernel.running)
	h.kernel.running != ""
}

_newest_reported(h) if is_string(h.kernel.newest_installed)

# null: no /boot/vmlinuz-* on the host (a container, or kernels kept elsewhere).
_newest_reported(h) if {
	is_object(h.kernel)
	"newest_installed" in object.keys(h.kernel)
	h.kernel.newest_installed == null
}

# METADATA
# title: USB mass storage cannot be used
# description: >-
#   The usb-storage module must not be loadable (modprobe -n shows an install /bin/false rule, or the module is absent; a blacklist alone does not stop an explicit load) and must not be loaded, so that ePHI cannot be copied to a USB stick.
# custom:
#   id: HOST-SYS-01
#   severity: medium
#   hipaa: ["164.310(d)(1)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [kernel_modules.usb_storage_loadable, kernel_modules.usb_storage_loaded]
#   related_rules: ["SSG:kernel_module_usb-storage_disabled", "CIS:1.1.10 Disable USB Storage"]
#   remediation: >-
#     echo 'install usb-storage /bin/false' > /etc/modprobe.d/usb-storage.conf; rmmod usb-storage.
package hipaa.host.system.usb_storage

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: usb-storage can be loaded (reported: %v).", [h.id, lib.value(h, ["kernel_modules", "usb_storage_loadable"])])} if {
	some h in input.resources.host
	not h.kernel_modules.usb_storage_loadable == false
}

deny contains {"id": h.id, "msg": sprintf("Host %s: usb-storage is loaded (reported: %v).", [h.id, lib.value(h, ["kernel_modules", "usb_storage_loaded"])])} if {
	some h in input.resources.host
	not h.kernel_modules.usb_storage_loaded == false
}

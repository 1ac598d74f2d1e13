# METADATA
# title: Kernel log is readable by root only
# description: >-
#   kernel.dmesg_restrict must be 1, so that unprivileged users cannot read kernel addresses and messages.
# custom:
#   id: HOST-SYS-04
#   severity: low
#   hipaa: ["164.312(a)(1)"]
#   resource_type: host
#   evidence: [sysctl.kernel_dmesg_restrict]
#   related_rules: ["SSG:sysctl_kernel_dmesg_restrict"]
#   remediation: >-
#     Set kernel.dmesg_restrict = 1 in /etc/sysctl.d/ and run sysctl --system.
package hipaa.host.system.dmesg_restrict

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: kernel.dmesg_restrict must be 1 (reported: %v).", [h.id, lib.value(h, ["sysctl", "kernel_dmesg_restrict"])])} if {
	some h in input.resources.host
	not h.sysctl.kernel_dmesg_restrict == 1
}

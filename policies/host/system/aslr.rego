# METADATA
# title: Address space layout randomisation is full
# description: >-
#   kernel.randomize_va_space must be 2, which makes memory-corruption exploits (and malware using them) much harder.
# custom:
#   id: HOST-SYS-02
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(B)"]
#   resource_type: host
#   evidence: [sysctl.kernel_randomize_va_space]
#   related_rules: ["SSG:sysctl_kernel_randomize_va_space", "CIS:1.5.3 Ensure address space layout randomization (ASLR) is enabled"]
#   remediation: >-
#     Set kernel.randomize_va_space = 2 in /etc/sysctl.d/ and run sysctl --system.
package hipaa.host.system.aslr

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: kernel.randomize_va_space must be 2 (reported: %v).", [h.id, lib.value(h, ["sysctl", "kernel_randomize_va_space"])])} if {
	some h in input.resources.host
	not h.sysctl.kernel_randomize_va_space == 2
}

# METADATA
# title: Set-uid programs do not dump core
# description: >-
#   fs.suid_dumpable must be 0: a core dump of a privileged program can hold password hashes and ePHI.
# custom:
#   id: HOST-SYS-03
#   severity: low
#   hipaa: ["164.312(a)(1)"]
#   resource_type: host
#   evidence: [sysctl.fs_suid_dumpable]
#   related_rules: ["SSG:sysctl_fs_suid_dumpable", "CIS:1.5.1 Ensure core dumps are restricted"]
#   remediation: >-
#     Set fs.suid_dumpable = 0 in /etc/sysctl.d/ and run sysctl --system.
package hipaa.host.system.suid_dumpable

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: fs.suid_dumpable must be 0 (reported: %v).", [h.id, lib.value(h, ["sysctl", "fs_suid_dumpable"])])} if {
	some h in input.resources.host
	not h.sysctl.fs_suid_dumpable == 0
}

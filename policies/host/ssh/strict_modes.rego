# METADATA
# title: SSH checks file modes before trusting keys
# description: >-
#   StrictModes must be yes: sshd then refuses a login whose home directory or authorized_keys other users can write.
# custom:
#   id: HOST-SSH-15
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.312(d)"]
#   resource_type: host
#   evidence: [ssh.strict_modes]
#   related_rules: ["SSG:sshd_enable_strictmodes"]
#   remediation: >-
#     Set 'StrictModes yes' in sshd_config.
package hipaa.host.ssh.strict_modes

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd strict_modes must be yes (reported: %v).", [h.id, lib.value(h, ["ssh", "strict_modes"])])} if {
	some h in input.resources.host
	not h.ssh.strict_modes == true
}

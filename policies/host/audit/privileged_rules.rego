# METADATA
# title: Use of privileged commands is audited
# description: >-
#   Audit rules must record every execution of sudo and su, the commands that grant privileges.
# custom:
#   id: HOST-AUDIT-08
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: host
#   evidence: [audit_rules.watches]
#   related_rules: ["SSG:audit_rules_privileged_commands_sudo", "SSG:audit_rules_privileged_commands_su", "CIS:4.1.3.6 Ensure use of privileged commands are collected"]
#   remediation: >-
#     Add '-a always,exit -F path=/usr/bin/sudo -F perm=x -F auid>=1000 -F auid!=unset -k privileged' (and the same for /usr/bin/su).
package hipaa.host.audit.privileged_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no audit rule records executions of %s.", [h.id, c])} if {
	some h in input.resources.host
	lib.watches_reported(h)
	some c in ["sudo", "su"]
	not _exec_watched(h, c)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: audit rules are not reported.", [h.id])} if {
	some h in input.resources.host
	not lib.watches_reported(h)
}

_exec_watched(h, c) if {
	some dir in ["/usr/bin", "/bin"]
	lib.watched(h, concat("/", [dir, c]), "x")
}

# METADATA
# title: Permission changes are audited
# description: >-
#   Audit rules (the loaded ones from auditctl -l when it can be run, else the rule files) must record chmod, fchmod and fchmodat.
# custom:
#   id: HOST-AUDIT-12
#   severity: medium
#   hipaa: ["164.312(b)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [audit_rules.syscalls]
#   related_rules: ["SSG:audit_rules_dac_modification_chmod", "SSG:audit_rules_dac_modification_fchmod", "SSG:audit_rules_dac_modification_fchmodat", "CIS:4.1.3.9 Ensure discretionary access control permission modification events are collected"]
#   remediation: >-
#     Add '-a always,exit -F arch=b64 -S chmod,fchmod,fchmodat -F auid>=1000 -F auid!=unset -k perm_mod' (and arch=b32) to /etc/audit/rules.d and run augenrules --load.
package hipaa.host.audit.chmod_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: not every chmod-family syscall is audited (reported: %v).", [h.id, lib.value(h, ["audit_rules", "syscalls"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	lib.string_list(h, ["audit_rules", "syscalls"])
	every s in ["chmod", "fchmod", "fchmodat"] {
		s in h.audit_rules.syscalls
	}
}

# METADATA
# title: Extended attribute changes are audited
# description: >-
#   Audit rules must record setxattr, lsetxattr, fsetxattr, removexattr, lremovexattr and fremovexattr (ACL and label changes).
# custom:
#   id: HOST-AUDIT-14
#   severity: medium
#   hipaa: ["164.312(b)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [audit_rules.syscalls]
#   related_rules: ["SSG:audit_rules_dac_modification_setxattr", "SSG:audit_rules_dac_modification_lsetxattr", "SSG:audit_rules_dac_modification_fsetxattr", "SSG:audit_rules_dac_modification_removexattr", "SSG:audit_rules_dac_modification_lremovexattr", "SSG:audit_rules_dac_modification_fremovexattr", "CIS:4.1.3.9 Ensure discretionary access control permission modification events are collected"]
#   remediation: >-
#     Add '-a always,exit -F arch=b64 -S setxattr,lsetxattr,fsetxattr,removexattr,lremovexattr,fremovexattr -F auid>=1000 -F auid!=unset -k perm_mod' (and arch=b32).
package hipaa.host.audit.xattr_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: not every xattr syscall is audited (reported: %v).", [h.id, lib.value(h, ["audit_rules", "syscalls"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	lib.string_list(h, ["audit_rules", "syscalls"])
	every s in ["setxattr", "lsetxattr", "fsetxattr", "removexattr", "lremovexattr", "fremovexattr"] {
		s in h.audit_rules.syscalls
	}
}

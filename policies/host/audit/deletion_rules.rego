# METADATA
# title: File deletions and renames are audited
# description: >-
#   Audit rules must record unlink, unlinkat, rename and renameat.
# custom:
#   id: HOST-AUDIT-20
#   severity: medium
#   hipaa: ["164.312(b)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [audit_rules.syscalls]
#   related_rules: ["SSG:audit_rules_file_deletion_events_unlink", "SSG:audit_rules_file_deletion_events_unlinkat", "SSG:audit_rules_file_deletion_events_rename", "SSG:audit_rules_file_deletion_events_renameat", "CIS:4.1.3.13 Ensure file deletion events by users are collected"]
#   remediation: >-
#     Add '-a always,exit -F arch=b64 -S unlink,unlinkat,rename,renameat -F auid>=1000 -F auid!=unset -k delete' (and arch=b32).
package hipaa.host.audit.deletion_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: not every deletion syscall is audited (reported: %v).", [h.id, lib.value(h, ["audit_rules", "syscalls"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	lib.string_list(h, ["audit_rules", "syscalls"])
	every s in ["unlink", "unlinkat", "rename", "renameat"] {
		s in h.audit_rules.syscalls
	}
}

# METADATA
# title: Failed file access attempts are audited
# description: >-
#   Audit rules must record creat, open, openat, open_by_handle_at, truncate and ftruncate failing with EACCES and EPERM (or on every outcome).
# custom:
#   id: HOST-AUDIT-22
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: host
#   evidence: [audit_rules.failed_access_syscalls]
#   related_rules: ["SSG:audit_rules_unsuccessful_file_modification_creat", "SSG:audit_rules_unsuccessful_file_modification_open", "SSG:audit_rules_unsuccessful_file_modification_openat", "SSG:audit_rules_unsuccessful_file_modification_open_by_handle_at", "SSG:audit_rules_unsuccessful_file_modification_truncate", "SSG:audit_rules_unsuccessful_file_modification_ftruncate", "CIS:4.1.3.7 Ensure unsuccessful file access attempts are collected"]
#   remediation: >-
#     Add '-a always,exit -F arch=b64 -S creat,open,openat,open_by_handle_at,truncate,ftruncate -F exit=-EACCES -F auid>=1000 -F auid!=unset -k access' and the same with -EPERM.
package hipaa.host.audit.failed_access_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: not every failed file access is audited (reported: %v).", [h.id, lib.value(h, ["audit_rules", "failed_access_syscalls"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	lib.string_list(h, ["audit_rules", "failed_access_syscalls"])
	every s in ["creat", "open", "openat", "open_by_handle_at", "truncate", "ftruncate"] {
		s in h.audit_rules.failed_access_syscalls
	}
}

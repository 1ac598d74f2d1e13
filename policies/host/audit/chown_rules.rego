# METADATA
# title: Ownership changes are audited
# description: >-
#   Audit rules must record chown, fchown, fchownat and lchown.
# custom:
#   id: HOST-AUDIT-13
#   severity: medium
#   hipaa: ["164.312(b)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [audit_rules.syscalls]
#   related_rules: ["SSG:audit_rules_dac_modification_chown", "SSG:audit_rules_dac_modification_fchown", "SSG:audit_rules_dac_modification_fchownat", "SSG:audit_rules_dac_modification_lchown", "CIS:4.1.3.9 Ensure discretionary access control permission modification events are collected"]
#   remediation: >-
#     Add '-a always,exit -F arch=b64 -S chown,fchown,fchownat,lchown -F auid>=1000 -F auid!=unset -k perm_mod' (and arch=b32).
package hipaa.host.audit.chown_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: not every chown-family syscall is audited (reported: %v).", [h.id, lib.value(h, ["audit_rules", "syscalls"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	lib.string_list(h, ["audit_rules", "syscalls"])
	every s in ["chown", "fchown", "fchownat", "lchown"] {
		s in h.audit_rules.syscalls
	}
}

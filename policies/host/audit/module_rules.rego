# METADATA
# title: Kernel module loading is audited
# description: >-
#   Audit rules must record init_module, finit_module and delete_module (a rootkit loads a module).
# custom:
#   id: HOST-AUDIT-21
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [audit_rules.syscalls]
#   related_rules: ["SSG:audit_rules_kernel_module_loading_init", "SSG:audit_rules_kernel_module_loading_finit", "SSG:audit_rules_kernel_module_loading_delete", "CIS:4.1.3.19 Ensure kernel module loading unloading and modification is collected"]
#   remediation: >-
#     Add '-a always,exit -F arch=b64 -S init_module,finit_module,delete_module -k modules'.
package hipaa.host.audit.module_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: not every module syscall is audited (reported: %v).", [h.id, lib.value(h, ["audit_rules", "syscalls"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	lib.string_list(h, ["audit_rules", "syscalls"])
	every s in ["init_module", "finit_module", "delete_module"] {
		s in h.audit_rules.syscalls
	}
}

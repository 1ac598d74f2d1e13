# METADATA
# title: The audit rules on disk are loaded in the kernel
# description: >-
#   Rules in /etc/audit only take effect once loaded; auditctl -l must list at least as many rules as the rule files hold, and at least one.
# custom:
#   id: HOST-AUDIT-11
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [audit_rules.rule_count, audit_rules.loaded_rule_count]
#   related_rules: ["SSG:audit_rules_immutable_login_uids", "CIS:4.1.3.21 Ensure the running and on disk configuration is the same"]
#   remediation: >-
#     Load the rules with 'augenrules --load' (or restart auditd) and check 'auditctl -l'.
package hipaa.host.audit.rules_loaded

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: the kernel has %v audit rules loaded; the rule files hold %v.", [h.id, lib.value(h, ["audit_rules", "loaded_rule_count"]), lib.value(h, ["audit_rules", "rule_count"])])} if {
	some h in input.resources.host
	not _loaded(h)
}

_loaded(h) if {
	is_number(h.audit_rules.loaded_rule_count)
	is_number(h.audit_rules.rule_count)
	h.audit_rules.loaded_rule_count >= 1
	h.audit_rules.loaded_rule_count >= h.audit_rules.rule_count
}

# METADATA
# title: The audit configuration is immutable
# description: >-
#   The audit system must be locked (auditctl -s enabled 2, else -e 2 last in the rule files), so that an intruder with root cannot remove the rules without a reboot.
# custom:
#   id: HOST-AUDIT-15
#   severity: medium
#   hipaa: ["164.312(b)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [audit_rules.immutable]
#   related_rules: ["SSG:audit_rules_immutable", "CIS:4.1.3.20 Ensure the audit configuration is immutable"]
#   remediation: >-
#     Put '-e 2' as the last line of the last file in /etc/audit/rules.d and reboot.
package hipaa.host.audit.immutable

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: the audit rules are not locked with -e 2 (reported: %v).", [h.id, lib.value(h, ["audit_rules", "immutable"])])} if {
	some h in input.resources.host
	not h.audit_rules.immutable == true
}

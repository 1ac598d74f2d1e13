# METADATA
# title: Changes to sudo rules are audited
# description: >-
#   Audit rules must watch /etc/sudoers and /etc/sudoers.d for writes, so that privilege grants are recorded.
# custom:
#   id: HOST-AUDIT-04
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(3)(ii)(A)"]
#   resource_type: host
#   evidence: [audit_rules.watches]
#   related_rules: ["SSG:audit_rules_sysadmin_actions", "CIS:4.1.3.1 Ensure changes to system administration scope (sudoers) is collected"]
#   remediation: >-
#     Add '-w /etc/sudoers -p wa -k scope' and '-w /etc/sudoers.d -p wa -k scope' to /etc/audit/rules.d/.
package hipaa.host.audit.sudoers_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no audit rule watches %s for writes.", [h.id, p])} if {
	some h in input.resources.host
	lib.watches_reported(h)
	some p in _required
	not lib.watched(h, p, "w")
}

deny contains {"id": h.id, "msg": sprintf("Host %s: audit rules are not reported.", [h.id])} if {
	some h in input.resources.host
	not lib.watches_reported(h)
}

_required := ["/etc/sudoers", "/etc/sudoers.d"]

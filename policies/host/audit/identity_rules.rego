# METADATA
# title: Changes to accounts and groups are audited
# description: >-
#   Audit rules must watch /etc/passwd, /etc/group, /etc/shadow, /etc/gshadow and /etc/security/opasswd for writes.
# custom:
#   id: HOST-AUDIT-03
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: host
#   evidence: [audit_rules.watches]
#   related_rules: ["SSG:audit_rules_usergroup_modification_passwd", "SSG:audit_rules_usergroup_modification_group", "SSG:audit_rules_usergroup_modification_shadow", "SSG:audit_rules_usergroup_modification_gshadow", "SSG:audit_rules_usergroup_modification_opasswd", "CIS:4.1.3.8 Ensure events that modify user/group information are collected"]
#   remediation: >-
#     Add '-w /etc/passwd -p wa -k identity' (and the same for group, shadow, gshadow, security/opasswd) to /etc/audit/rules.d/.
package hipaa.host.audit.identity_rules

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

_required := ["/etc/passwd", "/etc/group", "/etc/shadow", "/etc/gshadow", "/etc/security/opasswd"]

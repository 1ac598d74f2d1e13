# METADATA
# title: Session start and end are audited
# description: >-
#   Audit rules must watch /var/run/utmp, /var/log/wtmp and /var/log/btmp, which record sessions and failed logins.
# custom:
#   id: HOST-AUDIT-06
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(C)", "164.312(b)"]
#   resource_type: host
#   evidence: [audit_rules.watches]
#   related_rules: ["SSG:audit_rules_session_events", "CIS:4.1.3.11 Ensure session initiation information is collected"]
#   remediation: >-
#     Add '-w /var/run/utmp -p wa -k session', '-w /var/log/wtmp -p wa -k session' and '-w /var/log/btmp -p wa -k session'.
package hipaa.host.audit.session_rules

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

_required := ["/var/run/utmp", "/var/log/wtmp", "/var/log/btmp"]

# METADATA
# title: Log-in and log-out events are audited
# description: >-
#   Audit rules must watch /var/log/lastlog and the failed-login record (/var/run/faillock, /var/log/faillog or /var/log/tallylog).
# custom:
#   id: HOST-AUDIT-05
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(C)", "164.312(b)"]
#   resource_type: host
#   evidence: [audit_rules.watches]
#   related_rules: ["SSG:audit_rules_login_events_faillock", "SSG:audit_rules_login_events_lastlog", "SSG:audit_rules_login_events_tallylog", "CIS:4.1.3.12 Ensure login and logout events are collected"]
#   remediation: >-
#     Add '-w /var/log/lastlog -p wa -k logins' and '-w /var/run/faillock -p wa -k logins' to /etc/audit/rules.d/.
package hipaa.host.audit.login_rules

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no audit rule watches /var/log/lastlog for writes.", [h.id])} if {
	some h in input.resources.host
	lib.watches_reported(h)
	not lib.watched(h, "/var/log/lastlog", "w")
}

deny contains {"id": h.id, "msg": sprintf("Host %s: no audit rule watches the failed-login record (faillock, faillog or tallylog).", [h.id])} if {
	some h in input.resources.host
	lib.watches_reported(h)
	not _failures_watched(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: audit rules are not reported.", [h.id])} if {
	some h in input.resources.host
	not lib.watches_reported(h)
}

_failures_watched(h) if {
	some p in ["/run/faillock", "/var/log/faillog", "/var/log/tallylog"]
	lib.watched(h, p, "w")
}

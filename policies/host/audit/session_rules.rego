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
#   remediation: >-
#     Add '-w /var/run/utmp -p wa -k session', '-w /var/log/wtmp -p wa -k session' and '-w /var/log/btmp -p wa -k session'.
package hipaa.host.audit.session_rules

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no audit rule watches %s for writes.", [h.id, p])} if {
	some h in input.resources.host
	some p in _required
	not _watched(h, p)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: audit rules are not reported.", [h.id])} if {
	some h in input.resources.host
	not is_array(h.audit_rules.watches)
}

_required := ["/var/run/utmp", "/var/log/wtmp", "/var/log/btmp"]

_watched(h, p) if {
	some w in h.audit_rules.watches
	w.path == p
	contains(w.perms, "w")
}

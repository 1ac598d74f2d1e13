# METADATA
# title: auditd acts when its disk runs low
# description: >-
#   auditd.conf space_left_action must be email, exec, single or halt (auditd's default, syslog, and ignore/suspend/rotate let logging stop unnoticed).
# custom:
#   id: HOST-AUDIT-16
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: host
#   evidence: [auditd_conf.space_left_action]
#   related_rules: ["SSG:auditd_data_retention_space_left_action", "CIS:4.1.2.3 Ensure system is disabled when audit logs are full"]
#   remediation: >-
#     Set 'space_left_action = email' (with action_mail_acct) in /etc/audit/auditd.conf.
package hipaa.host.audit.space_left_action

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: auditd space_left_action must be email, exec, single or halt (reported: %v).", [h.id, lib.value(h, ["auditd_conf", "space_left_action"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.auditd_conf.space_left_action)
	upper(h.auditd_conf.space_left_action) in {"EMAIL", "EXEC", "SINGLE", "HALT"}
}

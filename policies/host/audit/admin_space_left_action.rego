# METADATA
# title: auditd stops the system before losing audit records
# description: >-
#   auditd.conf admin_space_left_action must be single or halt: auditd's default, suspend, keeps the system running with no audit trail.
# custom:
#   id: HOST-AUDIT-17
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [auditd_conf.admin_space_left_action]
#   related_rules: ["SSG:auditd_data_retention_admin_space_left_action", "CIS:4.1.2.3 Ensure system is disabled when audit logs are full"]
#   remediation: >-
#     Set 'admin_space_left_action = single' in /etc/audit/auditd.conf.
package hipaa.host.audit.admin_space_left_action

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: auditd admin_space_left_action must be single or halt (reported: %v).", [h.id, lib.value(h, ["auditd_conf", "admin_space_left_action"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.auditd_conf.admin_space_left_action)
	upper(h.auditd_conf.admin_space_left_action) in {"SINGLE", "HALT"}
}

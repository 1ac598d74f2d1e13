# METADATA
# title: auditd keeps full log files
# description: >-
#   auditd.conf max_log_file_action must be keep_logs: auditd's default, rotate, deletes the oldest audit records once num_logs is reached.
# custom:
#   id: HOST-AUDIT-18
#   severity: medium
#   hipaa: ["164.312(b)", "164.316(b)(2)(i)"]
#   resource_type: host
#   evidence: [auditd_conf.max_log_file_action]
#   related_rules: ["SSG:auditd_data_retention_max_log_file_action", "CIS:4.1.2.2 Ensure audit logs are not automatically deleted"]
#   remediation: >-
#     Set 'max_log_file_action = keep_logs' in /etc/audit/auditd.conf.
package hipaa.host.audit.max_log_file_action

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: auditd max_log_file_action must be keep_logs (reported: %v).", [h.id, lib.value(h, ["auditd_conf", "max_log_file_action"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.auditd_conf.max_log_file_action)
	upper(h.auditd_conf.max_log_file_action) in {"KEEP_LOGS"}
}

# METADATA
# title: The audit log is not readable by other users
# description: >-
#   /var/log/audit/audit.log must exist and neither it nor its directory may be readable by other users.
# custom:
#   id: HOST-AUDIT-09
#   severity: medium
#   hipaa: ["164.312(b)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [audit_log.exists, audit_log.mode, audit_log.directory_mode]
#   related_rules: ["SSG:file_permissions_var_log_audit", "SSG:directory_permissions_var_log_audit", "CIS:4.1.4.1 Ensure audit log files are mode 0640 or less permissive"]
#   remediation: >-
#     Run 'chmod 0600 /var/log/audit/audit.log' and 'chmod 0700 /var/log/audit' (and log_group = root in auditd.conf).
package hipaa.host.audit.log_permissions

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: /var/log/audit/audit.log is not reported to exist.", [h.id])} if {
	some h in input.resources.host
	not h.audit_log.exists == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the audit log has mode %v; other users must have no access.", [h.id, lib.value(h, ["audit_log", "mode"])])} if {
	some h in input.resources.host
	h.audit_log.exists == true
	not _file_ok(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the audit log directory has mode %v; other users must have no read access.", [h.id, lib.value(h, ["audit_log", "directory_mode"])])} if {
	some h in input.resources.host
	h.audit_log.exists == true
	not _dir_ok(h)
}

_file_ok(h) if lib.no_other_access(h.audit_log.mode)

_dir_ok(h) if lib.no_other_read(h.audit_log.directory_mode)

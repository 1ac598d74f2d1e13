# METADATA
# title: auditd flushes records to disk
# description: >-
#   auditd.conf flush must not be none, so that records reach the disk instead of waiting in memory.
# custom:
#   id: HOST-AUDIT-19
#   severity: low
#   hipaa: ["164.312(b)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [auditd_conf.flush]
#   related_rules: ["SSG:auditd_data_retention_flush"]
#   remediation: >-
#     Set 'flush = incremental_async' (or data/sync) in /etc/audit/auditd.conf.
package hipaa.host.audit.flush

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: auditd flush must be incremental_async, incremental, data or sync (reported: %v).", [h.id, lib.value(h, ["auditd_conf", "flush"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.auditd_conf.flush)
	upper(h.auditd_conf.flush) in {"INCREMENTAL_ASYNC", "INCREMENTAL", "DATA", "SYNC"}
}

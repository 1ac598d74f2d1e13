# METADATA
# title: Binary logging is on
# description: >-
#   log_bin is ON, so changes can be replayed after a restore (point-in-time recovery) and
#   replicated.
# custom:
#   id: DB-MY-16
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"]
#   resource_type: mysql_server
#   evidence: [log_bin]
#   remediation: >-
#     Set 'log_bin' (and binlog_expire_logs_seconds / expire_logs_days) in the server's option file
#     and restart; copy the binary logs off the server with your backups.
package hipaa.db.mysql.binary_log

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: binary logging is off.", [r.id])} if {
	some r in input.resources.mysql_server
	not r.log_bin == true
}

# METADATA
# title: Binary logs are encrypted
# description: >-
#   The binary log, which holds every change to ePHI, is encrypted at rest (MariaDB encrypt_binlog,
#   MySQL binlog_encryption).
# custom:
#   id: DB-MY-17
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: mysql_server
#   evidence: [binlog_encrypted, log_bin]
#   remediation: >-
#     MariaDB: load a key management plugin (file_key_management, hashicorp_key_management,
#     aws_key_management) and set encrypt_binlog = ON. MySQL: a keyring component and
#     binlog_encryption = ON.
package hipaa.db.mysql.binlog_encryption

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: binary logs are not encrypted.", [r.id])} if {
	some r in input.resources.mysql_server
	not r.log_bin == false
	not r.binlog_encrypted == true
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: whether binary logging is on is not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _log_bin_reported(r)
}

_log_bin_reported(r) if is_boolean(r.log_bin)

not_applicable contains {"id": r.id, "reason": "Binary logging is off (see DB-MY-16), so there is no binary log to encrypt."} if {
	some r in input.resources.mysql_server
	r.log_bin == false
}

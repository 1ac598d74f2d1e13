# METADATA
# title: The InnoDB redo log is encrypted
# description: >-
#   The InnoDB redo log, which holds recent changes to ePHI, is encrypted at rest (MariaDB
#   innodb_encrypt_log, MySQL innodb_redo_log_encrypt).
# custom:
#   id: DB-MY-19
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: mysql_server
#   evidence: [redo_log_encrypted]
#   remediation: >-
#     MariaDB: a key management plugin and innodb_encrypt_log = ON. MySQL: a keyring component and
#     innodb_redo_log_encrypt = ON.
package hipaa.db.mysql.redo_log_encryption

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the InnoDB redo log is not encrypted.", [r.id])} if {
	some r in input.resources.mysql_server
	true
	not r.redo_log_encrypted == true
}

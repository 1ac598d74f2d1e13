# METADATA
# title: InnoDB tables are encrypted
# description: >-
#   New and existing InnoDB tables are encrypted at rest (MariaDB innodb_encrypt_tables ON or FORCE,
#   MySQL default_table_encryption ON).
# custom:
#   id: DB-MY-18
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: mysql_server
#   evidence: [tables_encrypted]
#   remediation: >-
#     MariaDB: a key management plugin and innodb_encrypt_tables = FORCE (innodb_encryption_threads
#     > 0 encrypts existing tables). MySQL: a keyring component, default_table_encryption = ON, and
#     ALTER TABLE ... ENCRYPTION='Y' for existing tables.
package hipaa.db.mysql.table_encryption

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: innoDB tables are not encrypted.", [r.id])} if {
	some r in input.resources.mysql_server
	true
	not r.tables_encrypted == true
}

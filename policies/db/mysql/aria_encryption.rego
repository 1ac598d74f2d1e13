# METADATA
# title: MariaDB Aria tables are encrypted
# description: >-
#   MariaDB's Aria tables (system tables, internal temporary tables on disk) are encrypted at rest
#   (aria_encrypt_tables); on MySQL, which has no Aria engine, the control is not applicable.
# custom:
#   id: DB-MY-20
#   severity: medium
#   hipaa: ["164.312(a)(2)(iv)"]
#   resource_type: mysql_server
#   evidence: [flavor, aria_encrypt_tables]
#   remediation: >-
#     With a key management plugin loaded, set aria_encrypt_tables = ON (and encrypt_tmp_files = ON)
#     and restart.
package hipaa.db.mysql.aria_encryption

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: aria_encrypt_tables is not ON.", [r.id])} if {
	some r in input.resources.mysql_server
	not r.flavor == "mysql"
	not r.aria_encrypt_tables == true
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the server flavor (mariadb or mysql) is not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _known_flavor(r)
}

_known_flavor(r) if r.flavor in {"mariadb", "mysql"}

not_applicable contains {"id": r.id, "reason": "MySQL has no Aria storage engine; InnoDB encryption is judged by DB-MY-18."} if {
	some r in input.resources.mysql_server
	r.flavor == "mysql"
}

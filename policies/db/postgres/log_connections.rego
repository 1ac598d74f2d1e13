# METADATA
# title: PostgreSQL logs connections
# description: >-
#   log_connections must be on, so the server log records each connection attempt (who, from where).
# custom:
#   id: DB-PG-12
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(5)(ii)(C)"]
#   resource_type: postgres_server
#   evidence: [log_connections]
#   remediation: >-
#     Set 'log_connections = on' and reload.
package hipaa.db.postgres.log_connections

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: log_connections is not on.", [r.id])} if {
	some r in input.resources.postgres_server
	not r.log_connections == true
}

# METADATA
# title: PostgreSQL logs disconnections
# description: >-
#   log_disconnections must be on, so the server log records the end and duration of each session.
# custom:
#   id: DB-PG-13
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(5)(ii)(C)"]
#   resource_type: postgres_server
#   evidence: [log_disconnections]
#   remediation: >-
#     Set 'log_disconnections = on' and reload.
package hipaa.db.postgres.log_disconnections

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: log_disconnections is not on.", [r.id])} if {
	some r in input.resources.postgres_server
	not r.log_disconnections == true
}

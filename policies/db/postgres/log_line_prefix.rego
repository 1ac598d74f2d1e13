# METADATA
# title: Log lines identify the user, database and client
# description: >-
#   log_line_prefix includes the user (%u), the database (%d) and the client address (%h or %r), so
#   each logged event can be traced to a person and a machine.
# custom:
#   id: DB-PG-15
#   severity: medium
#   hipaa: ["164.312(b)", "164.312(a)(2)(i)"]
#   resource_type: postgres_server
#   evidence: [log_line_prefix]
#   remediation: >-
#     Set for example log_line_prefix = '%m [%p] user=%u db=%d client=%h app=%a ' and reload.
package hipaa.db.postgres.log_line_prefix

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: log_line_prefix does not identify the user (%%u), database (%%d) and client (%%h or %%r).", [r.id])} if {
	some r in input.resources.postgres_server
	not _identifies(r)
}

_identifies(r) if {
	is_string(r.log_line_prefix)
	contains(r.log_line_prefix, "%u")
	contains(r.log_line_prefix, "%d")
	_client(r.log_line_prefix)
}

_client(p) if contains(p, "%h")

_client(p) if contains(p, "%r")

# METADATA
# title: Idle sessions are closed (automatic logoff)
# description: >-
#   idle_session_timeout is set, and at most the logoff limit (15 minutes unless the target sets
#   max_idle_minutes), so the server ends a session left idle outside a transaction.
#   idle_session_timeout needs PostgreSQL 14 or later.
# custom:
#   id: DB-PG-16
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: postgres_server
#   evidence: [idle_session_timeout, logoff_limit_seconds]
#   evidence_optional:
#     logoff_limit_seconds: "absent: the default limit of 15 minutes applies"
#   remediation: >-
#     Set 'idle_session_timeout = 15min' (or your limit; for application pools, ALTER ROLE ... SET
#     idle_session_timeout) and reload.
package hipaa.db.postgres.idle_session_timeout

import data.hipaa.lib.db as db
import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: idle_session_timeout is %s ms; it must be between 1 ms and %s seconds.", [r.id, res.text(object.get(r, "idle_session_timeout", null)), res.text(db.logoff_limit(r))])} if {
	some r in input.resources.postgres_server
	not _ok(r)
}

_ok(r) if db.within_limit(r, r.idle_session_timeout, 1000)

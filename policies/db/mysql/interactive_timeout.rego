# METADATA
# title: Idle interactive sessions are closed (automatic logoff)
# description: >-
#   interactive_timeout is at most the logoff limit (15 minutes unless the target sets
#   max_idle_minutes), so the server closes idle interactive clients (the mysql shell, GUI tools).
# custom:
#   id: DB-MY-15
#   severity: medium
#   hipaa: ["164.312(a)(2)(iii)"]
#   resource_type: mysql_server
#   evidence: [interactive_timeout, logoff_limit_seconds]
#   evidence_optional:
#     logoff_limit_seconds: "absent: the default limit of 15 minutes applies"
#   remediation: >-
#     Set 'interactive_timeout = 900' (or your limit) in the server's option file (SET GLOBAL for
#     the running server).
package hipaa.db.mysql.interactive_timeout

import data.hipaa.lib.db as db
import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: interactive_timeout is %s seconds; it must be 1 to %s.", [r.id, res.text(object.get(r, "interactive_timeout", null)), res.text(db.logoff_limit(r))])} if {
	some r in input.resources.mysql_server
	not _ok(r)
}

_ok(r) if db.within_limit(r, r.interactive_timeout, 1)

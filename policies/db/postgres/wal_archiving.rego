# METADATA
# title: WAL archiving is on
# description: >-
#   archive_mode is on (or always) with an archive_command or archive_library, so the write-ahead
#   log is shipped off the server and the database can be restored to a point in time.
# custom:
#   id: DB-PG-19
#   severity: high
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"]
#   resource_type: postgres_server
#   evidence: [archive_mode, archive_command, archive_library]
#   evidence_optional:
#     archive_library: "absent before PostgreSQL 15, or empty when archive_command does the archiving"
#     archive_command: "empty when archive_library does the archiving"
#   remediation: >-
#     Set 'archive_mode = on' and an archive_command (or a backup tool's archive_library, e.g.
#     pgBackRest, WAL-G, Barman), then restart.
package hipaa.db.postgres.wal_archiving

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: archive_mode is %s; WAL is not archived.", [r.id, res.text(object.get(r, "archive_mode", null))])} if {
	some r in input.resources.postgres_server
	not _mode_on(r)
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: archive_mode is on but neither archive_command nor archive_library is set.", [r.id])} if {
	some r in input.resources.postgres_server
	_mode_on(r)
	not _archiver_set(r)
}

_mode_on(r) if r.archive_mode == "on"

_mode_on(r) if r.archive_mode == "always"

_archiver_set(r) if {
	is_string(r.archive_command)
	not r.archive_command in {"", "(disabled)"}
}

_archiver_set(r) if {
	is_string(r.archive_library)
	r.archive_library != ""
}

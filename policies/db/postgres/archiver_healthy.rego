# METADATA
# title: WAL archiving is not failing
# description: >-
#   pg_stat_archiver shows no failure since the last successful archive: a failing archive_command
#   silently breaks point-in-time recovery and fills the disk with WAL.
# custom:
#   id: DB-PG-20
#   severity: high
#   hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#   resource_type: postgres_server
#   evidence: [archive_mode, archiver]
#   remediation: >-
#     Read the server log for the archive_command's error, fix it (destination, credentials, space),
#     and check that failed_count stops rising in pg_stat_archiver.
package hipaa.db.postgres.archiver_healthy

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: WAL archiving last failed at %s, after its last success.", [r.id, r.archiver.last_failed_time])} if {
	some r in input.resources.postgres_server
	_archiving(r)
	is_object(r.archiver)
	is_string(r.archiver.last_failed_time)
	not _recovered(r.archiver)
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: the WAL archiver statistics are not reported.", [r.id])} if {
	some r in input.resources.postgres_server
	not _archiving(r)
	not _not_archiving(r)
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: the WAL archiver statistics are not reported.", [r.id])} if {
	some r in input.resources.postgres_server
	_archiving(r)
	not _stats(r)
}

not_applicable contains {"id": r.id, "reason": "WAL archiving is off (see DB-PG-19), so there is no archiver to check."} if {
	some r in input.resources.postgres_server
	_not_archiving(r)
}

_archiving(r) if r.archive_mode in {"on", "always"}

_not_archiving(r) if r.archive_mode == "off"

_stats(r) if {
	a := r.archiver
	is_object(a)
	is_number(a.failed_count)
	_time_or_null(a.last_failed_time)
	_time_or_null(a.last_archived_time)
}

_time_or_null(v) if is_string(v)

_time_or_null(v) if v == null

_recovered(a) if {
	is_string(a.last_archived_time)
	time.parse_rfc3339_ns(a.last_archived_time) > time.parse_rfc3339_ns(a.last_failed_time)
}

# METADATA
# title: pgaudit logs reads and writes
# description: >-
#   pgaudit is loaded (shared_preload_libraries) and pgaudit.log covers the read and write classes
#   (or all), so the log records who read or changed records, which plain statement logging does not
#   attribute reliably.
# custom:
#   id: DB-PG-14
#   severity: high
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: postgres_server
#   evidence: [shared_preload_libraries, pgaudit_log]
#   remediation: >-
#     Install pgaudit (Debian: postgresql-<ver>-pgaudit), add it to shared_preload_libraries,
#     restart, CREATE EXTENSION pgaudit, and set 'pgaudit.log = read, write, role, ddl'.
package hipaa.db.postgres.pgaudit

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: pgaudit is not in shared_preload_libraries.", [r.id])} if {
	some r in input.resources.postgres_server
	not _loaded(r)
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: pgaudit.log is %s; it must include read and write.", [r.id, res.text(object.get(r, "pgaudit_log", null))])} if {
	some r in input.resources.postgres_server
	not _covers(r, "read")
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: pgaudit.log is %s; it must include read and write.", [r.id, res.text(object.get(r, "pgaudit_log", null))])} if {
	some r in input.resources.postgres_server
	_covers(r, "read")
	not _covers(r, "write")
}

_loaded(r) if {
	is_string(r.shared_preload_libraries)
	some lib in split(r.shared_preload_libraries, ",")
	trim_space(lib) == "pgaudit"
}

_classes(r) := {trim_space(lower(c)) | some c in split(r.pgaudit_log, ",")} if is_string(r.pgaudit_log)

_covers(r, class) if {
	classes := _classes(r)
	_named_or_all(classes, class)
	not _excluded(classes, class)
}

_named_or_all(classes, class) if classes[class]

_named_or_all(classes, class) if classes.all

_excluded(classes, class) if classes[concat("", ["-", class])]

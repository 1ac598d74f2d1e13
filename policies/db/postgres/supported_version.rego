# METADATA
# title: The PostgreSQL major version is still supported
# description: >-
#   The server's major version has not reached its end of support (the PostgreSQL project's
#   versioning policy) on the collection date, so it still receives security fixes. The dates are a
#   table in policies/lib/db.rego, with the date it was last updated.
# custom:
#   id: DB-PG-22
#   severity: high
#   hipaa: ["164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(B)"]
#   resource_type: postgres_server
#   evidence: [major_version]
#   remediation: >-
#     Upgrade to a supported major version (pg_upgrade, or a logical replica), and keep minor
#     releases current.
package hipaa.db.postgres.supported_version

import data.hipaa.lib.db as db
import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: major version %s is out of support (end of support: %s).", [r.id, res.text(object.get(r, "major_version", null)), db.support_end("postgres", _major(r))])} if {
	some r in input.resources.postgres_server
	not _supported(r)
}

_supported(r) if {
	major := _major(r)
	db.supported("postgres", major)
}

_major(r) := format_int(r.major_version, 10) if is_number(r.major_version)

_major(r) := "unknown" if not _has_major(r)

_has_major(r) if is_number(r.major_version)

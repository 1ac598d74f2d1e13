# METADATA
# title: The MySQL/MariaDB version is still supported
# description: >-
#   The server's major.minor release series has not reached its end of support (MariaDB's
#   maintenance policy, Oracle's lifetime support for MySQL) on the collection date. The dates are a
#   table in policies/lib/db.rego, with the date it was last updated.
# custom:
#   id: DB-MY-21
#   severity: high
#   hipaa: ["164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(B)"]
#   resource_type: mysql_server
#   evidence: [flavor, major_version]
#   remediation: >-
#     Upgrade to a supported long-term release (MariaDB 10.11 or 11.4+, MySQL 8.4) and keep minor
#     releases current.
package hipaa.db.mysql.supported_version

import data.hipaa.lib.db as db
import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: %s %s is out of support (end of support: %s).", [r.id, res.text(object.get(r, "flavor", null)), res.text(object.get(r, "major_version", null)), db.support_end(_family(r), _major(r))])} if {
	some r in input.resources.mysql_server
	not _supported(r)
}

_supported(r) if {
	family := _family(r)
	major := _major(r)
	db.supported(family, major)
}

_family(r) := r.flavor if is_string(r.flavor)

_family(r) := "unknown" if not _has_flavor(r)

_has_flavor(r) if is_string(r.flavor)

_major(r) := r.major_version if is_string(r.major_version)

_major(r) := "unknown" if not _has_major(r)

_has_major(r) if is_string(r.major_version)

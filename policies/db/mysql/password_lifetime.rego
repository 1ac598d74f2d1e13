# METADATA
# title: Passwords expire within a year
# description: >-
#   default_password_lifetime is between 1 and 365 days, so a password that leaked stops working.
# custom:
#   id: DB-MY-09
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: mysql_server
#   evidence: [default_password_lifetime]
#   remediation: >-
#     Set 'default_password_lifetime = 365' (or less) in the server's option file (SET GLOBAL for
#     the running server).
package hipaa.db.mysql.password_lifetime

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: default_password_lifetime is %s days; it must be 1 to 365 (0 never expires).", [r.id, res.text(object.get(r, "default_password_lifetime", null))])} if {
	some r in input.resources.mysql_server
	not _ok(r)
}

_ok(r) if {
	is_number(r.default_password_lifetime)
	r.default_password_lifetime > 0
	r.default_password_lifetime <= 365
}

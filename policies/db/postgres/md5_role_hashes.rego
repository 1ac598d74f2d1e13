# METADATA
# title: No login role still holds an MD5 password hash
# description: >-
#   Every login role's stored password is a SCRAM-SHA-256 verifier (pg_authid); a role set before
#   scram became the default keeps an MD5 hash, which can be replayed against md5 rules and cracked
#   offline. Reading pg_authid needs a superuser; without it the control is an error.
# custom:
#   id: DB-PG-08
#   severity: high
#   hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#   resource_type: postgres_server
#   evidence: [password_hashes]
#   remediation: >-
#     With password_encryption = scram-sha-256, re-set the password of each named role (ALTER ROLE
#     ... PASSWORD, or \password in psql).
package hipaa.db.postgres.md5_role_hashes

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: login role %s still has an MD5 password hash.", [r.id, role])} if {
	some r in input.resources.postgres_server
	is_array(r.password_hashes)
	some h in r.password_hashes
	is_object(h)
	h.type == "md5"
	role := _name(h)
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: the login roles' password hashes are not reported.", [r.id])} if {
	some r in input.resources.postgres_server
	not _password_hashes_listed(r)
}

_password_hashes_listed(r) if {
	is_array(r.password_hashes)
	count(r.password_hashes) > 0
}

_name(h) := h.role if is_string(h.role)

_name(h) := "(unnamed)" if not _named(h)

_named(h) if is_string(h.role)

# METADATA
# title: Only the bootstrap role is a superuser
# description: >-
#   No role other than the bootstrap superuser created by initdb has SUPERUSER: superusers bypass
#   every permission check, so each one is a person or program with unrestricted access to ePHI.
# custom:
#   id: DB-PG-09
#   severity: high
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#   resource_type: postgres_server
#   evidence: [roles]
#   remediation: >-
#     ALTER ROLE <name> NOSUPERUSER for each named role; grant the specific privileges (or pg_*
#     roles) it needs instead.
package hipaa.db.postgres.extra_superusers

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: role %s is a superuser besides the bootstrap role.", [r.id, role.name])} if {
	some r in input.resources.postgres_server
	is_array(r.roles)
	some role in r.roles
	is_object(role)
	is_string(role.name)
	not role.superuser == false
	not role.bootstrap == true
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: the roles are not reported.", [r.id])} if {
	some r in input.resources.postgres_server
	not _roles_listed(r)
}

_roles_listed(r) if {
	is_array(r.roles)
	count(r.roles) > 0
}

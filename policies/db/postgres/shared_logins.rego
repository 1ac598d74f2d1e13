# METADATA
# title: No shared or generic login role
# description: >-
#   Login roles named like shared or generic accounts (app, shared, clinic, staff, frontdesk, guest,
#   test, demo, ...) are reported for review: each person who reads ePHI needs their own login, so
#   the audit trail names them.
# custom:
#   id: DB-PG-11
#   severity: medium
#   hipaa: ["164.312(a)(2)(i)"]
#   resource_type: postgres_server
#   evidence: [roles]
#   remediation: >-
#     Give each person their own login role (grant a group role for the privileges); if a named role
#     is a service account, rename it to say so or waive the finding with the reason.
package hipaa.db.postgres.shared_logins

import data.hipaa.lib.db as db
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: login role %s looks shared or generic; confirm one person uses it.", [r.id, role.name])} if {
	some r in input.resources.postgres_server
	is_array(r.roles)
	some role in r.roles
	is_object(role)
	not role.login == false
	db.shared_name(role.name)
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: the roles are not reported.", [r.id])} if {
	some r in input.resources.postgres_server
	not _roles_listed(r)
}

_roles_listed(r) if {
	is_array(r.roles)
	count(r.roles) > 0
}

# METADATA
# title: No pg_hba.conf rule uses cleartext 'password'
# description: >-
#   The effective pg_hba.conf (pg_hba_file_rules) has no line whose method is 'password', which
#   sends passwords in clear text; scram-sha-256 (or cert, peer for local) authenticates each
#   person.
# custom:
#   id: DB-PG-05
#   severity: high
#   hipaa: ["164.312(d)"]
#   resource_type: postgres_server
#   evidence: [hba_rules]
#   remediation: >-
#     Replace 'password' with 'scram-sha-256' in pg_hba.conf (re-set the passwords after setting
#     password_encryption = scram-sha-256), then reload.
package hipaa.db.postgres.hba_no_password

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: pg_hba.conf line %s uses 'password', which sends passwords in clear text.", [r.id, line])} if {
	some r in input.resources.postgres_server
	is_array(r.hba_rules)
	some rule in r.hba_rules
	is_object(rule)
	rule.auth_method == "password"
	line := res.text(object.get(rule, "line_number", null))
}

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: the pg_hba rules are not reported.", [r.id])} if {
	some r in input.resources.postgres_server
	not _hba_rules_listed(r)
}

_hba_rules_listed(r) if {
	is_array(r.hba_rules)
	count(r.hba_rules) > 0
}

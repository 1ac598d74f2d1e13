# METADATA
# title: PUBLIC cannot create objects in schema public
# description: >-
#   Every role can create tables and functions in schema public when PUBLIC holds CREATE on it (the
#   default before PostgreSQL 15), which lets any login plant objects that other users run
#   (CVE-2018-1058).
# custom:
#   id: DB-PG-10
#   severity: medium
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.312(c)(1)"]
#   resource_type: postgres_server
#   evidence: [public_schema_public_create]
#   remediation: >-
#     REVOKE CREATE ON SCHEMA public FROM PUBLIC; in every database (and in template1).
package hipaa.db.postgres.public_schema_create

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: PUBLIC holds CREATE on schema public.", [r.id])} if {
	some r in input.resources.postgres_server
	not r.public_schema_public_create == false
}

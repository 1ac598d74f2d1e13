# METADATA
# title: Data checksums are on
# description: >-
#   The cluster computes page checksums (initdb --data-checksums, or pg_checksums --enable), so
#   silent corruption of ePHI on disk is detected instead of being read back or backed up.
# custom:
#   id: DB-PG-18
#   severity: medium
#   hipaa: ["164.312(c)(1)", "164.312(c)(2)"]
#   resource_type: postgres_server
#   evidence: [data_checksums]
#   remediation: >-
#     Stop the server and run 'pg_checksums --enable -D <datadir>' (PostgreSQL 12+), or initdb new
#     clusters with --data-checksums.
package hipaa.db.postgres.data_checksums

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: data checksums are off.", [r.id])} if {
	some r in input.resources.postgres_server
	not r.data_checksums == true
}

# METADATA
# title: PostgreSQL accepts TLS connections
# description: >-
#   ssl must be on, so clients can encrypt ePHI in transit (the pg_hba rules decide whether they
#   must).
# custom:
#   id: DB-PG-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: postgres_server
#   evidence: [ssl]
#   remediation: >-
#     Install a certificate and key (ssl_cert_file, ssl_key_file), set 'ssl = on' and reload.
package hipaa.db.postgres.ssl

import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: ssl is not on, so connections cannot be encrypted.", [r.id])} if {
	some r in input.resources.postgres_server
	not r.ssl == true
}

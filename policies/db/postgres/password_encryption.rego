# METADATA
# title: PostgreSQL stores new passwords as SCRAM-SHA-256
# description: >-
#   password_encryption must be scram-sha-256, so passwords set from now on are stored as salted
#   SCRAM verifiers, not MD5 hashes.
# custom:
#   id: DB-PG-07
#   severity: high
#   hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#   resource_type: postgres_server
#   evidence: [password_encryption]
#   remediation: >-
#     Set 'password_encryption = scram-sha-256', reload, and re-set each password.
package hipaa.db.postgres.password_encryption

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: password_encryption is %s; it must be scram-sha-256.", [r.id, res.text(object.get(r, "password_encryption", null))])} if {
	some r in input.resources.postgres_server
	not r.password_encryption == "scram-sha-256"
}

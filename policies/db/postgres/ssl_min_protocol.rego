# METADATA
# title: PostgreSQL refuses TLS versions below 1.2
# description: >-
#   ssl_min_protocol_version must be TLSv1.2 or TLSv1.3 (NIST SP 800-52 Rev. 2).
# custom:
#   id: DB-PG-03
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: postgres_server
#   evidence: [ssl_min_protocol_version]
#   remediation: >-
#     Set 'ssl_min_protocol_version = TLSv1.2' (or TLSv1.3) and reload.
package hipaa.db.postgres.ssl_min_protocol

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("PostgreSQL %s: ssl_min_protocol_version is %s; it must be TLSv1.2 or later.", [r.id, res.text(object.get(r, "ssl_min_protocol_version", null))])} if {
	some r in input.resources.postgres_server
	not _modern(r)
}

_modern(r) if r.ssl_min_protocol_version == "TLSv1.2"

_modern(r) if r.ssl_min_protocol_version == "TLSv1.3"

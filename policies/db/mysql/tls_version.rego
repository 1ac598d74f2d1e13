# METADATA
# title: MySQL/MariaDB offers only TLS 1.2 and 1.3
# description: >-
#   tls_version lists only TLSv1.2 and TLSv1.3 (NIST SP 800-52 Rev. 2).
# custom:
#   id: DB-MY-02
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: mysql_server
#   evidence: [tls_version]
#   remediation: >-
#     Set 'tls_version = TLSv1.2,TLSv1.3' in the server's option file and restart.
package hipaa.db.mysql.tls_version

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: tls_version is %s; it must list only TLSv1.2 and TLSv1.3.", [r.id, res.text(object.get(r, "tls_version", null))])} if {
	some r in input.resources.mysql_server
	not _modern(r)
}

_modern(r) if {
	is_string(r.tls_version)
	versions := [trim_space(v) | some v in split(r.tls_version, ",")]
	count(versions) > 0
	every v in versions {
		v in {"TLSv1.2", "TLSv1.3"}
	}
}

# METADATA
# title: MySQL/MariaDB refuses unencrypted connections
# description: >-
#   require_secure_transport must be ON, so every TCP connection uses TLS and ePHI never crosses the
#   network in clear text.
# custom:
#   id: DB-MY-01
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#   resource_type: mysql_server
#   evidence: [require_secure_transport]
#   remediation: >-
#     Configure ssl_cert/ssl_key, set 'require_secure_transport = ON' in the server's option file
#     and restart (SET GLOBAL for the running server).
package hipaa.db.mysql.require_secure_transport

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: require_secure_transport is not ON.", [r.id])} if {
	some r in input.resources.mysql_server
	not r.require_secure_transport == true
}

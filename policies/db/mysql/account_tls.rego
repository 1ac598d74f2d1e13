# METADATA
# title: Remote accounts require TLS
# description: >-
#   Every account that can log in from another machine (host other than localhost/127.0.0.1/::1) has
#   REQUIRE SSL (or X509/SPECIFIED), so its sessions are encrypted even if require_secure_transport
#   is turned off.
# custom:
#   id: DB-MY-03
#   severity: medium
#   hipaa: ["164.312(e)(1)"]
#   resource_type: mysql_server
#   evidence: [accounts]
#   remediation: >-
#     ALTER USER 'name'@'host' REQUIRE SSL; for each named account.
package hipaa.db.mysql.account_tls

import data.hipaa.lib.db as db
import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: account '%s'@'%s' may connect remotely without TLS.", [r.id, a.user, a.host])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	is_string(a.user)
	db.remote_account_host(a.host)
	not a.system == true
	not _requires_tls(a)
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the accounts are not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _accounts_listed(r)
}

_accounts_listed(r) if {
	is_array(r.accounts)
	count(r.accounts) > 0
}

_requires_tls(a) if a.ssl_type in {"ANY", "X509", "SPECIFIED"}

# METADATA
# title: Accounts use a strong authentication plugin
# description: >-
#   No unlocked account authenticates with mysql_native_password, mysql_old_password or
#   mysql_clear_password (unsalted SHA-1, or worse): use caching_sha2_password (MySQL), ed25519
#   (MariaDB), unix_socket, or an external method.
# custom:
#   id: DB-MY-07
#   severity: high
#   hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#   resource_type: mysql_server
#   evidence: [accounts]
#   remediation: >-
#     MariaDB: INSTALL SONAME 'auth_ed25519'; ALTER USER ... IDENTIFIED VIA ed25519 USING
#     PASSWORD('...'). MySQL: ALTER USER ... IDENTIFIED WITH caching_sha2_password BY '...'.
package hipaa.db.mysql.auth_plugin

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: account '%s'@'%s' uses %s.", [r.id, a.user, a.host, a.plugin])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	is_string(a.user)
	is_string(a.host)
	_weak(a.plugin)
	not a.system == true
	not a.locked == true
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: account '%s'@'%s' has no reported authentication plugin.", [r.id, a.user, a.host])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	is_string(a.user)
	is_string(a.host)
	not _has_plugin(a)
}

_has_plugin(a) if is_string(a.plugin)

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the accounts are not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _accounts_listed(r)
}

_accounts_listed(r) if {
	is_array(r.accounts)
	count(r.accounts) > 0
}

_weak(p) if p in {"mysql_native_password", "mysql_old_password", "mysql_clear_password"}

# METADATA
# title: No account has an empty password
# description: >-
#   No unlocked account that authenticates by password has an empty one (accounts the server creates
#   for itself, such as mariadb.sys, are locked by design and left out).
# custom:
#   id: DB-MY-06
#   severity: critical
#   hipaa: ["164.312(d)"]
#   resource_type: mysql_server
#   evidence: [accounts]
#   remediation: >-
#     Set a password (ALTER USER ... IDENTIFIED BY ...), switch the account to unix_socket, or lock
#     it (ACCOUNT LOCK).
package hipaa.db.mysql.empty_passwords

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: account '%s'@'%s' has no password.", [r.id, a.user, a.host])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	is_string(a.user)
	is_string(a.host)
	not a.password_empty == false
	not a.system == true
	not a.locked == true
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the accounts are not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _accounts_listed(r)
}

_accounts_listed(r) if {
	is_array(r.accounts)
	count(r.accounts) > 0
}

# METADATA
# title: No anonymous accounts
# description: >-
#   No account has an empty user name: an anonymous account lets anyone connect without identifying
#   themselves.
# custom:
#   id: DB-MY-04
#   severity: high
#   hipaa: ["164.312(a)(2)(i)", "164.312(d)"]
#   resource_type: mysql_server
#   evidence: [accounts]
#   remediation: >-
#     DROP USER ''@'host'; for each anonymous account (mariadb-secure-installation does this).
package hipaa.db.mysql.anonymous_accounts

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: anonymous account ''@'%s' exists.", [r.id, host])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	not _named(a)
	host := _host(a)
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the accounts are not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _accounts_listed(r)
}

_accounts_listed(r) if {
	is_array(r.accounts)
	count(r.accounts) > 0
}

_named(a) if {
	is_string(a.user)
	a.user != ""
}

_host(a) := a.host if is_string(a.host)

_host(a) := "?" if not _has_host(a)

_has_host(a) if is_string(a.host)

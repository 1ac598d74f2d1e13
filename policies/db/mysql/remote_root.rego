# METADATA
# title: root cannot log in remotely
# description: >-
#   No root account has a host other than localhost, 127.0.0.1 or ::1: the all-powerful account is
#   reachable only from the server itself.
# custom:
#   id: DB-MY-05
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: mysql_server
#   evidence: [accounts]
#   remediation: >-
#     DROP USER 'root'@'%' (and every other non-local root); administer from the server or through a
#     personal account.
package hipaa.db.mysql.remote_root

import data.hipaa.lib.db as db
import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: root can log in from '%s'.", [r.id, a.host])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	a.user == "root"
	not _local(a)
	is_string(a.host)
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: a root account's host is not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	a.user == "root"
	not _root_host(a)
}

_root_host(a) if is_string(a.host)

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the accounts are not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _accounts_listed(r)
}

_accounts_listed(r) if {
	is_array(r.accounts)
	count(r.accounts) > 0
}

_local(a) if {
	is_string(a.host)
	not db.remote_account_host(a.host)
}

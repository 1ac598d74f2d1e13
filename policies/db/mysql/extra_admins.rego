# METADATA
# title: Only root@localhost holds SUPER or ALL PRIVILEGES
# description: >-
#   No account other than root@localhost (the installation's administrator) and the server's own
#   system accounts holds SUPER or every global privilege: each such account can read and change
#   every record and turn off the audit trail.
# custom:
#   id: DB-MY-10
#   severity: high
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#   resource_type: mysql_server
#   evidence: [accounts]
#   remediation: >-
#     REVOKE ALL PRIVILEGES, GRANT OPTION FROM the named account, then GRANT only the privileges it
#     needs on the schemas it needs.
package hipaa.db.mysql.extra_admins

import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: account '%s'@'%s' holds SUPER or ALL PRIVILEGES.", [r.id, a.user, a.host])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	is_string(a.user)
	is_string(a.host)
	not a.bootstrap == true
	not a.system == true
	not _limited(a)
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the accounts are not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _accounts_listed(r)
}

_accounts_listed(r) if {
	is_array(r.accounts)
	count(r.accounts) > 0
}

_limited(a) if {
	a.super == false
	a.all_privileges == false
}

# METADATA
# title: No shared or generic account
# description: >-
#   Accounts named like shared or generic logins (app, shared, clinic, staff, frontdesk, guest,
#   test, demo, ...) are reported for review: each person who reads ePHI needs their own account, so
#   the audit trail names them.
# custom:
#   id: DB-MY-11
#   severity: medium
#   hipaa: ["164.312(a)(2)(i)"]
#   resource_type: mysql_server
#   evidence: [accounts]
#   remediation: >-
#     Create one account per person (grant a role for the privileges); if a named account is a
#     service account, rename it to say so or waive the finding with the reason.
package hipaa.db.mysql.shared_accounts

import data.hipaa.lib.db as db
import rego.v1

deny contains {"id": r.id, "msg": sprintf("MySQL %s: account '%s'@'%s' looks shared or generic; confirm one person uses it.", [r.id, a.user, a.host])} if {
	some r in input.resources.mysql_server
	is_array(r.accounts)
	some a in r.accounts
	is_object(a)
	is_string(a.host)
	not a.system == true
	db.shared_name(a.user)
}

deny contains {"id": r.id, "msg": sprintf("MySQL %s: the accounts are not reported.", [r.id])} if {
	some r in input.resources.mysql_server
	not _accounts_listed(r)
}

_accounts_listed(r) if {
	is_array(r.accounts)
	count(r.accounts) > 0
}

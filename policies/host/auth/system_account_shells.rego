# METADATA
# title: System accounts cannot log in
# description: >-
#   Accounts with a UID below 1000 (but root, sync, shutdown and halt) must have nologin or false as their shell.
# custom:
#   id: HOST-AUTH-28
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: host
#   evidence: [accounts.system_with_shell]
#   related_rules: ["SSG:no_shelllogin_for_systemaccounts", "CIS:5.5.2 Ensure system accounts are secured"]
#   evidence_optional:
#     accounts.system_with_shell: An empty list means no system account has a login shell.
#   remediation: >-
#     usermod -s /usr/sbin/nologin <account> for each listed system account.
package hipaa.host.auth.system_account_shells

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: system accounts with a login shell (reported: %v).", [h.id, lib.value(h, ["accounts", "system_with_shell"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.accounts.system_with_shell)
	count(h.accounts.system_with_shell) == 0
}

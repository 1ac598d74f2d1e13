# METADATA
# title: Existing accounts' passwords expire within 90 days
# description: >-
#   PASS_MAX_DAYS applies only to new accounts; every existing account with a usable password must have a maximum password age of 90 days or less in /etc/shadow.
# custom:
#   id: HOST-AUTH-11
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [passwords.max_age_over_90]
#   related_rules: ["SSG:accounts_password_set_max_life_existing", "CIS:5.5.1.1 Ensure password expiration is 365 days or less"]
#   evidence_optional:
#     passwords.max_age_over_90: An empty list means every account with a usable password expires within 90 days.
#   remediation: >-
#     Run 'chage --maxdays 90 USER' for each listed account.
package hipaa.host.auth.account_password_age

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: the password of account %v does not expire within 90 days.", [h.id, u])} if {
	some h in input.resources.host
	lib.string_list(h, ["passwords", "max_age_over_90"])
	some u in h.passwords.max_age_over_90
}

deny contains {"id": h.id, "msg": sprintf("Host %s: password ages are not reported as a list of account names.", [h.id])} if {
	some h in input.resources.host
	not lib.string_list(h, ["passwords", "max_age_over_90"])
}

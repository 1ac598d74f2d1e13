# METADATA
# title: Passwords expire within 90 days
# description: >-
#   PASS_MAX_DAYS in /etc/login.defs must be 90 or less for new accounts.
# custom:
#   id: HOST-AUTH-04
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [login_defs.pass_max_days]
#   related_rules: ["SSG:accounts_maximum_age_login_defs", "CIS:5.5.1.1 Ensure password expiration is 365 days or less"]
#   remediation: >-
#     Set 'PASS_MAX_DAYS 90' in /etc/login.defs (and chage --maxdays 90 for existing accounts).
package hipaa.host.auth.password_max_age

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: PASS_MAX_DAYS is %v; it must be 1 to 90.", [h.id, lib.value(h, ["login_defs", "pass_max_days"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.login_defs.pass_max_days)
	h.login_defs.pass_max_days > 0
	h.login_defs.pass_max_days <= 90
}

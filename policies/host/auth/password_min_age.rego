# METADATA
# title: Passwords cannot be changed again at once
# description: >-
#   login.defs PASS_MIN_DAYS must be at least 1, so that a user cannot cycle through the password history straight back to the old password.
# custom:
#   id: HOST-AUTH-20
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [login_defs.pass_min_days]
#   related_rules: ["SSG:accounts_minimum_age_login_defs", "CIS:5.5.1.2 Ensure minimum days between password changes is configured"]
#   remediation: >-
#     Set 'PASS_MIN_DAYS 1' in /etc/login.defs (and chage --mindays 1 for existing users).
package hipaa.host.auth.password_min_age

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: PASS_MIN_DAYS must be at least 1 (reported: %v).", [h.id, lib.value(h, ["login_defs", "pass_min_days"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.login_defs.pass_min_days)
	h.login_defs.pass_min_days >= 1
}

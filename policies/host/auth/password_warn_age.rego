# METADATA
# title: Users are warned before a password expires
# description: >-
#   login.defs PASS_WARN_AGE must be at least 7 days.
# custom:
#   id: HOST-AUTH-21
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [login_defs.pass_warn_age]
#   related_rules: ["SSG:accounts_password_warn_age_login_defs", "CIS:5.5.1.3 Ensure password expiration warning days is 7 or more"]
#   remediation: >-
#     Set 'PASS_WARN_AGE 7' in /etc/login.defs.
package hipaa.host.auth.password_warn_age

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: PASS_WARN_AGE must be at least 7 (reported: %v).", [h.id, lib.value(h, ["login_defs", "pass_warn_age"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.login_defs.pass_warn_age)
	h.login_defs.pass_warn_age >= 7
}

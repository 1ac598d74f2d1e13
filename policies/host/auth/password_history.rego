# METADATA
# title: Recent passwords cannot be reused
# description: >-
#   The effective PAM password stack of every password-changing service (includes followed) must keep a history of at least 5 passwords (pam_pwhistory remember, default 10, or pam_unix remember=); a pwhistory.conf without the module in the stack has no effect.
# custom:
#   id: HOST-AUTH-12
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [pam.remember]
#   related_rules: ["SSG:accounts_password_pam_pwhistory_remember_password_auth", "SSG:accounts_password_pam_pwhistory_remember_system_auth", "CIS:5.4.3 Ensure password reuse is limited"]
#   remediation: >-
#     Add 'password required pam_pwhistory.so remember=5 use_authtok' before pam_unix in common-password (RHEL: authselect enable-feature with-pwhistory).
package hipaa.host.auth.password_history

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: PAM keeps fewer than 5 old passwords, or no history in every password stack (reported: %v).", [h.id, lib.value(h, ["pam", "remember"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.pam.remember)
	h.pam.remember >= 5
}

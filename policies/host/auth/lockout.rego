# METADATA
# title: Accounts lock after at most 5 failed logins
# description: >-
#   pam_faillock (or pam_tally2) must be in every file of the PAM auth stack (RHEL: system-auth and password-auth) with deny of 5 or fewer.
# custom:
#   id: HOST-AUTH-06
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(C)", "164.312(d)"]
#   resource_type: host
#   evidence: [lockout.module, lockout.deny, lockout.in_all_stacks]
#   related_rules: ["SSG:accounts_passwords_pam_faillock_deny", "SSG:accounts_passwords_pam_faillock_unlock_time", "CIS:5.4.2 Ensure lockout for failed password attempts is configured"]
#   remediation: >-
#     Enable pam_faillock (authselect enable-feature with-faillock, or pam-auth-update) and set 'deny = 5' in /etc/security/faillock.conf.
package hipaa.host.auth.lockout

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no account lockout module is in the PAM auth stack.", [h.id])} if {
	some h in input.resources.host
	not _module(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the account lockout module is missing from some PAM auth stack files, so logins through them never lock.", [h.id])} if {
	some h in input.resources.host
	_module(h)
	not h.lockout.in_all_stacks == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: accounts lock after %v failures; it must be 1 to 5.", [h.id, lib.value(h, ["lockout", "deny"])])} if {
	some h in input.resources.host
	_module(h)
	not _ok(h)
}

_module(h) if {
	is_string(h.lockout.module)
	h.lockout.module != ""
}

_ok(h) if {
	is_number(h.lockout.deny)
	h.lockout.deny > 0
	h.lockout.deny <= 5
}

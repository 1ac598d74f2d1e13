# METADATA
# title: Passwords are at least 14 characters
# description: >-
#   pam_pwquality (or pam_cracklib) must be in every PAM password stack file, enforcing, and require a minimum length of 14 (arguments on the PAM line override pwquality.conf). Values in pwquality.conf have no effect without the module in the stack.
# custom:
#   id: HOST-AUTH-01
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [pwquality.in_pam, pwquality.enforcing, pwquality.minlen]
#   related_rules: ["SSG:accounts_password_pam_minlen", "CIS:5.4.1 Ensure password creation requirements are configured"]
#   evidence_optional:
#     pwquality.enforcing: Null when enforcing is not set, and pam_pwquality then enforces (its default, enforcing = 1).
#   remediation: >-
#     Put pam_pwquality in the password stack (Debian: libpam-pwquality; RHEL: authselect with-pwquality) and set 'minlen = 14' in /etc/security/pwquality.conf.
package hipaa.host.auth.password_length

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no enforcing password-quality module (pam_pwquality or pam_cracklib) is in every PAM password stack, so no minimum length applies.", [h.id])} if {
	some h in input.resources.host
	not lib.pwquality_in_force(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: password minimum length is %v; it must be at least 14.", [h.id, lib.value(h, ["pwquality", "minlen"])])} if {
	some h in input.resources.host
	lib.pwquality_in_force(h)
	not _ok(h)
}

_ok(h) if {
	is_number(h.pwquality.minlen)
	h.pwquality.minlen >= 14
}

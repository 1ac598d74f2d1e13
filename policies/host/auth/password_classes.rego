# METADATA
# title: Passwords mix character classes
# description: >-
#   pam_pwquality (or pam_cracklib) must be in every PAM password stack file, enforcing, and require all four character classes (minclass 4, or dcredit, ucredit, lcredit and ocredit all -1 or lower; arguments on the PAM line override pwquality.conf). Values in pwquality.conf have no effect without the module in the stack.
# custom:
#   id: HOST-AUTH-02
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [pwquality.in_pam, pwquality.enforcing, pwquality.minclass, pwquality.dcredit, pwquality.ucredit, pwquality.lcredit, pwquality.ocredit]
#   related_rules: ["SSG:accounts_password_pam_minclass", "SSG:accounts_password_pam_dcredit", "SSG:accounts_password_pam_ucredit", "SSG:accounts_password_pam_lcredit", "SSG:accounts_password_pam_ocredit", "CIS:5.4.1 Ensure password creation requirements are configured"]
#   evidence_optional:
#     pwquality.enforcing: Null when enforcing is not set, and pam_pwquality then enforces (its default, enforcing = 1).
#     pwquality.minclass: Either minclass 4 or all four credits at -1 or lower suffices; minclass is then null.
#     pwquality.dcredit: Either minclass 4 or all four credits at -1 or lower suffices; the credits are then null.
#     pwquality.ucredit: Either minclass 4 or all four credits at -1 or lower suffices; the credits are then null.
#     pwquality.lcredit: Either minclass 4 or all four credits at -1 or lower suffices; the credits are then null.
#     pwquality.ocredit: Either minclass 4 or all four credits at -1 or lower suffices; the credits are then null.
#   remediation: >-
#     Put pam_pwquality in the password stack (Debian: libpam-pwquality; RHEL: authselect with-pwquality) and set 'minclass = 4' in /etc/security/pwquality.conf.
package hipaa.host.auth.password_classes

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no enforcing password-quality module (pam_pwquality or pam_cracklib) is in every PAM password stack, so no character classes are required.", [h.id])} if {
	some h in input.resources.host
	not lib.pwquality_in_force(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: passwords need %s; require all 4.", [h.id, _need(h)])} if {
	some h in input.resources.host
	lib.pwquality_in_force(h)
	not _classes(h)
}

# What the settings ask for, in words (never "only null character classes").
_need(h) := sprintf("only %v character classes", [h.pwquality.minclass]) if _minclass_set(h)

_need(h) := "no minimum number of character classes (minclass is not set)" if not _minclass_set(h)

_minclass_set(h) if is_number(h.pwquality.minclass)

_classes(h) if {
	is_number(h.pwquality.minclass)
	h.pwquality.minclass >= 4
}

# Each class required by a negative credit (dcredit=-1: at least one digit).
_classes(h) if {
	every k in ["dcredit", "ucredit", "lcredit", "ocredit"] {
		is_number(h.pwquality[k])
		h.pwquality[k] <= -1
	}
}

# METADATA
# title: Password changes are checked for quality
# description: >-
#   pam_pwquality (or pam_cracklib) must be in every file of the PAM password stack (Debian common-password; RHEL system-auth and password-auth) and enforce its checks, or pwquality settings have no effect.
# custom:
#   id: HOST-AUTH-03
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [pwquality.in_pam, pwquality.enforcing]
#   related_rules: ["SSG:accounts_password_pam_pwquality_password_auth", "SSG:accounts_password_pam_pwquality_system_auth", "CIS:5.4.1 Ensure password creation requirements are configured"]
#   evidence_optional:
#     pwquality.enforcing: Null when enforcing is not set, and pam_pwquality then enforces (its default, enforcing = 1).
#   remediation: >-
#     Debian: install libpam-pwquality (adds it to common-password); RHEL: authselect with the pwquality feature.
package hipaa.host.auth.pwquality_pam

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no password-quality module is in every PAM password stack.", [h.id])} if {
	some h in input.resources.host
	not h.pwquality.in_pam == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: pam_pwquality only warns (enforcing = 0), so weak passwords are accepted.", [h.id])} if {
	some h in input.resources.host
	h.pwquality.in_pam == true
	h.pwquality.enforcing == 0
}

# METADATA
# title: Password changes are checked for quality
# description: >-
#   pam_pwquality (or pam_cracklib) must be in the PAM password stack, or pwquality settings have no effect.
# custom:
#   id: HOST-AUTH-03
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [pwquality.in_pam]
#   remediation: >-
#     Debian: install libpam-pwquality (adds it to common-password); RHEL: authselect with the pwquality feature.
package hipaa.host.auth.pwquality_pam

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no password-quality module is in the PAM password stack.", [h.id])} if {
	some h in input.resources.host
	not h.pwquality.in_pam == true
}

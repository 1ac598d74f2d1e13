# METADATA
# title: Passwords are at least 14 characters
# description: >-
#   pam_pwquality (or pam_cracklib) must require a minimum length of 14.
# custom:
#   id: HOST-AUTH-01
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [pwquality.minlen]
#   remediation: >-
#     Set 'minlen = 14' in /etc/security/pwquality.conf.
package hipaa.host.auth.password_length

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: password minimum length is %v; it must be at least 14.", [h.id, lib.value(h, ["pwquality", "minlen"])])} if {
	some h in input.resources.host
	not _ok(h.pwquality.minlen)
}

_ok(n) if {
	is_number(n)
	n >= 14
}

# METADATA
# title: PAM refuses empty passwords
# description: >-
#   No pam_unix line in an effective auth or password stack (includes followed) may carry nullok, which lets an account with an empty password log in.
# custom:
#   id: HOST-AUTH-13
#   severity: high
#   hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [pam.nullok]
#   related_rules: ["SSG:no_empty_passwords", "CIS:5.3.3.4.1 Ensure pam_unix does not include nullok"]
#   evidence_optional:
#     pam.nullok: An empty list means no pam_unix line of an effective stack carries nullok.
#   remediation: >-
#     Remove nullok from pam_unix in common-auth/common-password (RHEL: authselect enable-feature without-nullok).
package hipaa.host.auth.nullok

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: pam_unix accepts empty passwords in (reported: %v).", [h.id, lib.value(h, ["pam", "nullok"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.pam.nullok)
	count(h.pam.nullok) == 0
}

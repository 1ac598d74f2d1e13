# METADATA
# title: PAM hashes new passwords with a strong algorithm
# description: >-
#   pam_unix in every effective password stack must hash with yescrypt or SHA-512 (its argument, else login.defs ENCRYPT_METHOD, which pam_unix then uses); MD5, DES and bigcrypt hashes are cracked quickly.
# custom:
#   id: HOST-AUTH-26
#   severity: medium
#   hipaa: ["164.312(d)", "164.312(a)(2)(iv)"]
#   resource_type: host
#   evidence: [pam.hash]
#   related_rules: ["SSG:set_password_hashing_algorithm_systemauth", "SSG:set_password_hashing_algorithm_passwordauth", "CIS:5.3.3.4.3 Ensure pam_unix includes a strong password hashing algorithm"]
#   remediation: >-
#     Use 'pam_unix.so yescrypt' (or sha512) in common-password / system-auth and password-auth.
package hipaa.host.auth.pam_hashing

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: pam_unix does not hash with yescrypt or SHA-512 (reported: %v).", [h.id, lib.value(h, ["pam", "hash"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.pam.hash)
	upper(h.pam.hash) in {"YESCRYPT", "SHA512", "GOST_YESCRYPT"}
}

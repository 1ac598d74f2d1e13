# METADATA
# title: Passwords are stored with a strong hash
# description: >-
#   ENCRYPT_METHOD in /etc/login.defs must be SHA512 or YESCRYPT, not MD5, DES or SHA256.
# custom:
#   id: HOST-AUTH-05
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(D)", "164.312(d)"]
#   resource_type: host
#   evidence: [login_defs.encrypt_method]
#   related_rules: ["SSG:set_password_hashing_algorithm_logindefs", "CIS:5.4.4 Ensure password hashing algorithm is up to date"]
#   remediation: >-
#     Set 'ENCRYPT_METHOD YESCRYPT' (or SHA512) in /etc/login.defs.
package hipaa.host.auth.password_hashing

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: passwords are hashed with %v; use SHA512 or YESCRYPT.", [h.id, lib.value(h, ["login_defs", "encrypt_method"])])} if {
	some h in input.resources.host
	not _strong(h)
}

_strong(h) if h.login_defs.encrypt_method == "SHA512"

_strong(h) if h.login_defs.encrypt_method == "YESCRYPT"

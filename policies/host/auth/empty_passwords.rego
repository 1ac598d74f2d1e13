# METADATA
# title: No account has an empty password
# description: >-
#   Every account in /etc/shadow must have a password hash or be locked; an empty field lets anyone log in as that user.
# custom:
#   id: HOST-AUTH-07
#   severity: critical
#   hipaa: ["164.312(d)", "164.312(a)(2)(i)"]
#   resource_type: host
#   evidence: [passwords.empty_password]
#   related_rules: ["SSG:no_empty_passwords_etc_shadow", "CIS:6.2.2 Ensure /etc/shadow password fields are not empty"]
#   evidence_optional:
#     passwords.empty_password: An empty list means no account has an empty password.
#   remediation: >-
#     Lock the account ('passwd -l USER') or set a password.
package hipaa.host.auth.empty_passwords

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: account %v has an empty password.", [h.id, u])} if {
	some h in input.resources.host
	lib.string_list(h, ["passwords", "empty_password"])
	some u in h.passwords.empty_password
}

deny contains {"id": h.id, "msg": sprintf("Host %s: empty-password accounts are not reported as a list of account names.", [h.id])} if {
	some h in input.resources.host
	not lib.string_list(h, ["passwords", "empty_password"])
}

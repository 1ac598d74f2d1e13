# METADATA
# title: Password hashes are kept in /etc/shadow only
# description: >-
#   Every /etc/passwd entry must have x (or a lock mark) in its password field; a hash there is readable by every user.
# custom:
#   id: HOST-AUTH-18
#   severity: high
#   hipaa: ["164.312(d)", "164.312(a)(1)"]
#   resource_type: host
#   evidence: [accounts.not_shadowed]
#   related_rules: ["SSG:accounts_password_all_shadowed", "CIS:6.2.1 Ensure accounts in /etc/passwd use shadowed passwords"]
#   evidence_optional:
#     accounts.not_shadowed: An empty list means every account keeps its password hash in /etc/shadow.
#   remediation: >-
#     Run pwconv to move the hashes to /etc/shadow.
package hipaa.host.auth.shadowed_passwords

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: accounts with a password hash in /etc/passwd (reported: %v).", [h.id, lib.value(h, ["accounts", "not_shadowed"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.accounts.not_shadowed)
	count(h.accounts.not_shadowed) == 0
}

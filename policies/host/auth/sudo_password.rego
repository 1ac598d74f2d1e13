# METADATA
# title: sudo asks for a password
# description: >-
#   No sudoers rule may grant ALL commands with NOPASSWD, and authentication must not be disabled by Defaults !authenticate.
# custom:
#   id: HOST-AUTH-09
#   severity: high
#   hipaa: ["164.312(d)", "164.308(a)(3)(ii)(A)"]
#   resource_type: host
#   evidence: [sudo.nopasswd_all, sudo.authenticate_disabled]
#   related_rules: ["SSG:sudo_remove_nopasswd", "SSG:sudo_remove_no_authenticate", "CIS:5.3.4 Ensure users must provide password for privilege escalation"]
#   evidence_optional:
#     sudo.nopasswd_all: An empty list means no sudo rule grants all commands without a password.
#     sudo.authenticate_disabled: An empty list means no Defaults line turns sudo authentication off.
#   remediation: >-
#     Remove NOPASSWD from rules that grant ALL, and remove 'Defaults !authenticate'.
package hipaa.host.auth.sudo_password

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sudo grants all commands without a password (%v).", [h.id, r])} if {
	some h in input.resources.host
	lib.string_list(h, ["sudo", "nopasswd_all"])
	some r in h.sudo.nopasswd_all
}

deny contains {"id": h.id, "msg": sprintf("Host %s: sudo authentication is disabled (%v).", [h.id, r])} if {
	some h in input.resources.host
	lib.string_list(h, ["sudo", "authenticate_disabled"])
	some r in h.sudo.authenticate_disabled
}

deny contains {"id": h.id, "msg": sprintf("Host %s: sudo rules are not reported.", [h.id])} if {
	some h in input.resources.host
	some path in [["sudo", "nopasswd_all"], ["sudo", "authenticate_disabled"]]
	not lib.string_list(h, path)
}

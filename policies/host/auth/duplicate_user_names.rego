# METADATA
# title: No account name is listed twice
# description: >-
#   Each user name must appear once in /etc/passwd; a duplicate name maps one login to two identities.
# custom:
#   id: HOST-AUTH-15
#   severity: high
#   hipaa: ["164.312(a)(2)(i)"]
#   resource_type: host
#   evidence: [accounts.duplicate_names]
#   related_rules: ["SSG:account_unique_name", "CIS:6.2.5 Ensure no duplicate user names exist"]
#   evidence_optional:
#     accounts.duplicate_names: An empty list means no account name appears twice.
#   remediation: >-
#     Remove or rename the duplicate /etc/passwd entry (vipw).
package hipaa.host.auth.duplicate_user_names

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: user names listed twice (reported: %v).", [h.id, lib.value(h, ["accounts", "duplicate_names"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.accounts.duplicate_names)
	count(h.accounts.duplicate_names) == 0
}

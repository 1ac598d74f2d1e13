# METADATA
# title: No two accounts share a UID
# description: >-
#   Every account in /etc/passwd must have its own UID, or actions of one are logged and authorised as the other (unique user identification).
# custom:
#   id: HOST-AUTH-14
#   severity: high
#   hipaa: ["164.312(a)(2)(i)", "164.312(b)"]
#   resource_type: host
#   evidence: [accounts.duplicate_uids]
#   related_rules: ["SSG:account_unique_id", "CIS:6.2.3 Ensure no duplicate UIDs exist"]
#   evidence_optional:
#     accounts.duplicate_uids: An empty list means no two accounts share a user id.
#   remediation: >-
#     Give each account its own UID (usermod -u).
package hipaa.host.auth.duplicate_uids

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: UIDs shared by several accounts (reported: %v).", [h.id, lib.value(h, ["accounts", "duplicate_uids"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.accounts.duplicate_uids)
	count(h.accounts.duplicate_uids) == 0
}

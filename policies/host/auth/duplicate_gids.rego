# METADATA
# title: No two groups share a GID
# description: >-
#   Each group in /etc/group must have its own GID, or group permissions granted to one apply to the other.
# custom:
#   id: HOST-AUTH-16
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: host
#   evidence: [groups.duplicate_gids]
#   related_rules: ["SSG:group_unique_id", "CIS:6.2.4 Ensure no duplicate GIDs exist"]
#   evidence_optional:
#     groups.duplicate_gids: An empty list means no two groups share a group id.
#   remediation: >-
#     Give each group its own GID (groupmod -g).
package hipaa.host.auth.duplicate_gids

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: GIDs shared by several groups (reported: %v).", [h.id, lib.value(h, ["groups", "duplicate_gids"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.groups.duplicate_gids)
	count(h.groups.duplicate_gids) == 0
}

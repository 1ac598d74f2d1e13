# METADATA
# title: No group name is listed twice
# description: >-
#   Each group name must appear once in /etc/group.
# custom:
#   id: HOST-AUTH-17
#   severity: medium
#   hipaa: ["164.312(a)(1)"]
#   resource_type: host
#   evidence: [groups.duplicate_names]
#   related_rules: ["SSG:group_unique_name", "CIS:6.2.6 Ensure no duplicate group names exist"]
#   evidence_optional:
#     groups.duplicate_names: An empty list means no group name appears twice.
#   remediation: >-
#     Remove or rename the duplicate /etc/group entry (vigr).
package hipaa.host.auth.duplicate_group_names

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: group names listed twice (reported: %v).", [h.id, lib.value(h, ["groups", "duplicate_names"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.groups.duplicate_names)
	count(h.groups.duplicate_names) == 0
}

# METADATA
# title: Password hashes are not readable by other users
# description: >-
#   /etc/shadow and /etc/gshadow must give other users no access, so password hashes cannot be copied and cracked.
# custom:
#   id: HOST-AUTH-10
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [shadow_file.mode, shadow_file.gshadow_mode]
#   related_rules: ["SSG:file_permissions_etc_shadow", "SSG:file_permissions_etc_gshadow", "CIS:6.1.5 Ensure permissions on /etc/shadow are configured"]
#   evidence_optional:
#     shadow_file.gshadow_mode: Null when the host has no /etc/gshadow, so there is no group password file to protect.
#   remediation: >-
#     Run 'chmod 0640 /etc/shadow /etc/gshadow' (root:shadow on Debian) or 0000 on RHEL.
package hipaa.host.auth.shadow_permissions

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: /etc/shadow has mode %v; other users must have no access.", [h.id, lib.value(h, ["shadow_file", "mode"])])} if {
	some h in input.resources.host
	not _shadow_ok(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: /etc/gshadow has mode %v; other users must have no access.", [h.id, lib.value(h, ["shadow_file", "gshadow_mode"])])} if {
	some h in input.resources.host
	not _gshadow_ok(h)
}

_shadow_ok(h) if lib.no_other_access(h.shadow_file.mode)

_gshadow_ok(h) if lib.no_other_access(h.shadow_file.gshadow_mode)

# No /etc/gshadow at all (the collector reports null): nothing to protect.
_gshadow_ok(h) if {
	is_object(h.shadow_file)
	"gshadow_mode" in object.keys(h.shadow_file)
	h.shadow_file.gshadow_mode == null
}

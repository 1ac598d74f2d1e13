# METADATA
# title: No security updates are pending
# description: >-
#   The package manager must report no pending security updates (apt-get -s upgrade, dnf updateinfo --security), from package metadata refreshed within the last 7 days.
# custom:
#   id: HOST-PATCH-01
#   severity: high
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: host
#   evidence: [patching.pending_security, patching.metadata_age_days]
#   related_rules: ["SSG:security_patches_up_to_date", "CIS:1.9 Ensure updates, patches, and additional security software are installed"]
#   remediation: >-
#     Apply the updates (apt-get upgrade / dnf upgrade --security) and reboot if the kernel changed; keep the package metadata fresh (apt-get update / dnf makecache, or automatic updates).
package hipaa.host.patching.security_updates

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: %v security updates are pending.", [h.id, lib.value(h, ["patching", "pending_security"])])} if {
	some h in input.resources.host
	not h.patching.pending_security == 0
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the package metadata is %v days old, so pending updates may be missed.", [h.id, lib.value(h, ["patching", "metadata_age_days"])])} if {
	some h in input.resources.host
	not _fresh(h)
}

_fresh(h) if {
	is_number(h.patching.metadata_age_days)
	h.patching.metadata_age_days <= 7
}

# METADATA
# title: A security update source is configured
# description: >-
#   Debian/Ubuntu: an enabled APT source must carry the -security suite (or security.debian.org / security.ubuntu.com). RHEL: at least one enabled repository.
# custom:
#   id: HOST-PATCH-04
#   severity: high
#   hipaa: ["164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(B)"]
#   resource_type: host
#   evidence: [repos.security_source]
#   related_rules: ["CIS:1.2.1 Ensure package manager repositories are configured", "SSG:ensure_redhat_gpgkey_installed"]
#   remediation: >-
#     Add the distribution's security suite (e.g. 'bookworm-security') to /etc/apt/sources.list.d (RHEL: enable the BaseOS/AppStream repositories).
package hipaa.host.patching.security_source

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no security update source is configured (reported: %v).", [h.id, lib.value(h, ["repos", "security_source"])])} if {
	some h in input.resources.host
	not h.repos.security_source == true
}

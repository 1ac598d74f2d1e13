# METADATA
# title: No package source skips signature checks
# description: >-
#   No APT source may be marked [trusted=yes] / [allow-insecure=yes] (Trusted: yes), and no enabled dnf/yum repository may set gpgcheck=0 (or inherit an off [main] value).
# custom:
#   id: HOST-PATCH-06
#   severity: high
#   hipaa: ["164.312(c)(1)", "164.308(a)(5)(ii)(B)"]
#   resource_type: host
#   evidence: [repos.unsigned_sources]
#   related_rules: ["SSG:ensure_gpgcheck_never_disabled", "CIS:1.2.2 Ensure GPG keys are configured"]
#   evidence_optional:
#     repos.unsigned_sources: An empty list means every package source is signed.
#   remediation: >-
#     Drop trusted=yes from the APT source and import its signing key (RHEL: set gpgcheck=1 in the .repo file).
package hipaa.host.patching.signed_sources

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: package sources skip signature checks (reported: %v).", [h.id, lib.value(h, ["repos", "unsigned_sources"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.repos.unsigned_sources)
	count(h.repos.unsigned_sources) == 0
}

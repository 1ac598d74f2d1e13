# METADATA
# title: The package manager refuses unsigned packages
# description: >-
#   APT: APT::Get::AllowUnauthenticated and Acquire::AllowInsecureRepositories must not be on in apt's effective configuration (apt-config dump; quoted "true" counts), dnf/yum: gpgcheck=1 in [main] (dnf's default is off).
# custom:
#   id: HOST-PATCH-05
#   severity: high
#   hipaa: ["164.312(c)(1)", "164.308(a)(5)(ii)(B)"]
#   resource_type: host
#   evidence: [repos.unsigned_allowed]
#   related_rules: ["SSG:ensure_gpgcheck_globally_activated", "CIS:1.2.2 Ensure GPG keys are configured"]
#   evidence_optional:
#     repos.unsigned_allowed: An empty list means no package manager setting allows unsigned packages.
#   remediation: >-
#     Remove APT::Get::AllowUnauthenticated / Acquire::AllowInsecureRepositories from apt.conf.d (RHEL: gpgcheck=1 in /etc/dnf/dnf.conf).
package hipaa.host.patching.signed_packages

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: settings accept unsigned packages (reported: %v).", [h.id, lib.value(h, ["repos", "unsigned_allowed"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.repos.unsigned_allowed)
	count(h.repos.unsigned_allowed) == 0
}

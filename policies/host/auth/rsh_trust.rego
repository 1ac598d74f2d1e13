# METADATA
# title: No rsh/rlogin trust files
# description: >-
#   No /etc/hosts.equiv, /etc/shosts.equiv or ~/.rhosts / ~/.shosts may exist: they let hosts log in without a password.
# custom:
#   id: HOST-AUTH-19
#   severity: high
#   hipaa: ["164.312(d)"]
#   resource_type: host
#   evidence: [rsh_trust.files]
#   related_rules: ["SSG:no_rsh_trust_files", "SSG:no_host_based_files", "SSG:no_user_host_based_files"]
#   evidence_optional:
#     rsh_trust.files: An empty list means no .rhosts, .shosts or hosts.equiv file exists.
#   remediation: >-
#     Delete /etc/hosts.equiv, /etc/shosts.equiv and every user's .rhosts/.shosts.
package hipaa.host.auth.rsh_trust

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: host-trust files exist (reported: %v).", [h.id, lib.value(h, ["rsh_trust", "files"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.rsh_trust.files)
	count(h.rsh_trust.files) == 0
}

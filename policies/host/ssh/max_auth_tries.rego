# METADATA
# title: SSH limits authentication attempts per connection
# description: >-
#   MaxAuthTries must be 4 or fewer, which slows password and key guessing and logs the failures.
# custom:
#   id: HOST-SSH-04
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(C)", "164.312(d)"]
#   resource_type: host
#   evidence: [ssh.max_auth_tries]
#   related_rules: ["SSG:sshd_set_max_auth_tries", "CIS:5.2.18 Ensure SSH MaxAuthTries is set to 4 or less"]
#   remediation: >-
#     Set 'MaxAuthTries 4' (or lower) in sshd_config.
package hipaa.host.ssh.max_auth_tries

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd MaxAuthTries is %v; it must be 1 to 4.", [h.id, lib.value(h, ["ssh", "max_auth_tries"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_number(h.ssh.max_auth_tries)
	h.ssh.max_auth_tries >= 1
	h.ssh.max_auth_tries <= 4
}

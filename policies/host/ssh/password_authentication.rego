# METADATA
# title: SSH does not accept passwords
# description: >-
#   The SSH daemon's effective configuration (sshd -T) must disable password authentication, so that logins need a key.
# custom:
#   id: HOST-SSH-01
#   severity: high
#   hipaa: ["164.312(d)", "164.308(a)(5)(ii)(D)"]
#   resource_type: host
#   evidence: [ssh.password_authentication]
#   related_rules: ["SSG:sshd_disable_password_authentication"]
#   remediation: >-
#     Set 'PasswordAuthentication no' in sshd_config (and in any Match block) and reload sshd.
package hipaa.host.ssh.password_authentication

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd PasswordAuthentication is %v; it must be no.", [h.id, lib.value(h, ["ssh", "password_authentication"])])} if {
	some h in input.resources.host
	not h.ssh.password_authentication == false
}

# METADATA
# title: SSH refuses direct root logins
# description: >-
#   PermitRootLogin must be no so that every administrative session starts from a named account.
# custom:
#   id: HOST-SSH-02
#   severity: high
#   hipaa: ["164.312(a)(2)(i)", "164.312(d)"]
#   resource_type: host
#   evidence: [ssh.permit_root_login]
#   related_rules: ["SSG:sshd_disable_root_login", "CIS:5.2.7 Ensure SSH root login is disabled"]
#   remediation: >-
#     Set 'PermitRootLogin no' in sshd_config and use named accounts with sudo.
package hipaa.host.ssh.root_login

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd PermitRootLogin is %v; it must be no.", [h.id, lib.value(h, ["ssh", "permit_root_login"])])} if {
	some h in input.resources.host
	not h.ssh.permit_root_login == "no"
}

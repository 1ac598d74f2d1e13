# METADATA
# title: SSH refuses empty passwords
# description: >-
#   PermitEmptyPasswords must be no, so that an account without a password cannot log in over SSH.
# custom:
#   id: HOST-SSH-03
#   severity: critical
#   hipaa: ["164.312(d)"]
#   resource_type: host
#   evidence: [ssh.permit_empty_passwords]
#   related_rules: ["SSG:sshd_disable_empty_passwords", "CIS:5.2.9 Ensure SSH PermitEmptyPasswords is disabled"]
#   remediation: >-
#     Set 'PermitEmptyPasswords no' in sshd_config and reload sshd.
package hipaa.host.ssh.empty_passwords

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd PermitEmptyPasswords is %v; it must be no.", [h.id, lib.value(h, ["ssh", "permit_empty_passwords"])])} if {
	some h in input.resources.host
	not h.ssh.permit_empty_passwords == false
}

# METADATA
# title: SSH Kerberos password authentication is off
# description: >-
#   KerberosAuthentication must be no: passwords would otherwise be checked against a KDC outside the host's PAM policy.
# custom:
#   id: HOST-SSH-18
#   severity: low
#   hipaa: ["164.312(d)"]
#   resource_type: host
#   evidence: [ssh.kerberos_authentication]
#   related_rules: ["SSG:sshd_disable_kerb_auth"]
#   remediation: >-
#     Set 'KerberosAuthentication no' in sshd_config.
package hipaa.host.ssh.kerberos

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd kerberos_authentication must be no (reported: %v).", [h.id, lib.value(h, ["ssh", "kerberos_authentication"])])} if {
	some h in input.resources.host
	not h.ssh.kerberos_authentication == false
}

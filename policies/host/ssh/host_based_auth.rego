# METADATA
# title: SSH does not trust other hosts for authentication
# description: >-
#   HostbasedAuthentication must be no and IgnoreRhosts yes: a user is authenticated by their own credentials, not by the host they come from.
# custom:
#   id: HOST-SSH-12
#   severity: medium
#   hipaa: ["164.312(d)"]
#   resource_type: host
#   evidence: [ssh.hostbased_authentication, ssh.ignore_rhosts]
#   related_rules: ["SSG:disable_host_auth", "SSG:sshd_disable_rhosts", "CIS:5.2.8 Ensure SSH HostbasedAuthentication is disabled"]
#   remediation: >-
#     Set 'HostbasedAuthentication no' and 'IgnoreRhosts yes' in sshd_config.
package hipaa.host.ssh.host_based_auth

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd HostbasedAuthentication is %v; it must be no.", [h.id, lib.value(h, ["ssh", "hostbased_authentication"])])} if {
	some h in input.resources.host
	not h.ssh.hostbased_authentication == false
}

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd IgnoreRhosts is %v; it must be yes.", [h.id, lib.value(h, ["ssh", "ignore_rhosts"])])} if {
	some h in input.resources.host
	not h.ssh.ignore_rhosts == true
}

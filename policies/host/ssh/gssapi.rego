# METADATA
# title: SSH GSSAPI authentication is off
# description: >-
#   GSSAPIAuthentication must be no unless Kerberos single sign-on is in use; it widens the authentication surface.
# custom:
#   id: HOST-SSH-17
#   severity: low
#   hipaa: ["164.312(d)"]
#   resource_type: host
#   evidence: [ssh.gssapi_authentication]
#   related_rules: ["SSG:sshd_disable_gssapi_auth"]
#   remediation: >-
#     Set 'GSSAPIAuthentication no' in sshd_config.
package hipaa.host.ssh.gssapi

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd gssapi_authentication must be no (reported: %v).", [h.id, lib.value(h, ["ssh", "gssapi_authentication"])])} if {
	some h in input.resources.host
	not h.ssh.gssapi_authentication == false
}

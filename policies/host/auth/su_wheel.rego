# METADATA
# title: su is limited to an administrators' group
# description: >-
#   su's effective PAM auth stack must require pam_wheel, so that only members of the admin group can become root with su.
# custom:
#   id: HOST-AUTH-23
#   severity: medium
#   hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#   resource_type: host
#   evidence: [pam.su_wheel]
#   related_rules: ["SSG:use_pam_wheel_for_su", "CIS:5.3.7 Ensure access to the su command is restricted"]
#   remediation: >-
#     Add 'auth required pam_wheel.so use_uid group=sugroup' to /etc/pam.d/su.
package hipaa.host.auth.su_wheel

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: su does not require pam_wheel (reported: %v).", [h.id, lib.value(h, ["pam", "su_wheel"])])} if {
	some h in input.resources.host
	not h.pam.su_wheel == true
}

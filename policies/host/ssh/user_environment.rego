# METADATA
# title: SSH ignores user-supplied environment
# description: >-
#   PermitUserEnvironment must be no (sshd -T, weakest across Match contexts), so users cannot pass LD_PRELOAD and the like to bypass restrictions.
# custom:
#   id: HOST-SSH-13
#   severity: medium
#   hipaa: ["164.312(a)(1)"]
#   resource_type: host
#   evidence: [ssh.permit_user_environment]
#   related_rules: ["SSG:sshd_do_not_permit_user_env", "CIS:5.2.10 Ensure SSH PermitUserEnvironment is disabled"]
#   remediation: >-
#     Set 'PermitUserEnvironment no' in sshd_config (and in no Match block 'yes').
package hipaa.host.ssh.user_environment

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd permit_user_environment must be no (reported: %v).", [h.id, lib.value(h, ["ssh", "permit_user_environment"])])} if {
	some h in input.resources.host
	not h.ssh.permit_user_environment == false
}

# METADATA
# title: SSH access is limited to named users or groups
# description: >-
#   sshd must have AllowUsers, AllowGroups, DenyUsers or DenyGroups set, so that only the accounts meant to log in remotely can.
# custom:
#   id: HOST-SSH-22
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: host
#   evidence: [ssh.allow_users, ssh.allow_groups, ssh.deny_users, ssh.deny_groups]
#   evidence_optional:
#     ssh.allow_users: Any one of the four access lists suffices; the others are then empty.
#     ssh.allow_groups: Any one of the four access lists suffices; the others are then empty.
#     ssh.deny_users: Any one of the four access lists suffices; the others are then empty.
#     ssh.deny_groups: Any one of the four access lists suffices; the others are then empty.
#   related_rules: ["CIS:5.2.4 Ensure SSH access is limited"]
#   remediation: >-
#     Set 'AllowGroups ssh-users' (or AllowUsers) in sshd_config.
package hipaa.host.ssh.access_limited

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd sets none of AllowUsers, AllowGroups, DenyUsers, DenyGroups (reported: %v).", [h.id, lib.value(h, ["ssh", "allow_users"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	some f in ["allow_users", "allow_groups", "deny_users", "deny_groups"]
	is_array(h.ssh[f])
	count(h.ssh[f]) > 0
}

# METADATA
# title: SSH host private keys are private
# description: >-
#   Every /etc/ssh/ssh_host_*_key must be owned by root and give other users no access; a readable host key lets anyone impersonate the server.
# custom:
#   id: HOST-SSH-24
#   severity: high
#   hipaa: ["164.312(e)(1)", "164.312(d)"]
#   resource_type: host
#   evidence: [ssh_files.private_keys]
#   related_rules: ["SSG:file_permissions_sshd_private_key", "CIS:5.2.2 Ensure permissions on SSH private host key files are configured"]
#   remediation: >-
#     chmod 0600 /etc/ssh/ssh_host_*_key; chown root /etc/ssh/ssh_host_*_key.
package hipaa.host.ssh.host_key_permissions

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: a host private key is not root's or is open to other users (reported: %v).", [h.id, lib.value(h, ["ssh_files", "private_keys"])])} if {
	some h in input.resources.host
	not _ok(h)
}

not_applicable contains {"id": h.id, "reason": "No SSH host private key was found, so there is no key to protect."} if {
	some h in input.resources.host
	is_array(h.ssh_files.private_keys)
	count(h.ssh_files.private_keys) == 0
}

_ok(h) if {
	is_array(h.ssh_files.private_keys)
	every k in h.ssh_files.private_keys {
		lib.no_other_access(k.mode)
		k.uid == 0
	}
}

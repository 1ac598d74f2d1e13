# METADATA
# title: sshd_config is root's and not readable by others
# description: >-
#   /etc/ssh/sshd_config must be owned by root with no access for other users (mode 0600 or stricter group bits), so that nobody but root can read or change the SSH policy.
# custom:
#   id: HOST-SSH-23
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [ssh_files.config_mode, ssh_files.config_uid]
#   related_rules: ["SSG:file_permissions_sshd_config", "SSG:file_owner_sshd_config", "CIS:5.2.1 Ensure permissions on /etc/ssh/sshd_config are configured"]
#   remediation: >-
#     chown root:root /etc/ssh/sshd_config; chmod 0600 /etc/ssh/sshd_config.
package hipaa.host.ssh.config_permissions

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd_config gives other users access (reported: %v).", [h.id, lib.value(h, ["ssh_files", "config_mode"])])} if {
	some h in input.resources.host
	not _ok(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd_config must be owned by root (reported: %v).", [h.id, lib.value(h, ["ssh_files", "config_uid"])])} if {
	some h in input.resources.host
	not h.ssh_files.config_uid == 0
}

_ok(h) if lib.no_other_access(h.ssh_files.config_mode)

# METADATA
# title: /etc/passwd and /etc/group are root's and not writable by others
# description: >-
#   /etc/passwd and /etc/group must be owned by root and not writable by other users; a writable passwd lets anyone make themselves root.
# custom:
#   id: HOST-AUTH-27
#   severity: high
#   hipaa: ["164.312(c)(1)", "164.312(a)(1)"]
#   resource_type: host
#   evidence: [account_files.passwd_mode, account_files.group_mode, account_files.passwd_uid, account_files.group_uid]
#   related_rules: ["SSG:file_permissions_etc_passwd", "SSG:file_owner_etc_passwd", "SSG:file_permissions_etc_group", "SSG:file_owner_etc_group", "CIS:6.1.1 Ensure permissions on /etc/passwd are configured", "CIS:6.1.3 Ensure permissions on /etc/group are configured"]
#   remediation: >-
#     chown root:root /etc/passwd /etc/group; chmod 0644 /etc/passwd /etc/group.
package hipaa.host.auth.account_file_permissions

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: /etc/passwd is writable by group or others (reported: %v).", [h.id, lib.value(h, ["account_files", "passwd_mode"])])} if {
	some h in input.resources.host
	not _ok(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: /etc/group is writable by group or others (reported: %v).", [h.id, lib.value(h, ["account_files", "group_mode"])])} if {
	some h in input.resources.host
	not _ok1(h)
}

deny contains {"id": h.id, "msg": sprintf("Host %s: /etc/passwd must be owned by root (reported: %v).", [h.id, lib.value(h, ["account_files", "passwd_uid"])])} if {
	some h in input.resources.host
	not h.account_files.passwd_uid == 0
}

deny contains {"id": h.id, "msg": sprintf("Host %s: /etc/group must be owned by root (reported: %v).", [h.id, lib.value(h, ["account_files", "group_uid"])])} if {
	some h in input.resources.host
	not h.account_files.group_uid == 0
}

_ok(h) if {
	mode := h.account_files.passwd_mode
	is_string(mode)
	regex.match(`^0?[0-7][0-7][0-5][0-5]$`, mode)
}

_ok1(h) if {
	mode := h.account_files.group_mode
	is_string(mode)
	regex.match(`^0?[0-7][0-7][0-5][0-5]$`, mode)
}

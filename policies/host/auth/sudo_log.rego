# METADATA
# title: sudo keeps its own log
# description: >-
#   sudoers must set Defaults logfile (or log_servers), so that every privileged command is recorded apart from syslog.
# custom:
#   id: HOST-AUTH-25
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [sudo.logfile, sudo.log_server]
#   evidence_optional:
#     sudo.logfile: A sudo log server suffices instead; logfile is then null.
#     sudo.log_server: A local sudo log file suffices; log_servers is then null.
#   related_rules: ["SSG:sudo_custom_logfile", "CIS:5.3.3 Ensure sudo log file exists"]
#   remediation: >-
#     Add 'Defaults logfile="/var/log/sudo.log"' to /etc/sudoers (visudo).
package hipaa.host.auth.sudo_log

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sudo sets no logfile (reported: %v).", [h.id, lib.value(h, ["sudo", "logfile"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.sudo.logfile)
	h.sudo.logfile != ""
}

_ok(h) if {
	is_string(h.sudo.log_server)
	h.sudo.log_server != ""
}

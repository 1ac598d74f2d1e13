# METADATA
# title: SSH logs at INFO or VERBOSE
# description: >-
#   sshd LogLevel must be INFO or VERBOSE so that logins and key fingerprints reach the audit trail; QUIET, FATAL and ERROR drop them, DEBUG leaks secrets.
# custom:
#   id: HOST-SSH-14
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [ssh.log_level]
#   related_rules: ["SSG:sshd_set_loglevel_info", "SSG:sshd_set_loglevel_verbose", "CIS:5.2.5 Ensure SSH LogLevel is appropriate"]
#   remediation: >-
#     Set 'LogLevel VERBOSE' (or INFO) in sshd_config.
package hipaa.host.ssh.log_level

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd LogLevel must be INFO or VERBOSE (reported: %v).", [h.id, lib.value(h, ["ssh", "log_level"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.ssh.log_level)
	upper(h.ssh.log_level) in {"INFO", "VERBOSE"}
}

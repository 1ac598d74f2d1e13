# METADATA
# title: SSH authenticates through PAM
# description: >-
#   sshd UsePAM must be yes, or the PAM lockout, password-quality and account rules do not apply to SSH logins.
# custom:
#   id: HOST-SSH-19
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(C)", "164.312(d)"]
#   resource_type: host
#   evidence: [ssh.use_pam]
#   related_rules: ["CIS:5.2.19 Ensure SSH PAM is enabled", "SSG:sshd_enable_pam"]
#   remediation: >-
#     Set 'UsePAM yes' in sshd_config.
package hipaa.host.ssh.use_pam

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd UsePAM must be yes (reported: %v).", [h.id, lib.value(h, ["ssh", "use_pam"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_string(h.ssh.use_pam)
	upper(h.ssh.use_pam) in {"YES"}
}

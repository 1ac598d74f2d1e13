# METADATA
# title: SSH shows a warning banner before login
# description: >-
#   A login banner states that access is monitored and restricted to authorised users.
# custom:
#   id: HOST-SSH-11
#   severity: low
#   hipaa: ["164.308(a)(5)(ii)(A)"]
#   resource_type: host
#   evidence: [ssh.banner]
#   related_rules: ["SSG:sshd_enable_warning_banner", "CIS:5.2.11 Ensure SSH warning banner is configured"]
#   remediation: >-
#     Write the warning text to /etc/issue.net and set 'Banner /etc/issue.net' in sshd_config.
package hipaa.host.ssh.banner

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: sshd shows no login banner.", [h.id])} if {
	some h in input.resources.host
	not _has_banner(h)
}

_has_banner(h) if {
	is_string(h.ssh.banner)
	h.ssh.banner != ""
	lower(h.ssh.banner) != "none"
}

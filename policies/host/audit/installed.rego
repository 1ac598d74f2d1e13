# METADATA
# title: The Linux audit daemon is installed
# description: >-
#   auditd records security-relevant system calls and file changes; without it there is no kernel audit trail.
# custom:
#   id: HOST-AUDIT-01
#   severity: high
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [auditd.installed]
#   related_rules: ["SSG:package_audit_installed", "CIS:4.1.1.1 Ensure auditd is installed"]
#   remediation: >-
#     Install auditd (apt-get install auditd / dnf install audit).
package hipaa.host.audit.installed

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: auditd is not installed.", [h.id])} if {
	some h in input.resources.host
	not h.auditd.installed == true
}

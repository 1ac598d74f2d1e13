# METADATA
# title: The audit daemon is enabled at boot and running
# description: >-
#   auditd must be running now and enabled to start at boot, so that the audit trail has no gaps.
# custom:
#   id: HOST-AUDIT-02
#   severity: high
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: host
#   evidence: [auditd_service.enabled, auditd_service.active]
#   related_rules: ["SSG:service_auditd_enabled", "CIS:4.1.1.2 Ensure auditd service is enabled and active"]
#   remediation: >-
#     Run 'systemctl enable --now auditd'.
package hipaa.host.audit.running

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: auditd is not enabled at boot.", [h.id])} if {
	some h in input.resources.host
	not h.auditd_service.enabled == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: auditd is not running.", [h.id])} if {
	some h in input.resources.host
	not h.auditd_service.active == true
}

# METADATA
# title: File-integrity checks run on a schedule
# description: >-
#   An integrity check must run regularly (cron job or systemd timer), or changes go unnoticed.
# custom:
#   id: HOST-INT-03
#   severity: low
#   hipaa: ["164.312(c)(1)", "164.308(a)(1)(ii)(D)"]
#   resource_type: host
#   evidence: [integrity.scheduled]
#   related_rules: ["SSG:aide_periodic_cron_checking", "CIS:1.3.2 Ensure filesystem integrity is regularly checked"]
#   remediation: >-
#     Enable the daily AIDE check (/etc/cron.daily/aide on Debian, aidecheck.timer on RHEL).
package hipaa.host.integrity.fim_scheduled

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no file-integrity check is scheduled.", [h.id])} if {
	some h in input.resources.host
	not h.integrity.scheduled == true
}

# METADATA
# title: The AIDE database is initialised
# description: >-
#   AIDE compares files against its database; without /var/lib/aide/aide.db(.gz) it checks nothing. Hosts that use another tool pass.
# custom:
#   id: HOST-INT-02
#   severity: medium
#   hipaa: ["164.312(c)(1)"]
#   resource_type: host
#   evidence: [integrity.tools_installed, aide_db.initialised]
#   remediation: >-
#     Run 'aideinit' (Debian) or 'aide --init' and move aide.db.new.gz to aide.db.gz (RHEL).
package hipaa.host.integrity.aide_initialised

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: AIDE is installed but its database was never initialised.", [h.id])} if {
	some h in input.resources.host
	"aide" in h.integrity.tools_installed
	not h.aide_db.initialised == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: file-integrity tools are not reported.", [h.id])} if {
	some h in input.resources.host
	not is_array(h.integrity.tools_installed)
}

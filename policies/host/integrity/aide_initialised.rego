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
#   related_rules: ["SSG:aide_build_database"]
#   remediation: >-
#     Run 'aideinit' (Debian) or 'aide --init' and move aide.db.new.gz to aide.db.gz (RHEL).
package hipaa.host.integrity.aide_initialised

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: AIDE is installed but its database was never initialised.", [h.id])} if {
	some h in input.resources.host
	_aide_installed(h)
	not h.aide_db.initialised == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: file-integrity tools are not reported.", [h.id])} if {
	some h in input.resources.host
	not _tools_reported(h)
}

not_applicable contains {"id": h.id, "reason": "AIDE is not installed on the host, so it has no database to initialise."} if {
	some h in input.resources.host
	_tools_reported(h)
	not _aide_installed(h)
}

_tools_reported(h) if {
	is_array(h.integrity.tools_installed)
	every t in h.integrity.tools_installed {
		is_string(t)
	}
}

_aide_installed(h) if {
	_tools_reported(h)
	some t in h.integrity.tools_installed
	t == "aide"
}

# METADATA
# title: A file-integrity monitor is installed
# description: >-
#   AIDE, Tripwire, Samhain, OSSEC or Wazuh must be installed to detect unauthorised changes to system files.
# custom:
#   id: HOST-INT-01
#   severity: medium
#   hipaa: ["164.312(c)(1)", "164.312(c)(2)"]
#   resource_type: host
#   evidence: [integrity.tools_installed]
#   related_rules: ["SSG:package_aide_installed", "CIS:1.3.1 Ensure AIDE is installed"]
#   remediation: >-
#     Install AIDE (apt-get install aide / dnf install aide) and initialise its database.
package hipaa.host.integrity.fim_installed

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no file-integrity monitoring tool is installed.", [h.id])} if {
	some h in input.resources.host
	lib.string_list(h, ["integrity", "tools_installed"])
	count(h.integrity.tools_installed) == 0
}

deny contains {"id": h.id, "msg": sprintf("Host %s: file-integrity tools are not reported as a list of package names.", [h.id])} if {
	some h in input.resources.host
	not lib.string_list(h, ["integrity", "tools_installed"])
}

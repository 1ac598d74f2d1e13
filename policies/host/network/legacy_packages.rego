# METADATA
# title: No plaintext server packages are installed
# description: >-
#   Telnet, rsh, TFTP, FTP and NIS server packages must not be installed.
# custom:
#   id: HOST-NET-03
#   severity: medium
#   hipaa: ["164.312(e)(1)"]
#   resource_type: host
#   evidence: [legacy_services.installed]
#   related_rules: ["SSG:package_telnet-server_removed", "SSG:package_rsh-server_removed", "SSG:package_tftp-server_removed", "SSG:package_vsftpd_removed", "SSG:package_ypserv_removed", "CIS:2.2.x Ensure server services are not in use"]
#   evidence_optional:
#     legacy_services.installed: An empty list means no plaintext server package is installed.
#   remediation: >-
#     Remove the packages (apt-get purge telnetd rsh-server tftpd-hpa vsftpd nis / dnf remove telnet-server rsh-server tftp-server vsftpd ypserv).
package hipaa.host.network.legacy_packages

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: plaintext server package %v is installed.", [h.id, p])} if {
	some h in input.resources.host
	lib.string_list(h, ["legacy_services", "installed"])
	some p in h.legacy_services.installed
}

deny contains {"id": h.id, "msg": sprintf("Host %s: installed packages are not reported as a list of package names.", [h.id])} if {
	some h in input.resources.host
	not lib.string_list(h, ["legacy_services", "installed"])
}
